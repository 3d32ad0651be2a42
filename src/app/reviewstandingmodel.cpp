// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/reviewstandingmodel.h"

#include <QLocale>

namespace ra {

namespace {

QString localText(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

int ReviewStandingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_standings.size());
}

QVariant ReviewStandingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const review::ReviewerStanding &row = m_standings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case LoginRole:
        return row.login;
    case StandingRole:
        return row.standing;
    case DigestRole:
        return row.digest;
    case RevisionRole:
        return m_revisionOf.value(row.digest);
    case AtTextRole:
        return localText(row.at);
    case WaitingSinceTextRole:
        return localText(row.waitingSince);
    default:
        return {};
    }
}

QHash<int, QByteArray> ReviewStandingModel::roleNames() const
{
    return {{LoginRole, "login"},       {StandingRole, "standing"}, {DigestRole, "digest"},
            {RevisionRole, "revision"}, {AtTextRole, "atText"},     {WaitingSinceTextRole, "waitingSinceText"}};
}

void ReviewStandingModel::setStandings(const QList<review::ReviewerStanding> &standings,
                                       const QHash<QString, int> &revisionOf)
{
    const qsizetype before = m_standings.size();
    beginResetModel();
    m_standings = standings;
    m_revisionOf = revisionOf;
    endResetModel();
    if (before != m_standings.size()) {
        Q_EMIT countChanged();
    }
}

} // namespace ra
