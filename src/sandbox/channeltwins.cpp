// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/channeltwins.h"

#include "core/announcement/telegramhtml.h"
#include "core/announcement/textlength.h"
#include "core/announcement/urlfinder.h"

#include <QJsonDocument>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace ra::test {

QDateTime RecordingClock::now() const
{
    return fixedNow;
}

double RecordingClock::random()
{
    return 0.5;
}

void RecordingClock::schedule(std::chrono::milliseconds delay, QObject *context, std::function<void()> callback)
{
    waits.append(delay);
    QTimer::singleShot(0, context, std::move(callback));
}

namespace {

HttpResponse telegramError(int code, const QString &description, const QJsonObject &parameters = {})
{
    QJsonObject body{{u"ok"_s, false}, {u"error_code"_s, code}, {u"description"_s, description}};
    if (!parameters.isEmpty()) {
        body.insert(u"parameters"_s, parameters);
    }
    return HttpResponse::json(code, QJsonDocument(body));
}

HttpResponse problem(int status, const QString &title, const QString &detail)
{
    return HttpResponse::json(
               status,
               QJsonDocument(QJsonObject{
                   {u"title"_s, title}, {u"type"_s, u"about:blank"_s}, {u"status"_s, status}, {u"detail"_s, detail}}))
        .withHeader("Content-Type", "application/problem+json");
}

} // namespace

void afterRequests(TestHttpServer &server, const QByteArray &method, const QString &pattern, int count,
                   std::function<void()> action)
{
    const int target = server.requestCount(method, pattern) + count;
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = QObject::connect(&server, &TestHttpServer::requestReceived, &server,
                                   [&server, method, pattern, target, connection, action = std::move(action)] {
                                       if (server.requestCount(method, pattern) == target) {
                                           const std::function<void()> run = action;
                                           QObject::disconnect(*connection);
                                           run();
                                       }
                                   });
}

TelegramTwin::TelegramTwin(TestHttpServer &server, QString botToken)
    : token(std::move(botToken))
{
    server.route("POST", u"/{bot}/sendMessage"_s, [this](const HttpRequest &request) {
        if (request.pathParameters.value(u"bot"_s) != u"bot"_s + token) {
            return telegramError(401, u"Unauthorized"_s);
        }
        const QJsonObject body = request.json().object();
        const QJsonValue chatId = body.value(u"chat_id"_s);
        if (chatId.toInteger() == migratedFrom) {
            return telegramError(400, u"Bad Request: group chat was upgraded to a supergroup chat"_s,
                                 {{u"migrate_to_chat_id"_s, migratedTo}});
        }
        if (chatId.toString() != chat && chatId.toInteger() != migratedTo && chatId.toString() != u"@private_test"_s) {
            return telegramError(400, u"Bad Request: chat not found"_s);
        }
        QString text = body.value(u"text"_s).toString();
        if (body.value(u"parse_mode"_s).toString() == u"HTML"_s) {
            const telegramhtml::ParseResult parsed = telegramhtml::parse(text);
            if (!parsed.ok) {
                return telegramError(400, u"Bad Request: can't parse entities: "_s + parsed.error);
            }
            text = parsed.plainText;
        }
        if (text.trimmed().isEmpty()) {
            return telegramError(400, u"Bad Request: message text is empty"_s);
        }
        if (codePointCount(text) > 4096) {
            return telegramError(400, u"Bad Request: message is too long"_s);
        }
        const qint64 id = 100 + messages.size();
        messages.append(
            {{u"chat_id"_s, chatId}, {u"text"_s, text}, {u"message_thread_id"_s, body.value(u"message_thread_id"_s)}});
        QJsonObject chatObject{{u"id"_s, chatId.isString() ? -1001234567890 : chatId.toInteger()},
                               {u"type"_s, u"channel"_s}};
        if (chatId.isString()) {
            chatObject.insert(u"username"_s, chatId.toString().mid(1));
        }
        return HttpResponse::json(
            200, QJsonDocument(QJsonObject{
                     {u"ok"_s, true},
                     {u"result"_s, QJsonObject{{u"message_id"_s, id}, {u"chat"_s, chatObject}, {u"text"_s, text}}}}));
    });
}

XTwin::XTwin(TestHttpServer &server, channels::oauth1::Credentials creds)
    : credentials(std::move(creds))
    , m_server(server)
{
    server.route("POST", u"/2/tweets"_s, [this](const HttpRequest &request) {
        if (!verify(request)) {
            return problem(401, u"Unauthorized"_s, u"Unauthorized"_s);
        }
        const QJsonObject body = request.json().object();
        const QString text = body.value(u"text"_s).toString();
        if (!ra::xLength(text).valid) {
            return problem(400, u"Invalid Request"_s, u"One or more parameters to your request was invalid."_s);
        }
        for (const QJsonObject &tweet : std::as_const(tweets)) {
            if (tweet.value(u"text"_s).toString() == text) {
                return problem(403, u"Forbidden"_s, u"You are not allowed to create a Tweet with duplicate content."_s);
            }
        }
        const QString replyTo = body.value(u"reply"_s).toObject().value(u"in_reply_to_tweet_id"_s).toString();
        if (!replyTo.isEmpty() && std::none_of(tweets.cbegin(), tweets.cend(), [&](const QJsonObject &t) {
                return t.value(u"id"_s).toString() == replyTo;
            })) {
            return problem(400, u"Invalid Request"_s, u"The tweet being replied to does not exist."_s);
        }
        const QString id = QString::number(1346889436626259968LL + tweets.size());
        tweets.append({{u"id"_s, id}, {u"text"_s, text}, {u"in_reply_to"_s, replyTo}});
        if (loseAnswers > 0) {
            --loseAnswers;
            return HttpResponse::failing(HttpFault::ResetConnection);
        }
        return HttpResponse::json(
            201, QJsonDocument(QJsonObject{{u"data"_s, QJsonObject{{u"id"_s, id}, {u"text"_s, text}}}}));
    });
    server.route("GET", u"/2/users/me"_s, [this](const HttpRequest &request) {
        if (!verify(request)) {
            return problem(401, u"Unauthorized"_s, u"Unauthorized"_s);
        }
        return HttpResponse::json(
            200, QJsonDocument(QJsonObject{{u"data"_s, QJsonObject{{u"id"_s, u"42"_s}, {u"username"_s, username}}}}));
    });
    server.route("GET", u"/2/users/{id}/tweets"_s, [this](const HttpRequest &request) {
        if (!verify(request)) {
            return problem(401, u"Unauthorized"_s, u"Unauthorized"_s);
        }
        QJsonArray data;
        for (auto it = tweets.crbegin(); it != tweets.crend(); ++it) {
            data.append(QJsonObject{{u"id"_s, it->value(u"id"_s)}, {u"text"_s, it->value(u"text"_s)}});
        }
        return HttpResponse::json(200, QJsonDocument(QJsonObject{{u"data"_s, data}}));
    });
}

bool XTwin::verify(const HttpRequest &request)
{
    const channels::oauth1::Parameters header =
        channels::oauth1::parseAuthorizationHeader(request.header("authorization"));
    channels::oauth1::Parameters signedParameters;
    QByteArray signature;
    QByteArray nonce;
    for (const auto &[key, value] : header) {
        if (key == "oauth_signature") {
            signature = value;
        } else {
            signedParameters.append({key, value});
            if (key == "oauth_nonce") {
                nonce = value;
            }
        }
    }
    const auto has = [&](const QByteArray &key, const QByteArray &value) {
        return std::any_of(signedParameters.cbegin(), signedParameters.cend(),
                           [&](const auto &p) { return p.first == key && (value.isEmpty() || p.second == value); });
    };
    QUrl url = m_server.url(request.path);
    url.setQuery(request.query);
    const QByteArray base = channels::oauth1::signatureBaseString(request.method, url, signedParameters);
    const QByteArray expected = channels::oauth1::signature(base, credentials.consumerSecret, credentials.tokenSecret);
    const bool ok = !signature.isEmpty() && signature == expected &&
                    has("oauth_consumer_key", credentials.consumerKey) && has("oauth_token", credentials.token) &&
                    has("oauth_signature_method", "HMAC-SHA1") && has("oauth_version", "1.0") &&
                    has("oauth_timestamp", {}) && !nonce.isEmpty() && !m_nonces.contains(nonce);
    if (!ok) {
        ++badSignatures;
        return false;
    }
    m_nonces.insert(nonce);
    return true;
}

MastodonTwin::MastodonTwin(TestHttpServer &server, QString accessToken)
    : token(std::move(accessToken))
{
    server.route("POST", u"/api/v1/statuses"_s, [this](const HttpRequest &request) {
        if (request.header("authorization") != "Bearer " + token.toUtf8()) {
            return HttpResponse::json(401, QJsonDocument(QJsonObject{{u"error"_s, u"The access token is invalid"_s}}));
        }
        const QByteArray key = request.header("idempotency-key");
        if (!key.isEmpty() && byKey.contains(key)) {
            return HttpResponse::json(200, QJsonDocument(byKey.value(key)));
        }
        const QJsonObject body = request.json().object();
        const QString text = body.value(u"status"_s).toString();
        if (rejectWhenCount == statuses.size()) {
            rejectWhenCount = -1;
            return HttpResponse::json(422,
                                      QJsonDocument(QJsonObject{{u"error"_s, u"Validation failed: Spam check"_s}}));
        }
        if (ra::mastodonLength(text) > 500) {
            return HttpResponse::json(
                422,
                QJsonDocument(QJsonObject{{u"error"_s, u"Validation failed: Text character limit of 500 exceeded"_s}}));
        }
        const QString replyTo = body.value(u"in_reply_to_id"_s).toString();
        if (!replyTo.isEmpty() && std::none_of(statuses.cbegin(), statuses.cend(), [&](const QJsonObject &s) {
                return s.value(u"id"_s).toString() == replyTo;
            })) {
            return HttpResponse::json(404, QJsonDocument(QJsonObject{{u"error"_s, u"Record not found"_s}}));
        }
        const QString id = QString::number(109000000000000000LL + statuses.size());
        const QJsonObject status{{u"id"_s, id},
                                 {u"url"_s, u"https://mastodon.example/@%1/%2"_s.arg(account, id)},
                                 {u"uri"_s, u"https://mastodon.example/users/%1/statuses/%2"_s.arg(account, id)},
                                 {u"content"_s, text},
                                 {u"in_reply_to_id"_s, replyTo.isEmpty() ? QJsonValue() : QJsonValue(replyTo)},
                                 {u"visibility"_s, body.value(u"visibility"_s)}};
        statuses.append(status);
        if (!key.isEmpty()) {
            byKey.insert(key, status);
        }
        if (loseAnswers > 0) {
            --loseAnswers;
            return HttpResponse::failing(HttpFault::ResetConnection);
        }
        return HttpResponse::json(200, QJsonDocument(status));
    });
}

BlueskyTwin::BlueskyTwin(TestHttpServer &server, QString userHandle, QString appPassword)
    : handle(std::move(userHandle))
    , password(std::move(appPassword))
{
    server.route("POST", u"/xrpc/com.atproto.server.createSession"_s, [this](const HttpRequest &request) {
        const QJsonObject body = request.json().object();
        if (body.value(u"identifier"_s).toString() != handle || body.value(u"password"_s).toString() != password) {
            return HttpResponse::json(401,
                                      QJsonDocument(QJsonObject{{u"error"_s, u"AuthenticationRequired"_s},
                                                                {u"message"_s, u"Invalid identifier or password"_s}}));
        }
        ++sessions;
        return HttpResponse::json(200, QJsonDocument(QJsonObject{{u"accessJwt"_s, u"access-jwt"_s},
                                                                 {u"refreshJwt"_s, u"refresh-jwt"_s},
                                                                 {u"handle"_s, handle},
                                                                 {u"did"_s, did}}));
    });
    server.route("POST", u"/xrpc/com.atproto.repo.createRecord"_s, [this](const HttpRequest &request) {
        const auto invalid = [](const QString &message) {
            return HttpResponse::json(
                400, QJsonDocument(QJsonObject{{u"error"_s, u"InvalidRequest"_s}, {u"message"_s, message}}));
        };
        if (request.header("authorization") != "Bearer access-jwt") {
            return HttpResponse::json(401, QJsonDocument(QJsonObject{{u"error"_s, u"ExpiredToken"_s},
                                                                     {u"message"_s, u"Token has expired"_s}}));
        }
        const QJsonObject body = request.json().object();
        const QJsonObject record = body.value(u"record"_s).toObject();
        const QString rkey = body.value(u"rkey"_s).toString();
        if (body.value(u"repo"_s).toString() != did ||
            body.value(u"collection"_s).toString() != u"app.bsky.feed.post"_s ||
            record.value(u"$type"_s).toString() != u"app.bsky.feed.post"_s) {
            return invalid(u"Invalid repo, collection or record type"_s);
        }
        if (records.contains(rkey)) {
            return invalid(u"Record already exists"_s);
        }
        const QString text = record.value(u"text"_s).toString();
        const QByteArray bytes = text.toUtf8();
        if (graphemeCount(text) > 300 || bytes.size() > 3000) {
            return invalid(u"Invalid app.bsky.feed.post record: Record/text must not be longer than 300 graphemes"_s);
        }
        const QJsonArray facets = record.value(u"facets"_s).toArray();
        for (const QJsonValue &value : facets) {
            const QJsonObject index = value.toObject().value(u"index"_s).toObject();
            const qint64 start = index.value(u"byteStart"_s).toInteger(-1);
            const qint64 end = index.value(u"byteEnd"_s).toInteger(-1);
            const QString uri =
                value.toObject().value(u"features"_s).toArray().at(0).toObject().value(u"uri"_s).toString();
            if (start < 0 || end <= start || end > bytes.size()) {
                facetErrors.append(u"facet %1-%2 outside the text"_s.arg(start).arg(end));
                return invalid(u"Invalid facet index"_s);
            }
            const QString covered = QString::fromUtf8(bytes.mid(start, end - start));
            if (uri != covered && uri != u"https://"_s + covered) {
                facetErrors.append(u"facet covers '%1' for %2"_s.arg(covered, uri));
            }
        }
        const QString uri = u"at://%1/app.bsky.feed.post/%2"_s.arg(did, rkey);
        records.insert(rkey, QJsonObject{{u"uri"_s, uri}, {u"cid"_s, u"bafy"_s + rkey}, {u"value"_s, record}});
        if (loseAnswers > 0) {
            --loseAnswers;
            return HttpResponse::failing(HttpFault::ResetConnection);
        }
        return HttpResponse::json(200, QJsonDocument(QJsonObject{{u"uri"_s, uri}, {u"cid"_s, u"bafy"_s + rkey}}));
    });
    server.route("GET", u"/xrpc/com.atproto.repo.getRecord"_s, [this](const HttpRequest &request) {
        const QString rkey = request.query.queryItemValue(u"rkey"_s);
        if (!records.contains(rkey)) {
            return HttpResponse::json(400, QJsonDocument(QJsonObject{{u"error"_s, u"RecordNotFound"_s},
                                                                     {u"message"_s, u"Could not locate record"_s}}));
        }
        return HttpResponse::json(200, QJsonDocument(records.value(rkey)));
    });
}

DiscordTwin::DiscordTwin(TestHttpServer &server, QString id, QString webhook)
    : webhookId(std::move(id))
    , webhookToken(std::move(webhook))
{
    const TestHttpServer::Handler execute = [this](const HttpRequest &request) {
        if (request.pathParameters.value(u"id"_s) != webhookId ||
            request.pathParameters.value(u"token"_s) != webhookToken) {
            return HttpResponse::json(
                401, QJsonDocument(QJsonObject{{u"message"_s, u"Invalid Webhook Token"_s}, {u"code"_s, 50027}}));
        }
        const QJsonObject body = request.json().object();
        const QString content = body.value(u"content"_s).toString();
        if (content.isEmpty() || content.size() > 2000) {
            return HttpResponse::json(
                400, QJsonDocument(QJsonObject{{u"message"_s, u"Invalid Form Body"_s}, {u"code"_s, 50035}}));
        }
        if (!body.value(u"allowed_mentions"_s).toObject().value(u"parse"_s).toArray().isEmpty() ||
            !body.value(u"allowed_mentions"_s).isObject()) {
            violations.append(u"allowed_mentions.parse is not []"_s);
        }
        const QString messageId = QString::number(1180000000000000000LL + messages.size());
        const QJsonObject message{
            {u"id"_s, messageId}, {u"channel_id"_s, channelId}, {u"content"_s, content}, {u"webhook_id"_s, webhookId}};
        messages.append(message);
        if (request.query.queryItemValue(u"wait"_s) != u"true"_s) {
            return HttpResponse::text(204, {});
        }
        return HttpResponse::json(200, QJsonDocument(message));
    };
    server.route("POST", u"/api/webhooks/{id}/{token}"_s, execute);
    server.route("POST", u"/api/v10/webhooks/{id}/{token}"_s, execute);
    const TestHttpServer::Handler read = [this](const HttpRequest &request) {
        if (request.pathParameters.value(u"id"_s) != webhookId ||
            request.pathParameters.value(u"token"_s) != webhookToken) {
            return HttpResponse::json(
                401, QJsonDocument(QJsonObject{{u"message"_s, u"Invalid Webhook Token"_s}, {u"code"_s, 50027}}));
        }
        return HttpResponse::json(200, QJsonDocument(QJsonObject{{u"id"_s, webhookId},
                                                                 {u"type"_s, 1},
                                                                 {u"channel_id"_s, channelId},
                                                                 {u"guild_id"_s, guildId},
                                                                 {u"token"_s, webhookToken}}));
    };
    server.route("GET", u"/api/webhooks/{id}/{token}"_s, read);
    server.route("GET", u"/api/v10/webhooks/{id}/{token}"_s, read);
}

} // namespace ra::test
