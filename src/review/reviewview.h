// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/playbook.h"
#include "review/reviewsnapshot.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ra::review {

/// One approver and where they stand on the content under review.
struct ReviewerStanding {
    QString login;
    /// "approved", "changes-requested" (both on the current digest), "stale" (a verdict on earlier content) or
    /// "pending" (no verdict yet).
    QString standing;
    /// The digest the verdict was given to; empty while pending.
    QString digest;
    /// When the verdict was given; invalid while pending.
    QDateTime at;
    /// Stale and pending: since when the current revision waits for them (when it was posted); else invalid.
    QDateTime waitingSince;
};

/**
 * What a reviewer reads about one release, from the draft when the token sees it or else from the tracking
 * issue (the reviewer without push access): the notes, the assets and their digests, the revision, who approved
 * which digest, who is pending and since when, and the diff of the notes since the revision the viewer last
 * approved. Built from a ReviewSnapshot by a pure function: `review show` and the app's reviewer view share it.
 */
struct ReviewView {
    QString tag;
    QString viewer;
    QString digest;
    /// The revision number the tracking issue gives this content; 0 when the issue does not show it (yet).
    int revision = 0;
    QString notes;
    QList<ReviewedAsset> assets;
    /// The content was read from the tracking issue (this token cannot see the draft).
    bool fromIssue = false;
    int issueNumber = 0;
    QUrl issueUrl;
    /// When the current revision was posted on the issue; invalid when unknown.
    QDateTime revisionSince;
    int required = 0;
    QList<ReviewerStanding> reviewers;

    /// The digest the viewer last approved (empty: never) and whether it is the current one.
    QString viewerApprovedDigest;
    bool viewerApprovedCurrent = false;
    /// The revision the viewer approved, when the issue keeps it (0: unknown).
    int viewerApprovedRevision = 0;
    /// The notes the viewer approved, when known (a revision comment with that digest, or this machine's journal).
    std::optional<QString> viewerApprovedNotes;

    /// \a lastApproval is this machine's journal record {digest, notes} of its reviewer's last approval (may be
    /// empty): the notes approved before revisions were posted on the issue.
    [[nodiscard]] static ReviewView of(const ReviewSnapshot &snapshot, const Approvals &approvals,
                                       const QJsonObject &lastApproval = {});

    /// The logins still awaited (pending and stale).
    [[nodiscard]] QStringList pendingLogins() const;
    /// The unified diff of the notes from the revision the viewer approved to the current one; empty when they
    /// are the same. \a error says why there is none (never approved, approved revision not readable).
    [[nodiscard]] QString diffSinceApproved(QString *error) const;
    [[nodiscard]] QJsonObject toJson() const;
};

/// A unified diff of \a before and \a after ("---"/"+++" headers named \a fromName and \a toName, hunks with
/// three lines of context); empty when the texts have the same lines.
[[nodiscard]] QString unifiedDiff(const QString &before, const QString &after, const QString &fromName,
                                  const QString &toName);

} // namespace ra::review
