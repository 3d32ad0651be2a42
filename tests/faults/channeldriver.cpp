// SPDX-License-Identifier: GPL-3.0-or-later
#include "channeldriver.h"

#include "channels/announcementsender.h"
#include "channels/channelregistry.h"
#include "channels/channelretrypolicy.h"
#include "channeltwins.h"
#include "fakeclock.h"
#include "httpfaults.h"
#include "net/httpclient.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace ra::test {

namespace {

const QString Release = u"1.15.0"_s;
const QString Text = u"Aleph VM 1.15.0 is out: https://github.com/aleph-im/aleph-vm/releases/tag/1.15.0"_s;

/// One channel's twin on the server, how the channel reaches it, and what the twin holds afterwards.
struct Setup {
    QString displayName;
    std::shared_ptr<void> twin;
    QJsonObject settings;
    channels::Credentials credentials;
    QString pattern; ///< the POST that publishes
    bool repeatable = false; ///< the post carries a key that makes a repeat harmless
    HttpResponse gone; ///< the service's 404
    std::function<int()> posted;
    QStringList secrets; ///< what must never reach a message
};

HttpResponse json(int status, const QJsonObject &body)
{
    return HttpResponse::json(status, QJsonDocument(body));
}

/// The twin of \a kind on \a server; with \a wrongSecrets the channel holds secrets the twin refuses.
Setup makeSetup(const QString &kind, TestHttpServer &server, bool wrongSecrets)
{
    Setup setup;
    if (kind == u"telegram"_s) {
        const QString token = u"7312:AAHfaultMatrixBotSecret"_s;
        auto twin = std::make_shared<TelegramTwin>(server, token);
        setup = {u"Telegram"_s,
                 twin,
                 {{u"chat"_s, u"@alephim"_s}},
                 {{u"bot-token"_s, wrongSecrets ? u"7312:AAHrevokedBotSecret000"_s : token}},
                 u"/{bot}/sendMessage"_s,
                 false,
                 json(404, {{u"ok"_s, false}, {u"error_code"_s, 404}, {u"description"_s, u"Not Found"_s}}),
                 [twin] { return int(twin->messages.size()); },
                 {}};
        setup.secrets = {setup.credentials.value(u"bot-token"_s)};
    } else if (kind == u"x"_s) {
        const channels::oauth1::Credentials keys{"consumer-key-1", "consumer secret/2", "token-3", "token secret+4"};
        auto twin = std::make_shared<XTwin>(server, keys);
        setup = {u"X"_s,
                 twin,
                 {{u"username"_s, u"aleph_im"_s}},
                 {{u"consumer-key"_s, QString::fromUtf8(keys.consumerKey)},
                  {u"consumer-secret"_s, wrongSecrets ? u"revoked secret"_s : QString::fromUtf8(keys.consumerSecret)},
                  {u"access-token"_s, QString::fromUtf8(keys.token)},
                  {u"access-token-secret"_s, QString::fromUtf8(keys.tokenSecret)}},
                 u"/2/tweets"_s,
                 false,
                 json(404, {{u"title"_s, u"Not Found Error"_s}, {u"detail"_s, u"Could not find the resource."_s}}),
                 [twin] { return int(twin->tweets.size()); },
                 {}};
        setup.secrets = {setup.credentials.value(u"consumer-secret"_s), QString::fromUtf8(keys.tokenSecret)};
    } else if (kind == u"mastodon"_s) {
        const QString token = u"mastodonFaultMatrixAccessToken"_s;
        auto twin = std::make_shared<MastodonTwin>(server, token);
        setup = {u"Mastodon"_s,
                 twin,
                 {},
                 {{u"access-token"_s, wrongSecrets ? u"revokedMastodonToken"_s : token}},
                 u"/api/v1/statuses"_s,
                 true,
                 json(404, {{u"error"_s, u"Record not found"_s}}),
                 [twin] { return int(twin->statuses.size()); },
                 {}};
        setup.secrets = {setup.credentials.value(u"access-token"_s)};
    } else if (kind == u"bluesky"_s) {
        const QString password = u"abcd-efgh-ijkl-mnop"_s;
        auto twin = std::make_shared<BlueskyTwin>(server, u"aleph.bsky.social"_s, password);
        setup = {u"Bluesky"_s,
                 twin,
                 {{u"handle"_s, u"aleph.bsky.social"_s}},
                 {{u"app-password"_s, wrongSecrets ? u"zzzz-revoked-pass"_s : password}},
                 u"/xrpc/com.atproto.repo.createRecord"_s,
                 true,
                 json(404, {{u"error"_s, u"XRPCNotSupported"_s}, {u"message"_s, u"XRPCNotSupported"_s}}),
                 [twin] { return int(twin->records.size()); },
                 {}};
        setup.secrets = {setup.credentials.value(u"app-password"_s)};
    } else {
        const QString token = u"hookFaultMatrixSecret0123"_s;
        auto twin = std::make_shared<DiscordTwin>(server, u"123"_s, token);
        setup = {u"Discord"_s,
                 twin,
                 {{u"guildId"_s, u"77"_s}},
                 {{u"webhook-url"_s,
                   u"https://discord.com/api/webhooks/123/"_s + (wrongSecrets ? u"hookRevokedSecret9876"_s : token)}},
                 u"/api/webhooks/{id}/{token}"_s,
                 false,
                 json(404, {{u"message"_s, u"Unknown Webhook"_s}, {u"code"_s, 10015}}),
                 [twin] { return int(twin->messages.size()); },
                 {}};
        setup.secrets = {QUrl(setup.credentials.value(u"webhook-url"_s)).path().section(u'/', -1)};
    }
    return setup;
}

/// The journal and the network disagree after the send: a post recorded but absent, or absent but recorded.
QString halfDone(const QList<JournalEffect> &effects, int posted)
{
    if (posted > 1) {
        return u"the network holds %1 copies of the post"_s.arg(posted);
    }
    for (const JournalEffect &effect : effects) {
        if (effect.outcome == EffectOutcome::Succeeded && posted == 0) {
            return u"the journal records the post as sent, and the network holds none"_s;
        }
        if (effect.outcome == EffectOutcome::Failed && posted == 1) {
            return u"the journal records the post as failed, and the network holds it"_s;
        }
    }
    return {};
}

} // namespace

ChannelDriver::ChannelDriver(QString kind)
    : m_kind(std::move(kind))
{
}

QString ChannelDriver::name() const
{
    return m_kind;
}

Expect ChannelDriver::expectation(Fault fault) const
{
    const bool repeatable = m_kind == u"mastodon"_s || m_kind == u"bluesky"_s;
    return httpExpectation(fault, repeatable, false);
}

CellOutcome ChannelDriver::run(Fault fault)
{
    CellOutcome outcome;
    TestHttpServer server;
    PortalHost portal;
    QTemporaryDir dir;
    QString error;
    if (!server.listen() || !portal.start() || !dir.isValid()) {
        outcome.observed = u"the twin did not start"_s;
        return outcome;
    }
    auto journal = Journal::open(dir.filePath(u"journal.sqlite"_s), &error);
    if (!journal || !journal->createRelease(Release, {}, &error)) {
        outcome.observed = u"no journal: "_s + error;
        return outcome;
    }
    const Setup setup = makeSetup(m_kind, server, fault == Fault::Unauthorized);
    if (fault == Fault::Gone) {
        server.injectFault("POST", setup.pattern, setup.gone, faultTimes(fault));
    } else if (fault == Fault::InvalidJson) {
        // The service posted; its answer was cut on the way back.
        server.spoilAnswers("POST", setup.pattern, cutShort, faultTimes(fault));
    } else {
        injectHttpFault(server, "POST", setup.pattern, fault, portal.url());
    }
    const auto clock = std::make_shared<FakeClock>();
    net::HttpClient http;
    http.setRetryPolicy(std::make_shared<channels::ChannelRetryPolicy>());
    http.setClock(clock);
    http.setConnectTimeout(2000);
    http.setStallTimeout(StallTimeoutMs);
    const channels::ChannelConfig config{
        m_kind, m_kind, fault == Fault::Down ? closedUrl() : server.url(), setup.settings, {}};
    const auto channel = channels::ChannelRegistry::builtin().create(config, setup.credentials, http, &error);
    if (!channel) {
        outcome.observed = u"the channel could not be made: "_s + error;
        return outcome;
    }
    channels::AnnouncementSender sender(*journal, Release);
    std::optional<channels::DeliveryReport> report;
    sender.send(*channel, {channel->format(Text)}, [&](const channels::DeliveryReport &result) { report = result; });
    if (!QTest::qWaitFor([&] { return report.has_value(); }, 20000)) {
        outcome.hung = true;
        outcome.observed = u"the send never reported"_s;
        return outcome;
    }
    const int posted = setup.posted();
    outcome.succeeded = report->state == channels::DeliveryState::Sent && posted == 1;
    outcome.attempts = server.requestCount("POST", setup.pattern);
    outcome.waits = clock->waits;
    outcome.message = report->message;
    outcome.hint = report->hint;
    outcome.serviceNames = {setup.displayName};
    outcome.secrets = setup.secrets;
    outcome.effects = journal->effects(Release);
    outcome.halfDone = halfDone(outcome.effects, posted);
    outcome.leak = portal.leaks(outcome.secrets);
    outcome.observed = u"%1, %2 post(s) on the network"_s.arg(channels::deliveryStateKey(report->state)).arg(posted);
    return outcome;
}

} // namespace ra::test
