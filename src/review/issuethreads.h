// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "github/githubclient.h"
#include "review/approvalevaluator.h"

#include <optional>

namespace ra::review {

/// The issue operations the review needs beyond GitHubClient's: finding an issue by its title and reading
/// an issue's comments with their authors and dates (api-contracts.md §1.5, §1.8).
class IssueThreads
{
public:
    /// The oldest issue (open or closed, pull requests excluded) titled exactly \a title; nullopt when none.
    static net::Call *findByTitle(github::GitHubClient &client, const github::RepositoryRef &repo, const QString &title,
                                  github::Callback<std::optional<github::IssueItem>> callback);
    /// Every comment of issue \a number, oldest first, following every page, each page read conditionally
    /// (If-None-Match: an unchanged page costs no rate limit).
    /// \a expectedCount: the issue's comment count when known (-1 otherwise), to detect a page the cache hid.
    static net::Call *comments(github::GitHubClient &client, const github::RepositoryRef &repo, int number,
                               github::Callback<QList<ReviewComment>> callback, int expectedCount = -1);
    /// Issue \a number, read conditionally.
    static net::Call *issue(github::GitHubClient &client, const github::RepositoryRef &repo, int number,
                            github::Callback<github::IssueItem> callback);
    /// The open issues (pull requests excluded), read conditionally.
    static net::Call *openIssues(github::GitHubClient &client, const github::RepositoryRef &repo,
                                 github::Callback<QList<github::IssueItem>> callback);
};

} // namespace ra::review
