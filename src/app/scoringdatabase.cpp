// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/scoringdatabase.h"

#include "secrets/keychainsecretstore.h"

#include <QPointer>
#include <QThread>

using namespace ra::scoring;

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
        connectionString, [result](PostgresVersionStore &store) { result->snapshot = store.read(&result->error); },
        [result, done = std::move(done)](const QString &keychainProblem) {
            if (!result->snapshot) {
                result->error += keychainProblem;
            }
            done(*result);
        });
}

void ScoringDatabase::apply(const QString &connectionString, const ReleaseChangeSet &changes,
                            const QByteArray &expectedDigest, std::function<void(const ApplyResult &)> done)
{
    auto result = std::make_shared<ApplyResult>();
    run(
        connectionString,
        [result, changes, expectedDigest](PostgresVersionStore &store) {
            result->result = store.apply(changes, expectedDigest);
            if (result->result.outcome == PostgresVersionStore::Outcome::Applied ||
                result->result.outcome == PostgresVersionStore::Outcome::AlreadyApplied) {
                result->snapshot = store.read(&result->error);
            }
        },
        [result, done = std::move(done)](const QString &keychainProblem) {
            if (result->result.outcome == PostgresVersionStore::Outcome::Failed) {
                result->result.message += keychainProblem;
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

void ScoringDatabase::run(const QString &connectionString, std::function<void(PostgresVersionStore &)> work,
                          std::function<void(const QString &keychainProblem)> done)
{
    setBusy(true);
    QPointer<ScoringDatabase> self(this);
    secretStore()->read(QString::fromLatin1(kPasswordKey), [self, connectionString, tableName = m_tableName,
                                                            work = std::move(work),
                                                            done = std::move(done)](const secrets::SecretValue &value) {
        if (!self) {
            return;
        }
        // Without a keychain the connection may still work (trust, .pgpass); say why if it does not.
        const QString keychainProblem =
            value.error.isError()
                ? tr(" (The password could not be read from the keychain: %1)").arg(value.error.message)
                : QString();
        PostgresVersionStore::PasswordProvider password;
        if (value.found && !value.value.isEmpty()) {
            password = [secret = value.value] {
                return secret;
            };
        }
        // Each worker makes its own connection on its own thread, as QSqlDatabase requires.
        QThread *thread = QThread::create([connectionString, tableName, password, work] {
            PostgresVersionStore store(connectionString, password, tableName);
            work(store);
        });
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
