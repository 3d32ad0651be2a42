// SPDX-License-Identifier: GPL-3.0-or-later
// The HTTP/1.1 answer reader of the streamed uploads: every framing, fed whole and one byte at a time.
#include "net/httpresponseparser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using ra::net::HttpResponseParser;
using State = ra::net::HttpResponseParser::State;

namespace {

/// Feeds \a bytes in pieces of \a piece bytes and returns the body the parser gave back.
QByteArray feedInPieces(HttpResponseParser &parser, const QByteArray &bytes, qsizetype piece)
{
    QByteArray body;
    for (qsizetype at = 0; at < bytes.size(); at += piece) {
        body += parser.feed(QByteArrayView(bytes).sliced(at, std::min(piece, bytes.size() - at)));
    }
    return body;
}

} // namespace

class TestHttpResponseParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void framings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("needsEnd");
        QTest::addRow("content-length") << QByteArray("HTTP/1.1 201 Created\r\nContent-Type: application/json\r\n"
                                                      "Content-Length: 11\r\n\r\n{\"id\":1234}")
                                        << 201 << QByteArray("{\"id\":1234}") << false;
        QTest::addRow("chunked, extensions and trailer")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4;name=x\r\nWiki\r\n"
                          "5\r\npedia\r\nE\r\n in\r\n\r\nchunks.\r\n0\r\nExpires: never\r\n\r\n")
            << 200 << QByteArray("Wikipedia in\r\n\r\nchunks.") << false;
        QTest::addRow("interim 100 Continue first")
            << QByteArray(
                   "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 422 Unprocessable Entity\r\nContent-Length: 2\r\n\r\n{}")
            << 422 << QByteArray("{}") << false;
        QTest::addRow("until the connection ends")
            << QByteArray("HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\n\r\n<html>down</html>") << 502
            << QByteArray("<html>down</html>") << true;
        QTest::addRow("204 has no body") << QByteArray("HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n") << 204
                                         << QByteArray() << false;
        QTest::addRow("bare LF line ends")
            << QByteArray("HTTP/1.1 200 OK\nContent-Length: 3\n\nabc") << 200 << QByteArray("abc") << false;
        QTest::addRow("bytes after the answer ignored")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabcHTTP/1.1 500 Oops\r\n\r\n") << 200
            << QByteArray("abc") << false;
    }

    void framings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, needsEnd);
        // Every piece size, down to one byte at a time: no boundary may lose or repeat a byte.
        for (const qsizetype piece : {bytes.size(), qsizetype(7), qsizetype(2), qsizetype(1)}) {
            HttpResponseParser parser;
            QCOMPARE(feedInPieces(parser, bytes, piece), body);
            QCOMPARE(parser.state(), needsEnd ? State::Body : State::Done);
            if (needsEnd) {
                parser.finishInput();
                QCOMPARE(parser.state(), State::Done);
            }
            QVERIFY(parser.headReceived());
            QCOMPARE(parser.status(), status);
            QCOMPARE(parser.bodyBytes(), qint64(body.size()));
        }
    }

    void headersKeepTheirOrderAndRepeats()
    {
        HttpResponseParser parser;
        parser.feed("HTTP/1.1 200 OK\r\nSet-Cookie: a=1\r\nX-RateLimit-Remaining:  0 \r\nSet-Cookie: b=2\r\n"
                    "Content-Length: 0\r\n\r\n");
        QCOMPARE(parser.state(), State::Done);
        QCOMPARE(parser.reasonPhrase(), QByteArray("OK"));
        const QList<std::pair<QByteArray, QByteArray>> expected{
            {"Set-Cookie", "a=1"}, {"X-RateLimit-Remaining", "0"}, {"Set-Cookie", "b=2"}, {"Content-Length", "0"}};
        QCOMPARE(parser.headers(), expected);
    }

    void anAnswerCutShortFails()
    {
        HttpResponseParser parser;
        QCOMPARE(parser.feed("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n" + QByteArray(20, 'a')),
                 QByteArray(20, 'a'));
        QCOMPARE(parser.contentLength(), qint64(100));
        parser.finishInput();
        QCOMPARE(parser.state(), State::Failed);
        QCOMPARE(parser.errorString(), u"the connection closed 20 bytes into an answer of 100 bytes"_s);
    }

    void aChunkedAnswerCutShortFails()
    {
        HttpResponseParser parser;
        parser.feed("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n10\r\nonly");
        parser.finishInput();
        QCOMPARE(parser.state(), State::Failed);
    }

    void noAnswerAtAllFails()
    {
        HttpResponseParser parser;
        parser.finishInput();
        QCOMPARE(parser.state(), State::Failed);
        QCOMPARE(parser.errorString(), u"the connection closed before an answer"_s);
        QVERIFY(!parser.headReceived());
    }

    void notHttpFails_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addRow("html") << QByteArray("<html><body>Sign in to the Wi-Fi</body></html>\r\n\r\n");
        QTest::addRow("no status") << QByteArray("HTTP/1.1 OK\r\n\r\n");
        QTest::addRow("bad chunk size") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n");
        QTest::addRow("chunk longer than said")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n0\r\n\r\n");
        QTest::addRow("endless head") << "HTTP/1.1 200 OK\r\nX-Filler: " + QByteArray(70 * 1024, 'f');
    }

    void notHttpFails()
    {
        QFETCH(QByteArray, bytes);
        HttpResponseParser parser;
        parser.feed(bytes);
        QCOMPARE(parser.state(), State::Failed);
        QVERIFY(!parser.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHttpResponseParser)
#include "tst_httpresponseparser.moc"
