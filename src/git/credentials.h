// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>
#include <optional>

namespace ra::git {

/// What the server asks for when libgit2 needs credentials.
struct CredentialRequest {
    QString url;
    /// The user name in the URL (git@github.com -> "git"), empty when none.
    QString username;
    bool sshAllowed = false;
    bool userPasswordAllowed = false;
    /// 1 for the first request of an operation; higher when the server refused what was offered before.
    int attempt = 1;
};

/// Credentials for one attempt. Secrets stay in memory only: they never reach logs, files or URLs.
struct Credential {
    enum class Kind { SshAgent, SshKeyFile, UserPassword };
    Kind kind = Kind::SshAgent;
    /// Empty: the user name from the URL (SSH) or "x-access-token" (HTTPS token).
    QString username;
    QString privateKeyPath;
    /// Optional; derived from the private key when empty.
    QString publicKeyPath;
    QString passphrase;
    /// Password or token for HTTPS.
    QString password;

    [[nodiscard]] static Credential sshAgent(const QString &username = {});
    [[nodiscard]] static Credential sshKeyFile(const QString &privateKeyPath, const QString &passphrase = {},
                                               const QString &username = {});
    [[nodiscard]] static Credential token(const QString &token, const QString &username = {});
};

/// Supplies credentials (the app asks the keychain or the maintainer; tests give a fixed key). Returning
/// std::nullopt gives up: the operation fails with an authentication error.
using CredentialProvider = std::function<std::optional<Credential>(const CredentialRequest &request)>;

/// The server's identity as libgit2 saw it.
struct HostIdentity {
    QString host;
    /// SSH: the host key's SHA-256 fingerprint as "SHA256:<base64>" (what ssh-keygen -l prints).
    QString fingerprint;
    /// True when libgit2 already trusts it (a known_hosts entry, a valid TLS certificate).
    bool trusted = false;
};

/// Decides whether to talk to a server libgit2 does not already trust. Unset: libgit2's own checks apply.
using HostVerifier = std::function<bool(const HostIdentity &identity)>;

/// What a maintainer's machine usually offers, in order: over SSH the agent (when SSH_AUTH_SOCK is set), then
/// \a keyFile unlocked with \a passphrase; over HTTPS \a token. Each is offered once, so a refused credential
/// ends the attempt instead of looping. Empty arguments are skipped.
[[nodiscard]] CredentialProvider agentKeyOrToken(const QString &keyFile, const QString &passphrase,
                                                 const QString &token);

} // namespace ra::git
