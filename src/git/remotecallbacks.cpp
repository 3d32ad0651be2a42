// SPDX-License-Identifier: GPL-3.0-or-later
#include "git/remotecallbacks.h"

#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ra::git {

namespace {

/// Servers refuse a bad key quickly, and libgit2 asks again after each refusal: stop after a few.
constexpr int maxCredentialAttempts = 3;

} // namespace

RemoteCallbacks::RemoteCallbacks(CredentialProvider credentials, HostVerifier hostVerifier,
                                 PushProgressHandler progress)
    : m_credentials(std::move(credentials))
    , m_hostVerifier(std::move(hostVerifier))
    , m_progress(std::move(progress))
{
}

git_remote_callbacks RemoteCallbacks::callbacks()
{
    git_remote_callbacks callbacks = GIT_REMOTE_CALLBACKS_INIT;
    callbacks.credentials = &RemoteCallbacks::credentialTrampoline;
    callbacks.certificate_check = &RemoteCallbacks::certificateTrampoline;
    callbacks.sideband_progress = &RemoteCallbacks::sidebandTrampoline;
    callbacks.push_transfer_progress = &RemoteCallbacks::transferTrampoline;
    callbacks.push_update_reference = &RemoteCallbacks::updateReferenceTrampoline;
    callbacks.payload = this;
    return callbacks;
}

QStringList RemoteCallbacks::remoteMessages() const
{
    static const QRegularExpression lineBreak(u"[\r\n]+"_s);
    QStringList lines;
    const QStringList raw = QString::fromUtf8(m_sideband).split(lineBreak, Qt::SkipEmptyParts);
    for (QString line : raw) {
        line = line.trimmed();
        if (line.startsWith(u"remote:"_s)) {
            line = line.mid(7).trimmed();
        }
        if (!line.isEmpty()) {
            lines.append(line);
        }
    }
    return lines;
}

QString RemoteCallbacks::rejection() const
{
    return m_rejection;
}

bool RemoteCallbacks::rejected() const
{
    return m_rejected;
}

QString RemoteCallbacks::credentialFailure() const
{
    return m_credentialFailure;
}

void RemoteCallbacks::reportStage(PushProgress::Stage stage)
{
    if (m_progress) {
        PushProgress progress;
        progress.stage = stage;
        m_progress(progress);
    }
}

void RemoteCallbacks::beginConnection()
{
    m_credentialAttempts = 0;
    m_credentialFailure.clear();
}

int RemoteCallbacks::credentialTrampoline(git_credential **out, const char *url, const char *usernameFromUrl,
                                          unsigned int allowedTypes, void *payload)
{
    return static_cast<RemoteCallbacks *>(payload)->provideCredential(
        out, QString::fromUtf8(url), QString::fromUtf8(usernameFromUrl ? usernameFromUrl : ""), allowedTypes);
}

int RemoteCallbacks::provideCredential(git_credential **out, const QString &url, const QString &username,
                                       unsigned int allowedTypes)
{
    // libssh2 first asks for the user name alone when the URL has none.
    if (allowedTypes & GIT_CREDENTIAL_USERNAME) {
        const QByteArray name = (username.isEmpty() ? qEnvironmentVariable("USER") : username).toUtf8();
        return git_credential_username_new(out, name.constData());
    }
    ++m_credentialAttempts;
    if (m_credentialAttempts > maxCredentialAttempts) {
        m_credentialFailure = u"the server refused the credentials %1 times"_s.arg(maxCredentialAttempts);
        return GIT_EUSER;
    }
    CredentialRequest request;
    request.url = url;
    request.username = username;
    request.sshAllowed = allowedTypes & GIT_CREDENTIAL_SSH_KEY;
    request.userPasswordAllowed = allowedTypes & GIT_CREDENTIAL_USERPASS_PLAINTEXT;
    request.attempt = m_credentialAttempts;
    std::optional<Credential> credential;
    if (m_credentials) {
        credential = m_credentials(request);
    } else if (request.sshAllowed && m_credentialAttempts == 1) {
        credential = Credential::sshAgent();
    }
    if (!credential) {
        m_credentialFailure = m_credentialAttempts == 1 ? u"no credentials are available for %1"_s.arg(url)
                                                        : u"the server refused the credentials offered"_s;
        return GIT_EUSER;
    }
    const QByteArray user = (credential->username.isEmpty() ? username : credential->username).toUtf8();
    switch (credential->kind) {
    case Credential::Kind::SshAgent:
        if (!request.sshAllowed) {
            break;
        }
        return git_credential_ssh_key_from_agent(out, user.constData());
    case Credential::Kind::SshKeyFile: {
        if (!request.sshAllowed) {
            break;
        }
        const QByteArray privateKey = credential->privateKeyPath.toUtf8();
        // libssh2 cannot always derive the public half from an OpenSSH private key: give the .pub next to it.
        QString publicKeyPath = credential->publicKeyPath;
        if (publicKeyPath.isEmpty() && QFile::exists(credential->privateKeyPath + u".pub"_s)) {
            publicKeyPath = credential->privateKeyPath + u".pub"_s;
        }
        const QByteArray publicKey = publicKeyPath.toUtf8();
        const QByteArray passphrase = credential->passphrase.toUtf8();
        return git_credential_ssh_key_new(out, user.constData(), publicKey.isEmpty() ? nullptr : publicKey.constData(),
                                          privateKey.constData(), passphrase.constData());
    }
    case Credential::Kind::UserPassword: {
        if (!request.userPasswordAllowed) {
            break;
        }
        const QByteArray login = credential->username.isEmpty() ? QByteArrayLiteral("x-access-token") : user;
        const QByteArray secret = credential->password.toUtf8();
        return git_credential_userpass_plaintext_new(out, login.constData(), secret.constData());
    }
    }
    m_credentialFailure = u"the credentials offered do not fit what %1 accepts (SSH key or user/token)"_s.arg(url);
    return GIT_EUSER;
}

int RemoteCallbacks::certificateTrampoline(git_cert *cert, int valid, const char *host, void *payload)
{
    auto *self = static_cast<RemoteCallbacks *>(payload);
    if (!self->m_hostVerifier) {
        return GIT_PASSTHROUGH;
    }
    HostIdentity identity;
    identity.host = QString::fromUtf8(host ? host : "");
    identity.trusted = valid != 0;
    if (cert->cert_type == GIT_CERT_HOSTKEY_LIBSSH2) {
        const auto *hostKey = reinterpret_cast<const git_cert_hostkey *>(cert);
        if (hostKey->type & GIT_CERT_SSH_SHA256) {
            const QByteArray digest(reinterpret_cast<const char *>(hostKey->hash_sha256), sizeof hostKey->hash_sha256);
            identity.fingerprint = u"SHA256:"_s + QString::fromLatin1(digest.toBase64(QByteArray::Base64Encoding |
                                                                                      QByteArray::OmitTrailingEquals));
        }
    }
    return self->m_hostVerifier(identity) ? 0 : GIT_ECERTIFICATE;
}

int RemoteCallbacks::sidebandTrampoline(const char *text, int length, void *payload)
{
    auto *self = static_cast<RemoteCallbacks *>(payload);
    self->m_sideband.append(text, length);
    if (self->m_progress) {
        PushProgress progress;
        progress.stage = PushProgress::Stage::Sending;
        progress.remoteMessage = QString::fromUtf8(text, length).trimmed();
        self->m_progress(progress);
    }
    return 0;
}

int RemoteCallbacks::transferTrampoline(unsigned int current, unsigned int total, size_t bytes, void *payload)
{
    auto *self = static_cast<RemoteCallbacks *>(payload);
    if (self->m_progress) {
        PushProgress progress;
        progress.stage = PushProgress::Stage::Sending;
        progress.current = current;
        progress.total = total;
        progress.bytes = bytes;
        self->m_progress(progress);
    }
    return 0;
}

int RemoteCallbacks::updateReferenceTrampoline(const char *refName, const char *status, void *payload)
{
    Q_UNUSED(refName)
    auto *self = static_cast<RemoteCallbacks *>(payload);
    if (status) {
        self->m_rejected = true;
        self->m_rejection = QString::fromUtf8(status);
    }
    return 0;
}

} // namespace ra::git
