// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/playbook.h"
#include "review/approvalmarker.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace ra::review {

/// A comment of the release tracking issue as GitHub reports it.
struct ReviewComment {
    qint64 id = 0;
    /// The comment's author: the only source of who approved.
    QString login;
    QString body;
    QDateTime createdAt;
    QUrl htmlUrl;
};

/// One reviewer's standing verdict.
struct ApprovalEntry {
    QString login;
    Verdict verdict = Verdict::Approve;
    QString digest;
    QDateTime at;
    qint64 commentId = 0;
    QUrl htmlUrl;
    /// Given to the current digest; false: to an earlier content of the draft (stale, counts for nothing).
    bool current = false;
};

/// What the comments say about the current content of the draft.
struct ApprovalStatus {
    QString digest;
    int required = 0;
    /// One entry per allowed reviewer who left a marker for this release, oldest first.
    QList<ApprovalEntry> entries;
    /// Logins whose approval of the current digest counts, in the order they approved.
    QStringList approvedBy;
    /// Logins whose latest verdict on the current digest asks for changes.
    QStringList changesRequestedBy;
    /// Logins whose only verdicts are on earlier content.
    QStringList staleBy;
    /// Logins who left a marker but are not among the playbook's approvers.
    QStringList ignoredLogins;

    [[nodiscard]] bool quorumReached() const;
    /// Approvals still missing (0 once the quorum is reached).
    [[nodiscard]] int missing() const;
    /// The quorum is reached and no allowed reviewer asks for changes to this very content.
    [[nodiscard]] bool canPublish() const;
};

/**
 * Counts approvals: only markers for \a release; only authors among \a approvals.approvers (anyone when the
 * list is empty), compared case-insensitively as GitHub logins are; one vote per login, the latest verdict
 * it gave to \a currentDigest winning; verdicts on another digest are stale.
 */
class ApprovalEvaluator
{
public:
    [[nodiscard]] static ApprovalStatus evaluate(const QList<ReviewComment> &comments, const QString &release,
                                                 const Approvals &approvals, const QString &currentDigest);
};

} // namespace ra::review
