// SPDX-License-Identifier: GPL-3.0-or-later
#include "git/sshprobe.h"

#include <QRegularExpression>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace ra::git {

std::optional<SshEndpoint> sshEndpointOf(const QString &url)
{
    static const QRegularExpression sshUrl(uR"(^ssh://(?:[^@/]+@)?(\[[^\]]+\]|[^:/]+)(?::(\d+))?/)"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    // scp-like: [user@]host:path, where host has no slash and the path does not start with "//".
    static const QRegularExpression scpLike(uR"(^(?:[^@/:]+@)?([^@/:]+):(?!//))"_s);
    if (const QRegularExpressionMatch match = sshUrl.match(url); match.hasMatch()) {
        QString host = match.captured(1);
        if (host.startsWith(u'[')) {
            host = host.mid(1, host.size() - 2);
        }
        bool ok = true;
        const uint port = match.captured(2).isEmpty() ? 22 : match.captured(2).toUInt(&ok);
        if (!ok || port == 0 || port > 65535) {
            return std::nullopt;
        }
        return SshEndpoint{host, quint16(port)};
    }
    if (url.contains(u"://"_s)) {
        return std::nullopt;
    }
    if (const QRegularExpressionMatch match = scpLike.match(url); match.hasMatch()) {
        return SshEndpoint{match.captured(1), 22};
    }
    return std::nullopt;
}

std::optional<GitError> probeSshServer(const SshEndpoint &endpoint, const QString &operation,
                                       std::chrono::milliseconds connectTimeout,
                                       std::chrono::milliseconds answerTimeout)
{
    QTcpSocket socket;
    socket.connectToHost(endpoint.host, endpoint.port);
    if (!socket.waitForConnected(int(connectTimeout.count()))) {
        // Refused or unreachable: libgit2 reports that itself, with its own wording.
        return std::nullopt;
    }
    QByteArray greeting;
    while (!greeting.contains('\n') && greeting.size() < 1024) {
        if (!socket.waitForReadyRead(int(answerTimeout.count()))) {
            return GitError::custom(
                operation,
                u"%1:%2 accepted the connection but did not greet as an SSH server within %3 s"_s.arg(endpoint.host)
                    .arg(endpoint.port)
                    .arg(answerTimeout.count() / 1000.0),
                u"The remote did not answer in time. Check the network and that the server is up, then retry."_s);
        }
        greeting += socket.readAll();
    }
    socket.abort();
    return std::nullopt;
}

} // namespace ra::git
