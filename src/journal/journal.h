// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/releasestep.h"
#include "journal/releaselock.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace ra {

/// How a side effect ended. Pending: the intent is recorded and no result yet — after a crash this means
/// "may or may not have happened": reconcile with the remote, then finish it. Uncertain: the step tried and
/// could not tell (a timeout after sending a request).
enum class EffectOutcome { Pending, Succeeded, Failed, Uncertain };

/// "pending", "succeeded", "failed", "uncertain".
[[nodiscard]] QString outcomeKey(EffectOutcome outcome);
[[nodiscard]] std::optional<EffectOutcome> outcomeFromKey(const QString &key);

/// One side effect of a release step: the intent written before acting, the result written after.
struct JournalEffect {
    qint64 id = 0;
    QString release;
    QString step;
    /// What is done ("create-tag", "upload-asset", "post-telegram").
    QString action;
    /// What it is done to, so that a retry finds the earlier attempt ("1.15.0", "aleph-vm.debian-12.deb").
    QString key;
    QJsonObject intent;
    EffectOutcome outcome = EffectOutcome::Pending;
    QJsonObject result;
    QString error;
    QDateTime intendedAt;
    QDateTime finishedAt;
};

/// A release as the journal knows it.
struct JournalRelease {
    QString name;
    QJsonObject metadata;
    QDateTime createdAt;
};

/// The durable release journal: one record per release, and for every side effect an intent record made
/// durable before acting and a result record after, so that after a crash at any point a step can tell what
/// was done (Succeeded), what was not (no record, or Failed) and what must be reconciled with the remote
/// (Pending, Uncertain). SQLite through QtSql, WAL mode, synchronous=FULL; every write is one transaction.
///
/// Usable from the thread that opened it. Several Journal objects (and processes) may share one database:
/// SQLite serialises the writes. A front end driving a release takes its ReleaseLock (lockRelease()) first,
/// so that a second app instance is told the release is busy instead of interleaving side effects.
class Journal
{
public:
    /// The schema version this build writes; open() migrates older databases up to it.
    static constexpr int SchemaVersion = 2;

    ~Journal();
    Journal(const Journal &) = delete;
    Journal &operator=(const Journal &) = delete;

    /// Opens (creating it and its folder if needed) and migrates the database at \a databasePath.
    /// Returns nullptr with \a error saying what failed and what to do.
    [[nodiscard]] static std::unique_ptr<Journal> open(const QString &databasePath, QString *error = nullptr);
    /// QStandardPaths::AppDataLocation + "/journal.sqlite".
    [[nodiscard]] static QString defaultPath();

    [[nodiscard]] QString databasePath() const;
    [[nodiscard]] int schemaVersion() const;

    /// Creates the release record; fails if it exists. \a metadata: free-form (tag, commit, scheme, ...).
    bool createRelease(const QString &release, const QJsonObject &metadata, QString *error = nullptr);
    [[nodiscard]] bool hasRelease(const QString &release) const;
    /// Release names, most recently created first.
    [[nodiscard]] QStringList releases() const;
    [[nodiscard]] std::optional<JournalRelease> releaseInfo(const QString &release) const;
    bool setReleaseMetadata(const QString &release, const QJsonObject &metadata, QString *error = nullptr);

    /// Takes the per-release lock (a QLockFile next to the database). Fails with a message naming the other
    /// process when another instance holds it; a lock left by a crashed process is taken over.
    [[nodiscard]] std::unique_ptr<ReleaseLock> lockRelease(const QString &release, QString *error = nullptr);

    /// Records the intent to perform a side effect; durable (committed) before it returns.
    /// Returns the effect id, or 0 on failure with \a error set.
    qint64 beginEffect(const QString &release, const QString &step, const QString &action, const QString &key,
                       const QJsonObject &intent, QString *error = nullptr);
    /// Records the result of effect \a id. \a outcome must not be Pending. A finished effect cannot be
    /// finished again, except an Uncertain one once reconciled.
    bool finishEffect(qint64 id, EffectOutcome outcome, const QJsonObject &result = {},
                      const QString &errorMessage = {}, QString *dbError = nullptr);
    [[nodiscard]] std::optional<JournalEffect> effect(qint64 id) const;
    /// The latest attempt of \a action on \a key in \a release: what a step looks at before acting again.
    [[nodiscard]] std::optional<JournalEffect> lastEffect(const QString &release, const QString &action,
                                                          const QString &key) const;
    /// Every effect of \a release (of one \a step if given), oldest first.
    [[nodiscard]] QList<JournalEffect> effects(const QString &release, const QString &step = {}) const;
    /// Effects still Pending or Uncertain: what must be reconciled before the release goes on.
    [[nodiscard]] QList<JournalEffect> pendingEffects(const QString &release) const;

    bool setStepState(const QString &release, ReleaseStep step, StepState state, const QString &note = {},
                      QString *error = nullptr);
    /// NotStarted when never set.
    [[nodiscard]] StepState stepState(const QString &release, ReleaseStep step) const;
    [[nodiscard]] QString stepNote(const QString &release, ReleaseStep step) const;

    /// Small per-release values (chosen tag, target commit, draft id, ...).
    bool setValue(const QString &release, const QString &key, const QJsonValue &value, QString *error = nullptr);
    /// Undefined when unset.
    [[nodiscard]] QJsonValue value(const QString &release, const QString &key) const;

    /// SQLite's integrity check; true when the database is sound.
    [[nodiscard]] bool checkIntegrity(QString *error = nullptr) const;

    /// Runs \a work inside one transaction: all of its journal writes land, or none do.
    /// \a work returns false (and sets \a error) to roll back.
    bool transaction(const std::function<bool(QString *error)> &work, QString *error = nullptr);

private:
    class Private;
    explicit Journal(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace ra
