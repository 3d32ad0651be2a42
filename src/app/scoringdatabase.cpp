// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/scoringdatabase.h"

#include "journal/journal.h"
#include "secrets/keychainsecretstore.h"

#include <QPointer>
#include <QThread>

namespace ra {

ScoringDatabase::ScoringDatabase(QObject *parent)
    : QObject(parent)
{
}

ScoringDatabase::~ScoringDatabase()
{
    // A worker still talking to the database owns nothing of ours, but its QThread is our child: let it end.
    const QList<QThread *> workers = findChildren<QThread *>(Qt::FindDirectChildrenOnly);
    for (QThread *worker : workers) {
        worker->wait();
    }
}

void ScoringDatabase::setSecretStore(secrets::SecretStore *store)
{
    m_store = store;
}

void ScoringDatabase::setTableName(const QString &tableName)
{
    m_tableName = tableName;
}

bool ScoringDatabase::busy() const
{
    return m_busy;
}

void ScoringDatabase::read(const QString &connectionString, std::function<void(const ReadResult &)> done)
{
    auto result = std::make_shared<ReadResult>();
    run(
        [result, connectionString, tableName = m_tableName](const release::ScoringStep::PasswordProvider &password) {
            result->snapshot = release::ScoringStep::read(connectionString, tableName, password, &result->error);
        },
        [result, done = std::move(done)](const QString &keychainProblem) {
            if (!result->snapshot) {
                result->error += keychainProblem;
            }
            done(*result);
        });
}

void ScoringDatabase::execute(const QString &journalPath, const QString &release, release::ScoringStep::Request request,
                              const QString &scheduleDirectory, std::function<void(const ExecuteResult &)> done)
{
    auto result = std::make_shared<ExecuteResult>();
    request.tableName = m_tableName;
    run(
        [result, journalPath, release, request,
         scheduleDirectory](const release::ScoringStep::PasswordProvider &password) {
            // The journal belongs to the thread that opened it: this worker opens its own connection.
            std::unique_ptr<Journal> journal;
            if (!journalPath.isEmpty()) {
                QString error;
                journal = Journal::open(journalPath, &error);
                if (!journal) {
                    result->status.state = release::ScoringStatus::State::Failed;
                    result->status.message =
                        tr("The release journal could not be opened, so nothing was applied: %1").arg(error);
                    return;
                }
            }
            result->status = release::ScoringStep(journal.get(), release, scheduleDirectory).execute(request, password);
            if (result->status.state == release::ScoringStatus::State::Applied) {
                result->snapshot =
                    release::ScoringStep::read(request.connectionString, request.tableName, password, &result->error);
            }
        },
        [result, done = std::move(done)](const QString &keychainProblem) {
            if (result->status.state == release::ScoringStatus::State::Failed) {
                result->status.message += keychainProblem;
            }
            done(*result);
        });
}

void ScoringDatabase::storePassword(const QString &password, std::function<void(const QString &error)> done)
{
    secretStore()->write(
        QString::fromLatin1(kPasswordKey), password,
        [done = std::move(done)](const net::Error &error) { done(error.isError() ? error.toString() : QString()); });
}

void ScoringDatabase::run(std::function<void(const release::ScoringStep::PasswordProvider &)> work,
                          std::function<void(const QString &keychainProblem)> done)
{
    setBusy(true);
    QPointer<ScoringDatabase> self(this);
    secretStore()->read(QString::fromLatin1(kPasswordKey), [self, work = std::move(work),
                                                            done = std::move(done)](const secrets::SecretValue &value) {
        if (!self) {
            return;
        }
        // Without a keychain the connection may still work (trust, .pgpass); say why if it does not.
        const QString keychainProblem =
            value.error.isError()
                ? tr(" (The password could not be read from the keychain: %1)").arg(value.error.message)
                : QString();
        release::ScoringStep::PasswordProvider password;
        if (value.found && !value.value.isEmpty()) {
            password = [secret = value.value] {
                return secret;
            };
        }
        // Each worker makes its own connections on its own thread, as QSqlDatabase requires.
        QThread *thread = QThread::create([password, work] { work(password); });
        thread->setParent(self);
        connect(thread, &QThread::finished, self, [self, done, keychainProblem] {
            self->setBusy(false);
            done(keychainProblem);
        });
        connect(thread, &QThread::finished, thread, &QObject::deleteLater);
        thread->start();
    });
}

secrets::SecretStore *ScoringDatabase::secretStore()
{
    if (!m_store) {
        m_ownStore = std::make_unique<secrets::KeychainSecretStore>();
        m_store = m_ownStore.get();
    }
    return m_store;
}

void ScoringDatabase::setBusy(bool busy)
{
    if (m_busy != busy) {
        m_busy = busy;
        Q_EMIT busyChanged();
    }
}

} // namespace ra
