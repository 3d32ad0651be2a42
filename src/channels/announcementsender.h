// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "channels/channel.h"

#include <QObject>

#include <functional>

namespace ra {
class Journal;
struct JournalEffect;
} // namespace ra

namespace ra::channels {

/// Where one channel's announcement stands.
enum class DeliveryState {
    Sent, ///< posted now
    AlreadySent, ///< posted by an earlier run (the journal says so, or the network confirmed it)
    Failed, ///< not posted; sending again is safe
    NeedsConfirmation, ///< may have been posted and the network cannot tell: the user must look and confirm
    DryRun, ///< only described
};

/// "sent", "already-sent", "failed", "needs-confirmation", "dry-run".
[[nodiscard]] QString deliveryStateKey(DeliveryState state);

struct DeliveryReport {
    QString channelId;
    DeliveryState state = DeliveryState::Failed;
    /// Every part of the thread posted so far, in order, by this run and the earlier ones it resumed.
    QStringList postIds;
    /// Their links in the same order: the first is the announcement's link.
    QList<QUrl> postUrls;
    QString message;
    QString hint;
};

/**
 * Sends each channel's announcement exactly once, with the release journal as the memory between runs.
 *
 * Before a request it records the intent (texts, idempotency key) in the journal, after it the post ids and
 * links. Run again, it skips what was sent and retries only what failed. An attempt whose outcome is unknown
 * (a crash between intent and result, a timeout after sending) is reconciled with the network where the
 * network gives a way (Mastodon's Idempotency-Key, Bluesky's record key, X's recent posts); otherwise it is
 * reported as NeedsConfirmation and never resent until the user confirm()s what happened.
 */
class AnnouncementSender : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const DeliveryReport &)>;

    AnnouncementSender(Journal &journal, QString release, QObject *parent = nullptr);

    /// The journal action of announcement posts; the key is the channel id.
    static constexpr QLatin1StringView Action{"announce-post"};

    /// Sends \a parts on \a channel unless an earlier run did; calls \a done once.
    void send(Channel &channel, const QStringList &parts, Done done);
    /// A test post to the channel's private target; never journaled, never counted as the announcement.
    static void sendTest(Channel &channel, const QStringList &parts, Done done);
    /// Describes the requests without sending (the channel's HTTP client must be in dry-run mode).
    static void sendDryRun(Channel &channel, const QStringList &parts, Done done);

    /// What the journal says about \a channelId without touching the network; nullopt when never tried.
    [[nodiscard]] std::optional<DeliveryReport> status(const QString &channelId) const;
    /// The user looked: the uncertain post of \a channelId was (\a posted, at \a url) or was not published.
    bool confirm(const QString &channelId, bool posted, const QUrl &url, QString *error = nullptr);

private:
    void reconcileThenSend(Channel &channel, const QStringList &parts, const JournalEffect &effect, Done done);
    /// Records the intent of \a post (an empty idempotency key gets a new one), sends it, records the result.
    void attempt(Channel &channel, OutgoingPost post, Done done);

    Journal &m_journal;
    QString m_release;
};

} // namespace ra::channels
