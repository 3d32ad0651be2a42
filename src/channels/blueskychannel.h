// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "channels/channel.h"

#include <QJsonArray>

#include <functional>

namespace ra::net {
struct Response;
}

namespace ra::channels {

/// Bluesky (AT Protocol): createSession with an app password, then com.atproto.repo.createRecord of an
/// app.bsky.feed.post with link facets (UTF-8 byte offsets, end exclusive: the server detects no links).
/// A thread replies with reply.root / reply.parent. Setting: "handle"; secret: "app-password".
///
/// Each post's record key (rkey, a TID) is chosen before the first attempt and kept in the journal: a
/// repeat with the same key cannot create a second post, and getRecord tells whether an uncertain attempt
/// created it.
class BlueskyChannel : public Channel
{
    Q_OBJECT

public:
    using Channel::Channel;

    [[nodiscard]] Network network() const override;
    [[nodiscard]] bool supportsThreads() const override;
    void send(const OutgoingPost &post, SendCallback done) override;
    void reconcile(const QJsonObject &intent, ReconcileCallback done) override;

    /// The link facets of \a text: one per URL, byte offsets into its UTF-8 form.
    [[nodiscard]] static QJsonArray linkFacets(const QString &text);
    /// A record key for part \a index of the post whose idempotency key is \a key: a TID (13 characters of
    /// base32-sortable) derived from the key, so the same post always gets the same record keys.
    [[nodiscard]] static QString recordKey(const QString &key, int index);

private:
    struct Session {
        QString accessJwt;
        QString did;
        QString handle;
    };
    using ResponseCallback = std::function<void(const net::Response &)>;
    /// Called with the session, or with why signing in failed and what to do about it.
    using SessionCallback = std::function<void(const Session &, const QString &error, const QString &hint)>;
    void withSession(SessionCallback next);
    /// com.atproto.repo.getRecord of the post \a rkey.
    void getRecord(const Session &session, const QString &rkey, ResponseCallback done);
    /// Makes the record \a record (getRecord's answer) the post the next part replies to.
    void follow(const QJsonObject &record);
    void sendPart(const OutgoingPost &post, int index, const Session &session, SendResult result, SendCallback done);
    [[nodiscard]] QUrl postUrl(const Session &session, const QString &rkey) const;

    QJsonObject m_root; ///< {uri, cid} of the thread's first post
    QJsonObject m_parent; ///< {uri, cid} of the previous post
};

} // namespace ra::channels
