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

} // namespace ra::git
