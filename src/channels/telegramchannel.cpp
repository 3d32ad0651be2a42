// SPDX-License-Identifier: GPL-3.0-or-later
#include "channels/telegramchannel.h"

#include "core/announcement/telegramhtml.h"
#include "core/announcement/urlfinder.h"
#include "net/call.h"
#include "net/httpclient.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ra::channels {

Network TelegramChannel::network() const
{
    return Network::Telegram;
}

QString TelegramChannel::format(const QString &plainText) const
{
    // Escape everything, and turn each URL into a link whose href is escaped as an attribute.
    const QList<TextRange> urls = findUrls(plainText);
    QString html;
    qsizetype position = 0;
    for (const TextRange &url : urls) {
        html += telegramhtml::escape(plainText.mid(position, url.start - position));
        const QString target = plainText.mid(url.start, url.length);
        const QString href = target.contains(u"://"_s) ? target : u"https://"_s + target;
        html += telegramhtml::link(href, target);
        position = url.end();
    }
    html += telegramhtml::escape(plainText.mid(position));
    return html;
}

namespace {

QUrl messageUrl(const QJsonObject &message)
{
    const QJsonObject chat = message.value(u"chat"_s).toObject();
    const qint64 messageId = message.value(u"message_id"_s).toInteger();
    const QString username = chat.value(u"username"_s).toString();
    if (!username.isEmpty()) {
        return QUrl(u"https://t.me/%1/%2"_s.arg(username).arg(messageId));
    }
    // A private channel or supergroup: t.me/c/<id without the -100 prefix>/<message>.
    QString id = QString::number(chat.value(u"id"_s).toInteger());
    if (id.startsWith(u"-100"_s)) {
        return QUrl(u"https://t.me/c/%1/%2"_s.arg(id.mid(4)).arg(messageId));
    }
    return {};
}

} // namespace

void TelegramChannel::send(const OutgoingPost &post, SendCallback done)
{
    const QJsonValue chat = setting(u"chat"_s, post.test);
    if (chat.isUndefined() || chat.toVariant().toString().isEmpty()) {
        SendResult result;
        result.error = u"The Telegram channel '%1' has no chat set."_s.arg(config().id);
        result.hint = u"Set the channel's chat: \"@channelname\" for a public channel, or the numeric -100… id."_s;
        done(result);
        return;
    }
    SendResult result = resumedFrom(post);
    sendPart(post, int(post.alreadyPosted.size()), chat, result, std::move(done));
}

void TelegramChannel::sendPart(const OutgoingPost &post, int index, const QJsonValue &chat, SendResult result,
                               SendCallback done)
{
    if (index >= post.parts.size()) {
        done(result);
        return;
    }
    const QString token = credential(u"bot-token"_s);
    QJsonObject body{{u"chat_id"_s, chat}, {u"text"_s, post.parts.at(index)}, {u"parse_mode"_s, u"HTML"_s}};
    const QJsonValue thread = setting(u"threadId"_s, post.test);
    if (!thread.isUndefined() && !thread.isNull()) {
        body.insert(u"message_thread_id"_s, thread.toInteger());
    }
    if (setting(u"disablePreview"_s, post.test).toBool()) {
        body.insert(u"link_preview_options"_s, QJsonObject{{u"is_disabled"_s, true}});
    }
    net::Request request("POST", endpoint(u"/bot%1/sendMessage"_s.arg(token)));
    request.setJsonBody(QJsonDocument(body).toJson(QJsonDocument::Compact));
    net::Call *call = http().send(request);
    connect(call, &net::Call::finished, this,
            [this, post, index, chat, result, done = std::move(done)](const net::Response &response) mutable {
                const QJsonObject reply = response.json().object();
                if (response.error.kind == net::ErrorKind::DryRun) {
                    result.dryRun = true;
                    result.postIds.append(u"dry-run-%1"_s.arg(index + 1));
                    sendPart(post, index + 1, chat, result, std::move(done));
                    return;
                }
                if (response.ok() && reply.value(u"ok"_s).toBool()) {
                    const QJsonObject message = reply.value(u"result"_s).toObject();
                    result.postIds.append(QString::number(message.value(u"message_id"_s).toInteger()));
                    result.postUrls.append(messageUrl(message));
                    sendPart(post, index + 1, chat, result, std::move(done));
                    return;
                }
                const QJsonObject parameters = reply.value(u"parameters"_s).toObject();
                if (parameters.contains(u"migrate_to_chat_id"_s) && !result.notes.contains(u"migratedChatId"_s)) {
                    const qint64 newChat = parameters.value(u"migrate_to_chat_id"_s).toInteger();
                    result.notes.insert(u"migratedChatId"_s, newChat);
                    sendPart(post, index, QJsonValue(newChat), result, std::move(done));
                    return;
                }
                QString description = reply.value(u"description"_s).toString();
                SendResult failure = failureFrom(
                    response, u"Sending to Telegram chat %1"_s.arg(chat.toVariant().toString()), description);
                failure.postIds = result.postIds;
                failure.postUrls = result.postUrls;
                failure.notes = result.notes;
                if (parameters.contains(u"retry_after"_s)) {
                    failure.retryAfterSeconds = parameters.value(u"retry_after"_s).toInt();
                    failure.hint = u"Telegram asks to wait %1 s before sending again."_s.arg(failure.retryAfterSeconds);
                } else if (description.contains(u"can't parse entities"_s)) {
                    failure.hint = u"The HTML is not valid for Telegram: escape <, > and & and close every tag."_s;
                } else if (description.contains(u"chat not found"_s) || response.status == 403) {
                    failure.hint = u"Check the chat id, and that the bot is an administrator allowed to post there."_s;
                }
                // The bot token is part of the URL: never let it reach a message.
                const QString secret = credential(u"bot-token"_s);
                failure.error.replace(secret, u"[redacted]"_s);
                failure.hint.replace(secret, u"[redacted]"_s);
                done(failure);
            });
}

} // namespace ra::channels
