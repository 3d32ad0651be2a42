// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "git/credentials.h"
#include "git/pushprogress.h"

#include <git2.h>

#include <QString>
#include <QStringList>

namespace ra::git {

/**
 * libgit2's remote callbacks gathered in one object: credentials, host verification, progress, the server's
 * sideband messages and the per-reference push status. A push that the server refuses (a pre-receive hook,
 * an existing tag) still returns 0 from git_remote_push: the refusal arrives only through
 * push_update_reference, which is recorded here.
 */
class RemoteCallbacks
{
public:
    RemoteCallbacks(CredentialProvider credentials, HostVerifier hostVerifier, PushProgressHandler progress);

    /// Callbacks whose payload is this object; it must outlive the libgit2 call that uses them.
    [[nodiscard]] git_remote_callbacks callbacks();

    /// The lines the server sent on its message channel (hook output), without "remote:" prefixes.
    [[nodiscard]] QStringList remoteMessages() const;
    /// The server's reason for refusing a reference ("pre-receive hook declined"); empty when accepted.
    [[nodiscard]] QString rejection() const;
    [[nodiscard]] bool rejected() const;
    /// Why authentication gave up, when it did.
    [[nodiscard]] QString credentialFailure() const;

    void reportStage(PushProgress::Stage stage);
    /// Starts counting credential attempts afresh: called before each new connection.
    void beginConnection();

private:
    static int credentialTrampoline(git_credential **out, const char *url, const char *usernameFromUrl,
                                    unsigned int allowedTypes, void *payload);
    static int certificateTrampoline(git_cert *cert, int valid, const char *host, void *payload);
    static int sidebandTrampoline(const char *text, int length, void *payload);
    static int transferTrampoline(unsigned int current, unsigned int total, size_t bytes, void *payload);
    static int updateReferenceTrampoline(const char *refName, const char *status, void *payload);

    int provideCredential(git_credential **out, const QString &url, const QString &username, unsigned int allowedTypes);

    CredentialProvider m_credentials;
    HostVerifier m_hostVerifier;
    PushProgressHandler m_progress;
    QByteArray m_sideband;
    QString m_rejection;
    bool m_rejected = false;
    QString m_credentialFailure;
    int m_credentialAttempts = 0;
};

} // namespace ra::git
