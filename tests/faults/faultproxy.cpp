// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultproxy.h"

#include <QLocalSocket>
#include <QTcpSocket>

#include <sys/socket.h>

namespace ra::test {

struct FaultProxy::Link {
    std::unique_ptr<QTcpSocket> client;
    std::unique_ptr<QTcpSocket> tcp;
    std::unique_ptr<QLocalSocket> local;
    QByteArray pending; ///< client bytes waiting for the upstream connection
    QByteArray seen; ///< the tail of what the client sent, to look for the needle
    bool upstreamReady = false;
    bool resetOnAnswer = false;
    bool closed = false;
};

FaultProxy::FaultProxy(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::accept);
}

FaultProxy::~FaultProxy()
{
    m_server.close();
    for (const auto &link : m_links) {
        for (QObject *socket : {static_cast<QObject *>(link->client.get()), static_cast<QObject *>(link->tcp.get()),
                                static_cast<QObject *>(link->local.get())}) {
            if (socket) {
                socket->disconnect(this);
            }
        }
        if (link->client) {
            link->client->abort();
        }
        if (QIODevice *device = upstream(*link)) {
            device->close();
        }
    }
}

bool FaultProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

quint16 FaultProxy::port() const
{
    return m_server.serverPort();
}

void FaultProxy::forwardTo(quint16 port)
{
    m_upstreamPort = port;
    m_upstreamSocket.clear();
}

void FaultProxy::forwardToSocket(const QString &path)
{
    m_upstreamSocket = path;
    m_upstreamPort = 0;
}

void FaultProxy::setMode(Mode mode)
{
    m_mode = mode;
}

void FaultProxy::resetAnswerTo(const QByteArray &needle)
{
    m_needle = needle;
}

void FaultProxy::resetAll()
{
    for (const auto &link : m_links) {
        if (!link->closed) {
            reset(*link);
        }
    }
}

void FaultProxy::shutDown()
{
    m_server.close();
    resetAll();
}

int FaultProxy::connections() const
{
    return int(m_links.size());
}

int FaultProxy::resets() const
{
    return m_resets;
}

QIODevice *FaultProxy::upstream(Link &link)
{
    if (link.tcp) {
        return link.tcp.get();
    }
    return link.local.get();
}

void FaultProxy::accept()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(nullptr);
        auto link = std::make_unique<Link>();
        link->client.reset(socket);
        Link *raw = link.get();
        m_links.push_back(std::move(link));
        connect(socket, &QTcpSocket::readyRead, this, [this, raw] { fromClient(*raw); });
        connect(socket, &QTcpSocket::disconnected, this, [this, raw] {
            raw->closed = true;
            if (raw->tcp) {
                raw->tcp->disconnectFromHost();
            } else if (raw->local) {
                raw->local->disconnectFromServer();
            }
        });
        if (m_mode == Mode::Forward) {
            connectUpstream(*raw);
        }
    }
}

void FaultProxy::connectUpstream(Link &link)
{
    Link *raw = &link;
    const auto ready = [this, raw] {
        raw->upstreamReady = true;
        if (QIODevice *device = upstream(*raw); device && !raw->pending.isEmpty()) {
            device->write(raw->pending);
            raw->pending.clear();
        }
    };
    const auto gone = [raw] {
        if (!raw->closed && raw->client) {
            raw->client->flush();
            raw->client->disconnectFromHost();
        }
    };
    if (!m_upstreamSocket.isEmpty()) {
        link.local = std::make_unique<QLocalSocket>();
        connect(link.local.get(), &QLocalSocket::readyRead, this, [this, raw] { fromUpstream(*raw); });
        connect(link.local.get(), &QLocalSocket::disconnected, this, gone);
        connect(link.local.get(), &QLocalSocket::connected, this, ready);
        link.local->connectToServer(m_upstreamSocket);
        if (link.local->state() == QLocalSocket::ConnectedState && !link.upstreamReady) {
            ready();
        }
        return;
    }
    link.tcp = std::make_unique<QTcpSocket>();
    connect(link.tcp.get(), &QTcpSocket::readyRead, this, [this, raw] { fromUpstream(*raw); });
    connect(link.tcp.get(), &QTcpSocket::disconnected, this, gone);
    connect(link.tcp.get(), &QTcpSocket::connected, this, ready);
    link.tcp->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
}

void FaultProxy::fromClient(Link &link)
{
    const QByteArray data = link.client->readAll();
    if (m_mode == Mode::Stall || link.closed) {
        return;
    }
    if (!m_needle.isEmpty() && !link.resetOnAnswer) {
        link.seen.append(data);
        link.resetOnAnswer = link.seen.contains(m_needle);
        if (link.seen.size() > 64 * 1024) {
            link.seen = link.seen.right(m_needle.size());
        }
    }
    if (!link.upstreamReady) {
        link.pending.append(data);
        return;
    }
    upstream(link)->write(data);
}

void FaultProxy::fromUpstream(Link &link)
{
    QIODevice *device = upstream(link);
    const QByteArray data = device->readAll();
    if (link.closed) {
        return;
    }
    if (link.resetOnAnswer) {
        reset(link);
        return;
    }
    link.client->write(data);
}

void FaultProxy::reset(Link &link)
{
    link.closed = true;
    ++m_resets;
    // SO_LINGER 0 makes the close a TCP reset, as a crashed server or a cut line gives.
    const qintptr descriptor = link.client->socketDescriptor();
    if (descriptor != -1) {
        const linger hard{1, 0};
        ::setsockopt(int(descriptor), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    }
    link.client->abort();
    if (link.tcp) {
        link.tcp->abort();
    } else if (link.local) {
        link.local->abort();
    }
}

} // namespace ra::test
