// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "release/scoringstep.h"
#include "scoring/postgresversionstore.h"

#include <QObject>

#include <functional>
#include <memory>

namespace ra {

namespace secrets {
class SecretStore;
}

/**
 * The live scoring table for the editor: reads it, and applies change sets through the release engine's
 * ScoringStep, on a worker thread (connecting can take seconds and the window must not freeze) with its own
 * connection to the release journal, with the password read from the keychain each time. Results come back on
 * the caller's thread.
 */
class ScoringDatabase : public QObject
{
    Q_OBJECT

public:
    /// The keychain entry holding the scoring database's password.
    static constexpr auto kPasswordKey = "scoring/database-password";

    struct ReadResult {
        std::optional<scoring::TableSnapshot> snapshot;
        QString error;
    };
    struct ExecuteResult {
        release::ScoringStatus status;
        std::optional<scoring::TableSnapshot> snapshot; ///< the table read again after a successful apply
        QString error; ///< why it could not be read again
    };

    explicit ScoringDatabase(QObject *parent = nullptr);
    ~ScoringDatabase() override;

    /// Uses \a store instead of the system keychain (tests); not owned.
    void setSecretStore(secrets::SecretStore *store);
    void setTableName(const QString &tableName);
    [[nodiscard]] bool busy() const;

    void read(const QString &connectionString, std::function<void(const ReadResult &)> done);
    /// ScoringStep::execute() of \a request for \a release, recorded in the journal at \a journalPath (opened
    /// again on the worker; empty: nothing is recorded), then the table read again.
    void execute(const QString &journalPath, const QString &release, release::ScoringStep::Request request,
                 const QString &scheduleDirectory, std::function<void(const ExecuteResult &)> done);
    /// Keeps \a password in the keychain; \a done gets an error message, empty on success.
    void storePassword(const QString &password, std::function<void(const QString &error)> done);

Q_SIGNALS:
    void busyChanged();

private:
    /// Reads the password, then runs \a work on a worker thread with it, and \a done back here.
    void run(std::function<void(const release::ScoringStep::PasswordProvider &)> work,
             std::function<void(const QString &keychainProblem)> done);
    [[nodiscard]] secrets::SecretStore *secretStore();
    void setBusy(bool busy);

    secrets::SecretStore *m_store = nullptr;
    std::unique_ptr<secrets::SecretStore> m_ownStore;
    QString m_tableName = QStringLiteral("software_versions");
    bool m_busy = false;
};

} // namespace ra
