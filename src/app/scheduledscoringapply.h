// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>

#include <functional>

namespace ra {

class ScoringDatabase;
namespace secrets {
class SecretStore;
}

/**
 * Runs, once a release is published, the scoring-table change the maintainer scheduled in step 3: the rows
 * take the publish time as released_on (nodes upgrading earlier would be scored `other`), and the apply
 * refuses a table changed since it was reviewed. The schedule is forgotten once the table holds the change,
 * so running it again finds nothing to do.
 */
class ScheduledScoringApply : public QObject
{
    Q_OBJECT

public:
    struct Outcome {
        /// False when nothing was scheduled for the release.
        bool ran = false;
        bool succeeded = false;
        QString message;
    };
    using Done = std::function<void(const Outcome &)>;

    explicit ScheduledScoringApply(QObject *parent = nullptr);
    ~ScheduledScoringApply() override;

    /// Where step 3 keeps its schedules (ScoringEditor::defaultScheduleDirectory() unless set).
    void setDirectory(const QString &directory);
    /// The keychain holding the database password; the system keychain when never set. Not owned.
    void setSecretStore(secrets::SecretStore *store);
    [[nodiscard]] bool busy() const;

    /// Applies what is scheduled for \a release with \a publishedAt as its time; \a done comes back on this
    /// thread (at once when nothing is scheduled).
    void run(const QString &release, const QDateTime &publishedAt, Done done);

private:
    QString m_directory;
    ScoringDatabase *m_database;
};

} // namespace ra
