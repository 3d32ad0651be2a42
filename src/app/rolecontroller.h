// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "github/endpoints.h"
#include "release/roleresolver.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQmlIntegration>

#include <memory>
#include <optional>

namespace ra {

class ReleaseSession;
namespace github {
class GitHubClient;
}
namespace secrets {
class SecretStore;
}

/**
 * The user's role on the open project, for the window: which roles they hold (release::RoleResolver, from their
 * GitHub permissions and the playbook's approvers and announcers), the one they work in, and the switch between
 * them. The role chosen is remembered per project in the app's settings. Until GitHub answers, or when it cannot,
 * the role remembered for the project stands, else the maintainer's: the window never hides the steps for want of
 * an answer.
 */
class RoleController : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(ra::ReleaseSession *session READ session WRITE setSession NOTIFY sessionChanged)
    /// The roles held, each {key, title, reason}, in the order of release::ProjectRole.
    Q_PROPERTY(QVariantList availableRoles READ availableRoles NOTIFY rolesChanged)
    /// "maintainer", "reviewer" or "community-manager"; setting a role the user does not hold is ignored.
    Q_PROPERTY(QString currentRole READ currentRole WRITE setCurrentRole NOTIFY currentRoleChanged)
    Q_PROPERTY(QString currentRoleTitle READ currentRoleTitle NOTIFY currentRoleChanged)
    /// Whether there is more than one role to switch between.
    Q_PROPERTY(bool canSwitch READ canSwitch NOTIFY rolesChanged)
    Q_PROPERTY(QString login READ login NOTIFY rolesChanged)
    /// Why the user has no role, or why it could not be worked out; empty otherwise.
    Q_PROPERTY(QString problem READ problem NOTIFY rolesChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)

public:
    explicit RoleController(QObject *parent = nullptr);
    ~RoleController() override;

    [[nodiscard]] ReleaseSession *session() const;
    /// Works out the roles on \a session's project now and whenever another project is opened or the demo
    /// acts as another account.
    void setSession(ReleaseSession *session);
    [[nodiscard]] QVariantList availableRoles() const;
    [[nodiscard]] QString currentRole() const;
    void setCurrentRole(const QString &key);
    [[nodiscard]] QString currentRoleTitle() const;
    [[nodiscard]] bool canSwitch() const;
    [[nodiscard]] QString login() const;
    [[nodiscard]] QString problem() const;
    [[nodiscard]] bool loading() const;
    /// The last answer, as the engine gave it (tests).
    [[nodiscard]] const std::optional<release::RoleResolution> &resolution() const;

    /// Uses \a store instead of the system keychain (tests); not owned.
    void setSecretStore(secrets::SecretStore *store);
    /// The GitHub hosts; the Settings page's when never set (tests point them at a twin).
    void setEndpoints(const github::Endpoints &endpoints);

    /// Asks GitHub again who the user is and what they may do on the project.
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void sessionChanged();
    void rolesChanged();
    void currentRoleChanged();
    void loadingChanged();
    /// An answer arrived (the roles may be the same as before).
    void resolved();

private:
    void apply(const release::RoleResolution &resolution);
    void setRole(release::ProjectRole role, bool remember);
    void setLoading(bool loading);
    /// The settings key of the role remembered for the open project.
    [[nodiscard]] QString settingsKey() const;
    [[nodiscard]] secrets::SecretStore *secretStore();

    QPointer<ReleaseSession> m_session;
    QPointer<secrets::SecretStore> m_store;
    std::unique_ptr<secrets::SecretStore> m_ownStore;
    std::optional<github::Endpoints> m_endpoints;
    std::unique_ptr<github::GitHubClient> m_client;
    std::optional<release::RoleResolution> m_resolution;
    release::ProjectRole m_role = release::ProjectRole::Maintainer;
    bool m_loading = false;
    /// Counts the lookups started, so that the answer of an earlier one is dropped.
    int m_generation = 0;
};

} // namespace ra
