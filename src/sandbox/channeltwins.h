// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "channels/oauth1.h"
#include "net/clock.h"
#include "sandbox/testhttpserver.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

#include <chrono>
#include <functional>

namespace ra::test {

/// A clock whose waits take no time and are remembered, so rate-limit tests assert the wait asked for.
class RecordingClock : public net::Clock
{
public:
    [[nodiscard]] QDateTime now() const override;
    [[nodiscard]] double random() override;
    void schedule(std::chrono::milliseconds delay, QObject *context, std::function<void()> callback) override;

    QDateTime fixedNow = QDateTime(QDate(2026, 11, 24), QTime(12, 0), QTimeZone::UTC);
    QList<std::chrono::milliseconds> waits;
};

/// Runs \a action once, right after \a server received the \a count-th request matching \a method and \a pattern
/// (counted from now). "Part 2 of a thread fails" is an injectFault() after the first post.
void afterRequests(TestHttpServer &server, const QByteArray &method, const QString &pattern, int count,
                   std::function<void()> action);

/// Telegram Bot API twin: checks the token, parses HTML like the real parser ("can't parse entities"),
/// counts the parsed text (4096), knows one migrated group, answers like api.telegram.org.
class TelegramTwin
{
public:
    explicit TelegramTwin(TestHttpServer &server, QString token);
    QString token;
    QString chat = QStringLiteral("@alephim"); ///< the public channel the bot may post to
    qint64 migratedFrom = -4001; ///< a group that became supergroup migratedTo
    qint64 migratedTo = -1004001;
    QList<QJsonObject> messages; ///< every message accepted: {chat_id, text (parsed), message_thread_id}
};

/// X API v2 twin: VERIFIES the OAuth 1.0a HMAC-SHA1 signature of every request (base URL as the client
/// saw it), refuses replayed nonces, invalid weighted lengths and duplicate texts (403), checks reply ids.
class XTwin
{
public:
    XTwin(TestHttpServer &server, channels::oauth1::Credentials credentials);
    channels::oauth1::Credentials credentials;
    QString username = QStringLiteral("aleph_im"); ///< the account the credentials belong to
    QList<QJsonObject> tweets; ///< {id, text, in_reply_to}
    int badSignatures = 0;
    /// When set, the next tweet is created and then the connection is reset before the answer.
    int loseAnswers = 0;

private:
    [[nodiscard]] bool verify(const HttpRequest &request);
    TestHttpServer &m_server;
    QSet<QByteArray> m_nonces;
};

/// Mastodon twin: Bearer token, 500-character limit counted as Mastodon does (422 otherwise), and
/// Idempotency-Key: the same key returns the same status instead of a new one.
class MastodonTwin
{
public:
    MastodonTwin(TestHttpServer &server, QString token);
    QString token;
    QString account = QStringLiteral("aleph"); ///< the account's name in the statuses' URLs
    QList<QJsonObject> statuses;
    QHash<QByteArray, QJsonObject> byKey;
    /// When set, the next status is created and then the connection is reset before the answer.
    int loseAnswers = 0;
    /// When the twin holds this many statuses, the next one is refused once with a 422.
    int rejectWhenCount = -1;
};

/// Bluesky PDS twin: createSession, createRecord (graphemes ≤ 300, bytes ≤ 3000, every link facet's byte
/// range must cover exactly its URL, rkey unique) and getRecord.
class BlueskyTwin
{
public:
    BlueskyTwin(TestHttpServer &server, QString handle, QString password);
    QString handle;
    QString password;
    QString did = QStringLiteral("did:plc:twin");
    QHash<QString, QJsonObject> records; ///< by rkey
    QStringList facetErrors;
    int sessions = 0;
    int loseAnswers = 0;
};

/// Discord webhook twin: token check, wait=true answers 200 with the message (204 without), content ≤ 2000,
/// and allowed_mentions.parse must be empty; GET answers the webhook (its channel and server).
class DiscordTwin
{
public:
    DiscordTwin(TestHttpServer &server, QString webhookId, QString webhookToken);
    QString webhookId;
    QString webhookToken;
    QString channelId = QStringLiteral("9001"); ///< the channel the webhook posts to
    QString guildId = QStringLiteral("7");
    QList<QJsonObject> messages;
    QStringList violations;
};

} // namespace ra::test
