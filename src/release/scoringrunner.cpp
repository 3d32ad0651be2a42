// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/scoringrunner.h"

#include "release/personsteprunner.h"
#include "release/release.h"
#include "scoring/scheduledapply.h"

using namespace Qt::StringLiterals;

namespace ra::release {

ScoringRunner::ScoringRunner(QString scheduleDirectory)
    : m_scheduleDirectory(std::move(scheduleDirectory))
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
    QString error;
    const auto scheduled = scoring::ScheduledApplyQueue(m_scheduleDirectory).pending(release.tag(), &error);
    if (scheduled) {
        return {StepRunResult::Outcome::Deferred,
                tr("The scoring-table change of %1 is scheduled: step 6 applies it with the publication time.")
                    .arg(release.tag()),
                {}};
    }
    if (!error.isEmpty()) {
        return {StepRunResult::Outcome::Failed, error,
                tr("Schedule the change again in step 3 (the app, or 'release-assistant-cli table').")};
    }
    return PersonStepRunner(ReleaseStep::ScoringTable).run(release);
}

} // namespace ra::release
