// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "git/giterror.h"

#include <QString>

#include <chrono>
#include <optional>

namespace ra::git {

/// Where an SSH remote URL (ssh://[user@]host[:port]/path or [user@]host:path) connects; std::nullopt for
/// other URLs (https://, git://, a local path).
struct SshEndpoint {
    QString host;
    quint16 port = 22;
};
[[nodiscard]] std::optional<SshEndpoint> sshEndpointOf(const QString &url);

/**
 * Checks that an SSH server greets within the timeouts before libgit2 talks to it: libssh2 ignores libgit2's
 * server timeout during its handshake, so a server that accepts the connection and never answers would hang a
 * push for ever. Returns the error to report, or std::nullopt when the server said "SSH-".
 */
[[nodiscard]] std::optional<GitError> probeSshServer(const SshEndpoint &endpoint, const QString &operation,
                                                     std::chrono::milliseconds connectTimeout,
                                                     std::chrono::milliseconds answerTimeout);

} // namespace ra::git
