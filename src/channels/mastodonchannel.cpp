// SPDX-License-Identifier: GPL-3.0-or-later
#include "channels/mastodonchannel.h"

#include "net/call.h"
#include "net/httpclient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ra::channels {

Network MastodonChannel::network() const
{
    return Network::Mastodon;
}

bool MastodonChannel::supportsThreads() const
{
    return true;
}

net::Request MastodonChannel::statusRequest(const OutgoingPost &post, int index, const QString &replyTo) const
{
    QJsonObject body{{u"status"_s, post.parts.at(index)}};
    const QString visibility = setting(u"visibility"_s, post.test).toString();
    body.insert(u"visibility"_s, post.test ? u"direct"_s : (visibility.isEmpty() ? u"public"_s : visibility));
    const QString language = setting(u"language"_s, post.test).toString();
    if (!language.isEmpty()) {
        body.insert(u"language"_s, language);
    }
    if (!replyTo.isEmpty()) {
        body.insert(u"in_reply_to_id"_s, replyTo);
    }
    net::Request request("POST", endpoint(u"/api/v1/statuses"_s));
    request.setHeader("Authorization", "Bearer " + credential(u"access-token"_s).toUtf8());
    request.setJsonBody(QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (!post.idempotencyKey.isEmpty()) {
        request.setHeader("Idempotency-Key", (post.idempotencyKey + u"-%1"_s.arg(index + 1)).toUtf8());
        // The key makes a repeat harmless: the transport may retry after a 5xx or a timeout.
        request.retrySafe = true;
    }
    return request;
}

void MastodonChannel::send(const OutgoingPost &post, SendCallback done)
{
    if (config().baseUrl.isEmpty()) {
        SendResult failure = resumedFrom(post);
        failure.outcome = SendOutcome::Failed;
        failure.error = u"The Mastodon channel '%1' has no instance to post to."_s.arg(config().id);
        failure.hint = u"Name the account in the playbook's target, e.g. target = https://mastodon.social/@aleph."_s;
        done(failure);
        return;
    }
    SendResult result = resumedFrom(post);
    sendPart(post, int(post.alreadyPosted.size()), result, std::move(done));
}

void MastodonChannel::sendPart(const OutgoingPost &post, int index, SendResult result, SendCallback done)
{
    if (index >= post.parts.size()) {
        done(result);
        return;
    }
    const QString replyTo = result.postIds.isEmpty() ? QString() : result.postIds.constLast();
    net::Call *call = http().send(statusRequest(post, index, replyTo));
    connect(call, &net::Call::finished, this,
            [this, post, index, result, done = std::move(done)](const net::Response &response) mutable {
                if (response.error.kind == net::ErrorKind::DryRun) {
                    result.dryRun = true;
                    result.postIds.append(u"dry-run-%1"_s.arg(index + 1));
                    sendPart(post, index + 1, result, std::move(done));
                    return;
                }
                const QJsonObject status = response.json().object();
                if (response.ok() && status.contains(u"id"_s)) {
                    result.postIds.append(status.value(u"id"_s).toString());
                    result.postUrls.append(QUrl(status.value(u"url"_s).toString()));
                    sendPart(post, index + 1, result, std::move(done));
                    return;
                }
                SendResult failure = failureFrom(response, u"Posting to Mastodon (%1)"_s.arg(config().baseUrl.host()),
                                                 status.value(u"error"_s).toString());
                failure.postIds = result.postIds;
                failure.postUrls = result.postUrls;
                if (response.status == 422) {
                    failure.hint = u"The instance refused the status; shorten it or fix what it names."_s;
                } else if (response.status == 401) {
                    failure.hint = u"The access token is wrong or lacks write:statuses: store a new one."_s;
                }
                done(failure);
            });
}

void MastodonChannel::reconcile(const QJsonObject &intent, ReconcileCallback done)
{
    OutgoingPost post;
    post.parts = intent.value(u"parts"_s).toVariant().toStringList();
    post.idempotencyKey = intent.value(u"idempotencyKey"_s).toString();
    const QStringList posted = intent.value(u"alreadyPosted"_s).toVariant().toStringList();
    const int index = int(posted.size());
    const QDateTime intendedAt = QDateTime::fromString(intent.value(u"intendedAt"_s).toString(), Qt::ISODate);
    if (post.parts.size() <= index || post.idempotencyKey.isEmpty()) {
        Channel::reconcile(intent, std::move(done));
        return;
    }
    if (intendedAt.isValid() && intendedAt.secsTo(QDateTime::currentDateTimeUtc()) > 3300) {
        ReconcileResult result;
        result.status = ReconcileResult::Status::NotPossible;
        result.explanation = u"The attempt is older than the hour Mastodon keeps an Idempotency-Key: check the "
                             "account and confirm whether it was posted."_s;
        done(result);
        return;
    }
    // Within the hour, the same key returns the status an earlier attempt created, or creates it now: either
    // way there is exactly one, and its id comes back.
    net::Call *call = http().send(statusRequest(post, index, posted.value(index - 1)));
    connect(call, &net::Call::finished, this, [done = std::move(done)](const net::Response &response) {
        const QJsonObject status = response.json().object();
        if (response.ok() && status.contains(u"id"_s)) {
            done({ReconcileResult::Status::Found,
                  {status.value(u"id"_s).toString()},
                  {QUrl(status.value(u"url"_s).toString())},
                  u"Mastodon returned the status for the same Idempotency-Key."_s});
            return;
        }
        done({ReconcileResult::Status::LookupFailed,
              {},
              {},
              u"Repeating the request with its Idempotency-Key failed: %1"_s.arg(response.error.message)});
    });
}

} // namespace ra::channels
