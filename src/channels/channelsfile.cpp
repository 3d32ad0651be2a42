// SPDX-License-Identifier: GPL-3.0-or-later
#include "channels/channelsfile.h"

#include "channels/channelregistry.h"
#include "channels/channeltarget.h"
#include "core/playbook.h"

#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ra::channels {

namespace {

const QStringList entryKeys{u"id"_s, u"kind"_s, u"baseUrl"_s, u"settings"_s, u"testSettings"_s};

/// Where one entry of the file, and each of its keys ("baseUrl", "settings.chat"), is written.
struct EntryLines {
    int line = 0;
    QHash<QString, int> keys;
};

int lineAt(const QByteArray &bytes, qsizetype offset)
{
    return int(bytes.left(offset).count('\n')) + 1;
}

/// The lines of the entries of \a json, a JSON array of objects (QJsonDocument keeps no positions).
QList<EntryLines> scanLines(const QByteArray &json)
{
    QList<EntryLines> entries;
    int line = 1;
    int depth = 0;
    QString key; // the last key of the current entry
    QString parent; // the key whose object is open inside the entry
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (c == '\n') {
            ++line;
        } else if (c == '"') {
            qsizetype end = i + 1;
            while (end < json.size() && json.at(end) != '"') {
                end += json.at(end) == '\\' ? 2 : 1;
            }
            qsizetype next = end + 1;
            while (next < json.size() && QByteArrayView(" \t\r\n").contains(json.at(next))) {
                ++next;
            }
            if (next < json.size() && json.at(next) == ':' && !entries.isEmpty()) {
                const QString name = QString::fromUtf8(json.mid(i + 1, end - i - 1));
                if (depth == 2) {
                    key = name;
                    entries.last().keys.insert(name, line);
                } else if (depth == 3) {
                    entries.last().keys.insert(parent + u'.' + name, line);
                }
            }
            i = end;
        } else if (c == '{' || c == '[') {
            ++depth;
            if (depth == 2) {
                entries.append(EntryLines{line, {}});
            } else if (depth == 3) {
                parent = key;
            }
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return entries;
}

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    return host == u"localhost"_s || QHostAddress(host).isLoopback();
}

/// Checks and applies one entry of the file to \a channels; each problem is appended to \a problems.
class EntryReader
{
public:
    EntryReader(const QString &path, const Playbook &playbook, const QJsonObject &entry, const EntryLines &lines,
                QStringList &problems)
        : m_path(path)
        , m_playbook(playbook)
        , m_entry(entry)
        , m_lines(lines)
        , m_problems(problems)
    {
    }

    void apply(ChannelConfig &config)
    {
        const Playbook::ChannelLines lines = m_playbook.channelLines.value(config.id);
        m_targetAt = u"%1:%2"_s.arg(m_playbook.source).arg(lines.target);
        for (const AnnouncementChannel &channel : m_playbook.channels) {
            if (channel.name == config.id) {
                m_target = channel.target;
            }
        }
        const QString kind = m_entry.value(u"kind"_s).toString(config.kind);
        if (kind != config.kind) {
            report(u"kind"_s, u"\"kind\": \"%1\", but [channel %2] is a %3 channel (%4:%5): remove \"kind\" or make "
                              "it \"%3\"."_s.arg(kind, config.id, config.kind, m_playbook.source)
                                  .arg(lines.section));
            return;
        }
        const ChannelKind *known = ChannelRegistry::builtin().find(config.kind);
        const QStringList decided = ChannelTarget::decidedSettings(config.kind);
        const QJsonObject settings = object(u"settings"_s);
        for (auto it = settings.constBegin(); it != settings.constEnd(); ++it) {
            if (!known->settingNames.contains(it.key())) {
                report(u"settings."_s + it.key(), u"unknown setting '%1' of a %2 channel (use %3)."_s.arg(
                                                      it.key(), known->displayName, known->settingNames.join(u", "_s)));
            } else if (decided.contains(it.key()) &&
                       it.value().toVariant().toString() != config.settings.value(it.key()).toVariant().toString()) {
                report(u"settings."_s + it.key(),
                       u"\"%1\": \"%2\" would post the %3 announcement elsewhere than the playbook's target %4 (%5). "
                       "The playbook decides where it goes: to post there, change that target; otherwise remove "
                       "\"%1\" from the channels file."_s.arg(it.key(), it.value().toVariant().toString(), config.id,
                                                              m_target, m_targetAt));
            } else {
                config.settings.insert(it.key(), it.value());
            }
        }
        const QJsonObject testSettings = object(u"testSettings"_s);
        for (auto it = testSettings.constBegin(); it != testSettings.constEnd(); ++it) {
            if (!known->settingNames.contains(it.key())) {
                report(u"testSettings."_s + it.key(),
                       u"unknown setting '%1' of a %2 channel (use %3)."_s.arg(it.key(), known->displayName,
                                                                               known->settingNames.join(u", "_s)));
            }
        }
        config.testSettings = testSettings;
        if (m_entry.contains(u"baseUrl"_s)) {
            applyBaseUrl(config);
        }
    }

private:
    void report(const QString &key, const QString &message)
    {
        m_problems.append(u"%1:%2: %3"_s.arg(m_path).arg(m_lines.keys.value(key, m_lines.line)).arg(message));
    }

    QJsonObject object(const QString &key)
    {
        const QJsonValue value = m_entry.value(key);
        if (!value.isUndefined() && !value.isObject()) {
            report(key, u"\"%1\" must be an object of settings by name, e.g. {\"disablePreview\": true}."_s.arg(key));
        }
        return value.toObject();
    }

    void applyBaseUrl(ChannelConfig &config)
    {
        const QString text = m_entry.value(u"baseUrl"_s).toString();
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s)) {
            report(u"baseUrl"_s, u"\"baseUrl\": \"%1\" is not an http(s) URL: write e.g. \"http://127.0.0.1:8080\" "
                                 "for a local twin."_s.arg(text));
            return;
        }
        // A Mastodon target is an account on an instance: another host is another instance, unless it is a
        // local twin or proxy standing in for it.
        if (config.kind == u"mastodon"_s && !isLoopback(url) &&
            url.host().compare(config.baseUrl.host(), Qt::CaseInsensitive) != 0) {
            report(u"baseUrl"_s,
                   u"\"baseUrl\": \"%1\" points the %2 channel at another instance than the playbook's target %3 "
                   "(%4). To announce on %5, change that target in the playbook; to reach %6 through a local twin "
                   "or proxy, give a loopback address (http://127.0.0.1:<port>); otherwise remove \"baseUrl\"."_s.arg(
                       text, config.id, m_target, m_targetAt, url.host(), config.baseUrl.host()));
            return;
        }
        config.baseUrl = url;
    }

    const QString &m_path;
    const Playbook &m_playbook;
    const QJsonObject &m_entry;
    const EntryLines &m_lines;
    QStringList &m_problems;
    QString m_target;
    QString m_targetAt;
};

} // namespace

bool ChannelsFile::apply(const QString &path, const Playbook &playbook, QList<ChannelConfig> *channels, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"Cannot read the channels file %1: %2."_s.arg(path, file.errorString());
        return false;
    }
    const QByteArray bytes = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = u"%1:%2: not valid JSON (%3): fix the file."_s.arg(path)
                     .arg(lineAt(bytes, parseError.offset))
                     .arg(parseError.errorString());
        return false;
    }
    const QJsonArray array = document.array();
    if (!document.isArray() ||
        std::any_of(array.cbegin(), array.cend(), [](const QJsonValue &v) { return !v.isObject(); })) {
        *error = u"%1: not a JSON array of objects, one per channel: fix the file."_s.arg(path);
        return false;
    }
    const QList<EntryLines> lines = scanLines(bytes);
    QList<ChannelConfig> result = *channels;
    QStringList problems;
    QSet<QString> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject entry = array.at(i).toObject();
        const EntryLines where = lines.value(i);
        const QString at = u"%1:%2"_s.arg(path).arg(where.line);
        const QStringList keys = entry.keys();
        for (const QString &key : keys) {
            if (!entryKeys.contains(key)) {
                problems.append(
                    u"%1:%2: unknown key \"%3\" (a channels file only says how to reach a channel: %4)."_s.arg(path)
                        .arg(where.keys.value(key, where.line))
                        .arg(key, entryKeys.join(u", "_s)));
            }
        }
        const QString id = entry.value(u"id"_s).toString(entry.value(u"kind"_s).toString());
        const auto config = std::find_if(result.begin(), result.end(), [&](const auto &c) { return c.id == id; });
        if (config == result.end()) {
            QStringList names;
            for (const ChannelConfig &c : std::as_const(result)) {
                names.append(c.id);
            }
            problems.append(u"%1: \"%2\" is not a channel of the playbook %3, which decides where announcements go "
                            "(its channels: %4): add a [channel %2] section with its target there, or remove this "
                            "entry."_s.arg(at, id, playbook.source, names.join(u", "_s)));
            continue;
        }
        if (seen.contains(id)) {
            problems.append(u"%1: a second entry for the channel \"%2\": keep one."_s.arg(at, id));
            continue;
        }
        seen.insert(id);
        EntryReader(path, playbook, entry, where, problems).apply(*config);
    }
    if (!problems.isEmpty()) {
        *error = problems.join(u'\n');
        return false;
    }
    *channels = result;
    return true;
}

} // namespace ra::channels
