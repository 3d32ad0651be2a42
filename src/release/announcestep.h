// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "channels/announcementsender.h"
#include "channels/channel.h"
#include "core/announcement/announcementtemplate.h"
#include "core/announcement/textlength.h"
#include "core/playbook.h"
#include "release/stepplan.h"
#include "release/steppolicy.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace ra {
class Journal;
namespace net {
class HttpClient;
}
} // namespace ra

namespace ra::release {

/// One channel's announcement, composed for its network: what is posted, where, and how the network counts it.
struct AnnouncementDraft {
    channels::ChannelConfig config;
    Network network = Network::X;
    /// Where it goes: the playbook's target (a public place, never a credential).
    QString target;
    /// The plain text: the channel's template filled with the release, or the maintainer's own words.
    QString text;
    /// The posts it becomes, formatted for the network and each within its limit; more than one is a thread.
    QStringList parts;
    /// The formatted text as a whole, measured as the network counts it.
    LengthCheck length;
    /// What to know before sending (too long for one post: sent as n posts); empty when it fits.
    QString problem;
};

/// Where one channel's announcement stands, from the journal.
struct ChannelDelivery {
    enum class State {
        Pending, ///< never tried, or nothing is known to be posted and nothing failed
        Sent, ///< posted (the whole thread)
        Uncertain, ///< may or may not have been posted: reconcile or confirm before anything else
        Failed, ///< not posted (or a thread cut short); sending again is safe
    };
    QString channelId;
    State state = State::Pending;
    /// The links of the posts made so far, the announcement's first.
    QStringList links;
    QString message;
};

/// "pending", "sent", "uncertain", "failed".
[[nodiscard]] QString channelDeliveryKey(ChannelDelivery::State state);

/// Where step 7 stands: each channel of the release, and the step by StepPolicy.
struct AnnounceStatus {
    QList<ChannelDelivery> channels;
    StepVerdict verdict;

    [[nodiscard]] bool done() const;
};

/**
 * Step 7 as one use case for the app, the CLI and the release run: the playbook's channels, each one's post
 * composed from its template and the release, the plan of what is left (per channel, the exact posts and where
 * they go), sending each channel's announcement exactly once with a journal intent before and a result after
 * (channels::AnnouncementSender, which reconciles an uncertain attempt with the network where it can), the
 * confirmation of an uncertain post by a person, and where each channel and the step stand. The step's state
 * is recorded by one rule after every send or confirmation: done when every channel is sent.
 *
 * Copies share one sender, so a post under way finishes and is recorded even when the front end dropped its copy.
 */
class AnnounceStep
{
    Q_DECLARE_TR_FUNCTIONS(AnnounceStep)

public:
    using Done = channels::AnnouncementSender::Done;

    /// The channels a release announces on, or why some could not be read.
    struct Channels {
        QList<channels::ChannelConfig> configs;
        /// A target, a channels-file line or a --channel name that is wrong; empty when all is well.
        QString error;
    };
    /// The channels of \a playbook, reached as the channels file says, keeping those \a wanted names (by id or
    /// kind; all when empty). A channel wanted that the playbook lacks is an error naming its channels.
    [[nodiscard]] static Channels channelsOf(const Playbook &playbook, const QStringList &wanted = {});

    /// What earlier steps left in the journal for the announcement.
    struct JournalFacts {
        /// The highlights of the notes saved in step 4.
        QStringList highlights;
        /// The day step 6 published the release; invalid when it did not.
        QDate publishedOn;
    };
    [[nodiscard]] static JournalFacts journalFacts(Journal &journal, const QString &tag);
    /// Whether \a tag names a pre-release: as the playbook spells tags, else by the usual spellings (1.5.0rc1,
    /// 2.0.0-beta.2) for a tag typed by hand.
    [[nodiscard]] static bool isPrerelease(const Playbook &playbook, const QString &tag);
    /// The GitHub release page of \a tag.
    [[nodiscard]] static QString releaseUrl(const Playbook &playbook, const QString &tag);
    /// The facts an announcement of \a tag says: the project, the release page (\a url, else the GitHub release),
    /// \a highlights, \a publishedOn (else today) and the playbook's grace period (unless \a graceDays >= 0).
    [[nodiscard]] static ReleaseFacts facts(const Playbook &playbook, const QString &tag, const QStringList &highlights,
                                            const QDate &publishedOn, int graceDays = -1, const QString &url = {});

    /// The template of \a config's channel: the playbook's, else the built-in one for its network.
    [[nodiscard]] static QString templateFor(const Playbook &playbook, const channels::ChannelConfig &config,
                                             bool prerelease);
    /// \a plainText composed for \a config's network. \a formatting only lends itself to the channel object that
    /// formats and counts: nothing is sent and no secret is needed.
    [[nodiscard]] static AnnouncementDraft compose(const Playbook &playbook, const channels::ChannelConfig &config,
                                                   const QString &plainText, net::HttpClient &formatting);
    /// The channel's template (\a templateText instead when given) filled with \a facts, composed.
    [[nodiscard]] static AnnouncementDraft draft(const Playbook &playbook, const channels::ChannelConfig &config,
                                                 const ReleaseFacts &facts, net::HttpClient &formatting,
                                                 const QString &templateText = {});

    /// The step for \a release on \a journal (may be null: then it can plan but records nothing), whose
    /// announcement is done when every one of \a channelIds is sent.
    AnnounceStep(Journal *journal, const QString &release, const QStringList &channelIds);

    /// What is left, channel by channel: the posts of each draft not sent yet, where they go, and the uncertain
    /// posts a person must look at first.
    [[nodiscard]] StepPlan operations(const QList<AnnouncementDraft> &drafts) const;
    /// What the journal says of \a channelId's announcement; std::nullopt when it was never tried.
    [[nodiscard]] std::optional<channels::DeliveryReport> report(const QString &channelId) const;
    [[nodiscard]] ChannelDelivery delivery(const QString &channelId) const;
    [[nodiscard]] AnnounceStatus status() const;

    /// Whether posts can be recorded: a journal and a release, whose record is created when missing.
    bool prepare(QString *error) const;
    /// Sends \a parts on \a channel unless an earlier attempt did (an uncertain one is reconciled first, never
    /// resent blindly), then records the step's state; calls \a done once.
    void send(channels::Channel &channel, const QStringList &parts, Done done) const;
    /// A person looked at the channel: the uncertain post of \a channelId was (\a posted, at \a url) or was not
    /// published. Records the step's state.
    bool confirm(const QString &channelId, bool posted, const QUrl &url, QString *error) const;
    /// \a channelId could not be sent to before anything was recorded (a missing secret): the step needs
    /// attention although the journal holds no attempt of it.
    void recordFailureBeforeSending(const QString &channelId, const QString &message) const;

    /// A post to the channel's private test target: never journaled, never counted as the announcement.
    static void sendTest(channels::Channel &channel, const QStringList &parts, Done done);
    /// Describes the requests without sending (the channel's HTTP client is in dry-run mode).
    static void sendDryRun(channels::Channel &channel, const QStringList &parts, Done done);

private:
    struct Shared;
    static void recordStepState(const Shared &shared);
    [[nodiscard]] static ChannelDelivery deliveryOf(const Shared &shared, const QString &channelId);

    std::shared_ptr<Shared> m_shared;
};

} // namespace ra::release
