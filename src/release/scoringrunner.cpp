// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/scoringrunner.h"

#include "release/personsteprunner.h"
#include "release/release.h"

using namespace Qt::StringLiterals;

namespace ra::release {

ScoringRunner::ScoringRunner(QString scheduleDirectory, ScoringStep::PasswordProvider password)
    : m_scheduleDirectory(std::move(scheduleDirectory))
    , m_password(std::move(password))
{
}

ReleaseStep ScoringRunner::step() const
{
    return ReleaseStep::ScoringTable;
}

bool ScoringRunner::automatic() const
{
    return false;
}

StepRunResult ScoringRunner::run(Release &release)
{
    const ScoringStep scoring(&release.journal(), release.tag(), m_scheduleDirectory);
    if (const std::optional<JournalEffect> open = scoring.openApply()) {
        QString error;
        const std::optional<ScoringStep::Request> earlier = ScoringStep::requestFromIntent(open->intent, &error);
        const auto snapshot = earlier
                                  ? ScoringStep::read(earlier->connectionString, earlier->tableName, m_password, &error)
                                  : std::nullopt;
        if (!snapshot) {
            return {StepRunResult::Outcome::Failed,
                    tr("An apply of the scoring-table change of %1 was left unfinished and the table could not be read "
                       "to settle it: %2")
                        .arg(release.tag(), error),
                    tr("Set RA_SCORING_DB_PASSWORD (or .pgpass) and run again once the scoring database answers; "
                       "nothing is written twice.")};
        }
        const ScoringStatus settled = scoring.reconcile(snapshot->rows);
        if (settled.state == ScoringStatus::State::Applied) {
            return {StepRunResult::Outcome::Done, settled.message, {}};
        }
    }
    QString error;
    const auto scheduled = scoring.scheduled(&error);
    if (!scheduled && !error.isEmpty()) {
        return {StepRunResult::Outcome::Failed, error,
                tr("Schedule the change again in step 3 (the app, or 'release-assistant-cli table schedule').")};
    }
    const ScoringStatus status = scoring.status();
    switch (status.state) {
    case ScoringStatus::State::Applied:
        return {StepRunResult::Outcome::Done, status.message, {}};
    case ScoringStatus::State::Scheduled:
        return {StepRunResult::Outcome::Deferred,
                tr("The scoring-table change of %1 is scheduled: step 6 applies it with the publication time.")
                    .arg(release.tag()),
                {}};
    default:
        break;
    }
    return PersonStepRunner(ReleaseStep::ScoringTable).run(release);
}

} // namespace ra::release
