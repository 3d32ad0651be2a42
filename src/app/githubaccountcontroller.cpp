// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/githubaccountcontroller.h"

#include "app/githubaccountsettings.h"
#include "github/deviceflow.h"
#include "github/githubclient.h"
#include "secrets/keychainsecretstore.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace ra {

namespace {

/// What the device flow asks for: releases and assets (repo), and reading workflow runs and artifacts.
const QStringList deviceFlowScopes{u"repo"_s, u"workflow"_s};

QString yesNo(bool value)
{
    return value ? GitHubAccountController::tr("yes") : GitHubAccountController::tr("no");
}

} // namespace

GitHubAccountController::GitHubAccountController(QObject *parent)
    : QObject(parent)
    , m_clientId(GitHubAccountSettings::clientId())
{
}

GitHubAccountController::~GitHubAccountController() = default;

bool GitHubAccountController::busy() const
{
    return m_busy;
}

bool GitHubAccountController::signedIn() const
{
    return !m_login.isEmpty();
}

QString GitHubAccountController::login() const
{
    return m_login;
}

QString GitHubAccountController::name() const
{
    return m_name;
}

QString GitHubAccountController::tokenKind() const
{
    return m_tokenKind;
}

QString GitHubAccountController::tokenSource() const
{
    return m_tokenSource;
}

QStringList GitHubAccountController::scopes() const
{
    return m_scopes;
}

bool GitHubAccountController::scopesKnown() const
{
    return m_scopesKnown;
}

QString GitHubAccountController::permissions() const
{
    return m_permissions;
}

QString GitHubAccountController::expiry() const
{
    return m_expiry;
}

QString GitHubAccountController::message() const
{
    return m_message;
}

QString GitHubAccountController::repository() const
{
    return m_repository;
}

void GitHubAccountController::setRepository(const QString &repository)
{
    if (repository != m_repository) {
        m_repository = repository;
        Q_EMIT repositoryChanged();
    }
}

QString GitHubAccountController::clientId() const
{
    return m_clientId;
}

void GitHubAccountController::setClientId(const QString &clientId)
{
    if (clientId.trimmed() != m_clientId) {
        m_clientId = clientId.trimmed();
        GitHubAccountSettings::setClientId(m_clientId);
        Q_EMIT clientIdChanged();
    }
}

bool GitHubAccountController::deviceFlowActive() const
{
    return m_deviceFlow != nullptr;
}

QString GitHubAccountController::userCode() const
{
    return m_userCode;
}

QString GitHubAccountController::verificationUrl() const
{
    return m_verificationUrl;
}

void GitHubAccountController::setSecretStore(secrets::SecretStore *store)
{
    m_store = store;
}

void GitHubAccountController::setEndpoints(const github::Endpoints &endpoints)
{
    m_endpoints = endpoints;
}

void GitHubAccountController::refresh()
{
    m_busy = true;
    m_message = tr("Reading the token…");
    Q_EMIT changed();
    const int generation = ++m_generation;
    GitHubAccountSettings::readToken(store(), [self = QPointer(this), generation](
                                                  const QString &token, const QString &source, const QString &error) {
        if (!self || generation != self->m_generation) {
            return;
        }
        if (token.isEmpty()) {
            self->clearAccount();
            self->done(error.isEmpty() ? tr("Not signed in to GitHub.")
                                       : tr("The keychain could not be read: %1").arg(error));
            return;
        }
        self->describe(token, source, false);
    });
}

void GitHubAccountController::saveToken(const QString &token)
{
    const QString trimmed = token.trimmed();
    if (trimmed.isEmpty()) {
        done(tr("Paste a token first."));
        return;
    }
    m_busy = true;
    m_message = tr("Checking the token with GitHub…");
    Q_EMIT changed();
    ++m_generation;
    describe(trimmed, store().description(), true);
}

void GitHubAccountController::signOut()
{
    cancelDeviceFlow();
    m_busy = true;
    Q_EMIT changed();
    const int generation = ++m_generation;
    store().remove(QString::fromLatin1(GitHubAccountSettings::TokenKey), [self = QPointer(this),
                                                                          generation](const net::Error &error) {
        if (!self || generation != self->m_generation) {
            return;
        }
        if (error.isError()) {
            self->done(tr("The token could not be removed from the keychain: %1").arg(error.toString()));
            return;
        }
        self->clearAccount();
        self->done(tr("Signed out: the token was removed from the %1.").arg(self->store().description()));
    });
}

void GitHubAccountController::startDeviceFlow()
{
    if (m_clientId.isEmpty()) {
        done(tr("The device flow needs the client id of a GitHub OAuth app with the device flow enabled."));
        return;
    }
    cancelDeviceFlow();
    m_deviceFlow = std::make_unique<github::DeviceFlow>(endpoints(), m_clientId);
    connect(m_deviceFlow.get(), &github::DeviceFlow::userCodeReady, this,
            [this](const QString &code, const QUrl &uri, std::chrono::seconds expiresIn) {
                m_userCode = code;
                m_verificationUrl = uri.toString();
                Q_EMIT deviceFlowChanged();
                done(tr("Enter the code at %1 within %n minute(s).", nullptr, int(expiresIn.count() / 60))
                         .arg(m_verificationUrl));
            });
    connect(m_deviceFlow.get(), &github::DeviceFlow::succeeded, this,
            [this](const QString &token, const QStringList &) {
                // The flow object emitted this: it goes once its signal has returned.
                m_deviceFlow.release()->deleteLater();
                m_userCode.clear();
                m_verificationUrl.clear();
                Q_EMIT deviceFlowChanged();
                m_busy = true;
                Q_EMIT changed();
                ++m_generation;
                describe(token, store().description(), true);
            });
    connect(m_deviceFlow.get(), &github::DeviceFlow::failed, this, [this](const net::Error &error) {
        m_deviceFlow.release()->deleteLater();
        m_userCode.clear();
        m_verificationUrl.clear();
        Q_EMIT deviceFlowChanged();
        done(tr("The device flow ended: %1").arg(error.toString()));
    });
    m_message = tr("Asking GitHub for a code…");
    Q_EMIT changed();
    Q_EMIT deviceFlowChanged();
    m_deviceFlow->start(deviceFlowScopes);
}

void GitHubAccountController::cancelDeviceFlow()
{
    if (!m_deviceFlow) {
        return;
    }
    m_deviceFlow->cancel();
    m_deviceFlow.reset();
    m_userCode.clear();
    m_verificationUrl.clear();
    Q_EMIT deviceFlowChanged();
}

void GitHubAccountController::describe(const QString &token, const QString &source, bool keepIt)
{
    m_client = std::make_unique<github::GitHubClient>(endpoints());
    m_client->setToken(token);
    const int generation = m_generation;
    m_client->currentUser([this, token, source, keepIt, generation](const github::Result<github::AccountInfo> &user) {
        if (generation != m_generation) {
            return;
        }
        if (!user.ok()) {
            if (keepIt) {
                done(tr("GitHub refused the token, so it was not kept: %1").arg(user.error.toString()));
            } else {
                clearAccount();
                done(tr("GitHub refused the token from the %1: %2").arg(source, user.error.toString()));
            }
            return;
        }
        const github::AccountInfo &info = user.value;
        m_login = info.login;
        m_name = info.name;
        m_tokenKind = github::AccountInfo::tokenKindName(info.tokenKind);
        m_tokenSource = source;
        m_scopes = info.scopes;
        m_scopesKnown = info.scopesKnown;
        m_expiry = info.expiresAt.isValid() ? QLocale().toString(info.expiresAt.toLocalTime(), QLocale::ShortFormat)
                                            : QString();
        m_permissions.clear();
        const auto repo = github::RepositoryRef::parse(m_repository);
        if (!repo) {
            keepIt ? keep(token) : done(tr("Signed in as %1.").arg(m_login));
            return;
        }
        m_client->repository(
            *repo, [this, token, keepIt, generation](const github::Result<github::RepositoryInfo> &answer) {
                if (generation != m_generation) {
                    return;
                }
                if (!answer.ok()) {
                    m_permissions = tr("cannot see %1: %2").arg(m_repository, answer.error.toString());
                } else if (answer.value.permissionsKnown) {
                    m_permissions = tr("on %1: read %2 · push %3 · admin %4")
                                        .arg(m_repository, yesNo(answer.value.canPull), yesNo(answer.value.canPush),
                                             yesNo(answer.value.canAdmin));
                } else {
                    m_permissions = tr("on %1: GitHub did not say").arg(m_repository);
                }
                keepIt ? keep(token) : done(tr("Signed in as %1.").arg(m_login));
            });
    });
}

void GitHubAccountController::keep(const QString &token)
{
    const int generation = m_generation;
    store().write(
        QString::fromLatin1(GitHubAccountSettings::TokenKey), token, [this, generation](const net::Error &error) {
            if (generation != m_generation) {
                return;
            }
            if (error.isError()) {
                done(tr("GitHub accepted the token, but the keychain could not keep it: %1").arg(error.toString()));
                return;
            }
            m_tokenSource = store().description();
            done(tr("Signed in as %1; the token is kept in the %2.").arg(m_login, store().description()));
        });
}

void GitHubAccountController::done(const QString &message)
{
    m_busy = false;
    m_message = message;
    Q_EMIT changed();
    Q_EMIT finished();
}

void GitHubAccountController::clearAccount()
{
    m_login.clear();
    m_name.clear();
    m_tokenKind.clear();
    m_tokenSource.clear();
    m_scopes.clear();
    m_scopesKnown = false;
    m_permissions.clear();
    m_expiry.clear();
}

secrets::SecretStore &GitHubAccountController::store()
{
    if (!m_store) {
        m_ownStore = std::make_unique<secrets::KeychainSecretStore>();
        m_store = m_ownStore.get();
    }
    return *m_store;
}

github::Endpoints GitHubAccountController::endpoints() const
{
    return m_endpoints.value_or(GitHubAccountSettings::endpoints());
}

} // namespace ra
