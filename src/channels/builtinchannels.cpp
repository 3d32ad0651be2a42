// SPDX-License-Identifier: GPL-3.0-or-later
#include "channels/blueskychannel.h"
#include "channels/channelregistry.h"
#include "channels/discordchannel.h"
#include "channels/mastodonchannel.h"
#include "channels/telegramchannel.h"
#include "channels/xchannel.h"

using namespace Qt::StringLiterals;

namespace ra::channels {

namespace {

template<typename T>
ChannelKind::Factory factory()
{
    return [](const ChannelConfig &config, const Credentials &credentials, net::HttpClient &http) {
        return std::make_unique<T>(config, credentials, http);
    };
}

} // namespace

void registerBuiltinChannels(ChannelRegistry &registry)
{
    registry.add({u"telegram"_s,
                  u"Telegram"_s,
                  Network::Telegram,
                  {u"bot-token"_s},
                  {u"chat"_s, u"threadId"_s, u"disablePreview"_s},
                  QUrl(u"https://api.telegram.org"_s),
                  factory<TelegramChannel>()});
    registry.add({u"x"_s,
                  u"X"_s,
                  Network::X,
                  {u"consumer-key"_s, u"consumer-secret"_s, u"access-token"_s, u"access-token-secret"_s},
                  {u"username"_s},
                  QUrl(u"https://api.x.com"_s),
                  factory<XChannel>()});
    registry.add({u"mastodon"_s,
                  u"Mastodon"_s,
                  Network::Mastodon,
                  {u"access-token"_s},
                  {u"visibility"_s, u"language"_s},
                  // The instance is where the post goes: it comes from the playbook's target, never a default.
                  QUrl(),
                  factory<MastodonChannel>()});
    registry.add({u"bluesky"_s,
                  u"Bluesky"_s,
                  Network::Bluesky,
                  {u"app-password"_s},
                  {u"handle"_s},
                  QUrl(u"https://bsky.social"_s),
                  factory<BlueskyChannel>()});
    registry.add({u"discord"_s,
                  u"Discord"_s,
                  Network::Discord,
                  {u"webhook-url"_s},
                  {u"username"_s, u"guildId"_s, u"channelId"_s},
                  QUrl(u"https://discord.com"_s),
                  factory<DiscordChannel>()});
}

} // namespace ra::channels
