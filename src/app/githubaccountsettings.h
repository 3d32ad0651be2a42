// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "github/endpoints.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace ra {

namespace secrets {
class SecretStore;
}

/**
 * Where the app finds GitHub: the hosts (settings "github/apiUrl", "github/uploadsUrl", "github/webUrl", so a
 * GitHub Enterprise server or a local twin can stand in for github.com) and the token (the system keychain's
 * "github/token", else the GITHUB_TOKEN environment variable, as the CLI does).
 */
class GitHubAccountSettings
{
    Q_DECLARE_TR_FUNCTIONS(GitHubAccountSettings)

public:
    static constexpr auto TokenKey = "github/token";

    /// The hosts from the settings, github.com's where unset.
    [[nodiscard]] static github::Endpoints endpoints();
    /// The OAuth app client id the device flow signs in with (setting "github/clientId").
    [[nodiscard]] static QString clientId();
    static void setClientId(const QString &clientId);

    /// Reports the token once through \a done: from \a store when it holds one, else from GITHUB_TOKEN.
    /// \a source names where it came from; \a error says why the keychain could not answer (the environment
    /// is still tried).
    using TokenCallback = std::function<void(const QString &token, const QString &source, const QString &error)>;
    static void readToken(secrets::SecretStore &store, TokenCallback done);
};

} // namespace ra
