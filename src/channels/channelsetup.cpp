// SPDX-License-Identifier: GPL-3.0-or-later
#include "channels/channelsetup.h"

#include "core/announcement/threadsplitter.h"
#include "secrets/secretstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QStandardPaths>

#include <memory>

using namespace Qt::StringLiterals;

namespace ra::channels {

QList<ChannelConfig> ChannelSetup::defaultChannels()
{
    return {ChannelConfig{u"telegram"_s, u"telegram"_s, {}, QJsonObject{{u"chat"_s, u"@alephim"_s}}, {}},
            ChannelConfig{u"x"_s, u"x"_s, {}, QJsonObject{{u"username"_s, u"aleph_im"_s}}, {}}};
}

QString ChannelSetup::channelsFilePath()
{
    const QString fromEnvironment = qEnvironmentVariable("RA_CHANNELS_FILE");
    if (!fromEnvironment.isEmpty()) {
        return fromEnvironment;
    }
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           u"/release-assistant/channels.json"_s;
}

bool ChannelSetup::loadChannels(const QString &path, QList<ChannelConfig> *channels, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"Cannot read the channels file %1: %2."_s.arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isArray()) {
        *error = u"%1 is not a JSON array of channels (%2): fix the file."_s.arg(
            path,
            parseError.error == QJsonParseError::NoError ? u"top level is not an array"_s : parseError.errorString());
        return false;
    }
    QList<ChannelConfig> result;
    QSet<QString> ids;
    const QJsonArray array = document.array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject entry = array.at(i).toObject();
        ChannelConfig config{entry.value(u"kind"_s).toString(), entry.value(u"id"_s).toString(),
                             QUrl(entry.value(u"baseUrl"_s).toString()), entry.value(u"settings"_s).toObject(),
                             entry.value(u"testSettings"_s).toObject()};
        if (config.id.isEmpty()) {
            config.id = config.kind;
        }
        if (!ChannelRegistry::builtin().find(config.kind)) {
            *error = u"%1, channel %2: unknown kind '%3' (use one of %4)."_s.arg(
                path, QString::number(i + 1), config.kind, ChannelRegistry::builtin().kinds().join(u", "_s));
            return false;
        }
        if (ids.contains(config.id)) {
            *error = u"%1, channel %2: the id '%3' is used twice; give each channel its own id."_s.arg(
                path, QString::number(i + 1), config.id);
            return false;
        }
        ids.insert(config.id);
        result.append(config);
    }
    *channels = result;
    return true;
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
