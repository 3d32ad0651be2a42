// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/journal.h"
#include "release/stepplan.h"
#include "scoring/postgresversionstore.h"
#include "scoring/scheduledapply.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace ra::release {

/// Where step 3 stands for one release, or how an apply ended.
struct ScoringStatus {
    enum class State {
        NothingToApply, ///< no change set: the table lists the release as asked, or nothing was planned
        ReadyToApply, ///< a change set is planned, neither applied nor scheduled
        Scheduled, ///< the change set waits for the publication (step 6 applies it)
        Uncertain, ///< an apply started and its outcome is unknown: read the table to settle it
        Applied, ///< the table holds the change set (recorded in the journal)
        Conflict, ///< the table changed since it was read, or holds other values for these rows
        Failed, ///< the database could not be reached or refused the change: nothing was written
    };
    State state = State::NothingToApply;
    /// The store's outcome of the last apply ("applied", "already-applied", "conflict", "failed", "unknown"), or
    /// empty when nothing was applied.
    QString outcome;
    QString message;
    /// What to do next when the state is not the one wanted.
    QString hint;
    /// Why the journal could not record the result, if it could not (the intent stays open; the next run settles it).
    QString journalProblem;

    [[nodiscard]] QJsonObject toJson() const;
};

/// "nothing-to-apply", "ready-to-apply", "scheduled", "uncertain", "applied", "conflict", "failed".
[[nodiscard]] QString scoringStateKey(ScoringStatus::State state);

/**
 * Step 3 as one use case for the app, the CLI and the release run: list a release in the live scoring table
 * (`software_versions` in PostgreSQL). plan() gives the exact statements of the change set (the previous row of
 * the chain retired, the new row inserted, in one transaction that first checks the table is the one reviewed),
 * secrets redacted. execute() records the intent in the journal, applies the change in one transaction and records
 * the result; an apply whose answer was lost (the connection died with the transaction open, the COMMIT perhaps
 * through) becomes Uncertain, never Failed, and reconcile() settles it from what the table holds: the change set
 * there counts as done and is never written twice. schedule() keeps the change set for the publication instead
 * (ScheduledScoring applies it with the publication time), status() says where the step stands.
 *
 * The journal work runs on the journal's thread; apply() and read() open their own connection and may run on any
 * thread. Without a journal (a front end with no release open) the change is applied unrecorded: the store's own
 * checks still keep it from being written twice.
 */
class ScoringStep
{
    Q_DECLARE_TR_FUNCTIONS(ScoringStep)

public:
    /// The journal action of an apply; its key is the release's tag and its step "scoring-table".
    static constexpr auto Action = "apply-scoring";

    using PasswordProvider = scoring::PostgresVersionStore::PasswordProvider;

    /// What to apply where. The connection string never holds a password (the store refuses one).
    struct Request {
        QString connectionString;
        QString tableName = QStringLiteral("software_versions");
        scoring::ReleaseChangeSet changes;
        /// The digest of the table the change set was planned against: a table changed since is left alone.
        QByteArray expectedDigest;
        /// Set when the change is applied at the publication (the time it lists the release from).
        QDateTime publishedAt;
    };

    /// How one apply ended.
    struct ApplyResult {
        scoring::PostgresVersionStore::Outcome outcome = scoring::PostgresVersionStore::Outcome::Failed;
        QString message;
        /// The connection failed with the transaction open and the table could not be read again: the change may
        /// be in the table. Recorded as Uncertain; reconcile() settles it.
        bool uncertain = false;
    };

    /// What begin() prepared for apply() and finish().
    struct Started {
        /// Nothing is to be applied; status says why.
        bool refused = true;
        ScoringStatus status;
        /// The intent's journal id; 0 when nothing is recorded (no journal).
        qint64 effect = 0;
        /// The effect is an earlier attempt whose outcome was never recorded: this run settles it.
        bool reconciling = false;
        Request request;
    };

    /// Where step 3 keeps its schedules, for the app and the CLI alike: AppData/scoring-schedule.
    [[nodiscard]] static QString defaultScheduleDirectory();
    /// \a connectionString without any password (a password=... pair, or one in a postgresql:// URI).
    [[nodiscard]] static QString redactedConnection(const QString &connectionString);

    /// \a journal may be null: then nothing is recorded (see the class comment).
    ScoringStep(Journal *journal, QString release, QString scheduleDirectory = defaultScheduleDirectory());

    /// The statements an apply of \a request sends, in order, with their values (connection redacted); done when
    /// the journal records the change as applied.
    [[nodiscard]] StepPlan plan(const Request &request) const;
    /// Where the step stands: an apply left open, the change applied, scheduled, a failed attempt; else ready to
    /// apply \a changes (NothingToApply when they are empty or not given).
    [[nodiscard]] ScoringStatus status(const std::optional<scoring::ReleaseChangeSet> &changes = std::nullopt) const;
    /// The latest apply whose outcome is unknown (pending or uncertain), if any.
    [[nodiscard]] std::optional<JournalEffect> openApply() const;

    /// Reads the table (own connection, any thread).
    [[nodiscard]] static std::optional<scoring::TableSnapshot>
    read(const QString &connectionString, const QString &tableName, const PasswordProvider &password, QString *error);
    /// Settles the open apply from \a rows, read from the table just now: the change set there makes it done,
    /// else it failed (and may be applied again). Without an open apply it only says where the step stands.
    ScoringStatus reconcile(const QList<scoring::SoftwareVersion> &rows) const;

    /// Records the intent (step 3 in progress). Refused when an apply is left open (reconcile first), the change
    /// set is empty, or the journal refuses the record.
    [[nodiscard]] Started begin(const Request &request) const;
    /// Applies what begin() prepared in one transaction, with the password from \a password (none: libpq's own,
    /// e.g. .pgpass). A failure after the connection opened is checked by reading the table again. Any thread.
    [[nodiscard]] static ApplyResult apply(const Started &started, const PasswordProvider &password);
    /// Records how the apply ended (the store's AlreadyApplied counts as done; a lost answer stays Uncertain) and
    /// step 3's state, with \a note as the step's note when given.
    ScoringStatus finish(const Started &started, const ApplyResult &result, const QString &note = {}) const;
    /// All of it on this thread: settles an open apply (reading the table), then begin(), apply(), finish().
    ScoringStatus execute(const Request &request, const PasswordProvider &password) const;

    /// Keeps \a request to be applied when the release is published (the publish step lists it from then).
    bool schedule(const Request &request, QString *error) const;
    /// The release was listed in the table file at \a path (a "sql-file" scoring target, which someone else
    /// runs): step 3 is done. Records nothing when the journal has no such release; says whether it recorded.
    bool recordListedInFile(const QString &path) const;
    /// Forgets the change scheduled for the release; false when none was.
    bool unschedule() const;
    /// The change scheduled for the release, if any (std::nullopt with \a error when it cannot be read).
    [[nodiscard]] std::optional<scoring::ScheduledApply> scheduled(QString *error = nullptr) const;

    /// The intent recorded for \a request, and back (std::nullopt with \a error when it cannot be read).
    [[nodiscard]] static QJsonObject intentFor(const Request &request);
    [[nodiscard]] static std::optional<Request> requestFromIntent(const QJsonObject &intent, QString *error);

private:
    [[nodiscard]] bool canRecord() const;
    void recordStep(StepState state, const QString &note) const;

    Journal *m_journal;
    QString m_release;
    QString m_directory;
};

} // namespace ra::release
