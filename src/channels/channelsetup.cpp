// SPDX-License-Identifier: GPL-3.0-or-later
#include "channels/channelsetup.h"

#include "channels/channelsfile.h"
#include "channels/channeltarget.h"
#include "core/announcement/threadsplitter.h"
#include "core/playbook.h"
#include "secrets/secretstore.h"

#include <QFile>
#include <QStandardPaths>

#include <memory>

using namespace Qt::StringLiterals;

namespace ra::channels {

QString ChannelSetup::channelsFilePath()
{
    const QString fromEnvironment = qEnvironmentVariable("RA_CHANNELS_FILE");
    if (!fromEnvironment.isEmpty()) {
        return fromEnvironment;
    }
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           u"/release-assistant/channels.json"_s;
}

bool ChannelSetup::channelsOf(const Playbook &playbook, QList<ChannelConfig> *channels, QString *error)
{
    QList<ChannelConfig> result;
    QStringList problems;
    for (const AnnouncementChannel &channel : playbook.channels) {
        // Forums, Matrix rooms, mailing lists: announced by hand, no sender here.
        if (!ChannelRegistry::builtin().find(channel.kind)) {
            continue;
        }
        QString why;
        const std::optional<ChannelTarget> target = ChannelTarget::parse(channel.kind, channel.target, &why);
        if (!target) {
            problems.append(u"%1:%2: channel.%3.target: '%4' is %5"_s.arg(playbook.source)
                                .arg(playbook.channelLines.value(channel.name).target)
                                .arg(channel.name, channel.target, why));
            continue;
        }
        result.append(ChannelConfig{channel.kind, channel.name, target->instance, target->settings, {}});
    }
    *channels = result;
    if (!problems.isEmpty()) {
        *error = problems.join(u'\n');
        return false;
    }
    return true;
}

bool ChannelSetup::loadChannels(const Playbook &playbook, QList<ChannelConfig> *channels, QString *error)
{
    if (!channelsOf(playbook, channels, error)) {
        return false;
    }
    const QString path = channelsFilePath();
    return !QFile::exists(path) || ChannelsFile::apply(path, playbook, channels, error);
}

QString ChannelSetup::secretKey(const QString &channelId, const QString &name)
{
    return u"channels/%1/%2"_s.arg(channelId, name);
}

QString ChannelSetup::secretEnvironmentVariable(const QString &channelId, const QString &name)
{
    QString variable = u"RA_SECRET_%1_%2"_s.arg(channelId, name).toUpper();
    for (QChar &c : variable) {
        if (!c.isLetterOrNumber()) {
            c = u'_';
        }
    }
    return variable;
}

void ChannelSetup::loadCredentials(secrets::SecretStore *store, const ChannelKind &kind, const QString &channelId,
                                   CredentialsCallback done)
{
    struct State {
        Credentials credentials;
        QStringList pending;
        QString error;
        CredentialsCallback done;
    };
    auto state = std::make_shared<State>();
    state->done = std::move(done);
    for (const QString &name : kind.credentialNames) {
        const QString fromEnvironment = qEnvironmentVariable(qPrintable(secretEnvironmentVariable(channelId, name)));
        if (!fromEnvironment.isEmpty()) {
            state->credentials.insert(name, fromEnvironment);
        } else if (store) {
            state->pending.append(name);
        }
    }
    if (state->pending.isEmpty()) {
        state->done(state->credentials, {});
        return;
    }
    const QStringList names = state->pending;
    for (const QString &name : names) {
        store->read(secretKey(channelId, name), [state, name](const secrets::SecretValue &value) {
            if (value.found) {
                state->credentials.insert(name, value.value);
            } else if (value.error.isError() && state->error.isEmpty()) {
                state->error = value.error.toString();
            }
            state->pending.removeOne(name);
            if (state->pending.isEmpty()) {
                state->done(state->credentials, state->error);
            }
        });
    }
}

QStringList ChannelSetup::composeParts(const Channel &channel, const QString &plainText)
{
    const Network network = channel.network();
    const auto measured = [&channel, network](const QString &text) {
        return measure(network, channel.format(text));
    };
    ThreadSplitter splitter(measured, defaultLimit(network));
    splitter.setNumbered(channel.supportsThreads());
    QStringList parts;
    const QStringList pieces = splitter.split(plainText);
    for (const QString &piece : pieces) {
        parts.append(channel.format(piece));
    }
    return parts;
}

} // namespace ra::channels
