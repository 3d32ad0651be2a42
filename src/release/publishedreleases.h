// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "github/githubclient.h"
#include "release/announcestep.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace ra {
class Journal;
}

namespace ra::release {

/// A published release of the project, and where its announcement stands on each channel.
struct PublishedRelease {
    QString tag;
    QString name;
    QUrl url;
    QDateTime publishedAt;
    bool prerelease = false;
    /// One per channel of the playbook, in its order: sent (with the post links), failed, uncertain or pending
    /// (not sent).
    QList<ChannelDelivery> channels;

    /// How many channels carry the announcement.
    [[nodiscard]] qsizetype sentCount() const;
    [[nodiscard]] QJsonObject toJson() const;
};

/**
 * The community manager's view of a project: its published GitHub releases (drafts left out, every page
 * followed), newest first, each with its announcement status per channel from the release journal's step 7
 * effects. It needs a token and the playbook only: no clone, staging, scoring database or local tag.
 */
class PublishedReleases
{
public:
    using Done = std::function<void(const github::Result<QList<PublishedRelease>> &)>;

    /// The channels a release is announced on: the playbook's, as 'announce send' counts them.
    [[nodiscard]] static QStringList channelIds(const Playbook &playbook);
    /// \a releases without the drafts, newest publication first, each with the delivery of \a channelIds from
    /// \a journal (null, or a release it never recorded: nothing sent). Reads the journal only.
    [[nodiscard]] static QList<PublishedRelease> fromReleases(const QList<github::Release> &releases,
                                                              const QStringList &channelIds, Journal *journal);
    /// Lists \a repo's releases and reports fromReleases() once through \a done. \a journal (may be null) must
    /// outlive the call.
    static net::Call *load(github::GitHubClient &client, const github::RepositoryRef &repo,
                           const QStringList &channelIds, Journal *journal, Done done);
};

} // namespace ra::release
