// SPDX-License-Identifier: GPL-3.0-or-later
#include "channels/discordchannel.h"

#include "net/call.h"
#include "net/httpclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace ra::channels {

Network DiscordChannel::network() const
{
    return Network::Discord;
}

QUrl DiscordChannel::webhookUrl(bool test) const
{
    const QString secret = test && !credential(u"test-webhook-url"_s).isEmpty() ? credential(u"test-webhook-url"_s)
                                                                                : credential(u"webhook-url"_s);
    QUrl url(secret);
    if (config().baseUrl.isValid() && !config().baseUrl.isEmpty()) {
        url.setScheme(config().baseUrl.scheme());
        url.setHost(config().baseUrl.host());
        url.setPort(config().baseUrl.port());
    }
    QUrlQuery query(url);
    query.removeAllQueryItems(u"wait"_s);
    query.addQueryItem(u"wait"_s, u"true"_s);
    url.setQuery(query);
    return url;
}

void DiscordChannel::redact(SendResult &result) const
{
    // The webhook token is part of the URL: never let it reach a message.
    const QString token = QUrl(credential(u"webhook-url"_s)).path().section(u'/', -1);
    if (token.size() > 8) {
        result.error.replace(token, u"[redacted]"_s);
        result.hint.replace(token, u"[redacted]"_s);
    }
}

void DiscordChannel::send(const OutgoingPost &post, SendCallback done)
{
    const QString target = config().settings.value(u"channelId"_s).toString();
    if (post.test || target.isEmpty()) {
        sendPart(post, int(post.alreadyPosted.size()), resumedFrom(post), std::move(done));
        return;
    }
    // The webhook, a secret, decides the channel a message lands in; the playbook's target decides where the
    // announcement goes. Read the webhook first and post only if they agree.
    QUrl url = webhookUrl(false);
    url.setQuery(QString());
    net::Call *call = http().send(net::Request("GET", url));
    connect(call, &net::Call::finished, this,
            [this, post, target, done = std::move(done)](const net::Response &response) mutable {
                const QJsonObject webhook = response.json().object();
                const QString channel = webhook.value(u"channel_id"_s).toString();
                if (response.error.kind != net::ErrorKind::DryRun && (!response.ok() || channel != target)) {
                    SendResult failure = resumedFrom(post);
                    failure.outcome = SendOutcome::Failed;
                    if (!response.ok() || channel.isEmpty()) {
                        const SendResult read = failureFrom(response, u"Reading the Discord webhook"_s,
                                                            webhook.value(u"message"_s).toString());
                        failure.error = read.error;
                        failure.hint = u"Nothing was posted. Check the stored webhook-url, then send again."_s;
                    } else {
                        failure.error = u"The Discord webhook posts to channel %1, not to the playbook's target, "
                                        "channel %2."_s.arg(channel, target);
                        failure.hint = u"Nothing was posted. Store the webhook of channel %1 (Edit Channel → "
                                       "Integrations → Webhooks) as this channel's webhook-url."_s.arg(target);
                    }
                    redact(failure);
                    done(failure);
                    return;
                }
                sendPart(post, int(post.alreadyPosted.size()), resumedFrom(post), std::move(done));
            });
}

void DiscordChannel::sendPart(const OutgoingPost &post, int index, SendResult result, SendCallback done)
{
    if (index >= post.parts.size()) {
        done(result);
        return;
    }
    QJsonObject body{{u"content"_s, post.parts.at(index)},
                     {u"allowed_mentions"_s, QJsonObject{{u"parse"_s, QJsonArray{}}}}};
    const QString username = setting(u"username"_s, post.test).toString();
    if (!username.isEmpty()) {
        body.insert(u"username"_s, username);
    }
    net::Request request("POST", webhookUrl(post.test));
    request.setJsonBody(QJsonDocument(body).toJson(QJsonDocument::Compact));
    net::Call *call = http().send(request);
    connect(call, &net::Call::finished, this,
            [this, post, index, result, done = std::move(done)](const net::Response &response) mutable {
                if (response.error.kind == net::ErrorKind::DryRun) {
                    result.dryRun = true;
                    result.postIds.append(u"dry-run-%1"_s.arg(index + 1));
                    sendPart(post, index + 1, result, std::move(done));
                    return;
                }
                const QJsonObject message = response.json().object();
                if (response.ok() && message.contains(u"id"_s)) {
                    const QString id = message.value(u"id"_s).toString();
                    result.postIds.append(id);
                    const QString guild = config().settings.value(u"guildId"_s).toString();
                    result.postUrls.append(guild.isEmpty()
                                               ? QUrl()
                                               : QUrl(u"https://discord.com/channels/%1/%2/%3"_s.arg(
                                                     guild, message.value(u"channel_id"_s).toString(), id)));
                    sendPart(post, index + 1, result, std::move(done));
                    return;
                }
                SendResult failure =
                    failureFrom(response, u"Posting to the Discord webhook"_s, message.value(u"message"_s).toString());
                failure.postIds = result.postIds;
                failure.postUrls = result.postUrls;
                if (response.status == 429) {
                    failure.retryAfterSeconds = int(std::ceil(message.value(u"retry_after"_s).toDouble()));
                }
                redact(failure);
                done(failure);
            });
}

} // namespace ra::channels
