// SPDX-License-Identifier: GPL-3.0-or-later
#include "testhttpserver.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace ra::test;
using namespace Qt::StringLiterals;

namespace {

struct Result {
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
    QByteArray header(const QByteArray &name) const
    {
        return headers.value(name);
    }
    QHash<QByteArray, QByteArray> headers;
};

Result wait(QNetworkReply *reply)
{
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished()) {
        [&] {
            QVERIFY(finished.wait(10000));
        }();
    }
    Result result;
    result.error = reply->error();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs()) {
        result.headers.insert(name.toLower(), value);
    }
    reply->deleteLater();
    return result;
}

} // namespace

class TestTestHttpServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<TestHttpServer>();
        QVERIFY(m_server->listen());
        QVERIFY(m_server->port() != 0);
        m_network = std::make_unique<QNetworkAccessManager>();
    }

    void cleanup()
    {
        m_network.reset();
        m_server.reset();
    }

    void routesWithParametersAndQuery()
    {
        m_server->route("GET", u"/repos/{owner}/{repo}/releases"_s, [](const HttpRequest &request) {
            return HttpResponse::json(200, QJsonDocument(QJsonObject{
                                               {u"owner"_s, request.pathParameters.value(u"owner"_s)},
                                               {u"repo"_s, request.pathParameters.value(u"repo"_s)},
                                               {u"page"_s, request.query.queryItemValue(u"page"_s)},
                                           }))
                .withHeader("Link", "<http://example.invalid/next>; rel=\"next\"");
        });
        const Result result = wait(m_network->get(QNetworkRequest(
            m_server->url(u"/repos/aleph-im/aleph-vm/releases"_s).adjusted(QUrl::None).resolved(QUrl(u"?page=2"_s)))));
        QCOMPARE(result.status, 200);
        const QJsonObject body = QJsonDocument::fromJson(result.body).object();
        QCOMPARE(body.value(u"owner"_s).toString(), u"aleph-im"_s);
        QCOMPARE(body.value(u"repo"_s).toString(), u"aleph-vm"_s);
        QCOMPARE(body.value(u"page"_s).toString(), u"2"_s);
        QCOMPARE(result.header("link"), QByteArray("<http://example.invalid/next>; rel=\"next\""));
        QCOMPARE(m_server->requestCount("GET", u"/repos/{owner}/{repo}/releases"_s), 1);
    }

    void unknownPathIsA404WithJson()
    {
        const Result result = wait(m_network->get(QNetworkRequest(m_server->url(u"/nowhere"_s))));
        QCOMPARE(result.status, 404);
        QCOMPARE(QJsonDocument::fromJson(result.body).object().value(u"message"_s).toString(), u"Not Found"_s);
    }

    void requestBodiesAndHeadersAreRecorded()
    {
        m_server->route("POST", u"/upload"_s, [](const HttpRequest &request) {
            return HttpResponse::text(201, QByteArray::number(request.bodySize));
        });
        QNetworkRequest request(m_server->url(u"/upload"_s));
        request.setRawHeader("Authorization", "Bearer secret");
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/octet-stream");
        const QByteArray payload(300000, 'x');
        const Result result = wait(m_network->post(request, payload));
        QCOMPARE(result.status, 201);
        QCOMPARE(result.body, QByteArray("300000"));
        const HttpRequest received = m_server->requests().constLast();
        QCOMPARE(received.header("authorization"), QByteArray("Bearer secret"));
        QCOMPARE(received.body, payload);
    }

    void bodiesOverTheLimitAreCountedNotKept()
    {
        m_server->setBodyLimit(1000);
        m_server->route("PUT", u"/big"_s, [](const HttpRequest &) { return HttpResponse::text(200, "ok"); });
        const Result result = wait(m_network->put(QNetworkRequest(m_server->url(u"/big"_s)), QByteArray(5000, 'y')));
        QCOMPARE(result.status, 200);
        QCOMPARE(m_server->requests().constLast().bodySize, 5000);
        QVERIFY(m_server->requests().constLast().body.isEmpty());
    }

    void injectedStatusAppliesOnlyAsOftenAsAsked()
    {
        m_server->route("GET", u"/flaky"_s, [](const HttpRequest &) { return HttpResponse::text(200, "fine"); });
        m_server->injectFault("GET", u"/flaky"_s, HttpResponse::text(503, "down").withHeader("Retry-After", "1"), 2);
        QCOMPARE(wait(m_network->get(QNetworkRequest(m_server->url(u"/flaky"_s)))).status, 503);
        const Result second = wait(m_network->get(QNetworkRequest(m_server->url(u"/flaky"_s))));
        QCOMPARE(second.status, 503);
        QCOMPARE(second.header("retry-after"), QByteArray("1"));
        const Result third = wait(m_network->get(QNetworkRequest(m_server->url(u"/flaky"_s))));
        QCOMPARE(third.status, 200);
        QCOMPARE(third.body, QByteArray("fine"));
    }

    void resetConnectionIsAnError()
    {
        // Qt resends an idempotent request once when the connection drops before any response byte.
        m_server->injectFault("GET", u"/reset"_s, HttpResponse::failing(HttpFault::ResetConnection), 5);
        const Result result = wait(m_network->get(QNetworkRequest(m_server->url(u"/reset"_s))));
        QVERIFY2(result.error == QNetworkReply::RemoteHostClosedError ||
                     result.error == QNetworkReply::UnknownNetworkError,
                 QByteArray::number(int(result.error)));
        QCOMPARE(result.status, 0);
        QVERIFY(m_server->requestCount("GET", u"/reset"_s) >= 1);
    }

    void truncatedBodyIsDetected()
    {
        HttpResponse truncated = HttpResponse::text(200, QByteArray(10000, 'z'));
        truncated.fault = HttpFault::TruncateBody;
        truncated.truncateAt = 100;
        m_server->injectFault("GET", u"/file"_s, truncated);
        const Result result = wait(m_network->get(QNetworkRequest(m_server->url(u"/file"_s))));
        QVERIFY(result.error != QNetworkReply::NoError);
        QVERIFY(result.body.size() < 10000);
    }

    void stalledResponseRunsIntoTheClientTimeout()
    {
        m_server->injectFault("GET", u"/stall"_s, HttpResponse::failing(HttpFault::Stall));
        QNetworkRequest request(m_server->url(u"/stall"_s));
        request.setTransferTimeout(300);
        const Result result = wait(m_network->get(request));
        QCOMPARE(result.error, QNetworkReply::OperationCanceledError);
    }

    void delayedResponseArrivesAfterTheDelay()
    {
        m_server->route("GET", u"/slow"_s,
                        [](const HttpRequest &) { return HttpResponse::text(200, "late").withDelay(200); });
        QElapsedTimer timer;
        timer.start();
        const Result result = wait(m_network->get(QNetworkRequest(m_server->url(u"/slow"_s))));
        QCOMPARE(result.body, QByteArray("late"));
        QVERIFY(timer.elapsed() >= 190);
    }

    void redirectCarriesLocation()
    {
        m_server->route("GET", u"/from"_s,
                        [this](const HttpRequest &) { return HttpResponse::redirect(302, m_server->url(u"/to"_s)); });
        m_server->route("GET", u"/to"_s, [](const HttpRequest &) { return HttpResponse::text(200, "arrived"); });
        QNetworkRequest request(m_server->url(u"/from"_s));
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        const Result manual = wait(m_network->get(request));
        QCOMPARE(manual.status, 302);
        QCOMPARE(manual.header("location"), m_server->url(u"/to"_s).toEncoded());
        const Result followed = wait(m_network->get(QNetworkRequest(m_server->url(u"/from"_s))));
        QCOMPARE(followed.body, QByteArray("arrived"));
    }

    void keepAliveServesSeveralRequestsOnOneConnection()
    {
        int connections = 0;
        m_server->route("GET", u"/n/{i}"_s, [](const HttpRequest &request) {
            return HttpResponse::text(200, request.pathParameters.value(u"i"_s).toUtf8());
        });
        for (int i = 0; i < 5; ++i) {
            const Result result = wait(m_network->get(QNetworkRequest(m_server->url(u"/n/%1"_s.arg(i)))));
            QCOMPARE(result.body, QByteArray::number(i));
            connections += result.error == QNetworkReply::NoError ? 1 : 0;
        }
        QCOMPARE(connections, 5);
        QCOMPARE(m_server->requestCount("GET"), 5);
    }

private:
    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

QTEST_GUILESS_MAIN(TestTestHttpServer)
#include "tst_testhttpserver.moc"
