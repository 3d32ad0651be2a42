// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>

class QTcpSocket;

namespace ra::test {

/// A request as the test server received it.
struct HttpRequest {
    QByteArray method;
    QString path; ///< decoded path, without the query
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; ///< keys in lower case
    QByteArray body; ///< empty when the body was larger than the server's body limit
    qint64 bodySize = 0; ///< always the full size, even when the body was not kept
    QHash<QString, QString> pathParameters; ///< values of the {name} segments of the matched route

    [[nodiscard]] QByteArray header(const QByteArray &name) const;
    [[nodiscard]] QJsonDocument json() const;
};

/// What the server does instead of answering normally.
enum class HttpFault {
    None,
    ResetConnection, ///< close the connection with a TCP reset, before any response byte
    TruncateBody, ///< send the headers and the first truncateAt bytes of the body, then reset
    Stall, ///< read the request and never answer
};

/// A response to send, with an optional delay and fault.
struct HttpResponse {
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0;
    HttpFault fault = HttpFault::None;
    qint64 truncateAt = 0;

    static HttpResponse json(int status, const QJsonDocument &document);
    static HttpResponse text(int status, const QByteArray &body, const QByteArray &contentType = "text/plain");
    static HttpResponse redirect(int status, const QUrl &location);
    static HttpResponse failing(HttpFault kind, qint64 truncateAt = 0);
    HttpResponse &withHeader(const QByteArray &name, const QByteArray &value);
    HttpResponse &withDelay(int milliseconds);
};

/**
 * A small HTTP/1.1 server on 127.0.0.1 and a port the system picks, for tests of the service clients.
 *
 * Qt HttpServer keeps the socket to itself and buffers whole request bodies, so it can neither reset a
 * connection, truncate a body nor take a 1 GiB upload without 1 GiB of memory; this server can. A test
 * declares routes ("GET", "/repos/{owner}/{repo}/releases"), queues faults for the next matching requests,
 * and reads back every request received.
 */
class TestHttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    explicit TestHttpServer(QObject *parent = nullptr);
    ~TestHttpServer() override;

    /// Listens on 127.0.0.1, on \a port (0: a port the system picks). Returns false if it could not be bound.
    bool listen(quint16 port = 0);
    [[nodiscard]] quint16 port() const;
    /// http://127.0.0.1:<port>, or with \a host as the name (it still resolves to this server only if the
    /// client maps it, e.g. "localhost").
    [[nodiscard]] QUrl url(const QString &path = {}) const;

    /// Routes \a method and \a pattern (segments "{name}" match one path segment) to \a handler. Later routes
    /// take precedence over earlier ones with the same method and pattern.
    void route(const QByteArray &method, const QString &pattern, Handler handler);
    /// Answers requests no route matches; the default is a 404 with a JSON body.
    void setFallback(Handler handler);
    /// The next \a times requests matching \a method and \a pattern get \a response instead of their handler.
    void injectFault(const QByteArray &method, const QString &pattern, const HttpResponse &response, int times = 1);
    /// The next \a times answers of the routes matching \a method and \a pattern (empty method: any) pass through
    /// \a spoil after the route's handler ran: the service acted, its answer is spoiled on the way back (cut
    /// short, replaced). Injected faults are not spoiled.
    void spoilAnswers(const QByteArray &method, const QString &pattern,
                      std::function<HttpResponse(const HttpResponse &)> spoil, int times = 1);
    /// Bodies larger than this are counted but not kept (default 16 MiB).
    void setBodyLimit(qint64 bytes);

    /// Whether requests() keeps every request received (the default, for tests). A stand-in that runs for long
    /// (the demo) keeps none, so that its memory does not grow with every upload.
    void setKeepRequests(bool keep);
    [[nodiscard]] QList<HttpRequest> requests() const;
    [[nodiscard]] int requestCount(const QByteArray &method = {}, const QString &pattern = {}) const;
    void clearRequests();

Q_SIGNALS:
    void requestReceived(const ra::test::HttpRequest &request);

private:
    struct Connection;
    struct Route {
        QByteArray method;
        QString pattern;
        Handler handler;
    };
    struct PendingFault {
        QByteArray method;
        QString pattern;
        HttpResponse response;
        int remaining;
    };
    struct PendingSpoil {
        QByteArray method;
        QString pattern;
        std::function<HttpResponse(const HttpResponse &)> spoil;
        int remaining;
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    bool parseHead(Connection &connection);
    void dispatch(QTcpSocket *socket, HttpRequest request);
    void send(QTcpSocket *socket, const HttpResponse &response, bool keepAlive, const QByteArray &method);
    static bool matches(const QString &pattern, const QString &path, QHash<QString, QString> *parameters);

    QTcpServer m_server;
    QList<Route> m_routes;
    QList<PendingFault> m_faults;
    QList<PendingSpoil> m_spoils;
    Handler m_fallback;
    QList<HttpRequest> m_requests;
    QHash<QTcpSocket *, std::shared_ptr<Connection>> m_connections;
    qint64 m_bodyLimit = 16 * 1024 * 1024;
    bool m_keepRequests = true;
};

} // namespace ra::test
