// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTcpServer>

#include <memory>
#include <vector>

namespace ra::test {

/**
 * A TCP proxy on 127.0.0.1 in front of a real server (a TCP port, or a Unix socket such as PostgreSQL's), for
 * the faults of the clients that do not speak HTTP through ra_net (libgit2, libpq): a stall (connections are
 * accepted and never answered), a reset of the connection in place of the answer to a given request, or a reset
 * of every open connection on demand. It lives in the test's thread; the clients run on worker threads.
 */
class FaultProxy : public QObject
{
    Q_OBJECT

public:
    enum class Mode {
        Forward, ///< pass the bytes both ways
        Stall, ///< accept, read, never answer (never connect upstream)
    };

    explicit FaultProxy(QObject *parent = nullptr);
    ~FaultProxy() override;

    /// Listens on 127.0.0.1, port 0; false when no port could be bound.
    bool listen();
    [[nodiscard]] quint16 port() const;
    /// Forwards to 127.0.0.1:\a port.
    void forwardTo(quint16 port);
    /// Forwards to the Unix socket at \a path.
    void forwardToSocket(const QString &path);
    void setMode(Mode mode);
    /// Once a client sent bytes containing \a needle, the server's answer is not passed on: the client's
    /// connection is reset instead (the server did act). Empty: off.
    void resetAnswerTo(const QByteArray &needle);
    /// Resets every open connection now (clients see a TCP reset).
    void resetAll();
    /// Stops listening (new connections are refused) and resets every open connection: releases a client
    /// stuck on a stall for good.
    void shutDown();
    /// Connections accepted so far.
    [[nodiscard]] int connections() const;
    /// Connections reset by a fault so far.
    [[nodiscard]] int resets() const;

private:
    struct Link;

    void accept();
    void connectUpstream(Link &link);
    void fromClient(Link &link);
    void fromUpstream(Link &link);
    void reset(Link &link);
    static QIODevice *upstream(Link &link);

    QTcpServer m_server;
    std::vector<std::unique_ptr<Link>> m_links;
    Mode m_mode = Mode::Forward;
    quint16 m_upstreamPort = 0;
    QString m_upstreamSocket;
    QByteArray m_needle;
    int m_resets = 0;
};

} // namespace ra::test
