// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace ra::release {

/// What a user does on a project, and so which view the app shows them (PRODUCT.md, "Who uses it").
enum class ProjectRole {
    Maintainer, ///< drives steps 1–6 (and 7) on their workstation: push, maintain or admin on the repository
    Reviewer, ///< approves the notes of a release: an approver of the playbook
    CommunityManager, ///< announces published releases: an announcer of the playbook
};

/// "maintainer", "reviewer", "community-manager".
[[nodiscard]] QString projectRoleKey(ProjectRole role);
[[nodiscard]] std::optional<ProjectRole> projectRoleFromKey(const QString &key);
/// "Maintainer", "Reviewer", "Community manager", translated.
[[nodiscard]] QString projectRoleTitle(ProjectRole role);
/// The role a user with \a roles works in: \a remembered when they hold it (the one they switched to last),
/// else the first of \a roles (they are in the order of ProjectRole). std::nullopt without any role.
[[nodiscard]] std::optional<ProjectRole> chosenRole(const QList<ProjectRole> &roles, const QString &remembered);

} // namespace ra::release
