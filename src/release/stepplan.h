// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/releasestep.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ra::release {

/// One thing a step would do: a git operation, an API call, a post or a database change, with its payload.
struct PlannedOperation {
    enum class Kind { Git, Api, Post, Database, File };
    Kind kind = Kind::Git;
    /// One line for the maintainer ("push refs/tags/1.15.0 to origin").
    QString summary;
    /// Where it goes: a remote, a URL, a table (secrets redacted).
    QString target;
    /// What is sent, secrets redacted.
    QJsonObject payload;
    /// The journal effect that records it, so that a re-run recognises it.
    QString action;
    QString key;

    [[nodiscard]] QJsonObject toJson() const;
    friend bool operator==(const PlannedOperation &, const PlannedOperation &) = default;
};

/// "git", "api", "post", "database", "file".
[[nodiscard]] QString operationKindKey(PlannedOperation::Kind kind);

/// What is left to do on one step: the exact operations, in order, and what stops them.
struct StepPlan {
    ReleaseStep step = ReleaseStep::Staging;
    QList<PlannedOperation> operations;
    /// Why the operations cannot run now (a hazard that is an error, a tag on another commit, ...).
    QStringList blockers;
    /// What a person must decide before the step can go on (a sign-off, approvals, an uncertain post).
    QString needsPerson;
    /// Said when nothing is left because the step is done.
    QString doneNote;

    [[nodiscard]] bool isDone() const;
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace ra::release
