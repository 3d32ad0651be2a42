// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "channels/channel.h"
#include "net/request.h"

namespace ra::channels {

/// Mastodon: POST /api/v1/statuses with an Idempotency-Key (the instance keeps it an hour and answers a
/// repeat with the original status), a thread replying with in_reply_to_id. Base URL: the instance.
/// Settings: "visibility" (default public), "language"; secret: "access-token".
///
/// An uncertain post is reconciled by repeating the request with the same key (within the hour the
/// instance returns the original status instead of posting again), and after that by looking at the
/// account's recent statuses.
class MastodonChannel : public Channel
{
    Q_OBJECT

public:
    using Channel::Channel;

    [[nodiscard]] Network network() const override;
    [[nodiscard]] bool supportsThreads() const override;
    void send(const OutgoingPost &post, SendCallback done) override;
    void reconcile(const QJsonObject &intent, ReconcileCallback done) override;

private:
    void sendPart(const OutgoingPost &post, int index, SendResult result, SendCallback done);
    [[nodiscard]] net::Request statusRequest(const OutgoingPost &post, int index, const QString &replyTo) const;
};

} // namespace ra::channels
