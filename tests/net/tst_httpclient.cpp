// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeclock.h"
#include "net/httpclient.h"
#include "net/redactor.h"
#include "testhttpserver.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using ra::net::ErrorKind;
using ra::net::Request;
using ra::net::Response;
using ra::test::HttpFault;
using ra::test::HttpRequest;
using ra::test::HttpResponse;
using ra::test::TestHttpServer;

class TestHttpClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<TestHttpServer> m_other; ///< a second host, like blob storage
    std::unique_ptr<ra::net::HttpClient> m_client;
    std::shared_ptr<ra::test::FakeClock> m_clock;

    Response send(const Request &request)
    {
        return ra::net::waitForResponse(m_client->send(request));
    }
    Request get(const QString &path)
    {
        return Request("GET", m_server->url(path));
    }
    void useGitHubPolicy()
    {
        m_client->setRetryPolicy(std::make_shared<ra::net::GitHubRetryPolicy>());
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<TestHttpServer>();
        m_other = std::make_unique<TestHttpServer>();
        QVERIFY(m_server->listen());
        QVERIFY(m_other->listen());
        m_server->route("GET", u"/ok"_s, [](const HttpRequest &) { return HttpResponse::text(200, "hello"); });
        m_server->route("POST", u"/create"_s, [](const HttpRequest &) { return HttpResponse::text(201, "made"); });
        m_server->route("DELETE", u"/thing"_s, [](const HttpRequest &) { return HttpResponse::text(204, {}); });
        m_client = std::make_unique<ra::net::HttpClient>();
        m_clock = std::make_shared<ra::test::FakeClock>();
        m_client->setClock(m_clock);
    }
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
        m_other.reset();
        ra::net::Redactor::global().clear();
    }

    void acceptsEvery2xx_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::newRow("200") << QByteArray("GET") << u"/ok"_s << 200;
        QTest::newRow("201") << QByteArray("POST") << u"/create"_s << 201;
        QTest::newRow("204") << QByteArray("DELETE") << u"/thing"_s << 204;
    }
    void acceptsEvery2xx()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(int, status);
        const Response response = send(Request(method, m_server->url(path)));
        QVERIFY2(response.ok(), qPrintable(response.error.toString()));
        QCOMPARE(response.status, status);
        QCOMPARE(response.attempts, 1);
        QCOMPARE(m_server->requests().constFirst().header("user-agent"), QByteArray("release-assistant"));
    }

    void retriesServerErrorsWithBackoff()
    {
        m_server->injectFault("GET", u"/ok"_s, HttpResponse::text(503, "busy"), 2);
        const Response response = send(get(u"/ok"_s));
        QVERIFY(response.ok());
        QCOMPARE(response.attempts, 3);
        QCOMPARE(response.body, QByteArray("hello"));
        // base 500 ms * 2^(n-1) * (1 + 0.5 * jitter 0.5)
        QCOMPARE(m_clock->waits, (QList<std::chrono::milliseconds>{625ms, 1250ms}));
    }

    void givesUpAfterMaxAttempts()
    {
        m_server->injectFault("GET", u"/ok"_s, HttpResponse::text(502, "bad gateway"), 10);
        const Response response = send(get(u"/ok"_s));
        QCOMPARE(response.error.kind, ErrorKind::Server);
        QCOMPARE(response.status, 502);
        QCOMPARE(response.attempts, m_client->retryPolicy().limits().maxAttempts);
        QCOMPARE(m_server->requestCount("GET", u"/ok"_s), 4);
        QVERIFY(!response.error.hint.isEmpty());
    }

    void neverRetriesClientErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<ErrorKind>("kind");
        QTest::newRow("400") << 400 << ErrorKind::Validation;
        QTest::newRow("401") << 401 << ErrorKind::Authentication;
        QTest::newRow("404") << 404 << ErrorKind::NotFound;
        QTest::newRow("410") << 410 << ErrorKind::Gone;
        QTest::newRow("422") << 422 << ErrorKind::Validation;
    }
    void neverRetriesClientErrors()
    {
        QFETCH(int, status);
        QFETCH(ErrorKind, kind);
        m_server->injectFault("GET", u"/ok"_s, HttpResponse::text(status, "no"), 5);
        const Response response = send(get(u"/ok"_s));
        QCOMPARE(response.error.kind, kind);
        QCOMPARE(response.attempts, 1);
        QCOMPARE(m_server->requestCount(), 1);
    }

    void postIsNotRetriedUnlessSafe()
    {
        m_server->injectFault("POST", u"/create"_s, HttpResponse::text(500, "oops"), 1);
        Response response = send(Request("POST", m_server->url(u"/create"_s)));
        QCOMPARE(response.error.kind, ErrorKind::Server);
        QCOMPARE(m_server->requestCount("POST"), 1);

        m_server->injectFault("POST", u"/create"_s, HttpResponse::text(500, "oops"), 1);
        Request safe("POST", m_server->url(u"/create"_s));
        safe.retrySafe = true;
        response = send(safe);
        QVERIFY(response.ok());
        QCOMPARE(response.attempts, 2);
    }

    void retriesDroppedConnections()
    {
        HttpResponse truncated = HttpResponse::text(200, "hello, half of this never arrives");
        truncated.fault = HttpFault::TruncateBody;
        truncated.truncateAt = 5;
        m_server->injectFault("GET", u"/ok"_s, truncated, 2);
        const Response response = send(get(u"/ok"_s));
        QVERIFY2(response.ok(), qPrintable(response.error.toString()));
        QCOMPARE(response.body, QByteArray("hello"));
        QCOMPARE(response.attempts, 3);
    }

    void droppedPostFailsWithoutRetry_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("no body") << QByteArray();
        QTest::newRow("json body") << QByteArray(R"({"status":"aleph-vm 1.15.0 is out"})");
    }

    void droppedPostFailsWithoutRetry()
    {
        // The server may have acted on a POST whose connection died before any response byte (a post
        // published): it is sent exactly once — not by us, and not silently again by Qt.
        QFETCH(QByteArray, body);
        m_server->injectFault("POST", u"/create"_s, HttpResponse::failing(HttpFault::ResetConnection), 10);
        Request post("POST", m_server->url(u"/create"_s));
        if (!body.isEmpty()) {
            post.setJsonBody(body);
        }
        const Response response = send(post);
        QCOMPARE(response.error.kind, ErrorKind::Connection);
        QCOMPARE(response.attempts, 1);
        QCOMPARE(m_server->requestCount("POST"), 1);
        if (!body.isEmpty()) {
            QCOMPARE(m_server->requests().constLast().body, body);
        }
    }

    void droppedUploadIsSentOnce()
    {
        // An asset the server may have stored before the connection died: Qt must not upload it again by itself.
        QTemporaryFile file;
        QVERIFY(file.open());
        const QByteArray content(256 * 1024, 'd');
        file.write(content);
        file.flush();
        m_server->injectFault("POST", u"/upload"_s, HttpResponse::failing(HttpFault::ResetConnection), 10);
        Request upload("POST", m_server->url(u"/upload"_s));
        const QString path = file.fileName();
        upload.bodySource = [path]() -> std::unique_ptr<QIODevice> {
            auto device = std::make_unique<QFile>(path);
            return device->open(QIODevice::ReadOnly) ? std::move(device) : nullptr;
        };
        upload.bodySize = content.size();
        const Response response = send(upload);
        QCOMPARE(response.error.kind, ErrorKind::Connection);
        QCOMPARE(response.attempts, 1);
        QCOMPARE(m_server->requestCount("POST"), 1);
        QCOMPARE(m_server->requests().constLast().body.size(), content.size());
    }

    void aStreamedUploadArrivesWhole()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        QByteArray content;
        for (int i = 0; i < 100000; ++i) {
            content += QByteArray::number(i) + ' ';
        }
        file.write(content);
        file.flush();
        m_server->route("POST", u"/upload"_s,
                        [](const HttpRequest &) { return HttpResponse::text(201, "{}", "application/json"); });
        Request upload("POST", m_server->url(u"/upload"_s));
        const QString path = file.fileName();
        upload.bodySource = [path]() -> std::unique_ptr<QIODevice> {
            auto device = std::make_unique<QFile>(path);
            return device->open(QIODevice::ReadOnly) ? std::move(device) : nullptr;
        };
        upload.bodySize = content.size();
        const Response response = send(upload);
        QVERIFY2(response.ok(), qPrintable(response.error.toString()));
        QCOMPARE(m_server->requests().constLast().body, content);
    }

    void anAnswerCutShortIsNotTakenAsWhole()
    {
        // The server declares 100 bytes, sends 20 and closes cleanly: the body is not the answer.
        int calls = 0;
        m_server->route("GET", u"/short"_s, [&calls](const HttpRequest &) {
            ++calls;
            return calls == 1 ? HttpResponse::text(200, QByteArray(20, 'a')).withHeader("Content-Length", "100")
                              : HttpResponse::text(200, QByteArray(100, 'b'));
        });
        Request request = get(u"/short"_s);
        request.setHeader("Connection", "close");
        const Response response = send(request);
        QVERIFY2(response.ok(), qPrintable(response.error.toString()));
        QCOMPARE(response.body, QByteArray(100, 'b'));
        QCOMPARE(response.attempts, 2);
    }

    void honoursRetryAfterOn429()
    {
        m_server->injectFault("GET", u"/ok"_s, HttpResponse::text(429, "slow down").withHeader("Retry-After", "7"), 1);
        const Response response = send(get(u"/ok"_s));
        QVERIFY(response.ok());
        QCOMPARE(m_clock->waits, (QList<std::chrono::milliseconds>{7000ms}));
    }

    void stallTimeoutAbortsAndRetries()
    {
        m_client->setStallTimeout(200);
        m_server->injectFault("GET", u"/ok"_s, HttpResponse::failing(HttpFault::Stall), 1);
        const Response response = send(get(u"/ok"_s));
        QVERIFY2(response.ok(), qPrintable(response.error.toString()));
        QCOMPARE(response.attempts, 2);
    }

    void stallTimeoutReportsTimeout()
    {
        Request request = get(u"/ok"_s);
        request.stallTimeoutMs = 150;
        m_server->injectFault("GET", u"/ok"_s, HttpResponse::failing(HttpFault::Stall), 10);
        const Response response = send(request);
        QCOMPARE(response.error.kind, ErrorKind::Timeout);
        QVERIFY(response.error.message.contains(u"stalled"_s) || response.error.message.contains(u"No connection"_s));
    }

    void connectTimeoutOnUnreachableHost()
    {
        // Port 9 on a TEST-NET address never answers: only the connect timeout ends the attempt.
        Request request("GET", QUrl(u"http://192.0.2.1:9/x"_s));
        request.connectTimeoutMs = 100;
        const Response response = send(request);
        QVERIFY(response.error.kind == ErrorKind::Timeout || response.error.kind == ErrorKind::Connection);
        QCOMPARE(response.attempts, 4);
    }

    void cancelInFlight()
    {
        m_server->injectFault("GET", u"/ok"_s, HttpResponse::failing(HttpFault::Stall), 1);
        ra::net::Call *call = m_client->send(get(u"/ok"_s));
        QSignalSpy finished(call, &ra::net::Call::finished);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(), 1, 5000);
        call->cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.constFirst().constFirst().value<Response>().error.kind, ErrorKind::Cancelled);
        call->cancel(); // a second cancel does nothing
        QCOMPARE(finished.count(), 1);
    }

    void cancelDuringBackoff()
    {
        // A clock that never fires: the call waits until cancelled.
        class StuckClock : public ra::test::FakeClock
        {
        public:
            void schedule(std::chrono::milliseconds delay, QObject *, std::function<void()>) override
            {
                waits.append(delay);
            }
        };
        auto clock = std::make_shared<StuckClock>();
        m_client->setClock(clock);
        m_server->injectFault("GET", u"/ok"_s, HttpResponse::text(503, "busy"), 1);
        ra::net::Call *call = m_client->send(get(u"/ok"_s));
        QSignalSpy retrying(call, &ra::net::Call::retrying);
        QSignalSpy finished(call, &ra::net::Call::finished);
        QVERIFY(retrying.wait(5000));
        call->cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(m_server->requestCount(), 1);
    }

    void redirectToAnotherHostDropsCredentials()
    {
        m_other->route("GET", u"/blob"_s, [](const HttpRequest &request) {
            if (!request.header("authorization").isEmpty() || !request.header("x-api-key").isEmpty()) {
                return HttpResponse::text(400, "<Error><Code>InvalidAuthenticationInfo</Code></Error>",
                                          "application/xml");
            }
            return HttpResponse::text(200, "zip bytes");
        });
        m_server->route("GET", u"/download"_s,
                        [this](const HttpRequest &) { return HttpResponse::redirect(302, m_other->url(u"/blob"_s)); });
        Request request = get(u"/download"_s);
        request.setHeader("Authorization", "Bearer ghp_secretsecretsecretsecret1234");
        request.setHeader("X-Api-Key", "k-123456");
        request.credentialHeaders = {"X-Api-Key"};
        const Response response = send(request);
        QVERIFY2(response.ok(), qPrintable(response.error.toString()));
        QCOMPARE(response.body, QByteArray("zip bytes"));
        QCOMPARE(response.url.port(), m_other->port());
        QCOMPARE(m_server->requests().constFirst().header("authorization"),
                 QByteArray("Bearer ghp_secretsecretsecretsecret1234"));
        QVERIFY(m_other->requests().constFirst().header("authorization").isEmpty());
    }

    void redirectOnSameHostKeepsCredentials()
    {
        m_server->route("GET", u"/old"_s,
                        [](const HttpRequest &) { return HttpResponse::redirect(301, QUrl(u"/ok"_s)); });
        Request request = get(u"/old"_s);
        request.setHeader("Authorization", "Bearer abcdefgh");
        const Response response = send(request);
        QVERIFY(response.ok());
        QCOMPARE(m_server->requests().constLast().header("authorization"), QByteArray("Bearer abcdefgh"));
    }

    void redirectLoopFails()
    {
        m_server->route("GET", u"/loop"_s,
                        [](const HttpRequest &) { return HttpResponse::redirect(302, QUrl(u"/loop"_s)); });
        const Response response = send(get(u"/loop"_s));
        QCOMPARE(response.error.kind, ErrorKind::Redirect);
        QCOMPARE(m_server->requestCount(), m_client->maxRedirects() + 1);
    }

    void manualRedirectWhenNotFollowing()
    {
        m_server->route("GET", u"/r"_s,
                        [](const HttpRequest &) { return HttpResponse::redirect(302, QUrl(u"/ok"_s)); });
        Request request = get(u"/r"_s);
        request.followRedirects = false;
        const Response response = send(request);
        QCOMPARE(response.status, 302);
        QCOMPARE(response.header("location"), QByteArray("/ok"));
    }

    void followsLinkPagesAsGiven()
    {
        // Page 2 switches to the repository-id form, as GitHub does; the client must follow it verbatim.
        m_server->route("GET", u"/repos/o/r/issues"_s, [this](const HttpRequest &) {
            return HttpResponse::text(200, "[1,2]", "application/json")
                .withHeader("Link", "<" + m_server->url(u"/repositories/42/issues"_s).toEncoded() +
                                        "?page=2&per_page=2>; rel=\"next\", <" +
                                        m_server->url(u"/repositories/42/issues"_s).toEncoded() +
                                        "?page=3&per_page=2>; rel=\"last\"");
        });
        m_server->route("GET", u"/repositories/42/issues"_s, [this](const HttpRequest &request) {
            if (request.query.queryItemValue(u"page"_s) == u"2"_s) {
                return HttpResponse::text(200, "[3,4]", "application/json")
                    .withHeader("Link", "<" + m_server->url(u"/repositories/42/issues"_s).toEncoded() +
                                            "?page=3&per_page=2>; rel=\"next\"");
            }
            return HttpResponse::text(200, "[5]", "application/json");
        });
        Request request = get(u"/repos/o/r/issues"_s);
        request.followPages = true;
        const Response response = send(request);
        QVERIFY(response.ok());
        QCOMPARE(response.items.size(), 5);
        QCOMPARE(response.items.at(4).toInt(), 5);
        QCOMPARE(m_server->requestCount("GET", u"/repositories/42/issues"_s), 2);
    }

    void parsesLinkHeader()
    {
        const auto links = ra::net::parseLinkHeader(
            R"(<https://api.github.com/repositories/1/releases?page=2&a=b,c>; rel="next", <https://api.github.com/repositories/1/releases?page=9>; rel="last")");
        QCOMPARE(links.value(u"next"_s), QUrl(u"https://api.github.com/repositories/1/releases?page=2&a=b,c"_s));
        QCOMPARE(links.value(u"last"_s).query(), u"page=9"_s);
        QVERIFY(!links.contains(u"prev"_s));
        QVERIFY(ra::net::parseLinkHeader({}).isEmpty());
    }

    void streamsUploadFromDisk()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"pkg.deb"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray content(3 * 1024 * 1024 + 17, 'x');
        file.write(content);
        file.close();
        m_server->route("POST", u"/upload"_s, [](const HttpRequest &request) {
            return HttpResponse::text(201, QCryptographicHash::hash(request.body, QCryptographicHash::Sha256).toHex());
        });
        Request request("POST", m_server->url(u"/upload"_s));
        request.setBodyFile(path);
        request.setHeader("Content-Type", "application/vnd.debian.binary-package");
        ra::net::Call *call = m_client->send(request);
        QSignalSpy progress(call, &ra::net::Call::uploadProgress);
        const Response response = ra::net::waitForResponse(call);
        QVERIFY(response.ok());
        QCOMPARE(response.body, QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        QVERIFY(progress.count() >= 1);
        QCOMPARE(progress.constLast().at(0).toLongLong(), content.size());
        const HttpRequest received = m_server->requests().constFirst();
        QCOMPARE(received.header("content-length"), QByteArray::number(content.size()));
        QVERIFY(!received.header("transfer-encoding").contains("chunked"));
    }

    void missingUploadFileIsAnIoError()
    {
        Request request("POST", m_server->url(u"/upload"_s));
        request.setBodyFile(u"/nonexistent/file.deb"_s);
        const Response response = send(request);
        QCOMPARE(response.error.kind, ErrorKind::Io);
        QCOMPARE(m_server->requestCount(), 0);
    }

    void downloadResumesWithRange()
    {
        const QByteArray content = QByteArray("0123456789abcdef").repeated(1000);
        m_server->route("GET", u"/file"_s, [content](const HttpRequest &request) {
            const QByteArray range = request.header("range");
            if (range.startsWith("bytes=")) {
                const qint64 from = range.mid(6).chopped(1).toLongLong();
                return HttpResponse::text(206, content.mid(from))
                    .withHeader("Content-Range",
                                "bytes " + QByteArray::number(from) + "-/" + QByteArray::number(content.size()));
            }
            return HttpResponse::text(200, content);
        });
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a.zip"_s);
        QFile partial(path);
        QVERIFY(partial.open(QIODevice::WriteOnly));
        partial.write(content.left(5000));
        partial.close();
        Request request = get(u"/file"_s);
        request.downloadPath = path;
        request.resumeDownload = true;
        const Response response = send(request);
        QVERIFY2(response.ok(), qPrintable(response.error.toString()));
        QCOMPARE(response.status, 206);
        QCOMPARE(m_server->requests().constFirst().header("range"), QByteArray("bytes=5000-"));
        QVERIFY(response.body.isEmpty());
        QCOMPARE(response.downloadedBytes, content.size());
        QVERIFY(partial.open(QIODevice::ReadOnly));
        QCOMPARE(partial.readAll(), content);
    }

    void dryRunSendsNothing()
    {
        QList<Request> seen;
        m_client->setDryRun(true);
        m_client->setRequestObserver([&seen](const Request &request) { seen.append(request); });
        Request request("POST", m_server->url(u"/create"_s));
        request.setJsonBody(R"({"tag_name":"1.2.3"})");
        const Response response = send(request);
        QCOMPARE(response.error.kind, ErrorKind::DryRun);
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.constFirst().method, QByteArray("POST"));
        QCOMPARE(m_server->requestCount(), 0);
    }

    // GitHub rate-limit rules (api-contracts.md §1.7).
    void gitHubPrimaryLimitWaitsUntilReset()
    {
        useGitHubPolicy();
        const qint64 reset = m_clock->current.toSecsSinceEpoch() + 30;
        m_server->injectFault("GET", u"/ok"_s,
                              HttpResponse::text(403, R"({"message":"API rate limit exceeded"})", "application/json")
                                  .withHeader("x-ratelimit-remaining", "0")
                                  .withHeader("x-ratelimit-reset", QByteArray::number(reset)),
                              1);
        const Response response = send(get(u"/ok"_s));
        QVERIFY(response.ok());
        QCOMPARE(m_clock->waits, (QList<std::chrono::milliseconds>{31000ms}));
    }

    void gitHubLimitTooFarAwayFailsWithResetTime()
    {
        useGitHubPolicy();
        const qint64 reset = m_clock->current.toSecsSinceEpoch() + 3600;
        m_server->injectFault("GET", u"/ok"_s,
                              HttpResponse::text(429, R"({"message":"API rate limit exceeded"})", "application/json")
                                  .withHeader("x-ratelimit-remaining", "0")
                                  .withHeader("x-ratelimit-reset", QByteArray::number(reset)),
                              1);
        const Response response = send(get(u"/ok"_s));
        QCOMPARE(response.error.kind, ErrorKind::RateLimited);
        QCOMPARE(response.attempts, 1);
        QVERIFY2(response.error.hint.contains(u"01:00:00"_s), qPrintable(response.error.hint));
    }

    void gitHubSecondaryLimitHonoursRetryAfterEvenForPost()
    {
        useGitHubPolicy();
        m_server->injectFault("POST", u"/create"_s,
                              HttpResponse::text(403,
                                                 R"({"message":"You have triggered an abuse detection mechanism."})",
                                                 "application/json")
                                  .withHeader("retry-after", "60"),
                              1);
        const Response response = send(Request("POST", m_server->url(u"/create"_s)));
        QVERIFY(response.ok());
        QCOMPARE(m_clock->waits, (QList<std::chrono::milliseconds>{60000ms}));
    }

    void gitHubSecondaryWordingWithoutHeadersWaitsAMinute()
    {
        useGitHubPolicy();
        m_server->injectFault(
            "GET", u"/ok"_s,
            HttpResponse::text(403, R"({"message":"You have exceeded a secondary rate limit."})", "application/json")
                .withHeader("x-ratelimit-remaining", "10"),
            1);
        const Response response = send(get(u"/ok"_s));
        QVERIFY(response.ok());
        QCOMPARE(m_clock->waits.size(), 1);
        QVERIFY(m_clock->waits.constFirst() >= 60s);
    }

    void gitHubForbiddenWithoutSignalsIsAPermissionError()
    {
        useGitHubPolicy();
        m_server->injectFault("GET", u"/ok"_s,
                              HttpResponse::text(403,
                                                 R"({"message":"Resource not accessible by personal access token"})",
                                                 "application/json")
                                  .withHeader("x-ratelimit-remaining", "4990"),
                              5);
        const Response response = send(get(u"/ok"_s));
        QCOMPARE(response.error.kind, ErrorKind::Permission);
        QCOMPARE(response.attempts, 1);
        QVERIFY(response.error.message.contains(u"Resource not accessible"_s));
        QVERIFY(m_clock->waits.isEmpty());
    }

    void gitHubErrorsCarryCodes()
    {
        useGitHubPolicy();
        m_server->injectFault(
            "POST", u"/create"_s,
            HttpResponse::text(
                422,
                R"({"message":"Validation Failed","errors":[{"resource":"Release","code":"already_exists","field":"tag_name"}]})",
                "application/json"),
            1);
        const Response response = send(Request("POST", m_server->url(u"/create"_s)));
        QCOMPARE(response.error.kind, ErrorKind::Validation);
        QCOMPARE(response.error.codes, QStringList{u"already_exists"_s});
        QCOMPARE(response.error.serverMessage, u"Validation Failed"_s);
        QVERIFY(response.error.message.contains(u"tag_name already_exists"_s));
    }

    void secretsNeverReachTheLog()
    {
        static QStringList captured;
        captured.clear();
        QLoggingCategory::setFilterRules(u"ra.net.debug=true"_s);
        const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &, const QString &message) { captured.append(message); });
        const QString registered = u"s3cr3t-registered-value"_s;
        ra::net::Redactor::global().addSecret(registered);
        m_client->setLogBodies(true);
        m_server->injectFault("GET", u"/ok"_s, HttpResponse::text(503, "busy"), 1);
        Request request("GET", m_server->url(u"/ok"_s));
        request.url.setQuery(u"access_token=ghp_querytokenquerytoken1234&page=2&x="_s + registered);
        request.setHeader("Authorization", "Bearer ghp_headertokenheadertoken5678");
        QVERIFY(send(request).ok());
        Request post("POST", m_server->url(u"/create"_s));
        post.setJsonBody(R"({"token":"ghp_bodytokenbodytokenbody9999","password":"s3cr3t-registered-value"})");
        QVERIFY(send(post).ok());
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(u"ra.net.debug=false"_s);
        const QString log = captured.join(u'\n');
        QVERIFY2(log.contains(u"/ok"_s), qPrintable(log)); // the requests were logged
        QVERIFY(log.contains(u"retrying"_s));
        for (const QString &secret : {u"ghp_querytokenquerytoken1234"_s, u"ghp_headertokenheadertoken5678"_s,
                                      u"ghp_bodytokenbodytokenbody9999"_s, registered}) {
            QVERIFY2(!log.contains(secret), qPrintable(secret));
        }
        QVERIFY(log.contains(u"page=2"_s));
    }

    void redactorHandlesTokenShapes_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("query") << u"https://x/a?client_secret=abc&b=1"_s
                               << u"https://x/a?client_secret=[redacted]&b=1"_s;
        QTest::newRow("telegram") << u"https://api.telegram.org/bot123456:AAbbCC-dd/sendMessage"_s
                                  << u"https://api.telegram.org/bot[redacted]/sendMessage"_s;
        QTest::newRow("pat") << u"token github_pat_11ABCDEFG0123456789_abcdefghijkl"_s << u"token [redacted]"_s;
        QTest::newRow("harmless") << u"GET /repos/aleph-im/aleph-vm?page=2"_s
                                  << u"GET /repos/aleph-im/aleph-vm?page=2"_s;
    }
    void redactorHandlesTokenShapes()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(ra::net::Redactor::global().redact(input), expected);
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
