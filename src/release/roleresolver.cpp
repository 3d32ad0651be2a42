// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/roleresolver.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ra::release {

namespace {

bool listed(const QStringList &logins, const QString &login)
{
    return !login.isEmpty() && logins.contains(login, Qt::CaseInsensitive);
}

} // namespace

bool RoleResolution::has(ProjectRole role) const
{
    return roles.contains(role);
}

QJsonObject RoleResolution::toJson() const
{
    QJsonArray keys;
    for (const ProjectRole role : roles) {
        keys.append(projectRoleKey(role));
    }
    QJsonObject json{{u"login"_s, login},
                     {u"permissions"_s, permissions.toJson()},
                     {u"roles"_s, keys},
                     {u"reasons"_s, QJsonArray::fromStringList(reasons)}};
    if (!problem.isEmpty()) {
        json.insert(u"problem"_s, problem);
    }
    return json;
}

RoleResolution RoleResolver::resolve(const Playbook &playbook, const QString &login,
                                     const github::RepositoryPermissions &permissions)
{
    RoleResolution resolution;
    resolution.login = login;
    resolution.permissions = permissions;
    const QString repository = playbook.repository;
    if (permissions.push) {
        resolution.roles.append(ProjectRole::Maintainer);
        resolution.reasons.append(tr("%1 access to %2").arg(permissions.highest(), repository));
    }
    const Approvals &approvals = playbook.approvals;
    if (listed(approvals.approvers, login)) {
        resolution.roles.append(ProjectRole::Reviewer);
        resolution.reasons.append(tr("an approver in the playbook"));
    } else if (approvals.triageReviews && permissions.triage) {
        resolution.roles.append(ProjectRole::Reviewer);
        resolution.reasons.append(tr("%1 access to %2, and the playbook lets everyone with triage access review")
                                      .arg(permissions.highest(), repository));
    } else if (approvals.approvers.isEmpty() && approvals.required > 0 && permissions.push) {
        resolution.roles.append(ProjectRole::Reviewer);
        resolution.reasons.append(tr("the playbook lists no approver, so anyone with push access approves"));
    }
    if (listed(playbook.announcers, login)) {
        resolution.roles.append(ProjectRole::CommunityManager);
        resolution.reasons.append(tr("an announcer in the playbook"));
    }
    if (resolution.roles.isEmpty()) {
        resolution.problem =
            login.isEmpty()
                ? tr("GitHub did not say who you are: sign in to GitHub to find your role on %1.").arg(repository)
                : tr("%1 has %2 access to %3 and is neither an approver nor an announcer in the playbook: ask a "
                     "maintainer for push access, or to list you in the playbook's [approvals] or [announcements].")
                      .arg(login, permissions.known ? permissions.highest() : tr("unknown"), repository);
    }
    return resolution;
}

void RoleResolver::lookup(github::GitHubClient &client, const github::RepositoryRef &repo, const Playbook &playbook,
                          Done done)
{
    const auto failed = [playbook, done](const net::Error &error) {
        RoleResolution resolution = resolve(playbook, {}, {});
        resolution.error = error;
        resolution.problem = tr("Your role could not be worked out: %1").arg(error.toString());
        done(resolution);
    };
    client.currentUser([&client, repo, playbook, done, failed](const github::Result<github::AccountInfo> &user) {
        if (!user.ok()) {
            failed(user.error);
            return;
        }
        github::RepositoryPermissions::fetch(client, repo,
                                             [playbook, done, failed, login = user.value.login](
                                                 const github::Result<github::RepositoryPermissions> &permissions) {
                                                 if (!permissions.ok()) {
                                                     failed(permissions.error);
                                                     return;
                                                 }
                                                 done(resolve(playbook, login, permissions.value));
                                             });
    });
}

} // namespace ra::release
