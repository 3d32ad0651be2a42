// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

namespace ra::channels {

/**
 * Where a playbook channel's `target` says the announcement goes, in its network's terms: the one source of
 * the destination. The channels file may change how the service is reached, never what this names.
 *
 * Accepted targets: Telegram `https://t.me/<channel>`, `@<channel>`, `https://t.me/c/<id>` or `-100<id>`;
 * X `https://x.com/<user>` (or twitter.com) or `@<user>`; Mastodon `https://<instance>/@<user>`,
 * `@<user>@<instance>` or `https://<instance>`; Bluesky `https://bsky.app/profile/<handle>`, `@<handle>`,
 * `<handle>` or a DID; Discord `https://discord.com/channels/<server id>/<channel id>` (the channel's link).
 */
struct ChannelTarget {
    /// The server the target lives on when the target names it (a Mastodon instance); empty otherwise.
    QUrl instance;
    /// The settings the target decides: Telegram "chat", X "username", Bluesky "handle", Discord "guildId" and
    /// "channelId".
    QJsonObject settings;

    /// Reads \a target of a channel of \a kind; nullopt with \a error (what is wrong, the accepted forms) when
    /// it names no place of that network.
    [[nodiscard]] static std::optional<ChannelTarget> parse(const QString &kind, const QString &target, QString *error);
    /// The names of the settings a target of \a kind decides (empty for Mastodon, whose target is its instance).
    [[nodiscard]] static QStringList decidedSettings(const QString &kind);
};

} // namespace ra::channels
