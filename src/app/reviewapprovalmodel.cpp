// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/reviewapprovalmodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace ra {

int ReviewApprovalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant ReviewApprovalModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const review::ApprovalEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case LoginRole:
        return entry.login;
    case VerdictRole:
        return review::verdictKey(entry.verdict);
    case CurrentRole:
        return entry.current;
    case AtRole:
        return QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat);
    case UrlRole:
        return entry.htmlUrl;
    case DigestRole:
        return entry.digest;
    default:
        return {};
    }
}

QHash<int, QByteArray> ReviewApprovalModel::roleNames() const
{
    return {{LoginRole, "login"}, {VerdictRole, "verdict"}, {CurrentRole, "current"},
            {AtRole, "at"},       {UrlRole, "url"},         {DigestRole, "digest"}};
}

void ReviewApprovalModel::setEntries(const QList<review::ApprovalEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
    Q_EMIT countChanged();
}

} // namespace ra
