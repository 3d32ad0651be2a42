// SPDX-License-Identifier: GPL-3.0-or-later
#include "channels/channeltarget.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ra::channels {

namespace {

/// An http(s) URL on one of \a hosts (a "www." or "mobile." prefix allowed): its path segments, else nullopt.
std::optional<QStringList> pathOn(const QString &text, const QStringList &hosts)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s)) {
        return std::nullopt;
    }
    QString host = url.host().toLower();
    for (const QString &prefix : {u"www."_s, u"mobile."_s}) {
        if (host.startsWith(prefix)) {
            host = host.mid(prefix.size());
        }
    }
    if (!hosts.contains(host)) {
        return std::nullopt;
    }
    return url.path().split(u'/', Qt::SkipEmptyParts);
}

bool matches(const QString &pattern, const QString &text)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(text).hasMatch();
}

std::optional<ChannelTarget> telegram(const QString &target, QString *error)
{
    static const QString username = u"[A-Za-z][A-Za-z0-9_]{3,31}"_s;
    if (matches(u"@"_s + username, target)) {
        return ChannelTarget{{}, {{u"chat"_s, target}}};
    }
    // A chat id is a 64-bit number: longer digit strings are refused, never wrapped (or read as chat 0).
    bool inRange = false;
    if (matches(u"-100[0-9]+"_s, target)) {
        if (const qlonglong chat = target.toLongLong(&inRange); inRange) {
            return ChannelTarget{{}, {{u"chat"_s, chat}}};
        }
    }
    if (const auto path = pathOn(target, {u"t.me"_s, u"telegram.me"_s})) {
        if (path->size() >= 2 && path->at(0) == u"c"_s && matches(u"[0-9]+"_s, path->at(1))) {
            if (const qlonglong chat = (u"-100"_s + path->at(1)).toLongLong(&inRange); inRange) {
                return ChannelTarget{{}, {{u"chat"_s, chat}}};
            }
        }
        if (path->size() == 1 && matches(username, path->at(0))) {
            return ChannelTarget{{}, {{u"chat"_s, u"@"_s + path->at(0)}}};
        }
    }
    const bool invite = target.contains(u"/+"_s) || target.contains(u"/joinchat"_s);
    *error = u"%1: write https://t.me/<channel> or @<channel> for a public channel, -100<id> or "
             "https://t.me/c/<id> for a private one"_s.arg(invite ? u"an invite link, not a chat a bot posts to"_s
                                                                  : u"not a Telegram channel"_s);
    return std::nullopt;
}

std::optional<ChannelTarget> x(const QString &target, QString *error)
{
    static const QString username = u"[A-Za-z0-9_]{1,15}"_s;
    if (matches(u"@"_s + username, target)) {
        return ChannelTarget{{}, {{u"username"_s, target.mid(1)}}};
    }
    if (const auto path = pathOn(target, {u"x.com"_s, u"twitter.com"_s});
        path && path->size() == 1 && matches(username, path->at(0))) {
        return ChannelTarget{{}, {{u"username"_s, path->at(0)}}};
    }
    *error = u"not an X account: write https://x.com/<user> or @<user>"_s;
    return std::nullopt;
}

std::optional<ChannelTarget> mastodon(const QString &target, QString *error)
{
    // Host labels: letters, digits and inner hyphens, one dot between them (no empty label such as "a..b").
    static const QRegularExpression handle(
        u"^@[A-Za-z0-9_]+@((?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\\.)+[A-Za-z]{2,})$"_s);
    if (const QRegularExpressionMatch match = handle.match(target); match.hasMatch()) {
        return ChannelTarget{QUrl(u"https://"_s + match.captured(1).toLower()), {}};
    }
    const QUrl url(target, QUrl::StrictMode);
    const QStringList path = url.path().split(u'/', Qt::SkipEmptyParts);
    if (url.isValid() && (url.scheme() == u"https"_s || url.scheme() == u"http"_s) && !url.host().isEmpty() &&
        (path.isEmpty() || (path.size() == 1 && path.at(0).startsWith(u'@')))) {
        QUrl instance;
        instance.setScheme(url.scheme());
        instance.setHost(url.host().toLower());
        instance.setPort(url.port());
        return ChannelTarget{instance, {}};
    }
    *error = u"not a Mastodon account: write https://<instance>/@<user>, @<user>@<instance> or https://<instance>"_s;
    return std::nullopt;
}

std::optional<ChannelTarget> bluesky(const QString &target, QString *error)
{
    static const QString handle = u"([A-Za-z0-9-]+\\.)+[A-Za-z0-9-]+|did:[a-z]+:[A-Za-z0-9._:%-]+"_s;
    const QString bare = target.startsWith(u'@') ? target.mid(1) : target;
    if (!bare.contains(u"://"_s) && matches(handle, bare)) {
        return ChannelTarget{{}, {{u"handle"_s, bare.toLower()}}};
    }
    if (const auto path = pathOn(target, {u"bsky.app"_s});
        path && path->size() == 2 && path->at(0) == u"profile"_s && matches(handle, path->at(1))) {
        return ChannelTarget{{}, {{u"handle"_s, path->at(1).toLower()}}};
    }
    *error = u"not a Bluesky account: write https://bsky.app/profile/<handle>, @<handle> or <handle>"_s;
    return std::nullopt;
}

std::optional<ChannelTarget> discord(const QString &target, QString *error)
{
    const auto path =
        pathOn(target, {u"discord.com"_s, u"discordapp.com"_s, u"ptb.discord.com"_s, u"canary.discord.com"_s});
    if (path && path->size() == 3 && path->at(0) == u"channels"_s && matches(u"[0-9]+"_s, path->at(1)) &&
        matches(u"[0-9]+"_s, path->at(2))) {
        return ChannelTarget{{}, {{u"guildId"_s, path->at(1)}, {u"channelId"_s, path->at(2)}}};
    }
    *error = u"not a Discord channel: write the channel's link, https://discord.com/channels/<server id>/<channel "
             "id> (Copy Channel Link in Discord)"_s;
    return std::nullopt;
}

} // namespace

std::optional<ChannelTarget> ChannelTarget::parse(const QString &kind, const QString &target, QString *error)
{
    const QString text = target.trimmed();
    if (kind == u"telegram"_s) {
        return telegram(text, error);
    }
    if (kind == u"x"_s) {
        return x(text, error);
    }
    if (kind == u"mastodon"_s) {
        return mastodon(text, error);
    }
    if (kind == u"bluesky"_s) {
        return bluesky(text, error);
    }
    if (kind == u"discord"_s) {
        return discord(text, error);
    }
    *error = u"Release Assistant cannot post to a channel of kind '%1'"_s.arg(kind);
    return std::nullopt;
}

QStringList ChannelTarget::decidedSettings(const QString &kind)
{
    if (kind == u"telegram"_s) {
        return {u"chat"_s};
    }
    if (kind == u"x"_s) {
        return {u"username"_s};
    }
    if (kind == u"bluesky"_s) {
        return {u"handle"_s};
    }
    if (kind == u"discord"_s) {
        return {u"guildId"_s, u"channelId"_s};
    }
    return {};
}

} // namespace ra::channels
