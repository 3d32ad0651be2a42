// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "channels/channel.h"

namespace ra::channels {

/// Discord webhook: POST /api/v10/webhooks/{id}/{token}?wait=true, so the reply carries the message (its id
/// is the only proof of delivery); mentions are never parsed, so notes cannot ping @everyone. Secret:
/// "webhook-url" (it holds the webhook token); settings: "username", "guildId" (for message links). The
/// base URL replaces the webhook URL's origin (tests).
///
/// Webhooks cannot list a channel's messages: an uncertain send is confirmed by the user.
class DiscordChannel : public Channel
{
    Q_OBJECT

public:
    using Channel::Channel;

    [[nodiscard]] Network network() const override;
    void send(const OutgoingPost &post, SendCallback done) override;

private:
    void sendPart(const OutgoingPost &post, int index, SendResult result, SendCallback done);
    [[nodiscard]] QUrl webhookUrl(bool test) const;
};

} // namespace ra::channels
