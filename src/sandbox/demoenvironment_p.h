// SPDX-License-Identifier: GPL-3.0-or-later
// What the two source files of DemoEnvironment share: the layout of a demo folder and the demo's fixed secrets.
#pragma once

#include "channels/oauth1.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace ra::sandbox::demo {

using namespace Qt::StringLiterals;

inline constexpr int LayoutFormat = 1;
inline constexpr int StagingNodes = 2;

inline const QString layoutFile = u"demo.json"_s;
inline const QString servicesFile = u"services.json"_s;

// The channels' secrets. They are the demo's own, fixed so that a kept demo taken up by another process
// accepts the same ones, and they never open anything but these local twins.
inline const QString telegramToken = u"100200300:demo-telegram-bot-token"_s;
inline const channels::oauth1::Credentials xCredentials{"demo-x-consumer-key", "demo-x-consumer-secret",
                                                        "demo-x-access-token", "demo-x-access-token-secret"};
inline const QString mastodonToken = u"demo-mastodon-access-token"_s;
inline const QString blueskyHandle = u"sample-project.bsky.social"_s;
inline const QString blueskyPassword = u"demo-blue-skya-ppwd"_s;
inline const QString discordWebhookId = u"1100"_s;
inline const QString discordWebhookToken = u"demo-discord-webhook-token"_s;

/// The playbook's channels, in the order of their servers.
inline QStringList channelIds()
{
    return {u"telegram"_s, u"x"_s, u"mastodon"_s, u"bluesky"_s, u"discord"_s};
}

inline QString stagingName(int index)
{
    return u"node-%1"_s.arg(index + 1);
}

inline QUrl loopbackUrl(quint16 port)
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(port));
}

/// The Debian version of release \a tag ("v1.2.0" → "1.2.0").
inline QString debianVersion(const QString &tag)
{
    return tag.startsWith(u'v') ? tag.mid(1) : tag;
}

} // namespace ra::sandbox::demo
