// SPDX-License-Identifier: GPL-3.0-or-later
// Where announcements go is decided by the playbook's channel targets, and how this machine reaches them by
// the channels file: both are hand-written. The first byte picks what the rest is: a channels file (even) or
// the target of a channel of one kind (odd). A target that is accepted names a place on its network; a
// channels file may change how a channel is reached, never where it posts, and a refusal changes nothing
// and names the file.
#include "channels/channel.h"
#include "channels/channelsetup.h"
#include "channels/channelsfile.h"
#include "channels/channeltarget.h"
#include "core/playbook.h"
#include "core/playbookloader.h"
#include "fuzzsupport.h"

#include <QFile>
#include <QHostAddress>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using ra::channels::ChannelConfig;
using ra::fuzz::require;

namespace {

const QStringList kinds{u"telegram"_s, u"x"_s, u"mastodon"_s, u"bluesky"_s, u"discord"_s, u"forum"_s};

/// The aleph-vm preset with a channel of every kind Release Assistant posts to.
const ra::Playbook &playbook()
{
    static const ra::Playbook book = [] {
        ra::Playbook result = *ra::PlaybookLoader::loadPreset(u"aleph-vm"_s).playbook;
        const QList<std::pair<QString, QString>> extra{{u"mastodon"_s, u"https://social.example/@aleph"_s},
                                                       {u"bluesky"_s, u"@aleph.im"_s},
                                                       {u"discord"_s, u"https://discord.com/channels/1/2"_s}};
        int line = 1000;
        for (const auto &[kind, target] : extra) {
            result.channels.append(ra::AnnouncementChannel{kind, kind, target, 500, {}, {}});
            result.channelLines.insert(kind, {line, line + 2});
            line += 10;
        }
        return result;
    }();
    return book;
}

bool isLoopback(const QUrl &url)
{
    return url.host() == u"localhost"_s || QHostAddress(url.host()).isLoopback();
}

QString settingText(const ChannelConfig &config, const QString &name)
{
    return config.settings.value(name).toVariant().toString();
}

void checkTarget(const QString &kind, const QString &target)
{
    QString error;
    const auto parsed = ra::channels::ChannelTarget::parse(kind, target, &error);
    if (!parsed) {
        require(!error.isEmpty());
        return;
    }
    require(kind != u"forum"_s);
    // Every setting the target decides is there and names something: a chat, a user, a handle, a channel.
    for (const QString &name : ra::channels::ChannelTarget::decidedSettings(kind)) {
        const QJsonValue value = parsed->settings.value(name);
        require(value.isString() ? !value.toString().isEmpty() : value.toInteger() != 0);
    }
    if (kind == u"mastodon"_s) {
        require(parsed->instance.isValid() && !parsed->instance.host().isEmpty());
        require(parsed->instance.scheme() == u"https"_s || parsed->instance.scheme() == u"http"_s);
    }
}

void checkChannelsFile(const QByteArray &content)
{
    static const QTemporaryDir directory;
    static const QString path = directory.filePath(u"channels.json"_s);
    {
        QFile file(path);
        require(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        require(file.write(content) == content.size());
    }
    QList<ChannelConfig> before;
    QString error;
    require(ra::channels::ChannelSetup::channelsOf(playbook(), &before, &error));
    QList<ChannelConfig> after = before;
    if (!ra::channels::ChannelsFile::apply(path, playbook(), &after, &error)) {
        require(error.contains(path));
        require(after.size() == before.size());
        for (qsizetype i = 0; i < after.size(); ++i) {
            require(after.at(i).settings == before.at(i).settings && after.at(i).baseUrl == before.at(i).baseUrl);
        }
        return;
    }
    require(after.size() == before.size());
    for (qsizetype i = 0; i < after.size(); ++i) {
        const ChannelConfig &was = before.at(i);
        const ChannelConfig &now = after.at(i);
        require(now.id == was.id && now.kind == was.kind);
        for (const QString &name : ra::channels::ChannelTarget::decidedSettings(was.kind)) {
            require(settingText(now, name) == settingText(was, name));
        }
        if (now.baseUrl != was.baseUrl) {
            require(now.baseUrl.scheme() == u"http"_s || now.baseUrl.scheme() == u"https"_s);
            require(!now.baseUrl.host().isEmpty());
            if (was.kind == u"mastodon"_s) {
                require(isLoopback(now.baseUrl) ||
                        now.baseUrl.host().compare(was.baseUrl.host(), Qt::CaseInsensitive) == 0);
            }
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0 || size > 20000) {
        return 0;
    }
    const QByteArray rest = ra::fuzz::bytesOf(data + 1, size - 1);
    if (data[0] % 2 == 0) {
        checkChannelsFile(rest);
    } else {
        checkTarget(kinds.at((data[0] >> 1) % kinds.size()), QString::fromUtf8(rest));
    }
    return 0;
}
