// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "github/endpoints.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QtQmlIntegration>

#include <memory>
#include <optional>

namespace ra {

namespace github {
class DeviceFlow;
class GitHubClient;
} // namespace github
namespace secrets {
class SecretStore;
}

/**
 * The GitHub account of the Settings page: who the stored token belongs to and what it may do (a classic or
 * OAuth token's scopes; for a fine-grained token, which has none, the permissions it gives on the project's
 * repository), a fine-grained token entered by hand — checked with GitHub before it is kept — or one obtained
 * with the device flow, and signing out. The token lives in the SecretStore under "github/token".
 */
class GitHubAccountController : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY changed)
    Q_PROPERTY(QString login READ login NOTIFY changed)
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(QString tokenKind READ tokenKind NOTIFY changed)
    Q_PROPERTY(QString tokenSource READ tokenSource NOTIFY changed)
    Q_PROPERTY(QStringList scopes READ scopes NOTIFY changed)
    Q_PROPERTY(bool scopesKnown READ scopesKnown NOTIFY changed)
    Q_PROPERTY(QString permissions READ permissions NOTIFY changed)
    Q_PROPERTY(QString expiry READ expiry NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(QString repository READ repository WRITE setRepository NOTIFY repositoryChanged)
    Q_PROPERTY(QString clientId READ clientId WRITE setClientId NOTIFY clientIdChanged)
    Q_PROPERTY(bool deviceFlowActive READ deviceFlowActive NOTIFY deviceFlowChanged)
    Q_PROPERTY(QString userCode READ userCode NOTIFY deviceFlowChanged)
    Q_PROPERTY(QString verificationUrl READ verificationUrl NOTIFY deviceFlowChanged)

public:
    explicit GitHubAccountController(QObject *parent = nullptr);
    ~GitHubAccountController() override;

    [[nodiscard]] bool busy() const;
    [[nodiscard]] bool signedIn() const;
    [[nodiscard]] QString login() const;
    [[nodiscard]] QString name() const;
    [[nodiscard]] QString tokenKind() const;
    [[nodiscard]] QString tokenSource() const;
    [[nodiscard]] QStringList scopes() const;
    [[nodiscard]] bool scopesKnown() const;
    [[nodiscard]] QString permissions() const;
    [[nodiscard]] QString expiry() const;
    [[nodiscard]] QString message() const;
    [[nodiscard]] QString repository() const;
    void setRepository(const QString &repository);
    [[nodiscard]] QString clientId() const;
    void setClientId(const QString &clientId);
    [[nodiscard]] bool deviceFlowActive() const;
    [[nodiscard]] QString userCode() const;
    [[nodiscard]] QString verificationUrl() const;

    /// Where the token is kept; the system keychain when never set.
    void setSecretStore(secrets::SecretStore *store);
    /// The GitHub hosts; from the settings when never set (tests point them at a twin).
    void setEndpoints(const github::Endpoints &endpoints);

    /// Reads the token and asks GitHub who it is and what it may do.
    Q_INVOKABLE void refresh();
    /// Checks \a token with GitHub, then keeps it; a token GitHub refuses is not kept.
    Q_INVOKABLE void saveToken(const QString &token);
    /// Forgets the kept token.
    Q_INVOKABLE void signOut();
    /// Asks GitHub for a code to enter at the verification address, then waits for the user.
    Q_INVOKABLE void startDeviceFlow();
    Q_INVOKABLE void cancelDeviceFlow();

Q_SIGNALS:
    void changed();
    void repositoryChanged();
    void clientIdChanged();
    void deviceFlowChanged();
    /// A refresh, a save or a sign-out ended (message says how).
    void finished();

private:
    void describe(const QString &token, const QString &source, bool keep);
    void keep(const QString &token);
    void done(const QString &message);
    void clearAccount();
    secrets::SecretStore &store();
    [[nodiscard]] github::Endpoints endpoints() const;

    QPointer<secrets::SecretStore> m_store;
    std::unique_ptr<secrets::SecretStore> m_ownStore;
    std::optional<github::Endpoints> m_endpoints;
    std::unique_ptr<github::GitHubClient> m_client;
    std::unique_ptr<github::DeviceFlow> m_deviceFlow;

    bool m_busy = false;
    QString m_login;
    QString m_name;
    QString m_tokenKind;
    QString m_tokenSource;
    QStringList m_scopes;
    bool m_scopesKnown = false;
    QString m_permissions;
    QString m_expiry;
    QString m_message;
    QString m_repository;
    QString m_clientId;
    QString m_userCode;
    QString m_verificationUrl;
    int m_generation = 0;
};

} // namespace ra
