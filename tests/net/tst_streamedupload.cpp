// SPDX-License-Identifier: GPL-3.0-or-later
// Uploads streamed from a file (StreamedUploadReply, through HttpClient): every chunk boundary arrives whole,
// progress ends at the size, a body that ends early is the file's fault and is sent once, a cancel or a
// refused connection ends the call.
#include "fakeclock.h"
#include "net/httpclient.h"
#include "net/streameduploadreply.h"
#include "testhttpserver.h"

#include <QCryptographicHash>
#include <QFile>
#include <QNetworkProxy>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ra::net::ErrorKind;
using ra::net::Request;
using ra::net::Response;
using ra::net::StreamedUploadReply;
using ra::test::HttpFault;
using ra::test::HttpRequest;
using ra::test::HttpResponse;
using ra::test::TestHttpServer;

namespace {

/// Bytes that differ from one offset to the next, so a chunk sent twice or skipped cannot go unnoticed.
QByteArray pattern(qint64 size)
{
    QByteArray bytes(qsizetype(size), Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        bytes[i] = char((i * 31 + i / 251) % 251);
    }
    return bytes;
}

/// An https endpoint for uploads, with the test certificate of tests/net/tls (127.0.0.1): reads each request whole
/// and answers 201 with the SHA-256 of its body.
class TlsUploadServer : public QObject
{
public:
    bool listen(const QSslCertificate &certificate, const QSslKey &key)
    {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(certificate);
        configuration.setPrivateKey(key);
        m_server.setSslConfiguration(configuration);
        connect(&m_server, &QSslServer::pendingConnectionAvailable, this, [this] {
            while (auto *socket = qobject_cast<QSslSocket *>(m_server.nextPendingConnection())) {
                connect(socket, &QSslSocket::readyRead, this, [this, socket] { read(socket); });
                connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        return m_server.listen(QHostAddress::LocalHost);
    }
    [[nodiscard]] QUrl url() const
    {
        return QUrl(u"https://127.0.0.1:%1/upload"_s.arg(m_server.serverPort()));
    }
    [[nodiscard]] QList<QByteArray> bodies() const
    {
        return m_bodies;
    }

private:
    void read(QSslSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            return;
        }
        qint64 length = 0;
        for (const QByteArray &line : buffer.left(headEnd).split('\n')) {
            if (line.toLower().startsWith("content-length:")) {
                length = line.mid(15).trimmed().toLongLong();
            }
        }
        if (buffer.size() - headEnd - 4 < length) {
            return;
        }
        const QByteArray body = buffer.mid(headEnd + 4, length);
        m_bodies.append(body);
        const QByteArray answer = QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
        socket->write("HTTP/1.1 201 Created\r\nContent-Type: text/plain\r\nContent-Length: " +
                      QByteArray::number(answer.size()) + "\r\nConnection: close\r\n\r\n" + answer);
        socket->disconnectFromHost();
        m_buffers.remove(socket);
    }

    QSslServer m_server;
    QHash<QSslSocket *, QByteArray> m_buffers;
    QList<QByteArray> m_bodies;
};

} // namespace

class TestStreamedUpload : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<ra::net::HttpClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;

    QString writeFile(const QByteArray &content)
    {
        const QString path = m_dir->filePath(u"asset.bin"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
            return {};
        }
        return path;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_server = std::make_unique<TestHttpServer>();
        QVERIFY(m_server->listen());
        m_server->route("POST", u"/upload"_s, [](const HttpRequest &request) {
            return HttpResponse::text(201, QCryptographicHash::hash(request.body, QCryptographicHash::Sha256).toHex());
        });
        m_client = std::make_unique<ra::net::HttpClient>();
    }
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
        m_dir.reset();
    }

    void everyChunkBoundaryArrivesWhole_data()
    {
        QTest::addColumn<qint64>("size");
        constexpr qint64 chunk = StreamedUploadReply::ChunkSize;
        QTest::addRow("empty") << qint64(0);
        QTest::addRow("one byte") << qint64(1);
        QTest::addRow("a byte short of a chunk") << chunk - 1;
        QTest::addRow("one chunk") << chunk;
        QTest::addRow("a byte past a chunk") << chunk + 1;
        // Past the chunks sent in one turn of the event loop: the rest follows in later turns.
        QTest::addRow("many chunks and a tail") << 17 * chunk + 7;
    }

    void everyChunkBoundaryArrivesWhole()
    {
        QFETCH(qint64, size);
        const QByteArray content = pattern(size);
        const QString path = writeFile(content);
        QVERIFY(!path.isEmpty());
        Request upload("POST", m_server->url(u"/upload"_s));
        upload.setBodyFile(path);
        upload.setHeader("Content-Type", "application/octet-stream");
        upload.setHeader("Authorization", "Bearer upload-token");
        ra::net::Call *call = m_client->send(upload);
        QSignalSpy progress(call, &ra::net::Call::uploadProgress);
        const Response response = ra::net::waitForResponse(call);
        QVERIFY2(response.ok(), qPrintable(response.error.toString()));
        QCOMPARE(response.status, 201);
        QCOMPARE(response.body, QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        QCOMPARE(response.attempts, 1);

        QCOMPARE(m_server->requestCount("POST"), 1);
        const HttpRequest received = m_server->requests().constFirst();
        QCOMPARE(received.body, content);
        QCOMPARE(received.header("content-length"), QByteArray::number(size));
        QVERIFY(received.header("transfer-encoding").isEmpty());
        QCOMPARE(received.header("host"), "127.0.0.1:" + QByteArray::number(m_server->port()));
        QCOMPARE(received.header("authorization"), QByteArray("Bearer upload-token"));
        QCOMPARE(received.header("content-type"), QByteArray("application/octet-stream"));
        if (size > 0) {
            QVERIFY(progress.count() >= 1);
            qint64 previous = -1;
            for (const QList<QVariant> &report : std::as_const(progress)) {
                QVERIFY(report.at(0).toLongLong() > previous);
                QCOMPARE(report.at(1).toLongLong(), size);
                previous = report.at(0).toLongLong();
            }
            QCOMPARE(previous, size);
        }
    }

    void aBodyEndingEarlyIsTheFilesFaultAndSentOnce()
    {
        // The file shrank after its size was read: the server never gets the declared bytes, nothing is sent
        // again, and the error names the file, not the network.
        const QByteArray content = pattern(3 * StreamedUploadReply::ChunkSize + 5);
        const QString path = writeFile(content);
        Request upload("POST", m_server->url(u"/upload"_s));
        upload.setBodyFile(path);
        upload.bodySize = content.size() + 1000;
        const Response response = ra::net::waitForResponse(m_client->send(upload));
        QCOMPARE(response.error.kind, ErrorKind::Io);
        QVERIFY2(response.error.message.contains(
                     u"ended after %1 of its %2 bytes"_s.arg(content.size()).arg(content.size() + 1000)),
                 qPrintable(response.error.message));
        QCOMPARE(response.attempts, 1);
        QCOMPARE(m_server->requestCount(), 0);
    }

    void aResetAfterTheBodyIsNotSentAgain()
    {
        // The server may have stored the asset before the connection died: a POST is not repeated.
        const QByteArray content = pattern(2 * StreamedUploadReply::ChunkSize);
        m_server->injectFault("POST", u"/upload"_s, HttpResponse::failing(HttpFault::ResetConnection), 5);
        Request upload("POST", m_server->url(u"/upload"_s));
        upload.setBodyFile(writeFile(content));
        const Response response = ra::net::waitForResponse(m_client->send(upload));
        QCOMPARE(response.error.kind, ErrorKind::Connection);
        QCOMPARE(response.attempts, 1);
        QCOMPARE(m_server->requestCount("POST"), 1);
        QCOMPARE(m_server->requests().constFirst().body, content);
    }

    void anIdempotentUploadIsRepeatedWholeAfterAReset()
    {
        const QByteArray content = pattern(StreamedUploadReply::ChunkSize + 3);
        m_server->route("PUT", u"/upload"_s, [](const HttpRequest &request) {
            return HttpResponse::text(200, QByteArray::number(request.bodySize));
        });
        m_server->injectFault("PUT", u"/upload"_s, HttpResponse::failing(HttpFault::ResetConnection), 1);
        m_client->setClock(std::make_shared<ra::test::FakeClock>()); // the back-off passes at once
        Request upload("PUT", m_server->url(u"/upload"_s));
        upload.setBodyFile(writeFile(content));
        const Response response = ra::net::waitForResponse(m_client->send(upload));
        QVERIFY2(response.ok(), qPrintable(response.error.toString()));
        QCOMPARE(response.attempts, 2);
        QCOMPARE(m_server->requestCount("PUT"), 2);
        QCOMPARE(m_server->requests().constLast().body, content);
    }

    void aStalledServerTimesOut()
    {
        m_server->injectFault("POST", u"/upload"_s, HttpResponse::failing(HttpFault::Stall), 1);
        Request upload("POST", m_server->url(u"/upload"_s));
        upload.setBodyFile(writeFile(pattern(1000)));
        upload.stallTimeoutMs = 200;
        const Response response = ra::net::waitForResponse(m_client->send(upload));
        QCOMPARE(response.error.kind, ErrorKind::Timeout);
        QCOMPARE(response.attempts, 1);
    }

    void aCancelEndsTheUpload()
    {
        const QString path = writeFile(pattern(4 * StreamedUploadReply::ChunkSize));
        Request upload("POST", m_server->url(u"/upload"_s));
        upload.setBodyFile(path);
        ra::net::Call *call = m_client->send(upload);
        // Cancelled at its first report, when the connection is up and nothing is sent yet.
        connect(call, &ra::net::Call::uploadProgress, call, &ra::net::Call::cancel);
        const Response response = ra::net::waitForResponse(call);
        QCOMPARE(response.error.kind, ErrorKind::Cancelled);
        QCOMPARE(m_server->requestCount(), 0);
    }

    void anUploadOverTlsArrivesWhole_data()
    {
        QTest::addColumn<bool>("trusted");
        QTest::addRow("trusted certificate") << true;
        QTest::addRow("unknown certificate") << false;
    }

    void anUploadOverTlsArrivesWhole()
    {
        // GitHub's uploads host is https: the same streaming through QSslSocket, and a certificate nobody vouches
        // for stops the upload before a byte of it leaves.
        QFETCH(bool, trusted);
        if (!QSslSocket::supportsSsl()) {
            QSKIP("no TLS backend");
        }
        QFile certificateFile(QFINDTESTDATA("tls/localhost.crt"));
        QFile keyFile(QFINDTESTDATA("tls/localhost.key"));
        QVERIFY(certificateFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        const QSslCertificate certificate(&certificateFile);
        const QSslKey key(&keyFile, QSsl::Ec);
        QVERIFY(!certificate.isNull() && !key.isNull());
        TlsUploadServer server;
        QVERIFY(server.listen(certificate, key));
        const QSslConfiguration original = QSslConfiguration::defaultConfiguration();
        const auto restore = qScopeGuard([&original] { QSslConfiguration::setDefaultConfiguration(original); });
        if (trusted) {
            QSslConfiguration configuration = original;
            configuration.addCaCertificate(certificate);
            QSslConfiguration::setDefaultConfiguration(configuration);
        }

        const QByteArray content = pattern(3 * StreamedUploadReply::ChunkSize + 5);
        Request upload("POST", server.url());
        upload.setBodyFile(writeFile(content));
        const Response response = ra::net::waitForResponse(m_client->send(upload));
        if (!trusted) {
            QCOMPARE(response.error.kind, ErrorKind::Connection);
            QVERIFY(server.bodies().isEmpty());
            return;
        }
        QVERIFY2(response.ok(), qPrintable(response.error.toString()));
        QCOMPARE(response.body, QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        QCOMPARE(server.bodies(), QList<QByteArray>{content});
    }

    void theApplicationsProxyCarriesUploads()
    {
        // As Qt's other requests: a proxy set for the application is taken, here one that nothing answers for (Qt
        // never proxies 127.0.0.1, so the upload names a host only the proxy could reach).
        auto closed = std::make_unique<TestHttpServer>();
        QVERIFY(closed->listen());
        const quint16 port = closed->port();
        closed.reset();
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::HttpProxy, u"127.0.0.1"_s, port));
        const auto restore = qScopeGuard([] { QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy); });
        Request upload("POST", QUrl(u"http://uploads.example.invalid/upload"_s));
        upload.setBodyFile(writeFile(pattern(100)));
        const Response response = ra::net::waitForResponse(m_client->send(upload));
        QCOMPARE(response.error.kind, ErrorKind::Connection);
        QVERIFY2(response.error.message.contains(u"proxy"_s, Qt::CaseInsensitive), qPrintable(response.error.message));
    }

    void aRefusedConnectionIsAConnectionError()
    {
        const QUrl url = m_server->url(u"/upload"_s);
        m_server.reset(); // nothing listens there any more
        Request upload("POST", url);
        upload.setBodyFile(writeFile(pattern(10)));
        const Response response = ra::net::waitForResponse(m_client->send(upload));
        QCOMPARE(response.error.kind, ErrorKind::Connection);
        QCOMPARE(response.attempts, 1);
    }
};

QTEST_GUILESS_MAIN(TestStreamedUpload)
#include "tst_streamedupload.moc"
