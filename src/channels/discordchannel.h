// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "channels/channel.h"

namespace ra::channels {

/// Discord webhook: POST /api/v10/webhooks/{id}/{token}?wait=true, so the reply carries the message (its id
/// is the only proof of delivery); mentions are never parsed, so notes cannot ping @everyone. Secret:
/// "webhook-url" (it holds the webhook token); settings: "username", and from the playbook's target
/// "guildId" (for message links) and "channelId". The base URL replaces the webhook URL's origin (tests).
///
/// The webhook decides the channel a message lands in: with a "channelId", the webhook is read first
/// (GET, no message) and one of another channel is refused, so the announcement goes to the target or nowhere.
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
    /// Takes the webhook token out of \a result's messages.
    void redact(SendResult &result) const;
};

} // namespace ra::channels
