// SPDX-License-Identifier: GPL-3.0-or-later
// Each channel client against its local twin: what the real servers check, and 429s, 5xx and timeouts.
#include "channeltwins.h"

#include "channels/blueskychannel.h"
#include "channels/channelregistry.h"
#include "channels/channelretrypolicy.h"
#include "channels/telegramchannel.h"
#include "channels/xchannel.h"
#include "net/httpclient.h"
#include "net/request.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ra::channels;
using ra::test::HttpFault;
using ra::test::HttpResponse;

namespace {

const oauth1::Credentials xCredentials{"consumer-key-1", "consumer secret/2", "token-3", "token secret+4"};

} // namespace

class TestChannelClients : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ra::test::TestHttpServer> m_server;
    std::unique_ptr<ra::net::HttpClient> m_http;
    std::shared_ptr<ra::test::RecordingClock> m_clock;

    std::unique_ptr<Channel> make(const QString &kind, const QJsonObject &settings, const Credentials &credentials,
                                  const QJsonObject &testSettings = {})
    {
        ChannelConfig config{kind, kind + u":test"_s, m_server->url(), settings, testSettings};
        QString error;
        auto channel = ChannelRegistry::builtin().create(config, credentials, *m_http, &error);
        if (!channel) {
            qWarning() << error;
        }
        return channel;
    }

    static SendResult sendAndWait(Channel &channel, const QStringList &parts, bool test = false,
                                  const QString &key = u"key-1"_s)
    {
        std::optional<SendResult> result;
        OutgoingPost post;
        post.parts = parts;
        post.test = test;
        post.idempotencyKey = key;
        channel.send(post, [&](const SendResult &r) { result = r; });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000);
        }();
        return result.value_or(SendResult{});
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<ra::test::TestHttpServer>();
        QVERIFY(m_server->listen());
        m_http = std::make_unique<ra::net::HttpClient>();
        m_clock = std::make_shared<ra::test::RecordingClock>();
        m_http->setClock(m_clock);
        m_http->setRetryPolicy(std::make_shared<ChannelRetryPolicy>());
        m_http->setStallTimeout(2000);
    }
    void cleanup()
    {
        m_http.reset();
        m_server.reset();
    }

    void registryKnowsEveryKind()
    {
        QCOMPARE(ChannelRegistry::builtin().kinds(),
                 (QStringList{u"telegram"_s, u"x"_s, u"mastodon"_s, u"bluesky"_s, u"discord"_s}));
        QString error;
        ChannelConfig config{u"telegram"_s, u"telegram:main"_s, {}, {}, {}};
        QVERIFY(!ChannelRegistry::builtin().create(config, {}, *m_http, &error));
        QVERIFY(error.contains(u"bot-token"_s));
        config.kind = u"myspace"_s;
        QVERIFY(!ChannelRegistry::builtin().create(config, {}, *m_http, &error));
        QVERIFY(error.contains(u"Unknown channel kind"_s));
    }

    void telegramEscapesAndLinks()
    {
        ra::test::TelegramTwin twin(*m_server, u"123:ABC"_s);
        auto channel =
            make(u"telegram"_s, {{u"chat"_s, u"@alephim"_s}, {u"threadId"_s, 7}}, {{u"bot-token"_s, u"123:ABC"_s}});
        QVERIFY(channel);
        const QString plain =
            u"aleph-vm 1.15.0: fixes <init> & a > b. Notes: https://github.com/aleph-im/aleph-vm/releases/tag/1.15.0?a=1&b=2"_s;
        const SendResult result = sendAndWait(*channel, {channel->format(plain)});
        QCOMPARE(int(result.outcome), int(SendOutcome::Sent));
        QCOMPARE(twin.messages.size(), 1);
        QCOMPARE(twin.messages.at(0).value(u"text"_s).toString(), plain);
        QCOMPARE(twin.messages.at(0).value(u"message_thread_id"_s).toInt(), 7);
        QCOMPARE(result.firstUrl(), QUrl(u"https://t.me/alephim/100"_s));
    }

    void telegramRejectsBadHtml()
    {
        ra::test::TelegramTwin twin(*m_server, u"123:ABC"_s);
        auto channel = make(u"telegram"_s, {{u"chat"_s, u"@alephim"_s}}, {{u"bot-token"_s, u"123:ABC"_s}});
        const SendResult result = sendAndWait(*channel, {u"1 < 2 & <b>bold"_s});
        QCOMPARE(int(result.outcome), int(SendOutcome::Failed));
        QVERIFY2(result.error.contains(u"can't parse entities: Unsupported start tag \"\" at byte offset 2"_s),
                 qPrintable(result.error));
        QVERIFY(!result.error.contains(u"123:ABC"_s));
        QVERIFY(twin.messages.isEmpty());
    }

    void telegramRetryAfterAndMigration()
    {
        ra::test::TelegramTwin twin(*m_server, u"123:ABC"_s);
        m_server->injectFault(
            "POST", u"/{bot}/sendMessage"_s,
            HttpResponse::json(
                429,
                QJsonDocument::fromJson(
                    R"({"ok":false,"error_code":429,"description":"Too Many Requests: retry after 35","parameters":{"retry_after":35}})")));
        auto channel = make(u"telegram"_s, {{u"chat"_s, twin.migratedFrom}}, {{u"bot-token"_s, u"123:ABC"_s}});
        const SendResult result = sendAndWait(*channel, {u"hello"_s});
        QCOMPARE(int(result.outcome), int(SendOutcome::Sent));
        QCOMPARE(m_clock->waits, QList<std::chrono::milliseconds>{std::chrono::seconds(35)});
        QCOMPARE(result.notes.value(u"migratedChatId"_s).toInteger(), twin.migratedTo);
        QCOMPARE(twin.messages.size(), 1);
        QCOMPARE(result.firstUrl(), QUrl(u"https://t.me/c/4001/100"_s));
    }

    void telegramTestSendGoesToPrivateTarget()
    {
        ra::test::TelegramTwin twin(*m_server, u"123:ABC"_s);
        auto channel = make(u"telegram"_s, {{u"chat"_s, u"@alephim"_s}}, {{u"bot-token"_s, u"123:ABC"_s}},
                            {{u"chat"_s, u"@private_test"_s}});
        QCOMPARE(int(sendAndWait(*channel, {u"test"_s}, true).outcome), int(SendOutcome::Sent));
        QCOMPARE(twin.messages.at(0).value(u"chat_id"_s).toString(), u"@private_test"_s);
    }

    void telegramTimeoutIsUncertain()
    {
        ra::test::TelegramTwin twin(*m_server, u"123:ABC"_s);
        m_server->injectFault("POST", u"/{bot}/sendMessage"_s, HttpResponse::failing(HttpFault::Stall));
        m_http->setStallTimeout(300);
        auto channel = make(u"telegram"_s, {{u"chat"_s, u"@alephim"_s}}, {{u"bot-token"_s, u"123:ABC"_s}});
        const SendResult result = sendAndWait(*channel, {u"hello"_s});
        QCOMPARE(int(result.outcome), int(SendOutcome::Uncertain));
        // Not repeated: a POST without idempotency is never resent blindly.
        QCOMPARE(m_server->requestCount("POST"), 1);
        QVERIFY(result.hint.contains(u"confirm"_s));
    }

    void proxyPageIsNotTheServiceAnswer()
    {
        const QString token = u"123:ABCsecretBotToken"_s;
        ra::test::TelegramTwin twin(*m_server, token);
        // A captive portal that echoes the request's URL, bot token included.
        m_server->injectFault("POST", u"/{bot}/sendMessage"_s,
                              HttpResponse::text(200,
                                                 "<html><body>Sign in to the hotel Wi-Fi to reach /bot" +
                                                     token.toUtf8() + "/sendMessage</body></html>",
                                                 "text/html"));
        auto channel = make(u"telegram"_s, {{u"chat"_s, u"@alephim"_s}}, {{u"bot-token"_s, token}});
        const SendResult result = sendAndWait(*channel, {u"hello"_s});
        // Whoever answered, the service may have posted: never "failed", never sent again blindly.
        QCOMPARE(int(result.outcome), int(SendOutcome::Uncertain));
        QVERIFY2(result.error.contains(u"not Telegram's"_s), qPrintable(result.error));
        QVERIFY2(result.error.contains(u"proxy"_s), qPrintable(result.error));
        QVERIFY2(result.error.contains(u"<html><body>Sign in"_s), qPrintable(result.error));
        QVERIFY(!result.error.contains(u"failed: HTTP 200"_s));
        QVERIFY(!result.error.contains(u"secretBotToken"_s));
        QVERIFY(!result.hint.contains(u"send again"_s));
        QVERIFY(result.hint.contains(u"confirm"_s));
        QCOMPARE(m_server->requestCount("POST"), 1);
    }

    void xAnswerWithoutPostIdIsUncertain()
    {
        ra::test::XTwin twin(*m_server, xCredentials);
        m_server->injectFault("POST", u"/2/tweets"_s,
                              HttpResponse::text(200, "<!DOCTYPE html><title>Portal</title>", "text/html"));
        auto channel = make(u"x"_s, {{u"username"_s, u"aleph_im"_s}},
                            {{u"consumer-key"_s, QString::fromUtf8(xCredentials.consumerKey)},
                             {u"consumer-secret"_s, QString::fromUtf8(xCredentials.consumerSecret)},
                             {u"access-token"_s, QString::fromUtf8(xCredentials.token)},
                             {u"access-token-secret"_s, QString::fromUtf8(xCredentials.tokenSecret)}});
        const SendResult result = sendAndWait(*channel, {u"hello"_s});
        QCOMPARE(int(result.outcome), int(SendOutcome::Uncertain));
        QVERIFY(result.postIds.isEmpty());
        QVERIFY(result.postUrls.isEmpty());
        QVERIFY2(result.error.contains(u"not X's"_s), qPrintable(result.error));
        QVERIFY(result.hint.contains(u"confirm"_s));
    }

    void blueskySignInHintsByCause()
    {
        {
            ra::test::BlueskyTwin twin(*m_server, u"aleph.bsky.social"_s, u"abcd-efgh-ijkl-mnop"_s);
            auto refused = make(u"bluesky"_s, {{u"handle"_s, u"aleph.bsky.social"_s}},
                                {{u"app-password"_s, u"wrong-pass-word"_s}});
            const SendResult wrong = sendAndWait(*refused, {u"hello"_s});
            QCOMPARE(int(wrong.outcome), int(SendOutcome::Failed));
            QVERIFY2(wrong.hint.contains(u"app password"_s), qPrintable(wrong.hint));
        }

        // A port nobody listens on: the connection is refused before anything reaches Bluesky.
        const QUrl closed = m_server->url();
        m_server.reset();
        ChannelConfig config{u"bluesky"_s, u"bluesky:test"_s, closed, {{u"handle"_s, u"aleph.bsky.social"_s}}, {}};
        auto down = ChannelRegistry::builtin().create(config, {{u"app-password"_s, u"abcd-efgh-ijkl-mnop"_s}}, *m_http);
        QVERIFY(down);
        const SendResult unreachable = sendAndWait(*down, {u"hello"_s});
        QCOMPARE(int(unreachable.outcome), int(SendOutcome::Failed));
        QVERIFY2(unreachable.error.contains(u"Bluesky"_s), qPrintable(unreachable.error));
        QVERIFY2(!unreachable.hint.contains(u"app password"_s), qPrintable(unreachable.hint));
        QVERIFY2(unreachable.hint.contains(u"connection"_s), qPrintable(unreachable.hint));
    }

    void xThreadIsSignedAndChained()
    {
        ra::test::XTwin twin(*m_server, xCredentials);
        auto channel = make(u"x"_s, {{u"username"_s, u"aleph_im"_s}},
                            {{u"consumer-key"_s, QString::fromUtf8(xCredentials.consumerKey)},
                             {u"consumer-secret"_s, QString::fromUtf8(xCredentials.consumerSecret)},
                             {u"access-token"_s, QString::fromUtf8(xCredentials.token)},
                             {u"access-token-secret"_s, QString::fromUtf8(xCredentials.tokenSecret)}});
        const SendResult result = sendAndWait(*channel, {u"one é ☃ 1/3"_s, u"two 2/3"_s, u"three 3/3"_s});
        QCOMPARE(int(result.outcome), int(SendOutcome::Sent));
        QCOMPARE(twin.badSignatures, 0);
        QCOMPARE(twin.tweets.size(), 3);
        QCOMPARE(twin.tweets.at(1).value(u"in_reply_to"_s).toString(), twin.tweets.at(0).value(u"id"_s).toString());
        QCOMPARE(twin.tweets.at(2).value(u"in_reply_to"_s).toString(), twin.tweets.at(1).value(u"id"_s).toString());
        QCOMPARE(result.firstUrl(), QUrl(u"https://x.com/aleph_im/status/1346889436626259968"_s));
    }

    void xWrongSecretIsRefused()
    {
        ra::test::XTwin twin(*m_server, xCredentials);
        auto channel = make(u"x"_s, {},
                            {{u"consumer-key"_s, u"consumer-key-1"_s},
                             {u"consumer-secret"_s, u"wrong"_s},
                             {u"access-token"_s, u"token-3"_s},
                             {u"access-token-secret"_s, u"token secret+4"_s}});
        const SendResult result = sendAndWait(*channel, {u"hello"_s});
        QCOMPARE(int(result.outcome), int(SendOutcome::Failed));
        QCOMPARE(twin.badSignatures, 1);
        QVERIFY(twin.tweets.isEmpty());
        QVERIFY(result.hint.contains(u"OAuth"_s));
    }

    void xDuplicateIsProbablyPostedAndReconciled()
    {
        ra::test::XTwin twin(*m_server, xCredentials);
        const Credentials credentials{{u"consumer-key"_s, u"consumer-key-1"_s},
                                      {u"consumer-secret"_s, u"consumer secret/2"_s},
                                      {u"access-token"_s, u"token-3"_s},
                                      {u"access-token-secret"_s, u"token secret+4"_s}};
        auto channel = make(u"x"_s, {}, credentials);
        QCOMPARE(int(sendAndWait(*channel, {u"same text"_s}).outcome), int(SendOutcome::Sent));
        const SendResult again = sendAndWait(*channel, {u"same text"_s});
        QCOMPARE(int(again.outcome), int(SendOutcome::Uncertain));
        std::optional<ReconcileResult> found;
        channel->reconcile({{u"parts"_s, QJsonArray{u"same text"_s}}}, [&](const ReconcileResult &r) { found = r; });
        QTRY_VERIFY(found.has_value());
        QCOMPARE(int(found->status), int(ReconcileResult::Status::Found));
        QCOMPARE(found->postIds, QStringList{twin.tweets.at(0).value(u"id"_s).toString()});
        QCOMPARE(twin.badSignatures, 0);
    }

    void xRateLimitTooLongIsNotWaited()
    {
        ra::test::XTwin twin(*m_server, xCredentials);
        const qint64 reset = m_clock->fixedNow.toSecsSinceEpoch() + 900;
        m_server->injectFault("POST", u"/2/tweets"_s,
                              HttpResponse::json(429, QJsonDocument(QJsonObject{{u"title"_s, u"Too Many Requests"_s}}))
                                  .withHeader("x-rate-limit-reset", QByteArray::number(reset)),
                              5);
        auto channel = make(u"x"_s, {},
                            {{u"consumer-key"_s, u"consumer-key-1"_s},
                             {u"consumer-secret"_s, u"consumer secret/2"_s},
                             {u"access-token"_s, u"token-3"_s},
                             {u"access-token-secret"_s, u"token secret+4"_s}});
        const SendResult result = sendAndWait(*channel, {u"hello"_s});
        QCOMPARE(int(result.outcome), int(SendOutcome::Failed));
        QVERIFY(m_clock->waits.isEmpty());
        QCOMPARE(m_server->requestCount("POST"), 1);
        QVERIFY(result.retryAfterSeconds > 0);
    }

    void mastodonIdempotencyAfterLostAnswer()
    {
        ra::test::MastodonTwin twin(*m_server, u"masto-token"_s);
        twin.loseAnswers = 1;
        auto channel = make(u"mastodon"_s, {}, {{u"access-token"_s, u"masto-token"_s}});
        const SendResult result = sendAndWait(*channel, {u"aleph-vm 1.15.0 https://github.com/aleph-im/aleph-vm"_s});
        QCOMPARE(int(result.outcome), int(SendOutcome::Sent));
        // The transport repeated the request after the reset; the key made the repeat return the same status.
        QCOMPARE(m_server->requestCount("POST"), 2);
        QCOMPARE(twin.statuses.size(), 1);
        QCOMPARE(result.postIds, QStringList{twin.statuses.at(0).value(u"id"_s).toString()});
        QCOMPARE(result.firstUrl().toString(), twin.statuses.at(0).value(u"url"_s).toString());
    }

    void mastodon5xxThenThread()
    {
        ra::test::MastodonTwin twin(*m_server, u"masto-token"_s);
        m_server->injectFault("POST", u"/api/v1/statuses"_s, HttpResponse::text(503, "busy"), 2);
        auto channel = make(u"mastodon"_s, {}, {{u"access-token"_s, u"masto-token"_s}});
        const SendResult result = sendAndWait(*channel, {u"part 1"_s, u"part 2"_s});
        QCOMPARE(int(result.outcome), int(SendOutcome::Sent));
        QCOMPARE(twin.statuses.size(), 2);
        QCOMPARE(twin.statuses.at(1).value(u"in_reply_to_id"_s).toString(),
                 twin.statuses.at(0).value(u"id"_s).toString());
        QCOMPARE(m_clock->waits.size(), 2);
    }

    void mastodonTooLongIs422()
    {
        ra::test::MastodonTwin twin(*m_server, u"masto-token"_s);
        auto channel = make(u"mastodon"_s, {}, {{u"access-token"_s, u"masto-token"_s}});
        const SendResult result = sendAndWait(*channel, {QString(501, u'a')});
        QCOMPARE(int(result.outcome), int(SendOutcome::Failed));
        QVERIFY(result.error.contains(u"character limit of 500"_s));
    }

    void blueskyFacetsUseUtf8Bytes()
    {
        ra::test::BlueskyTwin twin(*m_server, u"aleph.bsky.social"_s, u"app-pass"_s);
        auto channel =
            make(u"bluesky"_s, {{u"handle"_s, u"aleph.bsky.social"_s}}, {{u"app-password"_s, u"app-pass"_s}});
        const QString text =
            u"🚀 aleph-vm 1.15.0 — déjà là: https://github.com/aleph-im/aleph-vm/releases/tag/1.15.0 and docs.aleph.im/nodes"_s;
        const QJsonArray facets = BlueskyChannel::linkFacets(text);
        QCOMPARE(facets.size(), 2);
        const qsizetype prefix = text.left(text.indexOf(u"https"_s)).toUtf8().size();
        QCOMPARE(facets.at(0).toObject().value(u"index"_s).toObject().value(u"byteStart"_s).toInteger(), prefix);
        const SendResult result = sendAndWait(*channel, {text, u"second post"_s});
        QCOMPARE(int(result.outcome), int(SendOutcome::Sent));
        QCOMPARE(twin.records.size(), 2);
        QVERIFY2(twin.facetErrors.isEmpty(), qPrintable(twin.facetErrors.join(u"; "_s)));
        const QJsonObject second = twin.records.value(result.postIds.at(1)).value(u"value"_s).toObject();
        QCOMPARE(second.value(u"reply"_s).toObject().value(u"parent"_s).toObject().value(u"uri"_s).toString(),
                 twin.records.value(result.postIds.at(0)).value(u"uri"_s).toString());
        QCOMPARE(result.firstUrl().toString(),
                 u"https://bsky.app/profile/aleph.bsky.social/post/"_s + result.postIds.at(0));
    }

    void blueskyRecordKeyPreventsDuplicates()
    {
        ra::test::BlueskyTwin twin(*m_server, u"aleph.bsky.social"_s, u"app-pass"_s);
        twin.loseAnswers = 1;
        auto channel =
            make(u"bluesky"_s, {{u"handle"_s, u"aleph.bsky.social"_s}}, {{u"app-password"_s, u"app-pass"_s}});
        const SendResult result = sendAndWait(*channel, {u"once"_s});
        // The repeat with the same rkey is refused, never duplicated; the outcome is then looked up.
        QCOMPARE(twin.records.size(), 1);
        QVERIFY(result.outcome != SendOutcome::Sent || result.postIds.size() == 1);
        std::optional<ReconcileResult> found;
        channel->reconcile({{u"parts"_s, QJsonArray{u"once"_s}}, {u"idempotencyKey"_s, u"key-1"_s}},
                           [&](const ReconcileResult &r) { found = r; });
        QTRY_VERIFY(found.has_value());
        QCOMPARE(int(found->status), int(ReconcileResult::Status::Found));
        QCOMPARE(found->postIds, QStringList{twin.records.keys().constFirst()});
        QCOMPARE(BlueskyChannel::recordKey(u"key-1"_s, 0).size(), 13);
        QCOMPARE(BlueskyChannel::recordKey(u"key-1"_s, 0), BlueskyChannel::recordKey(u"key-1"_s, 0));
        QVERIFY(BlueskyChannel::recordKey(u"key-1"_s, 0) != BlueskyChannel::recordKey(u"key-1"_s, 1));
    }

    void discordWaitsForTheMessage()
    {
        ra::test::DiscordTwin twin(*m_server, u"123"_s, u"hook-token-abcdef"_s);
        m_server->injectFault(
            "POST", u"/api/webhooks/{id}/{token}"_s,
            HttpResponse::json(429,
                               QJsonDocument::fromJson(
                                   R"({"message":"You are being rate limited.","retry_after":1.234,"global":false})")));
        auto channel = make(u"discord"_s, {{u"guildId"_s, u"77"_s}},
                            {{u"webhook-url"_s, u"https://discord.com/api/webhooks/123/hook-token-abcdef"_s}});
        const SendResult result = sendAndWait(*channel, {u"@everyone aleph-vm 1.15.0 is out"_s});
        QCOMPARE(int(result.outcome), int(SendOutcome::Sent));
        QCOMPARE(m_clock->waits, QList<std::chrono::milliseconds>{std::chrono::milliseconds(1234)});
        QVERIFY(twin.violations.isEmpty());
        QCOMPARE(twin.messages.size(), 1);
        QCOMPARE(result.firstUrl(), QUrl(u"https://discord.com/channels/77/9001/1180000000000000000"_s));
    }

    void mastodonWithoutInstancePostsNowhere()
    {
        // No default instance: only the playbook's target names one.
        ChannelConfig config{u"mastodon"_s, u"mastodon"_s, {}, {}, {}};
        auto channel = ChannelRegistry::builtin().create(config, {{u"access-token"_s, u"masto-token"_s}}, *m_http);
        QVERIFY(channel);
        const SendResult result = sendAndWait(*channel, {u"aleph-vm 1.15.0 is out"_s});
        QCOMPARE(int(result.outcome), int(SendOutcome::Failed));
        QVERIFY2(result.error.contains(u"no instance"_s), qPrintable(result.error));
        QVERIFY2(result.hint.contains(u"target"_s), qPrintable(result.hint));
        QCOMPARE(m_server->requestCount(), 0);
    }

    void discordPostsOnlyToTheTargetChannel()
    {
        ra::test::DiscordTwin twin(*m_server, u"123"_s, u"hook-token-abcdef"_s);
        const Credentials webhook{{u"webhook-url"_s, u"https://discord.com/api/webhooks/123/hook-token-abcdef"_s}};
        // The playbook's target is channel 9002; the stored webhook posts to 9001.
        auto elsewhere = make(u"discord"_s, {{u"guildId"_s, u"7"_s}, {u"channelId"_s, u"9002"_s}}, webhook);
        const SendResult refused = sendAndWait(*elsewhere, {u"aleph-vm 1.15.0 is out"_s});
        QCOMPARE(int(refused.outcome), int(SendOutcome::Failed));
        QVERIFY2(refused.error.contains(u"9001"_s) && refused.error.contains(u"9002"_s), qPrintable(refused.error));
        QVERIFY2(refused.hint.contains(u"Nothing was posted"_s), qPrintable(refused.hint));
        QVERIFY(!refused.error.contains(u"hook-token-abcdef"_s) && !refused.hint.contains(u"hook-token-abcdef"_s));
        QVERIFY(twin.messages.isEmpty());

        auto target = make(u"discord"_s, {{u"guildId"_s, u"7"_s}, {u"channelId"_s, u"9001"_s}}, webhook);
        const SendResult sent = sendAndWait(*target, {u"aleph-vm 1.15.0 is out"_s});
        QCOMPARE(int(sent.outcome), int(SendOutcome::Sent));
        QCOMPARE(twin.messages.size(), 1);
        QCOMPARE(sent.firstUrl(), QUrl(u"https://discord.com/channels/7/9001/1180000000000000000"_s));
    }

    void discordBadTokenIsRedacted()
    {
        ra::test::DiscordTwin twin(*m_server, u"123"_s, u"hook-token-abcdef"_s);
        auto channel =
            make(u"discord"_s, {}, {{u"webhook-url"_s, u"https://discord.com/api/webhooks/123/wrong-token-123"_s}});
        const SendResult result = sendAndWait(*channel, {u"x"_s});
        QCOMPARE(int(result.outcome), int(SendOutcome::Failed));
        QVERIFY(!result.error.contains(u"wrong-token-123"_s));
    }

    void dryRunSendsNothing()
    {
        ra::test::MastodonTwin twin(*m_server, u"masto-token"_s);
        QList<ra::net::Request> described;
        m_http->setDryRun(true);
        m_http->setRequestObserver([&](const ra::net::Request &request) { described.append(request); });
        auto channel = make(u"mastodon"_s, {}, {{u"access-token"_s, u"masto-token"_s}});
        const SendResult result = sendAndWait(*channel, {u"a"_s, u"b"_s});
        QVERIFY(result.dryRun);
        QCOMPARE(described.size(), 2);
        QCOMPARE(m_server->requestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestChannelClients)
#include "tst_channelclients.moc"
