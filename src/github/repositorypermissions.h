// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "github/githubclient.h"

#include <QJsonObject>

namespace ra::github {

/**
 * What the token's user may do on a repository: permissions{} of GET /repos/{o}/{r} (api-contracts.md §1.1), all
 * five levels as GitHub reports them (RepositoryInfo folds them into pull/push/admin for the pre-flight checks;
 * a role needs maintain and triage apart). GitHub sends the object only to an authenticated user.
 */
struct RepositoryPermissions {
    bool admin = false;
    bool maintain = false;
    bool push = false;
    bool triage = false;
    bool pull = false;
    /// False when GitHub did not say (an anonymous request): every level is then false.
    bool known = false;

    /// The levels of \a repository's permissions{}; a higher level implies the lower ones, as on GitHub.
    [[nodiscard]] static RepositoryPermissions fromRepositoryJson(const QJsonObject &repository);
    /// GET /repos/{o}/{r} read for its permissions.
    static net::Call *fetch(GitHubClient &client, const RepositoryRef &repo, Callback<RepositoryPermissions> callback);

    /// The highest level: "admin", "maintain", "push", "triage", "pull", or "none".
    [[nodiscard]] QString highest() const;
    [[nodiscard]] QJsonObject toJson() const;
    friend bool operator==(const RepositoryPermissions &, const RepositoryPermissions &) = default;
};

} // namespace ra::github
