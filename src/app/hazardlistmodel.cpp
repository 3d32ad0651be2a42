// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/hazardlistmodel.h"

#include <algorithm>

namespace ra {

int HazardListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hazards.size());
}

QVariant HazardListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const TagHazard &hazard = m_hazards.at(index.row());
    switch (role) {
    case IdRole:
        return hazard.id;
    case SeverityRole:
        return int(hazard.severity);
    case MessageRole:
    case Qt::DisplayRole:
        return hazard.message;
    default:
        return {};
    }
}

QHash<int, QByteArray> HazardListModel::roleNames() const
{
    return {{IdRole, "hazardId"}, {SeverityRole, "severity"}, {MessageRole, "message"}};
}

void HazardListModel::setHazards(QList<TagHazard> hazards)
{
    // Errors first: they are what stops the maintainer, and the list can be long on an odd version.
    std::stable_sort(hazards.begin(), hazards.end(),
                     [](const TagHazard &a, const TagHazard &b) { return int(a.severity) > int(b.severity); });
    beginResetModel();
    m_hazards = std::move(hazards);
    endResetModel();
    Q_EMIT countChanged();
}

const QList<TagHazard> &HazardListModel::hazards() const
{
    return m_hazards;
}

bool HazardListModel::hasErrors() const
{
    return TagHazardChecker::worst(m_hazards) == HazardSeverity::Error;
}

} // namespace ra
