// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/playbook.h"
#include "core/versionscheme.h"
#include "github/release.h"
#include "github/repositoryref.h"
#include "review/approvalevaluator.h"
#include "review/publishflags.h"
#include "review/reviewsubject.h"

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
