// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/playbook.h"
#include "core/versionscheme.h"
#include "github/release.h"
#include "github/repositoryref.h"
#include "review/approvalevaluator.h"
#include "review/publishflags.h"
#include "review/reviewsubject.h"
#include "review/trackingissuecontent.h"

#include <QStringList>
#include <QUrl>

#include <optional>

namespace ra::review {

/// What the review of one release works with.
struct ReviewConfig {
    github::RepositoryRef repository;
    /// The release's tag, also its name in the journal.
    QString tag;
    Approvals approvals;
    VersionScheme scheme = VersionScheme::Pep440;
    /// The tracking issue's title, with "{tag}"; empty: "Release {tag}".
    QString issueTitleTemplate;
    /// The tracking issue's checklist labels, one per step; empty: TrackingIssueContent::defaultChecklist().
    QStringList checklist;
};

/// The review as GitHub shows it right now: the draft, its digest, the tracking issue and the verdicts.
struct ReviewSnapshot {
    QString error; ///< empty when the snapshot is complete
    QString hint;
    /// The login of the token, empty without one.
    QString viewer;
    std::optional<github::Release> release;
    bool published = false;
    int issueNumber = 0; ///< 0: no tracking issue yet (the first verdict creates it)
    QUrl issueUrl;
    QList<ReviewComment> comments;
    /// The tracking issue's body as GitHub holds it (empty without an issue).
    QString issueBody;
    /// How many comments GitHub says the issue has (-1: unknown).
    int issueCommentCount = -1;
    /// What the tracking issue says is under review; nullopt when it carries no content (yet) or it is unreadable.
    std::optional<TrackingIssueContent> issueContent;
    /// Why the issue's content could not be read (hand edited, ...); empty when it was read or there is none.
    QString issueContentError;
    /// Every revision posted on the issue (revision comments whose content matches their digest), oldest first,
    /// with when each was posted.
    QList<std::pair<TrackingIssueContent, QDateTime>> revisions;
    /// The draft is invisible to this token (no push access): subject and digest come from the tracking issue.
    bool fromIssue = false;
    ReviewSubject subject;
    QString digest;
    ApprovalStatus status;
    std::optional<PublishFlags> flags;
    QString flagsError;

    [[nodiscard]] bool ok() const
    {
        return error.isEmpty();
    }
};

/// How an approval or a publish ended.
struct ReviewOutcome {
    bool ok = false;
    /// Something was written to GitHub (false: refused, a dry run, or it had already been done).
    bool changed = false;
    QString message;
    QString hint;
    QUrl url;
    /// With a dry run: the write requests that would have been sent.
    QStringList plannedRequests;
    ReviewSnapshot snapshot;
};

} // namespace ra::review
