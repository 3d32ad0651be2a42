// SPDX-License-Identifier: GPL-3.0-or-later
#include "channels/blueskychannel.h"

#include "core/announcement/urlfinder.h"
#include "net/call.h"
#include "net/httpclient.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace ra::channels {

Network BlueskyChannel::network() const
{
    return Network::Bluesky;
}

bool BlueskyChannel::supportsThreads() const
{
    return true;
}

QJsonArray BlueskyChannel::linkFacets(const QString &text)
{
    QJsonArray facets;
    const QList<TextRange> urls = findUrls(text);
    for (const TextRange &url : urls) {
        const qint64 byteStart = QStringView(text).left(url.start).toUtf8().size();
        const qint64 byteEnd = byteStart + QStringView(text).mid(url.start, url.length).toUtf8().size();
        QString target = text.mid(url.start, url.length);
        if (!target.contains(u"://"_s)) {
            target.prepend(u"https://"_s);
        }
        facets.append(QJsonObject{
            {u"index"_s, QJsonObject{{u"byteStart"_s, byteStart}, {u"byteEnd"_s, byteEnd}}},
            {u"features"_s,
             QJsonArray{QJsonObject{{u"$type"_s, u"app.bsky.richtext.facet#link"_s}, {u"uri"_s, target}}}}});
    }
    return facets;
}

QString BlueskyChannel::recordKey(const QString &key, int index)
{
    // A TID is 53 bits of microseconds and 10 bits of clock id, in base32-sortable. Both come from a hash of
    // the post's key (the time within ~12 days after 2024-01-01), so the same post always has the same key.
    static constexpr char alphabet[] = "234567abcdefghijklmnopqrstuvwxyz";
    const QByteArray hash =
        QCryptographicHash::hash((key + u'#' + QString::number(index)).toUtf8(), QCryptographicHash::Sha256);
    quint64 value = 0;
    for (int i = 0; i < 8; ++i) {
        value = (value << 8) | quint8(hash.at(i));
    }
    const quint64 base = quint64(1704067200) * 1000000ULL;
    const quint64 micros = base + (value >> 24);
    const quint64 tid = ((micros << 10) | (value & 0x3FF)) & 0x7FFFFFFFFFFFFFFFULL;
    QString out;
    for (int shift = 60; shift >= 0; shift -= 5) {
        out += QLatin1Char(alphabet[(tid >> shift) & 0x1F]);
    }
    return out;
}

void BlueskyChannel::withSession(SessionCallback next)
{
    net::Request request("POST", endpoint(u"/xrpc/com.atproto.server.createSession"_s));
    request.setJsonBody(QJsonDocument(QJsonObject{{u"identifier"_s, config().settings.value(u"handle"_s).toString()},
                                                  {u"password"_s, credential(u"app-password"_s)}})
                            .toJson(QJsonDocument::Compact));
    // A session is harmless to repeat.
    request.retrySafe = true;
    net::Call *call = http().send(request);
    connect(call, &net::Call::finished, this, [this, next = std::move(next)](const net::Response &response) {
        const QJsonObject reply = response.json().object();
        if (response.error.kind == net::ErrorKind::DryRun) {
            next(Session{u"dry-run"_s, u"did:plc:dry-run"_s, u"dry-run"_s}, {}, {});
            return;
        }
        if (response.ok() && !reply.value(u"accessJwt"_s).toString().isEmpty()) {
            next(Session{reply.value(u"accessJwt"_s).toString(), reply.value(u"did"_s).toString(),
                         reply.value(u"handle"_s).toString()},
                 {}, {});
            return;
        }
        if (response.status >= 200 && response.status < 300) {
            next({}, failureFrom(response, u"Signing in to Bluesky"_s, {}).error,
                 u"Nothing was posted. Retry when the network reaches Bluesky directly."_s);
            return;
        }
        const QString code = reply.value(u"error"_s).toString();
        QString why = reply.value(u"message"_s).toString(code);
        if (why.isEmpty()) {
            why = response.error.message.isEmpty() ? u"HTTP %1"_s.arg(response.status) : response.error.message;
        }
        const QString error = u"Signing in to Bluesky failed: %1"_s.arg(why);
        // Only a refusal of the credentials is about the handle or the app password (api-contracts.md).
        const bool refused =
            response.status == 401 ||
            (response.status == 400 && (code == u"AuthenticationRequired"_s || code == u"InvalidToken"_s));
        if (refused) {
            next({}, error, u"Check the handle and the app password (Settings → App passwords on Bluesky)."_s);
        } else if (response.status == 0) {
            next({}, error, u"Nothing was posted. Check the connection to Bluesky, then retry."_s);
        } else if (response.status == 429) {
            next({}, error, u"Bluesky limits sign-ins (about 30 in 5 minutes): wait, then retry."_s);
        } else {
            next({}, error, u"Nothing was posted. Retry later; if it keeps failing, check Bluesky's status."_s);
        }
    });
}

QUrl BlueskyChannel::postUrl(const Session &session, const QString &rkey) const
{
    return QUrl(
        u"https://bsky.app/profile/%1/post/%2"_s.arg(session.handle.isEmpty() ? session.did : session.handle, rkey));
}

void BlueskyChannel::getRecord(const Session &session, const QString &rkey, ResponseCallback done)
{
    QUrl url = endpoint(u"/xrpc/com.atproto.repo.getRecord"_s);
    url.setQuery(QUrlQuery{{u"repo"_s, session.did}, {u"collection"_s, u"app.bsky.feed.post"_s}, {u"rkey"_s, rkey}});
    net::Call *call = http().send(net::Request("GET", url));
    connect(call, &net::Call::finished, this, std::move(done));
}

void BlueskyChannel::follow(const QJsonObject &record)
{
    m_parent = QJsonObject{{u"uri"_s, record.value(u"uri"_s)}, {u"cid"_s, record.value(u"cid"_s)}};
    const QJsonObject root =
        record.value(u"value"_s).toObject().value(u"reply"_s).toObject().value(u"root"_s).toObject();
    m_root = root.isEmpty() ? m_parent : root;
}

void BlueskyChannel::send(const OutgoingPost &post, SendCallback done)
{
    withSession([this, post, done = std::move(done)](const Session &session, const QString &error,
                                                     const QString &hint) mutable {
        if (!error.isEmpty()) {
            SendResult failure = resumedFrom(post);
            failure.outcome = SendOutcome::Failed;
            failure.error = error;
            failure.hint = hint;
            done(failure);
            return;
        }
        m_root = {};
        m_parent = {};
        if (post.alreadyPosted.isEmpty()) {
            sendPart(post, 0, session, resumedFrom(post), std::move(done));
            return;
        }
        // A resumed thread replies to the last part posted: its record has the cid a reply must name, and
        // the thread's root.
        getRecord(session, post.alreadyPosted.constLast(),
                  [this, post, session, done = std::move(done)](const net::Response &response) mutable {
                      const QJsonObject record = response.json().object();
                      if (!response.ok() || !record.contains(u"cid"_s)) {
                          SendResult failure = failureFrom(response, u"Reading the thread's last post on Bluesky"_s,
                                                           record.value(u"message"_s).toString());
                          // Only a read failed: nothing more was posted.
                          failure.outcome = SendOutcome::Failed;
                          failure.postIds = post.alreadyPosted;
                          failure.postUrls = resumedFrom(post).postUrls;
                          failure.hint = u"Send again to go on with the thread after the parts already posted."_s;
                          done(failure);
                          return;
                      }
                      follow(record);
                      sendPart(post, int(post.alreadyPosted.size()), session, resumedFrom(post), std::move(done));
                  });
    });
}

void BlueskyChannel::sendPart(const OutgoingPost &post, int index, const Session &session, SendResult result,
                              SendCallback done)
{
    if (index >= post.parts.size()) {
        done(result);
        return;
    }
    const QString text = post.parts.at(index);
    QJsonObject record{{u"$type"_s, u"app.bsky.feed.post"_s},
                       {u"text"_s, text},
                       {u"createdAt"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    const QJsonArray facets = linkFacets(text);
    if (!facets.isEmpty()) {
        record.insert(u"facets"_s, facets);
    }
    if (!m_parent.isEmpty()) {
        record.insert(u"reply"_s, QJsonObject{{u"root"_s, m_root}, {u"parent"_s, m_parent}});
    }
    const QString rkey = recordKey(post.idempotencyKey.isEmpty() ? text : post.idempotencyKey, index);
    net::Request request("POST", endpoint(u"/xrpc/com.atproto.repo.createRecord"_s));
    request.setHeader("Authorization", "Bearer " + session.accessJwt.toUtf8());
    request.setJsonBody(QJsonDocument(QJsonObject{{u"repo"_s, session.did},
                                                  {u"collection"_s, u"app.bsky.feed.post"_s},
                                                  {u"rkey"_s, rkey},
                                                  {u"record"_s, record}})
                            .toJson(QJsonDocument::Compact));
    // The record key makes a repeat fail instead of posting twice.
    request.retrySafe = true;
    net::Call *call = http().send(request);
    connect(call, &net::Call::finished, this,
            [this, post, index, session, rkey, result, done = std::move(done)](const net::Response &response) mutable {
                if (response.error.kind == net::ErrorKind::DryRun) {
                    result.dryRun = true;
                    result.postIds.append(rkey);
                    m_parent = QJsonObject{{u"uri"_s, u"at://dry-run"_s}, {u"cid"_s, u"dry-run"_s}};
                    if (m_root.isEmpty()) {
                        m_root = m_parent;
                    }
                    sendPart(post, index + 1, session, result, std::move(done));
                    return;
                }
                const QJsonObject reply = response.json().object();
                if (response.ok() && reply.contains(u"uri"_s)) {
                    m_parent = QJsonObject{{u"uri"_s, reply.value(u"uri"_s)}, {u"cid"_s, reply.value(u"cid"_s)}};
                    if (m_root.isEmpty()) {
                        m_root = m_parent;
                    }
                    result.postIds.append(rkey);
                    result.postUrls.append(postUrl(session, rkey));
                    sendPart(post, index + 1, session, result, std::move(done));
                    return;
                }
                SendResult failure =
                    failureFrom(response, u"Posting to Bluesky"_s,
                                reply.value(u"message"_s).toString(reply.value(u"error"_s).toString()));
                failure.postIds = result.postIds;
                failure.postUrls = result.postUrls;
                if (response.status != 400) {
                    done(failure);
                    return;
                }
                // The record key belongs to this part alone: a record under it is this part, created by an
                // attempt whose answer was lost (the repeat is refused). Go on from it instead of failing for ever.
                getRecord(session, rkey,
                          [this, post, index, session, rkey, result, failure,
                           done = std::move(done)](const net::Response &found) mutable {
                              const QJsonObject existing = found.json().object();
                              if (!found.ok() || !existing.contains(u"cid"_s)) {
                                  done(failure);
                                  return;
                              }
                              follow(existing);
                              result.postIds.append(rkey);
                              result.postUrls.append(postUrl(session, rkey));
                              sendPart(post, index + 1, session, result, std::move(done));
                          });
            });
}

void BlueskyChannel::reconcile(const QJsonObject &intent, ReconcileCallback done)
{
    const QStringList parts = intent.value(u"parts"_s).toVariant().toStringList();
    const int index = int(intent.value(u"alreadyPosted"_s).toArray().size());
    const QString key = intent.value(u"idempotencyKey"_s).toString();
    if (index >= parts.size()) {
        Channel::reconcile(intent, std::move(done));
        return;
    }
    const QString rkey = recordKey(key.isEmpty() ? parts.at(index) : key, index);
    withSession([this, rkey, done = std::move(done)](const Session &session, const QString &error,
                                                     const QString &) mutable {
        if (!error.isEmpty()) {
            done({ReconcileResult::Status::LookupFailed, {}, {}, error});
            return;
        }
        getRecord(session, rkey, [this, session, rkey, done = std::move(done)](const net::Response &response) {
            if (response.ok()) {
                done({ReconcileResult::Status::Found,
                      {rkey},
                      {postUrl(session, rkey)},
                      u"The record exists under the key chosen for this post."_s});
            } else if (response.status == 400 || response.status == 404) {
                done({ReconcileResult::Status::NotFound, {}, {}, u"No record under the key chosen for this post."_s});
            } else {
                done({ReconcileResult::Status::LookupFailed,
                      {},
                      {},
                      u"Looking up the record failed: %1"_s.arg(response.error.message)});
            }
        });
    });
}

} // namespace ra::channels
