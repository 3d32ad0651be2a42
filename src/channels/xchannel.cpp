// SPDX-License-Identifier: GPL-3.0-or-later
#include "channels/xchannel.h"

#include "net/call.h"
#include "net/httpclient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace ra::channels {

Network XChannel::network() const
{
    return Network::X;
}

bool XChannel::supportsThreads() const
{
    return true;
}

void XChannel::setNonceSource(std::function<std::pair<QByteArray, QByteArray>()> source)
{
    m_nonceSource = std::move(source);
}

net::Request XChannel::signedRequest(const QByteArray &method, const QUrl &url) const
{
    const oauth1::Credentials credentials{
        credential(u"consumer-key"_s).toUtf8(), credential(u"consumer-secret"_s).toUtf8(),
        credential(u"access-token"_s).toUtf8(), credential(u"access-token-secret"_s).toUtf8()};
    const auto [nonce, timestamp] =
        m_nonceSource ? m_nonceSource()
                      : std::pair{oauth1::makeNonce(), QByteArray::number(QDateTime::currentSecsSinceEpoch())};
    net::Request request(method, url);
    request.setHeader("Authorization", oauth1::authorizationHeader(method, url, {}, credentials, nonce, timestamp));
    return request;
}

QUrl XChannel::postUrl(const QString &id) const
{
    const QString user = config().settings.value(u"username"_s).toString();
    return QUrl(u"https://x.com/%1/status/%2"_s.arg(user.isEmpty() ? u"i/web"_s : user, id));
}

void XChannel::send(const OutgoingPost &post, SendCallback done)
{
    SendResult result = resumedFrom(post);
    for (qsizetype i = 0; i < result.postIds.size(); ++i) {
        // An X link follows from the id: rebuild one the journal did not keep.
        if (result.postUrls.at(i).isEmpty()) {
            result.postUrls[i] = postUrl(result.postIds.at(i));
        }
    }
    sendPart(post, int(post.alreadyPosted.size()), result, std::move(done));
}

void XChannel::sendPart(const OutgoingPost &post, int index, SendResult result, SendCallback done)
{
    if (index >= post.parts.size()) {
        done(result);
        return;
    }
    QJsonObject body{{u"text"_s, post.parts.at(index)}};
    if (!result.postIds.isEmpty()) {
        body.insert(u"reply"_s, QJsonObject{{u"in_reply_to_tweet_id"_s, result.postIds.constLast()}});
    }
    net::Request request = signedRequest("POST", endpoint(u"/2/tweets"_s));
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
                const QJsonObject reply = response.json().object();
                // A 2xx without a post id is not proof of a post (a proxy's page, a cut answer): failureFrom()
                // makes it Uncertain.
                const QString id = reply.value(u"data"_s).toObject().value(u"id"_s).toString();
                if (response.ok() && !id.isEmpty()) {
                    result.postIds.append(id);
                    result.postUrls.append(postUrl(id));
                    sendPart(post, index + 1, result, std::move(done));
                    return;
                }
                const QString detail = reply.value(u"detail"_s).toString();
                SendResult failure = failureFrom(response, u"Posting to X"_s, detail);
                failure.postIds = result.postIds;
                failure.postUrls = result.postUrls;
                if (response.status == 403 && detail.contains(u"duplicate"_s, Qt::CaseInsensitive)) {
                    // The only idempotency X has: the same text was already posted.
                    failure.outcome = SendOutcome::Uncertain;
                    failure.hint = u"X says this text was already posted: the post probably exists. Check the "
                                   "account and confirm."_s;
                } else if (response.status == 401) {
                    failure.hint = u"X rejected the OAuth signature or keys: check the four X secrets."_s;
                } else if (response.status == 429) {
                    const qint64 reset = response.header("x-rate-limit-reset").toLongLong();
                    if (reset > 0) {
                        failure.retryAfterSeconds =
                            int(std::max<qint64>(0, reset - http().clock().now().toSecsSinceEpoch()));
                        failure.hint = u"X's rate limit resets at %1."_s.arg(
                            QDateTime::fromSecsSinceEpoch(reset, QTimeZone::UTC).toString(Qt::ISODate));
                    }
                }
                done(failure);
            });
}

void XChannel::reconcile(const QJsonObject &intent, ReconcileCallback done)
{
    const QStringList parts = intent.value(u"parts"_s).toVariant().toStringList();
    const QString first = parts.value(intent.value(u"alreadyPosted"_s).toArray().size());
    net::Call *me = http().send(signedRequest("GET", endpoint(u"/2/users/me"_s)));
    connect(me, &net::Call::finished, this,
            [this, first, done = std::move(done)](const net::Response &response) mutable {
                const QString userId = response.json().object().value(u"data"_s).toObject().value(u"id"_s).toString();
                if (!response.ok() || userId.isEmpty()) {
                    done({ReconcileResult::Status::LookupFailed,
                          {},
                          {},
                          u"Could not read the X account to look for the post: %1"_s.arg(response.error.message)});
                    return;
                }
                QUrl url = endpoint(u"/2/users/%1/tweets"_s.arg(userId));
                url.setQuery(u"max_results=20"_s);
                net::Call *list = http().send(signedRequest("GET", url));
                connect(list, &net::Call::finished, this,
                        [this, first, done = std::move(done)](const net::Response &posts) mutable {
                            if (!posts.ok()) {
                                done({ReconcileResult::Status::LookupFailed,
                                      {},
                                      {},
                                      u"Could not list the recent X posts: %1"_s.arg(posts.error.message)});
                                return;
                            }
                            const QJsonArray data = posts.json().object().value(u"data"_s).toArray();
                            for (const QJsonValue &value : data) {
                                // X shortens links in the stored text; compare without them.
                                const QJsonObject tweet = value.toObject();
                                static const QRegularExpression links(u"https?://\\S+"_s);
                                QString stored = tweet.value(u"text"_s).toString();
                                QString wanted = first;
                                if (stored.remove(links).simplified() == wanted.remove(links).simplified()) {
                                    const QString id = tweet.value(u"id"_s).toString();
                                    done({ReconcileResult::Status::Found,
                                          {id},
                                          {postUrl(id)},
                                          u"Found the post among the account's recent posts."_s});
                                    return;
                                }
                            }
                            done({ReconcileResult::Status::NotFound,
                                  {},
                                  {},
                                  u"The post is not among the account's 20 most recent posts."_s});
                        });
            });
}

} // namespace ra::channels
