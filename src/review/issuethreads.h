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
    /// Every comment of issue \a number, oldest first, following every page.
    static net::Call *comments(github::GitHubClient &client, const github::RepositoryRef &repo, int number,
                               github::Callback<QList<ReviewComment>> callback);
};

} // namespace ra::review
