// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/stepplan.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ra::release {

QString operationKindKey(PlannedOperation::Kind kind)
{
    switch (kind) {
    case PlannedOperation::Kind::Git:
        return u"git"_s;
    case PlannedOperation::Kind::Api:
        return u"api"_s;
    case PlannedOperation::Kind::Post:
        return u"post"_s;
    case PlannedOperation::Kind::Database:
        return u"database"_s;
    case PlannedOperation::Kind::File:
        return u"file"_s;
    }
    return {};
}

QJsonObject PlannedOperation::toJson() const
{
    return {{u"kind"_s, operationKindKey(kind)},
            {u"summary"_s, summary},
            {u"target"_s, target},
            {u"payload"_s, payload},
            {u"action"_s, action},
            {u"key"_s, key}};
}

bool StepPlan::isDone() const
{
    return operations.isEmpty() && blockers.isEmpty() && needsPerson.isEmpty() && !doneNote.isEmpty();
}

QJsonObject StepPlan::toJson() const
{
    QJsonArray list;
    for (const PlannedOperation &operation : operations) {
        list.append(operation.toJson());
    }
    QJsonObject json{
        {u"step"_s, stepKey(step)}, {u"operations"_s, list}, {u"blockers"_s, QJsonArray::fromStringList(blockers)}};
    if (!needsPerson.isEmpty()) {
        json.insert(u"needsPerson"_s, needsPerson);
    }
    if (!doneNote.isEmpty()) {
        json.insert(u"done"_s, doneNote);
    }
    return json;
}

} // namespace ra::release
