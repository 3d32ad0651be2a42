// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "channels/channel.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace ra::channels {

/// What the application knows about a kind of channel before creating one.
struct ChannelKind {
    QString kind; ///< "telegram"
    QString displayName; ///< "Telegram"
    Network network = Network::X;
    /// The secrets it needs, by name ("bot-token"); the SecretStore keeps them under "<channel id>/<name>".
    QStringList credentialNames;
    /// The settings it reads (for the settings page and the CLI's messages).
    QStringList settingNames;
    /// Its default base URL; empty where the target names the server (a Mastodon instance).
    QUrl defaultBaseUrl;
    using Factory =
        std::function<std::unique_ptr<Channel>(const ChannelConfig &, const Credentials &, net::HttpClient &)>;
    Factory create;
};

/// The kinds of channel the application can post to. builtinchannels.cpp registers the built-in ones; a new
/// network is one Channel subclass plus one add() line there.
class ChannelRegistry
{
public:
    /// The registry with every built-in channel kind.
    [[nodiscard]] static const ChannelRegistry &builtin();

    void add(ChannelKind kind);
    [[nodiscard]] const ChannelKind *find(const QString &kind) const;
    [[nodiscard]] QStringList kinds() const;
    /// Creates the channel for \a config, or nullptr (with \a error) for an unknown kind or missing secrets.
    [[nodiscard]] std::unique_ptr<Channel> create(const ChannelConfig &config, const Credentials &credentials,
                                                  net::HttpClient &http, QString *error = nullptr) const;

private:
    QList<ChannelKind> m_kinds;
};

/// Registers the built-in kinds: Telegram, X, Mastodon, Bluesky, Discord.
void registerBuiltinChannels(ChannelRegistry &registry);

} // namespace ra::channels
