// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/rolecontroller.h"

#include "app/githubaccountsettings.h"
#include "app/releasesession.h"
#include "github/githubclient.h"
#include "secrets/keychainsecretstore.h"

#include <QSettings>
#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace ra {

RoleController::RoleController(QObject *parent)
    : QObject(parent)
{
}

RoleController::~RoleController() = default;

ReleaseSession *RoleController::session() const
{
    return m_session;
}

void RoleController::setSession(ReleaseSession *session)
{
    if (m_session == session) {
        return;
    }
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    if (m_session) {
        connect(m_session, &ReleaseSession::projectNameChanged, this, &RoleController::refresh);
        connect(m_session, &ReleaseSession::demoAccountChanged, this, &RoleController::refresh);
    }
    Q_EMIT sessionChanged();
    refresh();
}

QVariantList RoleController::availableRoles() const
{
    QVariantList roles;
    if (!m_resolution) {
        return roles;
    }
    for (qsizetype i = 0; i < m_resolution->roles.size(); ++i) {
        const release::ProjectRole role = m_resolution->roles.at(i);
        roles.append(QVariantMap{{u"key"_s, release::projectRoleKey(role)},
                                 {u"title"_s, release::projectRoleTitle(role)},
                                 {u"reason"_s, m_resolution->reasons.value(i)}});
    }
    return roles;
}

QString RoleController::currentRole() const
{
    return release::projectRoleKey(m_role);
}

void RoleController::setCurrentRole(const QString &key)
{
    const std::optional<release::ProjectRole> role = release::projectRoleFromKey(key);
    if (role && m_resolution && m_resolution->has(*role)) {
        setRole(*role, true);
    }
}

QString RoleController::currentRoleTitle() const
{
    return release::projectRoleTitle(m_role);
}

bool RoleController::canSwitch() const
{
    return m_resolution && m_resolution->roles.size() > 1;
}

QString RoleController::login() const
{
    return m_resolution ? m_resolution->login : QString();
}

QString RoleController::problem() const
{
    return m_resolution ? m_resolution->problem : QString();
}

bool RoleController::loading() const
{
    return m_loading;
}

const std::optional<release::RoleResolution> &RoleController::resolution() const
{
    return m_resolution;
}

void RoleController::setSecretStore(secrets::SecretStore *store)
{
    m_store = store;
}

void RoleController::setEndpoints(const github::Endpoints &endpoints)
{
    m_endpoints = endpoints;
}

void RoleController::refresh()
{
    const int generation = ++m_generation;
    m_client.reset();
    m_resolution.reset();
    Q_EMIT rolesChanged();
    const std::optional<release::ProjectRole> remembered =
        release::projectRoleFromKey(QSettings().value(settingsKey()).toString());
    setRole(remembered.value_or(release::ProjectRole::Maintainer), false);
    if (!m_session || !m_session->project()) {
        setLoading(false);
        return;
    }
    setLoading(true);
    GitHubAccountSettings::readToken(
        *secretStore(), [self = QPointer(this), generation](const QString &token, const QString &, const QString &) {
            if (!self || generation != self->m_generation || !self->m_session || !self->m_session->project()) {
                return;
            }
            if (token.trimmed().isEmpty()) {
                // Nobody to ask GitHub about: the remembered role (else the maintainer's steps) stays.
                release::RoleResolution anonymous;
                anonymous.problem = tr("Sign in to GitHub in Settings to work out your role on this project.");
                self->apply(anonymous);
                return;
            }
            self->m_client =
                std::make_unique<github::GitHubClient>(self->m_endpoints.value_or(GitHubAccountSettings::endpoints()));
            self->m_client->setToken(token);
            const release::Project &project = *self->m_session->project();
            release::RoleResolver::lookup(*self->m_client, project.repository(), project.playbook(),
                                          [self, generation](const release::RoleResolution &resolution) {
                                              if (self && generation == self->m_generation) {
                                                  self->apply(resolution);
                                              }
                                          });
        });
}

void RoleController::apply(const release::RoleResolution &resolution)
{
    m_resolution = resolution;
    Q_EMIT rolesChanged();
    if (const auto role = release::chosenRole(resolution.roles, QSettings().value(settingsKey()).toString())) {
        setRole(*role, false);
    }
    setLoading(false);
    Q_EMIT resolved();
}

void RoleController::setRole(release::ProjectRole role, bool remember)
{
    if (remember) {
        QSettings().setValue(settingsKey(), release::projectRoleKey(role));
    }
    if (m_role != role) {
        m_role = role;
        Q_EMIT currentRoleChanged();
    }
}

void RoleController::setLoading(bool loading)
{
    if (m_loading != loading) {
        m_loading = loading;
        Q_EMIT loadingChanged();
    }
}

QString RoleController::settingsKey() const
{
    const QString project =
        m_session && m_session->project() ? m_session->project()->repository().toString() : u"none"_s;
    return u"roles/%1"_s.arg(project);
}

secrets::SecretStore *RoleController::secretStore()
{
    if (!m_store) {
        m_ownStore = std::make_unique<secrets::KeychainSecretStore>();
        m_store = m_ownStore.get();
    }
    return m_store;
}

} // namespace ra
