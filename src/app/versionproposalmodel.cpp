// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/versionproposalmodel.h"

namespace ra {

int VersionProposalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant VersionProposalModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case BumpRole:
        return bumpKey(row.proposal.bump);
    case TagRole:
    case Qt::DisplayRole:
        return row.proposal.tag;
    case ReasonRole:
        return row.proposal.reason;
    case SuggestedRole:
        return row.suggested;
    case ChosenRole:
        return row.chosen;
    default:
        return {};
    }
}

QHash<int, QByteArray> VersionProposalModel::roleNames() const
{
    return {{BumpRole, "bump"},
            {TagRole, "tag"},
            {ReasonRole, "reason"},
            {SuggestedRole, "suggested"},
            {ChosenRole, "chosen"}};
}

void VersionProposalModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    Q_EMIT countChanged();
}

const QList<VersionProposalModel::Row> &VersionProposalModel::rows() const
{
    return m_rows;
}

} // namespace ra
