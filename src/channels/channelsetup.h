// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "channels/channel.h"
#include "channels/channelregistry.h"

#include <QList>
#include <QString>

#include <functional>

namespace ra {
struct Playbook;
}

namespace ra::secrets {
class SecretStore;
}

namespace ra::channels {

/// Where the channels of a release come from and how their posts are prepared; shared by the CLI and the app.
class ChannelSetup
{
public:
    /// The channels of \a playbook that Release Assistant posts to, one per [channel] section of a kind it
    /// knows, in order, each going where its `target` says (the id is the section's name). Returns false with
    /// \a error (the playbook's file and line, what to write) for each target that names no place of its
    /// network; \a channels then holds the others.
    static bool channelsOf(const Playbook &playbook, QList<ChannelConfig> *channels, QString *error);
    /// channelsOf(), reached as the channels file at channelsFilePath() says when there is one (ChannelsFile).
    /// Returns false with \a error when either is wrong; \a channels then holds the playbook's channels as
    /// they are.
    static bool loadChannels(const Playbook &playbook, QList<ChannelConfig> *channels, QString *error);
    /// $RA_CHANNELS_FILE, else <config dir>/release-assistant/channels.json.
    [[nodiscard]] static QString channelsFilePath();

    /// The key of secret \a name of channel \a channelId in the SecretStore ("channels/telegram/bot-token").
    [[nodiscard]] static QString secretKey(const QString &channelId, const QString &name);
    /// The environment variable that overrides it, for CI ("RA_SECRET_TELEGRAM_BOT_TOKEN").
    [[nodiscard]] static QString secretEnvironmentVariable(const QString &channelId, const QString &name);

    using CredentialsCallback = std::function<void(const Credentials &, const QString &error)>;
    /// Reads every secret \a kind needs for \a channelId: from the environment first, then from \a store
    /// (which may be null). Missing secrets are left out; the registry names them when creating the channel.
    static void loadCredentials(secrets::SecretStore *store, const ChannelKind &kind, const QString &channelId,
                                CredentialsCallback done);

    /// The posts \a plainText becomes on \a channel: formatted for the network and, when too long, split
    /// into a numbered thread (threads) or several messages, each within the network's limit.
    [[nodiscard]] static QStringList composeParts(const Channel &channel, const QString &plainText);
};

} // namespace ra::channels
