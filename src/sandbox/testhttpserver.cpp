// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/testhttpserver.h"

#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

namespace ra::test {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 206:
        return "Partial Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 304:
        return "Not Modified";
    case 307:
        return "Temporary Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 413:
        return "Payload Too Large";
    case 416:
        return "Range Not Satisfiable";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

// Makes close() send a TCP reset instead of an orderly FIN, as a crashed or cut-off server would.
void resetConnection(QTcpSocket *socket)
{
    const qintptr descriptor = socket->socketDescriptor();
    if (descriptor != -1) {
        const linger hard{1, 0};
        ::setsockopt(int(descriptor), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    }
    socket->abort();
}

} // namespace

struct TestHttpServer::Connection {
    enum class Phase { Head, Body, ChunkSize, ChunkData, ChunkTrailer, Waiting };
    QByteArray buffer;
    Phase phase = Phase::Head;
    HttpRequest request;
    qint64 remaining = 0;
    bool keepAlive = true;
};

QByteArray HttpRequest::header(const QByteArray &name) const
{
    return headers.value(name.toLower());
}

QJsonDocument HttpRequest::json() const
{
    return QJsonDocument::fromJson(body);
}

HttpResponse HttpResponse::json(int status, const QJsonDocument &document)
{
    HttpResponse response;
    response.status = status;
    response.body = document.toJson(QJsonDocument::Compact);
    response.headers.append(std::pair{QByteArray("Content-Type"), QByteArray("application/json; charset=utf-8")});
    return response;
}

HttpResponse HttpResponse::text(int status, const QByteArray &body, const QByteArray &contentType)
{
    HttpResponse response;
    response.status = status;
    response.body = body;
    response.headers.append(std::pair{QByteArray("Content-Type"), contentType});
    return response;
}

HttpResponse HttpResponse::redirect(int status, const QUrl &location)
{
    HttpResponse response;
    response.status = status;
    response.headers.append(std::pair{QByteArray("Location"), location.toEncoded()});
    return response;
}

HttpResponse HttpResponse::failing(HttpFault kind, qint64 truncateAt)
{
    HttpResponse response;
    response.fault = kind;
    response.truncateAt = truncateAt;
    return response;
}

HttpResponse &HttpResponse::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

HttpResponse &HttpResponse::withDelay(int milliseconds)
{
    delayMs = milliseconds;
    return *this;
}

TestHttpServer::TestHttpServer(QObject *parent)
    : QObject(parent)
    , m_fallback([](const HttpRequest &request) {
        return HttpResponse::json(
            404, QJsonDocument::fromJson(R"({"message":"Not Found","path":")" + request.path.toUtf8() + R"("})"));
    })
{
    connect(&m_server, &QTcpServer::newConnection, this, &TestHttpServer::onNewConnection);
}

TestHttpServer::~TestHttpServer()
{
    m_server.close();
    const auto sockets = m_connections.keys();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        delete socket;
    }
}

bool TestHttpServer::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

quint16 TestHttpServer::port() const
{
    return m_server.serverPort();
}

QUrl TestHttpServer::url(const QString &path) const
{
    QUrl result;
    result.setScheme(QStringLiteral("http"));
    result.setHost(QStringLiteral("127.0.0.1"));
    result.setPort(port());
    result.setPath(path);
    return result;
}

void TestHttpServer::route(const QByteArray &method, const QString &pattern, Handler handler)
{
    m_routes.prepend(Route{method.toUpper(), pattern, std::move(handler)});
}

void TestHttpServer::setFallback(Handler handler)
{
    m_fallback = std::move(handler);
}

void TestHttpServer::injectFault(const QByteArray &method, const QString &pattern, const HttpResponse &response,
                                 int times)
{
    m_faults.append(PendingFault{method.toUpper(), pattern, response, times});
}

void TestHttpServer::spoilAnswers(const QByteArray &method, const QString &pattern,
                                  std::function<HttpResponse(const HttpResponse &)> spoil, int times)
{
    m_spoils.append(PendingSpoil{method.toUpper(), pattern, std::move(spoil), times});
}

void TestHttpServer::setKeepRequests(bool keep)
{
    m_keepRequests = keep;
    if (!keep) {
        m_requests.clear();
    }
}

void TestHttpServer::setBodyLimit(qint64 bytes)
{
    m_bodyLimit = bytes;
}

QList<HttpRequest> TestHttpServer::requests() const
{
    return m_requests;
}

int TestHttpServer::requestCount(const QByteArray &method, const QString &pattern) const
{
    int count = 0;
    for (const HttpRequest &request : m_requests) {
        if ((method.isEmpty() || request.method == method.toUpper()) &&
            (pattern.isEmpty() || matches(pattern, request.path, nullptr))) {
            ++count;
        }
    }
    return count;
}

void TestHttpServer::clearRequests()
{
    m_requests.clear();
}

void TestHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        m_connections.insert(socket, std::make_shared<Connection>());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_connections.remove(socket);
            socket->deleteLater();
        });
    }
}

void TestHttpServer::onReadyRead(QTcpSocket *socket)
{
    const std::shared_ptr<Connection> connection = m_connections.value(socket);
    if (!connection) {
        return;
    }
    connection->buffer.append(socket->readAll());
    Connection &c = *connection;
    bool progress = true;
    while (progress) {
        progress = false;
        switch (c.phase) {
        case Connection::Phase::Head:
            if (!parseHead(c)) {
                if (c.phase == Connection::Phase::Waiting) {
                    send(socket, HttpResponse::text(400, "malformed request head\n"), false, "GET");
                }
                return;
            }
            if (c.request.header("expect").compare("100-continue", Qt::CaseInsensitive) == 0) {
                socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            }
            progress = true;
            break;
        case Connection::Phase::Body: {
            const qint64 take = qMin<qint64>(c.remaining, c.buffer.size());
            if (c.request.body.size() + take <= m_bodyLimit) {
                c.request.body.append(c.buffer.left(take));
            }
            c.request.bodySize += take;
            c.buffer.remove(0, take);
            c.remaining -= take;
            if (c.remaining == 0) {
                if (c.request.bodySize > m_bodyLimit) {
                    c.request.body.clear();
                }
                c.phase = Connection::Phase::Waiting;
                dispatch(socket, c.request);
            }
            return;
        }
        case Connection::Phase::ChunkSize: {
            const qsizetype end = c.buffer.indexOf("\r\n");
            if (end < 0) {
                return;
            }
            bool ok = false;
            c.remaining = c.buffer.left(end).split(';').constFirst().trimmed().toLongLong(&ok, 16);
            c.buffer.remove(0, end + 2);
            if (!ok) {
                send(socket, HttpResponse::text(400, "bad chunk size\n"), false, c.request.method);
                return;
            }
            c.phase = c.remaining == 0 ? Connection::Phase::ChunkTrailer : Connection::Phase::ChunkData;
            progress = true;
            break;
        }
        case Connection::Phase::ChunkData: {
            if (c.buffer.size() < c.remaining + 2) {
                return;
            }
            if (c.request.body.size() + c.remaining <= m_bodyLimit) {
                c.request.body.append(c.buffer.left(c.remaining));
            }
            c.request.bodySize += c.remaining;
            c.buffer.remove(0, c.remaining + 2);
            c.phase = Connection::Phase::ChunkSize;
            progress = true;
            break;
        }
        case Connection::Phase::ChunkTrailer: {
            const qsizetype end = c.buffer.indexOf("\r\n");
            if (end < 0) {
                return;
            }
            c.buffer.remove(0, end + 2);
            if (end == 0) {
                c.phase = Connection::Phase::Waiting;
                dispatch(socket, c.request);
                return;
            }
            progress = true;
            break;
        }
        case Connection::Phase::Waiting:
            return;
        }
    }
}

bool TestHttpServer::parseHead(Connection &c)
{
    const qsizetype end = c.buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        return false;
    }
    const QList<QByteArray> lines = c.buffer.left(end).split('\n');
    c.buffer.remove(0, end + 4);
    const QList<QByteArray> requestLine = lines.constFirst().trimmed().split(' ');
    if (requestLine.size() != 3) {
        c.phase = Connection::Phase::Waiting;
        return false;
    }
    c.request = HttpRequest{};
    c.request.method = requestLine[0].toUpper();
    const QUrl target = QUrl::fromEncoded(requestLine[1]);
    c.request.path = target.path();
    c.request.query = QUrlQuery(target);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0) {
            c.request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
    }
    c.keepAlive = c.request.header("connection").compare("close", Qt::CaseInsensitive) != 0;
    if (c.request.header("transfer-encoding").contains("chunked")) {
        c.phase = Connection::Phase::ChunkSize;
    } else {
        c.remaining = c.request.header("content-length").toLongLong();
        c.phase = Connection::Phase::Body;
    }
    return true;
}

void TestHttpServer::dispatch(QTcpSocket *socket, HttpRequest request)
{
    HttpResponse response;
    bool answered = false;
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        PendingFault &fault = m_faults[i];
        if ((fault.method.isEmpty() || fault.method == request.method) &&
            matches(fault.pattern, request.path, nullptr)) {
            response = fault.response;
            if (--fault.remaining <= 0) {
                m_faults.removeAt(i);
            }
            answered = true;
            break;
        }
    }
    const bool injected = answered;
    if (!answered) {
        for (const Route &route : std::as_const(m_routes)) {
            if (route.method == request.method && matches(route.pattern, request.path, &request.pathParameters)) {
                response = route.handler(request);
                answered = true;
                break;
            }
        }
    }
    if (!answered) {
        response = m_fallback(request);
    }
    for (qsizetype i = 0; !injected && i < m_spoils.size(); ++i) {
        PendingSpoil &spoil = m_spoils[i];
        if ((spoil.method.isEmpty() || spoil.method == request.method) &&
            matches(spoil.pattern, request.path, nullptr)) {
            response = spoil.spoil(response);
            if (--spoil.remaining <= 0) {
                m_spoils.removeAt(i);
            }
            break;
        }
    }
    if (m_keepRequests) {
        m_requests.append(request);
    }
    Q_EMIT requestReceived(request);

    const bool keepAlive = m_connections.value(socket) && m_connections.value(socket)->keepAlive;
    const QByteArray method = request.method;
    QPointer<QTcpSocket> guarded(socket);
    auto respond = [this, guarded, response, keepAlive, method] {
        if (guarded) {
            send(guarded, response, keepAlive, method);
        }
    };
    if (response.delayMs > 0) {
        QTimer::singleShot(response.delayMs, this, respond);
    } else {
        respond();
    }
}

void TestHttpServer::send(QTcpSocket *socket, const HttpResponse &response, bool keepAlive, const QByteArray &method)
{
    switch (response.fault) {
    case HttpFault::ResetConnection:
        resetConnection(socket);
        return;
    case HttpFault::Stall:
        return;
    case HttpFault::None:
    case HttpFault::TruncateBody:
        break;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    bool hasLength = false;
    for (const auto &[name, value] : response.headers) {
        hasLength = hasLength || name.compare("content-length", Qt::CaseInsensitive) == 0;
        head += name + ": " + value + "\r\n";
    }
    if (!hasLength && response.status != 204 && response.status != 304) {
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    }
    head += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    head += "\r\n";
    socket->write(head);
    if (method != "HEAD") {
        if (response.fault == HttpFault::TruncateBody) {
            socket->write(response.body.left(response.truncateAt));
            socket->flush();
            resetConnection(socket);
            return;
        }
        socket->write(response.body);
    }
    if (const auto connection = m_connections.value(socket)) {
        connection->phase = Connection::Phase::Head;
        connection->request = HttpRequest{};
        if (!keepAlive) {
            socket->disconnectFromHost();
            return;
        }
        if (!connection->buffer.isEmpty()) {
            QTimer::singleShot(0, socket, [this, socket] { onReadyRead(socket); });
        }
    }
}

bool TestHttpServer::matches(const QString &pattern, const QString &path, QHash<QString, QString> *parameters)
{
    if (pattern.isEmpty() || pattern == QLatin1StringView("*")) {
        return true;
    }
    const QStringList want = pattern.split(u'/');
    const QStringList have = path.split(u'/');
    const bool tailWildcard = want.constLast() == QLatin1StringView("**");
    if (tailWildcard ? have.size() < want.size() - 1 : have.size() != want.size()) {
        return false;
    }
    QHash<QString, QString> found;
    for (qsizetype i = 0; i < want.size(); ++i) {
        const QString &segment = want[i];
        if (tailWildcard && i == want.size() - 1) {
            found.insert(QStringLiteral("**"), have.mid(i).join(u'/'));
            break;
        }
        if (segment.startsWith(u'{') && segment.endsWith(u'}')) {
            found.insert(segment.mid(1, segment.size() - 2), have[i]);
        } else if (segment != have[i]) {
            return false;
        }
    }
    if (parameters) {
        *parameters = found;
    }
    return true;
}

} // namespace ra::test
