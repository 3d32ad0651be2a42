// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/journal.h"
#include "release/scoringstep.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFuture>
#include <QJsonObject>
#include <QString>

namespace ra::release {

/**
 * The scoring-table change step 3 scheduled for the publication (ScoringStep::schedule()), applied once the
 * release is seen published (right after publishing, or on a later run when the front end stopped in between):
 * it reads the schedule, lists the release from its publication time (released_on, and the replaced_on it sets),
 * applies it through ScoringStep (intent before, with the connection string without password and the change set;
 * result after; a lost answer stays Uncertain), forgets the schedule once the table holds the change and says on
 * step 3 how it went. An apply whose outcome was never recorded (a crash between intent and result) is run again
 * from its intent: the store finds the change already there, which settles it, and never writes it twice. A table
 * changed since the review is left alone and the schedule kept.
 *
 * begin() and finish() run on the journal's thread; apply() opens its own connection and may run on any thread.
 */
class ScheduledScoring
{
    Q_DECLARE_TR_FUNCTIONS(ScheduledScoring)

public:
    /// The journal action of the apply; its key is the release's tag and its step "scoring-table".
    static constexpr auto Action = "apply-scoring";
    /// Journal value: when the release was published (ISO 8601, UTC); step 7 dates the announcement from it.
    static constexpr auto PublishedAtValue = "review.publishedAt";

    using PasswordProvider = ScoringStep::PasswordProvider;
    using ApplyResult = ScoringStep::ApplyResult;

    /// How the run ended, as the front ends show it.
    struct Outcome {
        /// False when nothing was scheduled for the release and no earlier attempt was left unfinished.
        bool ran = false;
        bool succeeded = false;
        QString message;
        /// What to do when it did not succeed.
        QString hint;

        /// {ran, succeeded, message}, as `review publish --json` prints it under "scoring".
        [[nodiscard]] QJsonObject toJson() const;
    };

    /// What begin() prepared for apply() and finish().
    struct Started {
        /// Nothing is to be applied; outcome says why (outcome.ran is false when nothing was scheduled).
        bool refused = true;
        Outcome outcome;
        qint64 effect = 0;
        /// The effect is an earlier attempt whose outcome was never recorded: this run settles it.
        bool reconciling = false;
        /// What ScoringStep applies and records.
        ScoringStep::Started step;
    };

    /// Where step 3 keeps its schedules, for the app and the CLI alike: AppData/scoring-schedule.
    [[nodiscard]] static QString defaultScheduleDirectory();
    /// \a connectionString without any password (a password=... pair, or one in a postgresql:// URI).
    [[nodiscard]] static QString redactedConnection(const QString &connectionString);

    /// \a journal may be null: then nothing is applied, since nothing could be recorded.
    ScheduledScoring(Journal *journal, QString release, QString scheduleDirectory = defaultScheduleDirectory());

    /// Records \a publishedAt as the publication time, then prepares the apply: the unfinished earlier attempt
    /// (from its intent), else the schedule listed from \a publishedAt, with the intent recorded and step 3
    /// in progress. Refused (Started::refused) when nothing is scheduled or it cannot be recorded or read.
    [[nodiscard]] Started begin(const QDateTime &publishedAt) const;
    /// Applies what begin() prepared, with the password from \a password (none: libpq's own, e.g. .pgpass), through
    /// ScoringStep::apply(). Opens its own connection: runs on any thread.
    [[nodiscard]] static ApplyResult apply(const Started &started, const PasswordProvider &password);
    /// apply() on a worker thread.
    [[nodiscard]] static QFuture<ApplyResult> applyAsync(const Started &started, const PasswordProvider &password);
    /// Records how the apply ended (the store's AlreadyApplied counts as done, a lost answer stays Uncertain for the
    /// next run), forgets the schedule once the table holds it, and sets step 3's state.
    Outcome finish(const Started &started, const ApplyResult &result) const;
    /// begin(), apply() on this thread, finish(): what the CLI uses.
    Outcome run(const QDateTime &publishedAt, const PasswordProvider &password) const;

private:
    [[nodiscard]] Started fromUnfinished(const JournalEffect &effect) const;
    [[nodiscard]] Started fromSchedule(const QDateTime &publishedAt) const;
    [[nodiscard]] Started refuse(const QString &message, const QString &hint) const;
    void forgetScheduleHolding(const Started &started) const;
    void recordStep(StepState state, const QString &note) const;
    [[nodiscard]] ScoringStep step() const;

    Journal *m_journal;
    QString m_release;
    QString m_directory;
};

} // namespace ra::release
