// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/scheduledscoringapply.h"

#include "app/scoringdatabase.h"
#include "app/scoringeditor.h"
#include "scoring/scheduledapply.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace ra {

ScheduledScoringApply::ScheduledScoringApply(QObject *parent)
    : QObject(parent)
    , m_directory(ScoringEditor::defaultScheduleDirectory())
    , m_database(new ScoringDatabase(this))
{
}

ScheduledScoringApply::~ScheduledScoringApply() = default;

void ScheduledScoringApply::setDirectory(const QString &directory)
{
    m_directory = directory;
}

void ScheduledScoringApply::setSecretStore(secrets::SecretStore *store)
{
    m_database->setSecretStore(store);
}

bool ScheduledScoringApply::busy() const
{
    return m_database->busy();
}

void ScheduledScoringApply::run(const QString &release, const QDateTime &publishedAt, Done done)
{
    QString error;
    const scoring::ScheduledApplyQueue queue(m_directory);
    const std::optional<scoring::ScheduledApply> pending = queue.pending(release, &error);
    if (!pending) {
        Outcome outcome;
        if (!error.isEmpty()) {
            outcome.ran = true;
            outcome.message = tr("The scoring-table change scheduled for %1 cannot be read: %2").arg(release, error);
        }
        done(outcome);
        return;
    }
    if (busy()) {
        done({true, false, tr("The scoring table is being written already; try again in a moment.")});
        return;
    }
    const scoring::ReleaseChangeSet changes = pending->changes.releasedAt(publishedAt);
    QPointer<ScheduledScoringApply> self(this);
    m_database->apply(
        pending->connectionString, changes, pending->expectedDigest,
        [self, release, directory = m_directory, done](const ScoringDatabase::ApplyResult &result) {
            using Store = scoring::PostgresVersionStore;
            const bool applied = result.result.outcome == Store::Outcome::Applied ||
                                 result.result.outcome == Store::Outcome::AlreadyApplied;
            if (applied) {
                scoring::ScheduledApplyQueue(directory).cancel(release);
            }
            if (self) {
                done({true, applied,
                      applied
                          ? tr("The scoring table lists %1 from its publish time.").arg(release)
                          : tr("The scheduled scoring-table change was not applied: %1").arg(result.result.message)});
            }
        });
}

} // namespace ra
