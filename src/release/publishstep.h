// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/playbook.h"
#include "github/repositoryref.h"
#include "release/publishstatus.h"
#include "release/scheduledscoring.h"
#include "release/stepplan.h"
#include "review/reviewpublisher.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>

namespace ra {
class Journal;
struct JournalEffect;
} // namespace ra

namespace ra::github {
class GitHubClient;
}

namespace ra::release {

/// How a verdict or a publication ended.
struct PublishOutcome {
    bool ok = false;
    /// Something was written to GitHub (false: refused, a dry run, or it had already been done).
    bool changed = false;
    QString message;
    QString hint;
    QUrl url;
    /// A dry run: the write requests that would have been sent, secrets redacted.
    QStringList plannedRequests;
    /// Where the step stood when the action was decided (the draft and the verdicts read just before).
    PublishStatus status;
    /// The release is published, by this action or before it: step 3's scheduled change is due.
    bool published = false;
    /// When GitHub published it (the scheduled scoring change's released_on); invalid while a draft.
    QDateTime publishedAt;
    /// What was recorded as step 6's state, if anything.
    std::optional<StepState> recorded;
};

/**
 * Step 6, review and publish, as one use case for the app, the CLI and the release run.
 *
 * - *status*: reads the draft (its digest over tag, notes and assets), the tracking issue and the verdicts, binds
 *   each verdict to the digest it was given to, counts the quorum of the playbook's approvers and says who
 *   approved, who is awaited and since when, and why publishing is locked (PublishStatus).
 * - *reconcile*: every read settles what an earlier run left open: a publication whose answer was lost is
 *   Uncertain in the journal until a read shows the release published (it happened) or still a draft (it did
 *   not, and the next publish sends it once).
 * - *plan*: the exact API calls left — the reads, the publish PATCH with its pre-release and make_latest
 *   flags — and step 3's scoring-table change scheduled for the publication (password never shown).
 * - *execute*: a verdict posted on the tracking issue, bound to the digest on screen, or the publication, once
 *   the quorum approved that very content, each as a journal effect (intent, then result) through
 *   review::ReviewPublisher; step 6's state recorded the same way from every front end.
 *
 * The GitHub work is asynchronous (callbacks on the calling thread; none after the step is destroyed); the
 * blocking variants turn a local event loop for the CLI and the release run.
 */
class PublishStep
{
    Q_DECLARE_TR_FUNCTIONS(PublishStep)

public:
    struct Config {
        github::RepositoryRef repository;
        QString tag;
        Approvals approvals;
        VersionScheme scheme = VersionScheme::Pep440;
        /// Where step 3 keeps the scoring-table changes scheduled for publication.
        QString scheduleDirectory = ScheduledScoring::defaultScheduleDirectory();
        /// The caller holds the release's lock: an effect left pending by a crash is settled from GitHub too
        /// (without the lock it may be another run's publication under way, and is left alone).
        bool driving = false;
        /// The tracking issue's title template and checklist labels (the playbook's [review] section).
        TrackingIssueSettings trackingIssue;

        /// The configuration of release \a tag of \a repository from \a playbook (approvals, version scheme).
        [[nodiscard]] static Config fromPlaybook(const Playbook &playbook, const github::RepositoryRef &repository,
                                                 const QString &tag);
    };

    using StatusDone = std::function<void(const PublishStatus &)>;
    using OutcomeDone = std::function<void(const PublishOutcome &)>;

    /// Journal value: {digest, since} of the content the draft held when this machine first saw it.
    static constexpr auto ContentValue = "review.content";

    /// \a journal may be null for reading only; verdicts and publishing need it. Its release record must exist.
    PublishStep(github::GitHubClient &client, Journal *journal, Config config);
    ~PublishStep();
    PublishStep(const PublishStep &) = delete;
    PublishStep &operator=(const PublishStep &) = delete;

    [[nodiscard]] const Config &config() const;
    /// Writes are described in PublishOutcome::plannedRequests instead of being sent; reads still happen.
    void setDryRun(bool dryRun);

    /// True when \a reason cannot explain a change request (empty or blank).
    [[nodiscard]] static bool reasonMissing(const QString &reason);

    /// Reads GitHub, reconciles the journal with it, and says where the step stands. A published release
    /// records step 6 done (it may have been published elsewhere).
    void readStatus(StatusDone done);
    /**
     * Puts what the draft holds now on the tracking issue for reviewers without push access (creating the issue
     * when there is none): notes, assets and digests, version, digest and revision, the checklist with each
     * step's state; each new revision is also posted as a comment (review::ReviewPublisher::syncTrackingIssue).
     * readStatus() does the same, without creating the issue, whenever it sees the draft's content changed on an
     * issue the assistant wrote (an issue description without the tracking marker is replaced only here).
     */
    void syncTrackingIssue(OutcomeDone done);
    PublishOutcome syncTrackingIssueBlocking();
    /**
     * After the draft changed (notes saved, packages attached): syncTrackingIssue() when the assistant's tracking
     * issue exists and does not show what the draft holds now, so that reviewers without push access see the
     * change at once. Writes nothing otherwise (ok, unchanged): no issue is created before the review starts.
     */
    void followDraft(OutcomeDone done);
    PublishOutcome followDraftBlocking();
    /// Posts \a verdict on the current content (with \a reason for a change request); refused when the content
    /// is not \a expectedDigest anymore (empty: no check), when the release is published, when the token's
    /// login is not an approver, or when the same verdict on this content is already there (ok, unchanged).
    void submitVerdict(review::Verdict verdict, const QString &reason, const QString &expectedDigest, OutcomeDone done);
    /// Publishes the draft with the flags its version calls for, once the quorum approved the content read right
    /// now and that content is \a expectedDigest (empty: no check). Already published: ok, unchanged. GitHub's
    /// publication time is recorded (ScheduledScoring::PublishedAtValue) as soon as it answers.
    void publish(const QString &expectedDigest, OutcomeDone done);

    /// readStatus(), submitVerdict() and publish() waiting for the answer (CLI, release run).
    [[nodiscard]] PublishStatus readStatusBlocking();
    PublishOutcome submitVerdictBlocking(review::Verdict verdict, const QString &reason, const QString &expectedDigest);
    PublishOutcome publishBlocking(const QString &expectedDigest);

    /// The exact operations left for \a status: the reads, the publish PATCH (with its flags once the draft was
    /// read, else with a {release_id} placeholder), and the scoring-table change scheduled for the publication.
    [[nodiscard]] StepPlan plan(const PublishStatus &status) const;

    /// Step 3's scoring-table change scheduled for the publication, applied with \a publishedAt as its time,
    /// blocking (the app runs the same ScheduledScoring off its UI thread). Nothing ran when nothing is due.
    [[nodiscard]] ScheduledScoring::Outcome
    applyScheduledScoring(const QDateTime &publishedAt, const ScheduledScoring::PasswordProvider &password) const;

private:
    [[nodiscard]] PublishStatus statusOf(const review::ReviewSnapshot &snapshot) const;
    /// The draft is visible, the assistant's tracking issue exists and it does not show the draft's content.
    [[nodiscard]] bool needsSync(const review::ReviewSnapshot &snapshot) const;
    void finishStatus(const review::ReviewSnapshot &snapshot, const StatusDone &done);
    void reconcile(const review::ReviewSnapshot &snapshot) const;
    [[nodiscard]] QDateTime contentSince(const QString &digest) const;
    [[nodiscard]] PublishOutcome outcomeOf(const review::ReviewOutcome &outcome, bool publishing) const;
    [[nodiscard]] QDateTime recordedPublicationTime() const;
    /// Keeps \a publishedAt where step 7 and the scheduled scoring change read it.
    void recordPublicationTime(const QDateTime &publishedAt) const;
    /// Settles an update of the tracking issue or a revision comment left open from what \a snapshot shows.
    void reconcileIssueEffect(const JournalEffect &effect, const review::ReviewSnapshot &snapshot) const;
    bool recordStep(StepState state, const QString &note) const;

    github::GitHubClient &m_client;
    Journal *m_journal;
    Config m_config;
    review::ReviewPublisher m_publisher;
    bool m_dryRun = false;
};

} // namespace ra::release
