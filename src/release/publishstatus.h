// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/playbook.h"
#include "notes/linediff.h"
#include "review/reviewsnapshot.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace ra::release {

/// One approver and where they stand on the content the draft holds now.
struct ApproverStanding {
    enum class Standing {
        Approved, ///< approved this very content: counts toward the quorum
        ChangesRequested, ///< asked for changes to this very content: blocks the publication
        Stale, ///< the last verdict was given to an earlier content: it counts for nothing now
        Pending, ///< no verdict on this release yet
    };
    QString login;
    Standing standing = Standing::Pending;
    /// When the verdict was given; invalid while Pending.
    QDateTime at;
    /// Stale and Pending: since when the current content waits for this approver; invalid otherwise.
    QDateTime waitingSince;
    QUrl url;
};

/// "approved", "changes-requested", "stale", "pending".
[[nodiscard]] QString standingKey(ApproverStanding::Standing standing);

/**
 * Where step 6 stands, as every front end shows it: the draft GitHub holds and its digest, the verdicts bound
 * to that digest (a verdict on another content counts for nothing), the quorum the playbook asks for, who
 * approved, who is still awaited and since when, and why the publication is locked.
 */
struct PublishStatus {
    Q_DECLARE_TR_FUNCTIONS(PublishStatus)

public:
    enum class State {
        Unread, ///< GitHub could not be read: message and hint say why
        Published, ///< the release is out
        FlagsUndecided, ///< the tag is no version of the scheme: pre-release and latest cannot be decided
        AwaitingApprovals, ///< fewer approvals of this content than the quorum
        ChangesRequested, ///< the quorum is there, but an approver asks for changes to this content
        AssetIncomplete, ///< an asset is left half uploaded: publishing would publish a broken file
        Ready, ///< the quorum approved this very content: it may be published
    };

    State state = State::Unread;
    /// The draft, the tracking issue and the verdicts as GitHub showed them.
    review::ReviewSnapshot snapshot;
    /// Why the publication is locked (Unread: why GitHub could not be read; Published: that it is); empty when Ready.
    QString message;
    QString hint;
    /// Every approver of the playbook (with an empty list: everyone who gave a verdict), oldest verdict first,
    /// then the pending ones.
    QList<ApproverStanding> approvers;
    /// When this machine first saw the content the draft holds now: since then it waits for approvals.
    QDateTime contentSince;
    /// The digest this machine's reviewer last approved (empty: never), and the notes' lines changed since.
    QString lastApprovedDigest;
    QList<notes::DiffLine> changesSinceApproval;

    /// Decides the state of \a snapshot for \a approvals; the approvers still awaited wait since \a contentSince.
    [[nodiscard]] static PublishStatus evaluate(const review::ReviewSnapshot &snapshot, const Approvals &approvals,
                                                const QDateTime &contentSince);

    [[nodiscard]] bool ok() const;
    [[nodiscard]] bool published() const;
    [[nodiscard]] bool canPublish() const;
    /// The logins of the approvers whose approval of this content is still awaited (Stale and Pending).
    [[nodiscard]] QStringList pendingLogins() const;
    /// When the release was published, from GitHub; invalid while it is a draft.
    [[nodiscard]] QDateTime publishedAt() const;
};

/// "unread", "published", "flags-undecided", "awaiting-approvals", "changes-requested", "asset-incomplete",
/// "ready".
[[nodiscard]] QString publishStateKey(PublishStatus::State state);

} // namespace ra::release
