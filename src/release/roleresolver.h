// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/playbook.h"
#include "github/repositorypermissions.h"
#include "release/projectrole.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <functional>

namespace ra::release {

/// Who a user is on a project and which roles that gives them.
struct RoleResolution {
    /// Their GitHub login; empty when GitHub could not say (no token, a network error).
    QString login;
    github::RepositoryPermissions permissions;
    /// Their roles, in the order of ProjectRole; empty when they have none.
    QList<ProjectRole> roles;
    /// Why each role was given, in the order of roles.
    QStringList reasons;
    /// Why they have no role and what to do, or why it could not be worked out; empty when they have a role.
    QString problem;
    /// What went wrong asking GitHub; none when it answered.
    net::Error error;

    [[nodiscard]] bool has(ProjectRole role) const;
    [[nodiscard]] QJsonObject toJson() const;
};

/**
 * Works out a user's roles on a project from their permissions on its GitHub repository and the playbook: push,
 * maintain or admin makes a maintainer; a listed approver a reviewer (also everyone with triage access when the
 * playbook says `reviewers = triage`, and anyone with push access when it requires approvals and lists no
 * approver, as ReleasePlanner says); a listed announcer a community manager. One user may hold several roles.
 */
class RoleResolver
{
    Q_DECLARE_TR_FUNCTIONS(RoleResolver)

public:
    using Done = std::function<void(const RoleResolution &)>;

    /// The roles of \a login (compared as GitHub does, ignoring case) with \a permissions on the playbook's project.
    [[nodiscard]] static RoleResolution resolve(const Playbook &playbook, const QString &login,
                                                const github::RepositoryPermissions &permissions);
    /// Asks GitHub who the token's user is (GET /user) and what they may do on \a repo (GET /repos/{o}/{r}),
    /// then resolve(); calls \a done once, also on an error (then with it, and no role), unless \a client is
    /// destroyed first.
    static void lookup(github::GitHubClient &client, const github::RepositoryRef &repo, const Playbook &playbook,
                       Done done);
};

} // namespace ra::release
