// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "channels/channel.h"

#include <QList>
#include <QString>

namespace ra {
struct Playbook;
}

namespace ra::channels {

/**
 * The channels file: how this machine reaches the playbook's channels, never where they post.
 *
 * A JSON array with one object per playbook channel it changes: "id" (the channel's name in the playbook,
 * default: "kind"), "kind" (optional, must be the playbook's), "baseUrl" (where the requests go: a local twin,
 * a proxy, a self-hosted Bot API server or PDS), "settings" (how the posts look: Telegram "threadId" and
 * "disablePreview", Mastodon "visibility" and "language", Discord "username") and "testSettings" (the private
 * place a test send goes to). The destination is the playbook's `target`: a setting the target decides (a
 * Telegram chat, an X user, a Bluesky handle, a Discord channel) must agree with it, and a Mastodon "baseUrl"
 * must be on the target's instance or a loopback address; anything else is an error naming both lines.
 */
class ChannelsFile
{
public:
    /// Applies the file at \a path (written for \a playbook) to \a channels, the playbook's. Returns false
    /// with \a error, one line per problem: the channels file and line, the playbook and line, what to do.
    static bool apply(const QString &path, const Playbook &playbook, QList<ChannelConfig> *channels, QString *error);
};

} // namespace ra::channels
