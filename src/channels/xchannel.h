// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "channels/channel.h"
#include "channels/oauth1.h"
#include "net/request.h"

#include <functional>

namespace ra::channels {

/// X: POST /2/tweets with OAuth 1.0a user context (the JSON body is not signed); a long announcement is a
/// thread, each post replying to the previous one. Secrets: "consumer-key", "consumer-secret",
/// "access-token", "access-token-secret". Setting: "username" (for the post links).
///
/// X has no idempotency key. An uncertain post is looked up among the account's recent posts
/// (GET /2/users/me, then /2/users/{id}/tweets); a "duplicate content" 403 on a repeat means it was posted.
class XChannel : public Channel
{
    Q_OBJECT

public:
    using Channel::Channel;

    [[nodiscard]] Network network() const override;
    [[nodiscard]] bool supportsThreads() const override;
    void send(const OutgoingPost &post, SendCallback done) override;
    void reconcile(const QJsonObject &intent, ReconcileCallback done) override;

    /// Replaces the nonce and timestamp source (tests reproduce signatures).
    void setNonceSource(std::function<std::pair<QByteArray, QByteArray>()> source);

private:
    void sendPart(const OutgoingPost &post, int index, SendResult result, SendCallback done);
    [[nodiscard]] net::Request signedRequest(const QByteArray &method, const QUrl &url) const;
    [[nodiscard]] QUrl postUrl(const QString &id) const;

    std::function<std::pair<QByteArray, QByteArray>()> m_nonceSource;
};

} // namespace ra::channels
