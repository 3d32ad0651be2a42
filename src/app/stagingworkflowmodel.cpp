// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/stagingworkflowmodel.h"

using namespace Qt::StringLiterals;

namespace ra {

QVariant StagingWorkflowModel::data(const QModelIndex &index, int role) const
{
    const QJsonObject row = rowAt(index);
    if (row.isEmpty()) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
    case WorkflowRole:
        return row.value(u"workflow"_s).toString();
    case NameRole:
        return row.value(u"name"_s).toString();
    case FoundRole:
        return row.value(u"found"_s).toBool();
    case StatusRole:
        return row.value(u"status"_s).toString();
    case ConclusionRole:
        return row.value(u"conclusion"_s).toString();
    case SummaryRole:
        return row.value(u"summary"_s).toString();
    case UrlRole:
        return row.value(u"url"_s).toString();
    case VerdictRole:
        return row.value(u"verdict"_s).toString();
    default:
        return {};
    }
}

QHash<int, QByteArray> StagingWorkflowModel::roleNames() const
{
    return {
        {WorkflowRole, "workflow"},     {NameRole, "name"},       {FoundRole, "found"}, {StatusRole, "status"},
        {ConclusionRole, "conclusion"}, {SummaryRole, "summary"}, {UrlRole, "url"},     {VerdictRole, "verdict"},
    };
}

} // namespace ra
