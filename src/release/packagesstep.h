// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "github/endpoints.h"
#include "github/githubclient.h"
#include "journal/journal.h"
#include "packages/attachplan.h"
#include "packages/packagefetcher.h"
#include "packages/packageitem.h"
#include "release/publishstep.h"
#include "release/stepplan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>

namespace ra::release {

/**
 * Step 5 as one use case for the app, the CLI and the release run. Legacy pipeline: the CI artifacts of the tag's
 * build run are downloaded (resumable), each .deb checked against the tag and hashed, then attached to the draft —
 * skipped when the same file is there, replaced safely when another one is; release-on-tag pipeline: the draft CI
 * created is verified instead. plan() lists the requests without sending any; planChecked() downloads and checks
 * the packages and reconciles them with the draft's assets, naming each upload (name, size, sha256) a run would
 * make; execute() runs it with every upload, deletion and rename recorded in the journal before and after (effects
 * an earlier run left open are settled from the draft's asset list first), records the run and step 5's state;
 * status() says where the step stands; after a run that succeeded the tracking issue, when the review started,
 * shows the draft's new content (Request::review). Progress (each package's row, transfers and hashing) and
 * cancellation (at the next safe point; finished uploads are kept) are the caller's, so the app runs it on a worker
 * thread.
 *
 * Blocking, through the GitHub client given (it lives in the calling thread); the journal is used on the calling
 * thread too: a worker opens its own connection.
 */
class PackagesStep
{
    Q_DECLARE_TR_FUNCTIONS(PackagesStep)

public:
    /// Journal value: how the last run ended (Outcome::toJson()).
    static constexpr auto LastRunValue = "packages.lastrun";

    enum class Mode {
        Attach, ///< legacy pipeline: the assistant attaches the CI packages
        Verify, ///< release-on-tag pipeline: CI attached them, the assistant checks the draft
    };

    struct Request {
        Mode mode = Mode::Attach;
        packages::AttachOptions options;
        /// Step 6's configuration: once the packages are on the draft, the tracking issue (when the review
        /// started) shows them (PublishStep::followDraft()). None: the issue is left to step 6.
        std::optional<PublishStep::Config> review = std::nullopt;
    };

    /// One package's row changed (on the thread that runs the step).
    using Progress = packages::PackageFetcher::Observer;

    /// How a run ended.
    struct Outcome {
        enum class Result { Succeeded, Failed, Cancelled };
        Result result = Result::Failed;
        Mode mode = Mode::Attach;
        QList<packages::PackageItem> items;
        /// Assets on the draft that are neither expected nor SHA256SUMS.
        QStringList unexpected;
        /// What happened, for people (the failure that stopped the run, or what is on the draft).
        QString message;
        /// A problem that does not fail the step: the tracking issue could not be brought up to date.
        QString warning;
        QDateTime finishedAt;

        [[nodiscard]] bool ok() const;
        /// {at, mode, outcome ("Succeeded", "Failed", "Cancelled"), message, unexpected, packages}.
        [[nodiscard]] QJsonObject toJson() const;
        [[nodiscard]] static Outcome fromJson(const QJsonObject &json);
    };

    /// Where the step stands.
    struct Status {
        StepState state = StepState::NotStarted;
        QString reason;
        /// The last run, when there was one.
        std::optional<Outcome> lastRun;
        /// Uploads, deletions and renames whose outcome is unknown: the next run settles them first.
        QList<JournalEffect> unresolved;
    };

    /// What the maintainer chose for the release, else what the journal suggests.
    struct Choices {
        /// The commit whose build run holds the packages: chosen by hand, else the one tagged in step 2, else the
        /// one signed off in step 1.
        QString commit;
        /// Where the commit comes from, for the maintainer; empty without a commit.
        QString commitOrigin;
        QString runId;
    };

    /// "succeeded", "failed", "cancelled".
    [[nodiscard]] static QString resultKey(Outcome::Result result);
    /// How far a run over \a items is, 0 to 1: each package's download and check make its first half (all of it
    /// when verifying), its upload the second.
    [[nodiscard]] static double progressOf(const QList<packages::PackageItem> &items, Mode mode);

    /// \a journal may be null: then the step can plan but refuses to run (nothing could be recorded).
    PackagesStep(Journal *journal, QString release);

    /// The requests a run sends, in order, without sending any: the draft found, the run's artifacts listed and
    /// downloaded, each .deb checked, each asset uploaded once (or, verifying, each asset downloaded and checked).
    [[nodiscard]] static StepPlan plan(const Request &request, const github::Endpoints &endpoints);
    /// Downloads and checks every package and reads the draft's assets, changing nothing on GitHub: the plan names
    /// each asset a run uploads (name, size, sha256), keeps (the same file is there) or replaces. \a items gets
    /// the checked packages.
    [[nodiscard]] StepPlan planChecked(const Request &request, github::GitHubClient &client,
                                       const Progress &progress = {}, const std::atomic_bool *cancel = nullptr,
                                       QList<packages::PackageItem> *items = nullptr) const;
    [[nodiscard]] Status status() const;
    [[nodiscard]] Choices choices() const;
    /// Keeps the commit (or run id) chosen by hand for the release.
    void rememberCommit(const QString &commit) const;
    void rememberRunId(const QString &runId) const;
    /// Runs the step (see the class comment). Refused (Failed, nothing sent) without a journal or a release.
    Outcome execute(const Request &request, github::GitHubClient &client, const Progress &progress = {},
                    const std::atomic_bool *cancel = nullptr) const;

private:
    void record(const Outcome &outcome) const;
    /// PublishStep::followDraft() after a run that succeeded; a failure there is \a outcome's warning.
    void followOnTrackingIssue(const Request &request, github::GitHubClient &client, Outcome &outcome) const;
    void recordStep(StepState state, const QString &note) const;
    [[nodiscard]] bool holdsRecorded(const github::Asset &asset, const QString &sha256) const;

    Journal *m_journal;
    QString m_release;
};

} // namespace ra::release
