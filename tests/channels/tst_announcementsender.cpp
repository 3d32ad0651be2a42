// SPDX-License-Identifier: GPL-3.0-or-later
// Sending exactly once with the release journal: re-runs skip what was sent, retry only what failed, and a
// crash between intent and result never leads to a second post where the network can tell.
#include "channeltwins.h"

#include "channels/announcementsender.h"
#include "channels/blueskychannel.h"
#include "channels/channelregistry.h"
#include "channels/channelretrypolicy.h"
#include "journal/journal.h"
#include "net/call.h"
#include "net/httpclient.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ra::channels;
using ra::test::HttpFault;
using ra::test::HttpResponse;

namespace {

const oauth1::Credentials xCredentials{"consumer-key-1", "consumer secret/2", "token-3", "token secret+4"};

QStringList strings(const QList<QUrl> &urls)
{
    QStringList list;
    for (const QUrl &url : urls) {
        list.append(url.toString());
    }
    return list;
}

} // namespace

class TestAnnouncementSender : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ra::Journal> m_journal;
    std::unique_ptr<ra::test::TestHttpServer> m_server;
    std::unique_ptr<ra::net::HttpClient> m_http;
    const QString m_release = u"1.15.0"_s;
    int m_run = 0;

    std::unique_ptr<Channel> make(const QString &kind, const QString &id, const QJsonObject &settings,
                                  const Credentials &credentials)
    {
        return ChannelRegistry::builtin().create(ChannelConfig{kind, id, m_server->url(), settings, {}}, credentials,
                                                 *m_http);
    }
    std::unique_ptr<Channel> telegram()
    {
        return make(u"telegram"_s, u"telegram"_s, {{u"chat"_s, u"@alephim"_s}}, {{u"bot-token"_s, u"1:T"_s}});
    }
    std::unique_ptr<Channel> mastodon()
    {
        return make(u"mastodon"_s, u"mastodon"_s, {}, {{u"access-token"_s, u"m"_s}});
    }
    std::unique_ptr<Channel> bluesky()
    {
        return make(u"bluesky"_s, u"bluesky"_s, {{u"handle"_s, u"a.bsky.social"_s}}, {{u"app-password"_s, u"p"_s}});
    }
    std::unique_ptr<Channel> x()
    {
        return make(u"x"_s, u"x"_s, {{u"username"_s, u"aleph_im"_s}},
                    {{u"consumer-key"_s, QString::fromUtf8(xCredentials.consumerKey)},
                     {u"consumer-secret"_s, QString::fromUtf8(xCredentials.consumerSecret)},
                     {u"access-token"_s, QString::fromUtf8(xCredentials.token)},
                     {u"access-token-secret"_s, QString::fromUtf8(xCredentials.tokenSecret)}});
    }
    /// How many times the transport sends a request it may repeat (a 5xx must outlast them to reach the sender).
    static int attempts()
    {
        return ChannelRetryPolicy().limits().maxAttempts;
    }

    DeliveryReport send(AnnouncementSender &sender, Channel &channel, const QStringList &parts)
    {
        std::optional<DeliveryReport> report;
        sender.send(channel, parts, [&](const DeliveryReport &r) { report = r; });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 15000);
        }();
        return report.value_or(DeliveryReport{});
    }

    /// What a run that crashed right after recording its intent leaves in the journal.
    qint64 crashAfterIntent(const QString &channelId, const QString &kind, const QStringList &parts, const QString &key)
    {
        return m_journal->beginEffect(m_release, u"announce"_s, AnnouncementSender::Action, channelId,
                                      {{u"channelId"_s, channelId},
                                       {u"kind"_s, kind},
                                       {u"parts"_s, QJsonArray::fromStringList(parts)},
                                       {u"alreadyPosted"_s, QJsonArray{}},
                                       {u"idempotencyKey"_s, key},
                                       {u"intendedAt"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}});
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_journal = ra::Journal::open(m_dir.filePath(u"journal-%1.sqlite"_s.arg(++m_run)), &error);
        QVERIFY2(m_journal, qPrintable(error));
        QVERIFY(m_journal->createRelease(m_release, {}, &error));
        m_server = std::make_unique<ra::test::TestHttpServer>();
        QVERIFY(m_server->listen());
        m_http = std::make_unique<ra::net::HttpClient>();
        m_http->setClock(std::make_shared<ra::test::RecordingClock>());
        m_http->setRetryPolicy(std::make_shared<ChannelRetryPolicy>());
    }

    void cleanup()
    {
        m_http.reset();
        m_server.reset();
        m_journal.reset();
    }

    void sendsOnceThenSkips()
    {
        ra::test::TelegramTwin twin(*m_server, u"1:T"_s);
        auto channel = telegram();
        AnnouncementSender sender(*m_journal, m_release);
        const DeliveryReport first = send(sender, *channel, {u"hello"_s});
        QCOMPARE(int(first.state), int(DeliveryState::Sent));
        QCOMPARE(first.postUrls.value(0), QUrl(u"https://t.me/alephim/100"_s));
        const auto effect = m_journal->lastEffect(m_release, AnnouncementSender::Action, u"telegram"_s);
        QVERIFY(effect);
        QCOMPARE(int(effect->outcome), int(ra::EffectOutcome::Succeeded));
        QCOMPARE(effect->intent.value(u"parts"_s).toArray().at(0).toString(), u"hello"_s);

        // A second run, even from a new sender (a new process), posts nothing.
        AnnouncementSender again(*m_journal, m_release);
        const DeliveryReport second = send(again, *channel, {u"hello"_s});
        QCOMPARE(int(second.state), int(DeliveryState::AlreadySent));
        QCOMPARE(second.postUrls.value(0), QUrl(u"https://t.me/alephim/100"_s));
        QCOMPARE(twin.messages.size(), 1);
    }

    void retriesOnlyTheFailedChannel()
    {
        ra::test::TelegramTwin telegramTwin(*m_server, u"1:T"_s);
        ra::test::MastodonTwin mastodonTwin(*m_server, u"m"_s);
        m_server->injectFault(
            "POST", u"/api/v1/statuses"_s,
            HttpResponse::json(401, QJsonDocument(QJsonObject{{u"error"_s, u"The access token is invalid"_s}})));
        auto t = telegram();
        auto m = mastodon();
        AnnouncementSender sender(*m_journal, m_release);
        QCOMPARE(int(send(sender, *t, {u"hi"_s}).state), int(DeliveryState::Sent));
        const DeliveryReport failed = send(sender, *m, {u"hi"_s});
        QCOMPARE(int(failed.state), int(DeliveryState::Failed));
        QVERIFY(failed.message.contains(u"access token is invalid"_s));

        QCOMPARE(int(send(sender, *t, {u"hi"_s}).state), int(DeliveryState::AlreadySent));
        QCOMPARE(int(send(sender, *m, {u"hi"_s}).state), int(DeliveryState::Sent));
        QCOMPARE(telegramTwin.messages.size(), 1);
        QCOMPARE(mastodonTwin.statuses.size(), 1);
    }

    void crashWithMastodonIsReconciledByIdempotencyKey()
    {
        ra::test::MastodonTwin twin(*m_server, u"m"_s);
        auto channel = mastodon();
        // The crashed run had recorded its intent and its request reached the instance.
        crashAfterIntent(u"mastodon"_s, u"mastodon"_s, {u"release!"_s}, u"key-42"_s);
        ra::net::Request request("POST", m_server->url(u"/api/v1/statuses"_s));
        request.setHeader("Authorization", "Bearer m").setHeader("Idempotency-Key", "key-42-1");
        request.setJsonBody(R"({"status":"release!"})");
        ra::net::Call *call = m_http->send(request);
        QSignalSpy finished(call, &ra::net::Call::finished);
        QVERIFY(finished.wait());
        QCOMPARE(twin.statuses.size(), 1);

        AnnouncementSender sender(*m_journal, m_release);
        const DeliveryReport report = send(sender, *channel, {u"release!"_s});
        QCOMPARE(int(report.state), int(DeliveryState::AlreadySent));
        QCOMPARE(twin.statuses.size(), 1);
        QCOMPARE(report.postIds, QStringList{twin.statuses.at(0).value(u"id"_s).toString()});
        QCOMPARE(int(m_journal->lastEffect(m_release, AnnouncementSender::Action, u"mastodon"_s)->outcome),
                 int(ra::EffectOutcome::Succeeded));
    }

    void crashWithBlueskyIsReconciledByRecordKey_data()
    {
        QTest::addColumn<bool>("requestReachedServer");
        QTest::newRow("posted before the crash") << true;
        QTest::newRow("crashed before posting") << false;
    }

    void crashWithBlueskyIsReconciledByRecordKey()
    {
        QFETCH(bool, requestReachedServer);
        ra::test::BlueskyTwin twin(*m_server, u"a.bsky.social"_s, u"p"_s);
        auto channel = bluesky();
        crashAfterIntent(u"bluesky"_s, u"bluesky"_s, {u"release!"_s}, u"key-7"_s);
        if (requestReachedServer) {
            std::optional<SendResult> sent;
            OutgoingPost post;
            post.parts = {u"release!"_s};
            post.idempotencyKey = u"key-7"_s;
            channel->send(post, [&](const SendResult &r) { sent = r; });
            QTRY_VERIFY(sent.has_value());
            QCOMPARE(twin.records.size(), 1);
        }
        AnnouncementSender sender(*m_journal, m_release);
        const DeliveryReport report = send(sender, *channel, {u"release!"_s});
        QCOMPARE(int(report.state), int(requestReachedServer ? DeliveryState::AlreadySent : DeliveryState::Sent));
        QCOMPARE(twin.records.size(), 1);
        QCOMPARE(report.postIds, QStringList{BlueskyChannel::recordKey(u"key-7"_s, 0)});
    }

    void crashWithTelegramNeedsConfirmation()
    {
        ra::test::TelegramTwin twin(*m_server, u"1:T"_s);
        auto channel = telegram();
        crashAfterIntent(u"telegram"_s, u"telegram"_s, {u"hi"_s}, u"k"_s);
        AnnouncementSender sender(*m_journal, m_release);
        const DeliveryReport report = send(sender, *channel, {u"hi"_s});
        QCOMPARE(int(report.state), int(DeliveryState::NeedsConfirmation));
        QVERIFY(report.message.contains(u"gives no way"_s));
        QCOMPARE(m_server->requestCount(), 0);
        // Asked again, still no post: only the user can decide.
        QCOMPARE(int(send(sender, *channel, {u"hi"_s}).state), int(DeliveryState::NeedsConfirmation));
        QCOMPARE(m_server->requestCount(), 0);
        QCOMPARE(int(sender.status(u"telegram"_s)->state), int(DeliveryState::NeedsConfirmation));

        QVERIFY(sender.confirm(u"telegram"_s, false, {}));
        QCOMPARE(int(send(sender, *channel, {u"hi"_s}).state), int(DeliveryState::Sent));
        QCOMPARE(twin.messages.size(), 1);
    }

    void timeoutIsShownAndNotResent()
    {
        ra::test::TelegramTwin twin(*m_server, u"1:T"_s);
        m_server->injectFault("POST", u"/{bot}/sendMessage"_s, HttpResponse::failing(HttpFault::Stall));
        m_http->setStallTimeout(300);
        auto channel = telegram();
        AnnouncementSender sender(*m_journal, m_release);
        const DeliveryReport report = send(sender, *channel, {u"hi"_s});
        QCOMPARE(int(report.state), int(DeliveryState::NeedsConfirmation));
        QCOMPARE(int(m_journal->lastEffect(m_release, AnnouncementSender::Action, u"telegram"_s)->outcome),
                 int(ra::EffectOutcome::Uncertain));
        QCOMPARE(int(send(sender, *channel, {u"hi"_s}).state), int(DeliveryState::NeedsConfirmation));
        QCOMPARE(m_server->requestCount(), 1);

        QVERIFY(sender.confirm(u"telegram"_s, true, QUrl(u"https://t.me/alephim/99"_s)));
        const DeliveryReport confirmed = send(sender, *channel, {u"hi"_s});
        QCOMPARE(int(confirmed.state), int(DeliveryState::AlreadySent));
        QCOMPARE(confirmed.postUrls.value(0), QUrl(u"https://t.me/alephim/99"_s));
        QCOMPARE(m_server->requestCount(), 1);
        QString error;
        QVERIFY(!sender.confirm(u"telegram"_s, true, {}, &error));
        QVERIFY(error.contains(u"no post waiting"_s));
    }

    void cutAnswerAfterThePostIsNotPostedTwice_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addRow("telegram") << u"telegram"_s;
        QTest::addRow("x") << u"x"_s;
    }

    void cutAnswerAfterThePostIsNotPostedTwice()
    {
        QFETCH(QString, kind);
        ra::test::TelegramTwin telegramTwin(*m_server, u"1:T"_s);
        ra::test::XTwin xTwin(*m_server, xCredentials);
        const QString path = kind == u"x"_s ? u"/2/tweets"_s : u"/{bot}/sendMessage"_s;
        // The service posted; its answer was cut on the way back.
        m_server->spoilAnswers("POST", path, [](const HttpResponse &answer) {
            HttpResponse cut = answer;
            cut.body.truncate(cut.body.size() / 2);
            cut.headers.removeIf(
                [](const auto &header) { return header.first.compare("content-length", Qt::CaseInsensitive) == 0; });
            return cut;
        });
        auto channel = kind == u"x"_s ? x() : telegram();
        const auto posted = [&] {
            return kind == u"x"_s ? int(xTwin.tweets.size()) : int(telegramTwin.messages.size());
        };
        AnnouncementSender sender(*m_journal, m_release);
        const DeliveryReport report = send(sender, *channel, {u"hi"_s});
        QCOMPARE(posted(), 1);
        QCOMPARE(int(report.state), int(DeliveryState::NeedsConfirmation));
        QVERIFY2(report.message.contains(u"proxy"_s), qPrintable(report.message));
        QVERIFY2(report.hint.contains(u"confirm"_s), qPrintable(report.hint));
        QCOMPARE(int(m_journal->lastEffect(m_release, AnnouncementSender::Action, kind)->outcome),
                 int(ra::EffectOutcome::Uncertain));
        // Sent again, the post is looked up or left to the user, never posted a second time.
        const DeliveryReport again = send(sender, *channel, {u"hi"_s});
        QVERIFY(again.state == DeliveryState::NeedsConfirmation || again.state == DeliveryState::AlreadySent);
        QCOMPARE(posted(), 1);
        QCOMPARE(m_server->requestCount("POST", path), 1);
    }

    void partialThreadResumes()
    {
        ra::test::MastodonTwin twin(*m_server, u"m"_s);
        twin.rejectWhenCount = 1;
        auto channel = mastodon();
        AnnouncementSender sender(*m_journal, m_release);
        const QStringList parts{u"part one (1/2)"_s, u"part two (2/2)"_s};
        const DeliveryReport first = send(sender, *channel, parts);
        QCOMPARE(int(first.state), int(DeliveryState::Failed));
        QCOMPARE(twin.statuses.size(), 1);
        QCOMPARE(first.postIds.size(), 1);
        // Run again: the thread goes on after part one, which is not posted twice.
        const DeliveryReport second = send(sender, *channel, parts);
        QCOMPARE(int(second.state), int(DeliveryState::Sent));
        QCOMPARE(twin.statuses.size(), 2);
        QCOMPARE(twin.statuses.at(1).value(u"in_reply_to_id"_s).toString(),
                 twin.statuses.at(0).value(u"id"_s).toString());
        QCOMPARE(second.postIds.size(), 2);
        QCOMPARE(strings(second.postUrls), (QStringList{twin.statuses.at(0).value(u"url"_s).toString(),
                                                        twin.statuses.at(1).value(u"url"_s).toString()}));
    }

    void resumedThreadListsEveryLink_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("answerLost");
        // Part 2 fails: the server errs and posts nothing, or posts it and the connection drops before the answer.
        QTest::newRow("mastodon, 503 on part 2") << u"mastodon"_s << false;
        QTest::newRow("bluesky, 503 on part 2") << u"bluesky"_s << false;
        QTest::newRow("x, 503 on part 2") << u"x"_s << false;
        QTest::newRow("x, answer to part 2 lost") << u"x"_s << true;
    }

    void resumedThreadListsEveryLink()
    {
        QFETCH(QString, kind);
        QFETCH(bool, answerLost);
        ra::test::MastodonTwin mastodonTwin(*m_server, u"m"_s);
        ra::test::BlueskyTwin blueskyTwin(*m_server, u"a.bsky.social"_s, u"p"_s);
        ra::test::XTwin xTwin(*m_server, xCredentials);
        const std::unique_ptr<Channel> channel = kind == u"mastodon"_s  ? mastodon()
                                                 : kind == u"bluesky"_s ? bluesky()
                                                                        : x();
        QVERIFY(channel);
        const QString pattern = kind == u"mastodon"_s  ? u"/api/v1/statuses"_s
                                : kind == u"bluesky"_s ? u"/xrpc/com.atproto.repo.createRecord"_s
                                                       : u"/2/tweets"_s;
        // X's POST is never repeated by the transport; the others carry a key that lets it repeat them.
        const int times = kind == u"x"_s ? 1 : attempts();
        ra::test::afterRequests(*m_server, "POST", pattern, 1, [&] {
            if (answerLost) {
                xTwin.loseAnswers = 1;
            } else {
                m_server->injectFault("POST", pattern,
                                      HttpResponse::json(503, QJsonDocument(QJsonObject{{u"error"_s, u"upstream"_s}})),
                                      times);
            }
        });
        AnnouncementSender sender(*m_journal, m_release);
        const QStringList parts{u"release, part one (1/3)"_s, u"release, part two (2/3)"_s,
                                u"release, part three (3/3)"_s};
        const DeliveryReport first = send(sender, *channel, parts);
        QCOMPARE(int(first.state), int(DeliveryState::NeedsConfirmation));
        QCOMPARE(first.postIds.size(), 1);

        // The re-run posts the rest of the thread; the result is the whole thread, its first link first.
        const DeliveryReport second = send(sender, *channel, parts);
        QCOMPARE(deliveryStateKey(second.state), u"sent"_s);
        const auto effect = m_journal->lastEffect(m_release, AnnouncementSender::Action, kind);
        QVERIFY(effect);
        QStringList links;
        if (kind == u"mastodon"_s) {
            QCOMPARE(mastodonTwin.statuses.size(), 3);
            for (qsizetype i = 0; i < mastodonTwin.statuses.size(); ++i) {
                const QJsonObject &status = mastodonTwin.statuses.at(i);
                links.append(status.value(u"url"_s).toString());
                QCOMPARE(status.value(u"in_reply_to_id"_s).toString(),
                         i == 0 ? QString() : mastodonTwin.statuses.at(i - 1).value(u"id"_s).toString());
            }
        } else if (kind == u"x"_s) {
            QCOMPARE(xTwin.tweets.size(), 3);
            for (qsizetype i = 0; i < xTwin.tweets.size(); ++i) {
                const QJsonObject &tweet = xTwin.tweets.at(i);
                links.append(u"https://x.com/aleph_im/status/"_s + tweet.value(u"id"_s).toString());
                QCOMPARE(tweet.value(u"in_reply_to"_s).toString(),
                         i == 0 ? QString() : xTwin.tweets.at(i - 1).value(u"id"_s).toString());
            }
        } else {
            QCOMPARE(blueskyTwin.records.size(), 3);
            const QString key = effect->intent.value(u"idempotencyKey"_s).toString();
            const QString root =
                blueskyTwin.records.value(BlueskyChannel::recordKey(key, 0)).value(u"uri"_s).toString();
            for (int i = 0; i < 3; ++i) {
                const QString rkey = BlueskyChannel::recordKey(key, i);
                links.append(u"https://bsky.app/profile/a.bsky.social/post/"_s + rkey);
                // The resumed part replies in the thread too, not as a post of its own.
                const QJsonObject reply =
                    blueskyTwin.records.value(rkey).value(u"value"_s).toObject().value(u"reply"_s).toObject();
                const QString parent =
                    i == 0
                        ? QString()
                        : blueskyTwin.records.value(BlueskyChannel::recordKey(key, i - 1)).value(u"uri"_s).toString();
                QCOMPARE(reply.value(u"parent"_s).toObject().value(u"uri"_s).toString(), parent);
                QCOMPARE(reply.value(u"root"_s).toObject().value(u"uri"_s).toString(), i == 0 ? QString() : root);
            }
        }
        QCOMPARE(strings(second.postUrls), links);
        QCOMPARE(second.postIds.size(), 3);
        QCOMPARE(effect->result.value(u"postUrls"_s).toVariant().toStringList(), links);
        QCOMPARE(strings(sender.status(kind)->postUrls), links);
    }

    void blueskyGoesOnFromAPartWhoseAnswerWasLost()
    {
        ra::test::BlueskyTwin twin(*m_server, u"a.bsky.social"_s, u"p"_s);
        auto channel = bluesky();
        // Part 2 is created, its answer lost; the transport's repeat is refused, the record key being taken.
        ra::test::afterRequests(*m_server, "POST", u"/xrpc/com.atproto.repo.createRecord"_s, 1,
                                [&] { twin.loseAnswers = 1; });
        AnnouncementSender sender(*m_journal, m_release);
        const DeliveryReport report = send(sender, *channel, {u"one (1/3)"_s, u"two (2/3)"_s, u"three (3/3)"_s});
        QCOMPARE(deliveryStateKey(report.state), u"sent"_s);
        QCOMPARE(twin.records.size(), 3);
        QCOMPARE(report.postUrls.size(), 3);
        const QString key = m_journal->lastEffect(m_release, AnnouncementSender::Action, u"bluesky"_s)
                                ->intent.value(u"idempotencyKey"_s)
                                .toString();
        const QJsonObject third = twin.records.value(BlueskyChannel::recordKey(key, 2));
        QCOMPARE(third.value(u"value"_s)[u"reply"_s][u"parent"_s][u"uri"_s].toString(),
                 twin.records.value(BlueskyChannel::recordKey(key, 1)).value(u"uri"_s).toString());
    }

    void threadConfirmedNotPostedGoesOnAfterItsPostedParts()
    {
        ra::test::TelegramTwin twin(*m_server, u"1:T"_s);
        auto channel = telegram();
        ra::test::afterRequests(*m_server, "POST", u"/{bot}/sendMessage"_s, 1, [&] {
            m_server->injectFault("POST", u"/{bot}/sendMessage"_s,
                                  HttpResponse::json(502, QJsonDocument(QJsonObject{{u"ok"_s, false}})));
        });
        AnnouncementSender sender(*m_journal, m_release);
        const QStringList parts{u"first message"_s, u"second message"_s};
        QCOMPARE(int(send(sender, *channel, parts).state), int(DeliveryState::NeedsConfirmation));
        QCOMPARE(twin.messages.size(), 1);
        // The user looked: the second message is not there. Only it is sent, and the first keeps its link.
        QVERIFY(sender.confirm(u"telegram"_s, false, {}));
        const DeliveryReport report = send(sender, *channel, parts);
        QCOMPARE(int(report.state), int(DeliveryState::Sent));
        QCOMPARE(twin.messages.size(), 2);
        QCOMPARE(twin.messages.at(1).value(u"text"_s).toString(), u"second message"_s);
        QCOMPARE(strings(report.postUrls), (QStringList{u"https://t.me/alephim/100"_s, u"https://t.me/alephim/101"_s}));
    }
};

QTEST_GUILESS_MAIN(TestAnnouncementSender)
#include "tst_announcementsender.moc"
