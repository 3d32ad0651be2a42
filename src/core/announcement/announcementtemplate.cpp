// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/announcement/announcementtemplate.h"

#include "core/playbook.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ra {

QDate ReleaseFacts::upgradeDeadline() const
{
    return publishedOn.isValid() ? publishedOn.addDays(graceDays) : QDate();
}

QString AnnouncementTemplate::builtin(Network network, bool prerelease)
{
    if (prerelease) {
        return u"{project} {version} is available for testing on staging nodes. Feedback welcome before the "
               "final release: {release_url}"_s;
    }
    switch (network) {
    case Network::X:
    case Network::Bluesky:
        return u"{project} {version} is out for aleph.im Compute Resource Nodes.\n\n{highlights}\n\nNode "
               "operators: please upgrade by {deadline}.\n{release_url}"_s;
    case Network::Mastodon:
        return u"{project} {version} is out for aleph.im Compute Resource Nodes.\n\n{highlights}\n\nNode "
               "operators: please upgrade within {grace_days} days, by {deadline}, to keep your score.\n\n"
               "Release notes and packages: {release_url}\n\n#aleph #alephim"_s;
    case Network::Telegram:
    case Network::TelegramCaption:
    case Network::Discord:
        return u"{project} {version} is released.\n\nWhat's new:\n{highlights}\n\nCompute Resource Node operators: "
               "upgrade within {grace_days} days, by {deadline}; after that, nodes on the previous version lose "
               "score.\n\nRelease notes and packages: {release_url}"_s;
    }
    return {};
}

QString AnnouncementTemplate::forChannel(const QList<AnnouncementChannel> &channels, const QString &channelId,
                                         const QString &kind, Network network, bool prerelease)
{
    auto found = std::find_if(channels.cbegin(), channels.cend(),
                              [&](const AnnouncementChannel &channel) { return channel.name == channelId; });
    if (found == channels.cend()) {
        found = std::find_if(channels.cbegin(), channels.cend(),
                             [&](const AnnouncementChannel &channel) { return channel.kind == kind; });
    }
    if (found != channels.cend()) {
        const QString &text = prerelease ? found->prereleaseTemplate : found->messageTemplate;
        if (!text.isEmpty()) {
            return text;
        }
    }
    return builtin(network, prerelease);
}

namespace {

const QStringList &knownPlaceholders()
{
    static const QStringList names{u"project"_s,         u"version"_s,  u"release_url"_s, u"highlights"_s,
                                   u"first_highlight"_s, u"deadline"_s, u"grace_days"_s};
    return names;
}

} // namespace

QString AnnouncementTemplate::render(const QString &text, const ReleaseFacts &facts)
{
    QStringList bullets;
    for (const QString &line : facts.highlights) {
        if (!line.trimmed().isEmpty()) {
            bullets.append(u"• "_s + line.trimmed());
        }
    }
    const QDate deadline = facts.upgradeDeadline();
    const QHash<QString, QString> values{
        {u"project"_s, facts.project},
        {u"version"_s, facts.version},
        {u"release_url"_s, facts.releaseUrl},
        {u"highlights"_s, bullets.join(u'\n')},
        {u"first_highlight"_s, facts.highlights.value(0).trimmed()},
        {u"deadline"_s, deadline.isValid() ? QLocale(QLocale::English).toString(deadline, u"d MMMM yyyy"_s)
                                           : u"(no publish date yet)"_s},
        {u"grace_days"_s, QString::number(facts.graceDays)},
    };
    static const QRegularExpression placeholder(u"\\{([a-z_]+)\\}"_s);
    QString out;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(text).mid(last, match.capturedStart() - last);
        const QString name = match.captured(1);
        out += values.contains(name) ? values.value(name) : match.captured(0);
        last = match.capturedEnd();
    }
    out += QStringView(text).mid(last);
    // An empty {highlights} leaves blank lines behind: fold them.
    static const QRegularExpression blankRuns(u"\\n{3,}"_s);
    out.replace(blankRuns, u"\n\n"_s);
    return out.trimmed();
}

QStringList AnnouncementTemplate::unknownPlaceholders(const QString &text)
{
    static const QRegularExpression placeholder(u"\\{([a-z_]+)\\}"_s);
    QStringList unknown;
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!knownPlaceholders().contains(name) && !unknown.contains(name)) {
            unknown.append(name);
        }
    }
    return unknown;
}

} // namespace ra
