// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/publishedreleases.h"

#include "journal/journal.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ra::release {

qsizetype PublishedRelease::sentCount() const
{
    return std::ranges::count_if(
        channels, [](const ChannelDelivery &delivery) { return delivery.state == ChannelDelivery::State::Sent; });
}

QJsonObject PublishedRelease::toJson() const
{
    QJsonArray deliveries;
    for (const ChannelDelivery &delivery : channels) {
        QJsonObject channel{{u"channel"_s, delivery.channelId},
                            {u"state"_s, channelDeliveryKey(delivery.state)},
                            {u"links"_s, QJsonArray::fromStringList(delivery.links)}};
        if (!delivery.message.isEmpty()) {
            channel.insert(u"message"_s, delivery.message);
        }
        deliveries.append(channel);
    }
    return {{u"tag"_s, tag},
            {u"name"_s, name},
            {u"url"_s, url.toString()},
            {u"publishedAt"_s, publishedAt.toUTC().toString(Qt::ISODate)},
            {u"prerelease"_s, prerelease},
            {u"channels"_s, deliveries}};
}

QStringList PublishedReleases::channelIds(const Playbook &playbook)
{
    QStringList ids;
    for (const channels::ChannelConfig &config : AnnounceStep::channelsOf(playbook).configs) {
        ids.append(config.id);
    }
    return ids;
}

QList<PublishedRelease> PublishedReleases::fromReleases(const QList<github::Release> &releases,
                                                        const QStringList &channelIds, Journal *journal)
{
    QList<PublishedRelease> published;
    for (const github::Release &release : releases) {
        if (release.draft) {
            continue;
        }
        PublishedRelease entry{release.tagName,     release.name,       release.htmlUrl,
                               release.publishedAt, release.prerelease, {}};
        // A release this machine never recorded has sent nothing from here; reading must not create it.
        const bool recorded = journal && journal->hasRelease(release.tagName);
        const AnnounceStep step(recorded ? journal : nullptr, release.tagName, channelIds);
        for (const QString &id : channelIds) {
            entry.channels.append(step.delivery(id));
        }
        published.append(entry);
    }
    std::ranges::stable_sort(
        published, [](const PublishedRelease &a, const PublishedRelease &b) { return a.publishedAt > b.publishedAt; });
    return published;
}

net::Call *PublishedReleases::load(github::GitHubClient &client, const github::RepositoryRef &repo,
                                   const QStringList &channelIds, Journal *journal, Done done)
{
    return client.listReleases(
        repo, [channelIds, journal, done = std::move(done)](const github::Result<QList<github::Release>> &releases) {
            github::Result<QList<PublishedRelease>> result;
            result.error = releases.error;
            if (releases.ok()) {
                result.value = fromReleases(releases.value, channelIds, journal);
            }
            done(result);
        });
}

} // namespace ra::release
