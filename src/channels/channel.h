// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/announcement/textlength.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace ra::net {
class HttpClient;
struct Response;
} // namespace ra::net

namespace ra::channels {

/// Where one channel posts: its kind ("telegram"), a stable id the journal keys on ("telegram:@alephim"),
/// the service's base URL (injectable: tests point it at a local twin) and its kind's settings (chat id,
/// instance, handle, ...). Secrets are not here: they come from the SecretStore as Credentials.
struct ChannelConfig {
    QString kind;
    QString id;
    QUrl baseUrl;
    QJsonObject settings;
    /// Settings that replace `settings` for a test send (a private chat, a test webhook).
    QJsonObject testSettings;
};

/// Secrets of a channel by name ("bot-token", "access-token", ...).
using Credentials = QHash<QString, QString>;

/// What to post: one text per part of a thread (most posts have one), already formatted for the network
/// (Telegram: HTML). Parts in alreadyPosted (ids from an earlier, interrupted run) are not posted again:
/// the rest of the thread replies to the last of them.
struct OutgoingPost {
    QStringList parts;
    QStringList alreadyPosted;
    /// Chosen before the first attempt and kept in the journal, so a retry is recognised as the same post:
    /// Mastodon's Idempotency-Key, Bluesky's record keys (one per part, "key-<n>").
    QString idempotencyKey;
    bool test = false;
    /// The links of alreadyPosted, in the same order (the journal kept them): a resumed thread's result
    /// starts with them, so its first link stays the announcement's.
    QList<QUrl> alreadyPostedUrls;
};

enum class SendOutcome {
    Sent,
    Failed, ///< certainly not posted (the server refused or was never reached)
    Uncertain, ///< the request may have been acted on (timeout after sending, 5xx): do not resend blindly
};

/// The result of a send: the posts of the thread (ids and links), or why not.
struct SendResult {
    SendOutcome outcome = SendOutcome::Failed;
    /// Every part posted so far, in thread order, those of an earlier run (OutgoingPost::alreadyPosted)
    /// first; on a failure, the parts posted before it.
    QStringList postIds;
    /// The link of each of postIds, in the same order (empty where the network gives none).
    QList<QUrl> postUrls;
    QString error;
    QString hint;
    /// Set when the service asked to wait (rate limit), in seconds.
    int retryAfterSeconds = -1;
    /// Facts to remember for next time (Telegram "migratedChatId").
    QJsonObject notes;
    /// The requests were only described (dry run).
    bool dryRun = false;

    [[nodiscard]] QUrl firstUrl() const
    {
        return postUrls.value(0);
    }
};

/// What a lookup of an earlier, uncertain attempt found.
struct ReconcileResult {
    enum class Status {
        NotPossible, ///< the network gives no way to know: the user must look and confirm
        Found, ///< the post exists: postIds/postUrls say where
        NotFound, ///< the post certainly does not exist: it may be sent again
        LookupFailed, ///< the lookup itself failed (network): try again later
    };
    Status status = Status::NotPossible;
    QStringList postIds;
    QList<QUrl> postUrls;
    QString explanation;
};

/**
 * One announcement target. A channel posts, and — where its network allows — finds out whether an earlier
 * attempt whose outcome is unknown did post. Channels are created by the ChannelRegistry from a config, the
 * channel's credentials and the shared HTTP transport; adding a network means one new Channel subclass and
 * one registration line in builtinchannels.cpp.
 */
class Channel : public QObject
{
    Q_OBJECT

public:
    using SendCallback = std::function<void(const SendResult &)>;
    using ReconcileCallback = std::function<void(const ReconcileResult &)>;

    Channel(ChannelConfig config, Credentials credentials, net::HttpClient &http, QObject *parent = nullptr);
    ~Channel() override;

    [[nodiscard]] const ChannelConfig &config() const;
    /// The length rule of the posts.
    [[nodiscard]] virtual Network network() const = 0;
    /// Turns plain announcement text into what the network takes (Telegram escapes HTML and makes links).
    [[nodiscard]] virtual QString format(const QString &plainText) const;
    /// Whether a long text becomes a thread of replies (X, Mastodon, Bluesky) or several messages.
    [[nodiscard]] virtual bool supportsThreads() const;

    /// Posts \a post and calls \a done once.
    virtual void send(const OutgoingPost &post, SendCallback done) = 0;
    /// Looks for the post an earlier attempt described by \a intent (the journal's intent record) may have
    /// made. The default: the network gives no way to know.
    virtual void reconcile(const QJsonObject &intent, ReconcileCallback done);

protected:
    /// The setting \a name, from the test settings on a test send.
    [[nodiscard]] QJsonValue setting(const QString &name, bool test) const;
    [[nodiscard]] QString credential(const QString &name) const;
    [[nodiscard]] net::HttpClient &http() const;
    /// The base URL with \a path appended.
    [[nodiscard]] QUrl endpoint(const QString &path) const;
    /// What a send of \a post starts from: outcome Sent, with the parts an earlier run posted (ids and links).
    [[nodiscard]] static SendResult resumedFrom(const OutgoingPost &post);
    /// A failed send from a transport response: Uncertain when the request may have been acted on (even
    /// with an idempotency key the result must then be looked up, not assumed). A 2xx answer that reaches
    /// it was not the service's readable answer (a proxy's page, a cut body): the service may have posted,
    /// so it is Uncertain too, and the message quotes the start of the answer with the secrets removed.
    [[nodiscard]] SendResult failureFrom(const net::Response &response, const QString &what,
                                         const QString &serverMessage) const;
    /// The network's name for messages ("Telegram", "X").
    [[nodiscard]] QString serviceName() const;

private:
    /// The size, type and first characters of \a response's body, secrets removed.
    [[nodiscard]] QString answerStart(const net::Response &response) const;

    ChannelConfig m_config;
    Credentials m_credentials;
    net::HttpClient &m_http;
};

} // namespace ra::channels
