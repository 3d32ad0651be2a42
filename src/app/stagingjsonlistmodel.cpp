// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/stagingjsonlistmodel.h"

namespace ra {

int StagingJsonListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

void StagingJsonListModel::setRows(const QJsonArray &rows)
{
    const bool countChanges = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = rows;
    endResetModel();
    if (countChanges) {
        Q_EMIT countChanged();
    }
}

QJsonObject StagingJsonListModel::row(int index) const
{
    return m_rows.at(index).toObject();
}

QJsonObject StagingJsonListModel::rowAt(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    return m_rows.at(index.row()).toObject();
}

} // namespace ra
