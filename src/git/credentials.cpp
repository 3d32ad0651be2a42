// SPDX-License-Identifier: GPL-3.0-or-later
#include "git/credentials.h"

namespace ra::git {

Credential Credential::sshAgent(const QString &username)
{
    Credential credential;
    credential.kind = Kind::SshAgent;
    credential.username = username;
    return credential;
}

Credential Credential::sshKeyFile(const QString &privateKeyPath, const QString &passphrase, const QString &username)
{
    Credential credential;
    credential.kind = Kind::SshKeyFile;
    credential.privateKeyPath = privateKeyPath;
    credential.passphrase = passphrase;
    credential.username = username;
    return credential;
}

Credential Credential::token(const QString &token, const QString &username)
{
    Credential credential;
    credential.kind = Kind::UserPassword;
    credential.password = token;
    credential.username = username;
    return credential;
}

CredentialProvider agentKeyOrToken(const QString &keyFile, const QString &passphrase, const QString &token)
{
    return [keyFile, passphrase, token](const CredentialRequest &request) -> std::optional<Credential> {
        if (request.sshAllowed) {
            const bool hasAgent = !qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK");
            if (hasAgent && request.attempt == 1) {
                return Credential::sshAgent();
            }
            if (!keyFile.isEmpty() && request.attempt == (hasAgent ? 2 : 1)) {
                return Credential::sshKeyFile(keyFile, passphrase);
            }
            return std::nullopt;
        }
        if (request.userPasswordAllowed && request.attempt == 1 && !token.isEmpty()) {
            return Credential::token(token);
        }
        return std::nullopt;
    };
}

} // namespace ra::git
