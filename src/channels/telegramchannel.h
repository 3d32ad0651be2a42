// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "channels/channel.h"

namespace ra::channels {

/// Telegram Bot API: sendMessage with parse_mode=HTML to a channel ("@name", public channels where the bot
/// is an admin) or a chat ("-100…"), optionally into a forum topic (message_thread_id). Settings: "chat",
/// "threadId", "disablePreview"; secret: "bot-token".
///
/// Bots cannot read a channel's history, so an uncertain send cannot be looked up: the user confirms.
/// A group that became a supergroup answers migrate_to_chat_id: the message is sent once more to the new
/// id, and the new id is reported (notes.migratedChatId) so the configuration can be updated.
class TelegramChannel : public Channel
{
    Q_OBJECT

public:
    using Channel::Channel;

    [[nodiscard]] Network network() const override;
    [[nodiscard]] QString format(const QString &plainText) const override;
    void send(const OutgoingPost &post, SendCallback done) override;

private:
    void sendPart(const OutgoingPost &post, int index, const QJsonValue &chat, SendResult result, SendCallback done);
};

} // namespace ra::channels
