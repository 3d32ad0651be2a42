// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "release/scheduledscoring.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace ra {

class Journal;
class ReleaseSession;
namespace secrets {
class SecretStore;
}

/**
 * The app's adapter over release::ScheduledScoring, which runs, once a release is published, the scoring-table
 * change the maintainer scheduled in step 3 (see there for what it does): begin() and finish() on the
 * journal's thread, the database work on a worker thread (connecting can take seconds and the window must not
 * freeze), with the password read from the keychain.
 */
class ScheduledScoringApply : public QObject
{
    Q_OBJECT

public:
    using Outcome = release::ScheduledScoring::Outcome;
    using Done = std::function<void(const Outcome &)>;

    explicit ScheduledScoringApply(QObject *parent = nullptr);
    ~ScheduledScoringApply() override;

    /// Where step 3 keeps its schedules (release::ScheduledScoring::defaultScheduleDirectory() unless set).
    void setDirectory(const QString &directory);
    /// The keychain holding the database password; the system keychain when never set. Not owned.
    void setSecretStore(secrets::SecretStore *store);
    [[nodiscard]] bool busy() const;

    /// Applies what is scheduled for the current release of \a session with \a publishedAt as its time.
    /// \a done comes back on this thread: at once when nothing is to be applied or a run is already under way
    /// (Outcome::ran false; that run reports), and not at all when the session moved to another release
    /// meanwhile (the result is still recorded) or another journal (the intent stays open there and the next
    /// run settles it).
    void run(ReleaseSession *session, const QDateTime &publishedAt, Done done);

private:
    void startApply(const QString &password, const QString &keychainProblem);
    void applied();
    [[nodiscard]] secrets::SecretStore &secretStore();

    QString m_directory;
    QPointer<secrets::SecretStore> m_store;
    std::unique_ptr<secrets::SecretStore> m_ownStore;
    bool m_busy = false;

    // The run under way.
    QPointer<ReleaseSession> m_session;
    Journal *m_journal = nullptr;
    QString m_release;
    release::ScheduledScoring::Started m_started;
    QString m_keychainProblem;
    Done m_done;
    QFutureWatcher<release::ScheduledScoring::ApplyResult> m_watcher;
};

} // namespace ra
