// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/streameduploadreply.h"

#include <QNetworkProxy>
#include <QTcpSocket>
#if QT_CONFIG(ssl)
#include <QSslSocket>
#endif

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace ra::net {

namespace {

/// At most this many chunks are sent in a row before the event loop gets its turn (the answer, timers, a
/// cancel): the kernel may take a fast link's data as fast as it is read.
constexpr int ChunksPerTurn = 16;
/// Progress is reported at most this often, and once at the end: a signal per chunk would flood a progress bar.
constexpr qint64 ProgressIntervalMs = 50;

/// Headers the transport writes itself, and the hop-by-hop ones a request must not carry through.
bool isTransportHeader(const QByteArray &name)
{
    static const QList<QByteArray> own{"host",    "content-length",  "connection", "transfer-encoding",
                                       "expect",  "keep-alive",      "upgrade",    "te",
                                       "trailer", "proxy-connection"};
    return own.contains(name.toLower());
}

QNetworkReply::NetworkError replyError(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return QNetworkReply::ConnectionRefusedError;
    case QAbstractSocket::RemoteHostClosedError:
        return QNetworkReply::RemoteHostClosedError;
    case QAbstractSocket::HostNotFoundError:
        return QNetworkReply::HostNotFoundError;
    case QAbstractSocket::SocketTimeoutError:
        return QNetworkReply::TimeoutError;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return QNetworkReply::SslHandshakeFailedError;
    case QAbstractSocket::ProxyAuthenticationRequiredError:
        return QNetworkReply::ProxyAuthenticationRequiredError;
    case QAbstractSocket::ProxyConnectionRefusedError:
        return QNetworkReply::ProxyConnectionRefusedError;
    case QAbstractSocket::ProxyConnectionClosedError:
        return QNetworkReply::ProxyConnectionClosedError;
    case QAbstractSocket::ProxyConnectionTimeoutError:
        return QNetworkReply::ProxyTimeoutError;
    case QAbstractSocket::ProxyNotFoundError:
        return QNetworkReply::ProxyNotFoundError;
    case QAbstractSocket::ProxyProtocolError:
        return QNetworkReply::UnknownProxyError;
    default:
        return QNetworkReply::UnknownNetworkError;
    }
}

} // namespace

StreamedUploadReply::StreamedUploadReply(const QNetworkRequest &request, const QByteArray &method,
                                         std::unique_ptr<QIODevice> body, qint64 bodySize, QObject *parent)
    : QNetworkReply(parent)
    , m_body(std::move(body))
    , m_method(method)
    , m_size(std::max<qint64>(0, bodySize))
{
    setRequest(request);
    setUrl(request.url());
    setOperation(QNetworkAccessManager::CustomOperation);
    setAttribute(QNetworkRequest::CustomVerbAttribute, method);
    open(QIODevice::ReadOnly);
    // As Qt's replies do: nothing happens before the caller has connected to the signals.
    QMetaObject::invokeMethod(this, &StreamedUploadReply::start, Qt::QueuedConnection);
}

StreamedUploadReply::~StreamedUploadReply()
{
    closeSocket();
}

void StreamedUploadReply::abort()
{
    finishWith(OperationCanceledError, u"Operation canceled"_s);
}

qint64 StreamedUploadReply::bytesAvailable() const
{
    return m_received.size() + QNetworkReply::bytesAvailable();
}

bool StreamedUploadReply::isSequential() const
{
    return true;
}

qint64 StreamedUploadReply::readData(char *data, qint64 maxSize)
{
    const qint64 count = std::min<qint64>(maxSize, m_received.size());
    if (count == 0) {
        return isFinished() ? -1 : 0;
    }
    std::memcpy(data, m_received.constData(), size_t(count));
    m_received.remove(0, qsizetype(count));
    return count;
}

void StreamedUploadReply::start()
{
    if (isFinished()) {
        return; // aborted before it started
    }
    const QUrl target = url();
    const bool tls = target.scheme() == u"https"_s;
    if (!tls && target.scheme() != u"http"_s) {
        finishWith(ProtocolUnknownError, u"Protocol \"%1\" is unknown"_s.arg(target.scheme()));
        return;
    }
    const quint16 port = quint16(target.port(tls ? 443 : 80));
#if QT_CONFIG(ssl)
    QSslSocket *secure = nullptr;
    if (tls) {
        auto socket = std::make_unique<QSslSocket>();
        QSslConfiguration configuration = request().sslConfiguration();
        configuration.setAllowedNextProtocols({QByteArray(QSslConfiguration::NextProtocolHttp1_1)});
        socket->setSslConfiguration(configuration);
        connect(socket.get(), &QSslSocket::encrypted, this, &StreamedUploadReply::onConnected);
        connect(socket.get(), &QSslSocket::encryptedBytesWritten, this, &StreamedUploadReply::sendBody);
        secure = socket.get();
        m_socket = std::move(socket);
        m_unsentLimit = ChunkSize;
    }
#else
    if (tls) {
        finishWith(ProtocolUnknownError, u"This build has no TLS support for https"_s);
        return;
    }
#endif
    if (!m_socket) {
        m_socket = std::make_unique<QTcpSocket>();
        connect(m_socket.get(), &QTcpSocket::connected, this, &StreamedUploadReply::onConnected);
    }
    // The proxy Qt's stack would take for this URL (none unless the application or its proxy factory sets one); an
    // HTTP proxy carries the connection as a tunnel.
    QNetworkProxy proxy = QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(target)).value(0);
    if (proxy.type() == QNetworkProxy::HttpCachingProxy) {
        proxy.setType(QNetworkProxy::HttpProxy);
    }
    m_socket->setProxy(proxy.type() == QNetworkProxy::DefaultProxy ? QNetworkProxy::applicationProxy() : proxy);
    connect(m_socket.get(), &QTcpSocket::bytesWritten, this, &StreamedUploadReply::sendBody);
    connect(m_socket.get(), &QTcpSocket::readyRead, this, &StreamedUploadReply::onSocketReadyRead);
    connect(m_socket.get(), &QTcpSocket::disconnected, this, &StreamedUploadReply::onSocketClosed);
    connect(m_socket.get(), &QTcpSocket::errorOccurred, this, &StreamedUploadReply::onSocketError);
    connect(m_body.get(), &QIODevice::readyRead, this, &StreamedUploadReply::sendBody);
#if QT_CONFIG(ssl)
    if (secure) {
        secure->connectToHostEncrypted(target.host(), port);
        return;
    }
#endif
    // Unbuffered: a write goes straight to the kernel; only what it does not take yet is kept.
    m_socket->connectToHost(target.host(), port, QIODevice::ReadWrite | QIODevice::Unbuffered);
}

void StreamedUploadReply::onConnected()
{
    QString error;
    const QByteArray requestHead = head(&error);
    if (!error.isEmpty()) {
        finishWith(ProtocolInvalidOperationError, error);
        return;
    }
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_chunk.resize(qsizetype(std::clamp<qint64>(m_size, 1, ChunkSize)));
    if (m_socket->write(requestHead) != requestHead.size()) {
        finishWith(replyError(m_socket->error()), m_socket->errorString());
        return;
    }
    m_sinceProgress.start();
    reportUploadProgress(); // connected: the caller's connect timeout becomes a stall timeout
    sendBody();
}

void StreamedUploadReply::sendBody()
{
    if (m_sending || !m_socket || isFinished() || m_socket->state() != QAbstractSocket::ConnectedState ||
        !m_sinceProgress.isValid()) {
        return;
    }
    // A write to an unbuffered socket emits bytesWritten() from inside: no second pass from there.
    m_sending = true;
    int chunks = 0;
    while (m_sent < m_size && unsentBytes() < m_unsentLimit && chunks < ChunksPerTurn) {
        const qint64 wanted = std::min<qint64>(m_chunk.size(), m_size - m_sent);
        const qint64 read = m_body->read(m_chunk.data(), wanted);
        if (read == 0 && !m_body->atEnd()) {
            break; // a device that delivers later says so with readyRead()
        }
        if (read <= 0) {
            m_sending = false;
            setAttribute(BodyReadErrorAttribute, true);
            finishWith(
                UnknownContentError,
                read < 0
                    ? u"Could not read the body to send after %1 of its %2 bytes: %3"_s.arg(m_sent).arg(m_size).arg(
                          m_body->errorString())
                    : u"The body to send ended after %1 of its %2 bytes; it changed while it was sent"_s.arg(m_sent)
                          .arg(m_size));
            return;
        }
        if (m_socket->write(m_chunk.constData(), read) != read) {
            m_sending = false;
            finishWith(replyError(m_socket->error()), m_socket->errorString());
            return;
        }
        m_sent += read;
        ++chunks;
    }
    m_sending = false;
    reportUploadProgress();
    if (m_sent < m_size && chunks == ChunksPerTurn && unsentBytes() < m_unsentLimit && !m_sendQueued) {
        // The kernel took everything: carry on after the event loop's turn.
        m_sendQueued = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_sendQueued = false;
                sendBody();
            },
            Qt::QueuedConnection);
    }
    if (m_sent == m_size && unsentBytes() == 0 && m_reported == m_size) {
        m_reported = m_size + 1; // requestSent() once
        Q_EMIT requestSent();
    }
}

void StreamedUploadReply::reportUploadProgress()
{
    if (m_sent == m_reported || m_reported > m_size) {
        return;
    }
    if (m_sent != m_size && m_reported >= 0 && m_sinceProgress.elapsed() < ProgressIntervalMs) {
        return;
    }
    m_reported = m_sent;
    m_sinceProgress.restart();
    Q_EMIT uploadProgress(m_sent, m_size);
}

qint64 StreamedUploadReply::unsentBytes() const
{
    qint64 unsent = m_socket->bytesToWrite();
#if QT_CONFIG(ssl)
    if (const auto *tls = qobject_cast<const QSslSocket *>(m_socket.get())) {
        unsent += tls->encryptedBytesToWrite();
    }
#endif
    return unsent;
}

void StreamedUploadReply::onSocketReadyRead()
{
    if (isFinished()) {
        return;
    }
    if (m_socket->state() == QAbstractSocket::ConnectedState && m_socket->bytesAvailable() == 0) {
        // An unbuffered socket learns of the end of the connection (a close, a reset) only when it reads,
        // and then says so with its state, not with a signal (Qt's own HTTP code peeks the same way).
        char next = 0;
        m_socket->peek(&next, 1);
    } else {
        absorb(m_socket->readAll());
    }
    if (!isFinished() && m_socket->state() == QAbstractSocket::UnconnectedState) {
        onSocketError();
    }
}

void StreamedUploadReply::absorb(const QByteArray &data)
{
    if (data.isEmpty()) {
        return;
    }
    const QByteArray body = m_parser.feed(data);
    if (!m_headReported && m_parser.headReceived()) {
        m_headReported = true;
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_parser.status());
        setAttribute(QNetworkRequest::HttpReasonPhraseAttribute, QString::fromLatin1(m_parser.reasonPhrase()));
        for (const auto &[name, value] : m_parser.headers()) {
            // Repeated headers are joined, as Qt's replies do.
            const QByteArray earlier = rawHeader(name);
            setRawHeader(name, earlier.isEmpty() ? value : earlier + ", " + value);
        }
        Q_EMIT metaDataChanged();
    }
    if (!body.isEmpty()) {
        m_received.append(body);
        Q_EMIT readyRead();
        Q_EMIT downloadProgress(m_parser.bodyBytes(), m_parser.contentLength());
    }
    if (m_parser.state() == HttpResponseParser::State::Failed) {
        finishWith(ProtocolFailure,
                   u"%1 answered something else than HTTP: %2"_s.arg(url().host(), m_parser.errorString()));
    } else if (m_parser.state() == HttpResponseParser::State::Done) {
        // An answer before the whole body was sent (a 401, a 413) is the answer too.
        finishAnswered();
    }
}

void StreamedUploadReply::onSocketClosed()
{
    if (isFinished()) {
        return;
    }
    drain(); // what the server sent before it closed may be the whole answer
    if (isFinished()) {
        return;
    }
    m_parser.finishInput();
    if (m_parser.state() == HttpResponseParser::State::Done) {
        finishAnswered();
        return;
    }
    QString message;
    if (m_sent < m_size) {
        message = u"the server closed the connection after %1 of the %2 bytes of the body"_s.arg(m_sent).arg(m_size);
    } else if (!m_parser.headReceived()) {
        message = u"the server closed the connection before it answered"_s;
    } else {
        message = m_parser.errorString();
    }
    finishWith(RemoteHostClosedError, message);
}

void StreamedUploadReply::onSocketError()
{
    if (isFinished()) {
        return;
    }
    if (m_socket->error() == QAbstractSocket::RemoteHostClosedError) {
        onSocketClosed();
        return;
    }
    drain();
    if (!isFinished()) {
        finishWith(replyError(m_socket->error()), m_socket->errorString());
    }
}

void StreamedUploadReply::drain()
{
    while (!isFinished() && m_socket->isOpen() && m_socket->bytesAvailable() > 0) {
        absorb(m_socket->readAll());
    }
}

QByteArray StreamedUploadReply::head(QString *error) const
{
    const QUrl target = url();
    QByteArray path = target.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    if (!path.startsWith('/')) {
        path.prepend('/');
    }
    QByteArray host = target.host(QUrl::FullyEncoded).toUtf8();
    if (host.contains(':')) {
        host = '[' + host + ']';
    }
    const int defaultPort = target.scheme() == u"https"_s ? 443 : 80;
    if (target.port(defaultPort) != defaultPort) {
        host += ':' + QByteArray::number(target.port());
    }
    QByteArray head = m_method + ' ' + path + " HTTP/1.1\r\nHost: " + host + "\r\n";
    const QNetworkRequest &sent = request();
    const QList<QByteArray> names = sent.rawHeaderList();
    for (const QByteArray &name : names) {
        if (isTransportHeader(name)) {
            continue;
        }
        const QByteArray value = sent.rawHeader(name);
        if (name.contains('\r') || name.contains('\n') || value.contains('\r') || value.contains('\n')) {
            *error = u"The header %1 holds a line break"_s.arg(QString::fromLatin1(name));
            return {};
        }
        head += name + ": " + value + "\r\n";
    }
    return head + "Content-Length: " + QByteArray::number(m_size) + "\r\nConnection: close\r\n\r\n";
}

void StreamedUploadReply::finishWith(NetworkError code, const QString &message)
{
    if (isFinished()) {
        return;
    }
    closeSocket();
    setError(code, message);
    setFinished(true);
    Q_EMIT errorOccurred(code);
    Q_EMIT finished();
}

void StreamedUploadReply::finishAnswered()
{
    if (isFinished()) {
        return;
    }
    closeSocket();
    setFinished(true);
    Q_EMIT finished();
}

void StreamedUploadReply::closeSocket()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    if (m_body) {
        m_body->disconnect(this);
    }
}

} // namespace ra::net
