// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/scheduledscoringapply.h"

#include "app/releasesession.h"
#include "app/scoringdatabase.h"
#include "secrets/keychainsecretstore.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace ra {

ScheduledScoringApply::ScheduledScoringApply(QObject *parent)
    : QObject(parent)
    , m_directory(release::ScheduledScoring::defaultScheduleDirectory())
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ScheduledScoringApply::applied);
}

ScheduledScoringApply::~ScheduledScoringApply() = default;

void ScheduledScoringApply::setDirectory(const QString &directory)
{
    m_directory = directory;
}

void ScheduledScoringApply::setSecretStore(secrets::SecretStore *store)
{
    m_store = store;
}

bool ScheduledScoringApply::busy() const
{
    return m_busy;
}

secrets::SecretStore &ScheduledScoringApply::secretStore()
{
    if (!m_store) {
        m_ownStore = std::make_unique<secrets::KeychainSecretStore>();
        m_store = m_ownStore.get();
    }
    return *m_store;
}

void ScheduledScoringApply::run(ReleaseSession *session, const QDateTime &publishedAt, Done done)
{
    if (m_busy || !session || session->currentRelease().isEmpty()) {
        done({});
        return;
    }
    m_session = session;
    m_journal = session->journal();
    m_release = session->currentRelease();
    m_started = release::ScheduledScoring(m_journal, m_release, m_directory).begin(publishedAt);
    session->reloadStepStates();
    if (m_started.refused) {
        done(m_started.outcome);
        return;
    }
    m_busy = true;
    m_done = std::move(done);
    secretStore().read(
        QString::fromLatin1(ScoringDatabase::kPasswordKey), [self = QPointer(this)](const secrets::SecretValue &value) {
            if (!self) {
                return;
            }
            // Without a keychain the connection may still work (trust, .pgpass); say why if not.
            self->startApply(value.found ? value.value : QString(),
                             value.error.isError()
                                 ? tr("(The password could not be read from the keychain: %1)").arg(value.error.message)
                                 : QString());
        });
}

void ScheduledScoringApply::startApply(const QString &password, const QString &keychainProblem)
{
    m_keychainProblem = keychainProblem;
    release::ScheduledScoring::PasswordProvider provider;
    if (!password.isEmpty()) {
        provider = [password] {
            return password;
        };
    }
    m_watcher.setFuture(release::ScheduledScoring::applyAsync(m_started, provider));
}

void ScheduledScoringApply::applied()
{
    m_busy = false;
    release::ScheduledScoring::ApplyResult result = m_watcher.result();
    if (result.outcome == scoring::PostgresVersionStore::Outcome::Failed && !m_keychainProblem.isEmpty()) {
        result.message += u' ' + m_keychainProblem;
    }
    const Done done = std::exchange(m_done, {});
    if (!m_session || m_session->journal() != m_journal) {
        return; // that journal is gone: its open intent is settled when the release is opened again
    }
    const Outcome outcome = release::ScheduledScoring(m_journal, m_release, m_directory).finish(m_started, result);
    m_session->reloadStepStates();
    if (m_session->currentRelease() == m_release) {
        done(outcome);
    }
}

} // namespace ra
