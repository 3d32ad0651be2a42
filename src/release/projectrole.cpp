// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/projectrole.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ra::release {

QString projectRoleKey(ProjectRole role)
{
    switch (role) {
    case ProjectRole::Maintainer:
        return u"maintainer"_s;
    case ProjectRole::Reviewer:
        return u"reviewer"_s;
    case ProjectRole::CommunityManager:
        return u"community-manager"_s;
    }
    return {};
}

std::optional<ProjectRole> projectRoleFromKey(const QString &key)
{
    for (const ProjectRole role : {ProjectRole::Maintainer, ProjectRole::Reviewer, ProjectRole::CommunityManager}) {
        if (projectRoleKey(role) == key) {
            return role;
        }
    }
    return std::nullopt;
}

QString projectRoleTitle(ProjectRole role)
{
    switch (role) {
    case ProjectRole::Maintainer:
        return QCoreApplication::translate("ProjectRole", "Maintainer");
    case ProjectRole::Reviewer:
        return QCoreApplication::translate("ProjectRole", "Reviewer");
    case ProjectRole::CommunityManager:
        return QCoreApplication::translate("ProjectRole", "Community manager");
    }
    return {};
}

std::optional<ProjectRole> chosenRole(const QList<ProjectRole> &roles, const QString &remembered)
{
    if (const auto role = projectRoleFromKey(remembered); role && roles.contains(*role)) {
        return role;
    }
    return roles.isEmpty() ? std::nullopt : std::optional(roles.constFirst());
}

} // namespace ra::release
