// SPDX-License-Identifier: GPL-3.0-or-later
// OAuth 1.0a signing against the published vectors of shared/reference/api-contracts.md §3.2.
#include "channels/oauth1.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ra::channels;

class TestOAuth1 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void xDocumentationVector_data()
    {
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("api.twitter.com (documented)")
            << u"https://api.twitter.com/1.1/statuses/update.json"_s << QByteArray("hCtSmYh+iHYCEqBWrE7C7hYmtUk=");
        QTest::newRow("api.x.com") << u"https://api.x.com/1.1/statuses/update.json"_s
                                   << QByteArray("Ls93hJiZbQ3akF3HF3x1Bz8/zU4=");
    }
    void xDocumentationVector()
    {
        QFETCH(QString, baseUrl);
        QFETCH(QByteArray, expected);
        const oauth1::Credentials credentials{"xvz1evFS4wEEPTGEFPHBog", "kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw",
                                              "370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb",
                                              "LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE"};
        QUrl url(baseUrl);
        url.setQuery(u"include_entities=true"_s);
        const oauth1::Parameters body{{"status", "Hello Ladies + Gentlemen, a signed OAuth request!"}};
        const oauth1::Parameters params =
            oauth1::protocolParameters(credentials, "kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg", "1318622958") + body;
        const QByteArray base = oauth1::signatureBaseString("POST", url, params);
        QCOMPARE(oauth1::signature(base, credentials.consumerSecret, credentials.tokenSecret), expected);
        // The full header carries the same signature, percent-encoded.
        const QByteArray header = oauth1::authorizationHeader(
            "POST", url, body, credentials, "kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg", "1318622958");
        QVERIFY(header.contains("oauth_signature=\"" + oauth1::percentEncode(expected) + '"'));
        const oauth1::Parameters parsed = oauth1::parseAuthorizationHeader(header);
        QVERIFY(parsed.contains(std::pair<QByteArray, QByteArray>{"oauth_signature", expected}));
    }

    void rfc5849Section1_2()
    {
        QUrl url(u"http://photos.example.net/photos"_s);
        url.setQuery(u"file=vacation.jpg&size=original"_s);
        const oauth1::Credentials credentials{"dpf43f3p2l4k3l03", "kd94hf93k423kf44", "nnch734d00sl2jdk",
                                              "pfkkdhi9sl3r4s00"};
        const QByteArray base = oauth1::signatureBaseString(
            "GET", url, oauth1::protocolParameters(credentials, "kllo9940pd9333jh", "1191242096"));
        QCOMPARE(oauth1::signature(base, credentials.consumerSecret, credentials.tokenSecret),
                 QByteArray("tR3+Ty81lMeYAr/Fid0kMTYa/WM="));
    }

    void rfc5849Section3_4_1_1BaseString()
    {
        // Repeated keys, empty values, '@' in a key and double encoding.
        QUrl url(u"http://example.com/request"_s);
        url.setQuery(u"b5=%3D%253D&a3=a&c%40=&a2=r%20b"_s, QUrl::StrictMode);
        const oauth1::Parameters params{{"oauth_consumer_key", "9djdj82h48djs9d2"},
                                        {"oauth_token", "kkk9d7dh3k39sjv7"},
                                        {"oauth_signature_method", "HMAC-SHA1"},
                                        {"oauth_timestamp", "137131201"},
                                        {"oauth_nonce", "7d8f3e4a"},
                                        {"c2", ""},
                                        {"a3", "2 q"}};
        QCOMPARE(
            oauth1::signatureBaseString("POST", url, params),
            QByteArray(
                "POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q%26a3%3Da%26b5%3D%253D%25253D%26c%"
                "2540%3D%26c2%3D%26oauth_consumer_key%3D9djdj82h48djs9d2%26oauth_nonce%3D7d8f3e4a%26oauth_"
                "signature_method%3DHMAC-SHA1%26oauth_timestamp%3D137131201%26oauth_token%3Dkkk9d7dh3k39sjv7"));
    }

    void percentEncoding_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("unreserved kept") << QByteArray("AZaz09-._~") << QByteArray("AZaz09-._~");
        QTest::newRow("space is %20") << QByteArray("a b") << QByteArray("a%20b");
        QTest::newRow("plus") << QByteArray("a+b") << QByteArray("a%2Bb");
        QTest::newRow("sub-delims") << QByteArray("!*'()") << QByteArray("%21%2A%27%28%29");
        QTest::newRow("utf-8 upper hex") << u"é☃"_s.toUtf8() << QByteArray("%C3%A9%E2%98%83");
    }
    void percentEncoding()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QByteArray, encoded);
        QCOMPARE(oauth1::percentEncode(raw), encoded);
    }

    void malformedHeaders()
    {
        QVERIFY(oauth1::parseAuthorizationHeader("Bearer abc").isEmpty());
        QVERIFY(oauth1::parseAuthorizationHeader("OAuth oauth_nonce=abc").isEmpty());
        QCOMPARE(oauth1::makeNonce().size(), 32);
        QVERIFY(oauth1::makeNonce() != oauth1::makeNonce());
    }
};

QTEST_GUILESS_MAIN(TestOAuth1)
#include "tst_oauth1.moc"
