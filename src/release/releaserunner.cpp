// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/releaserunner.h"

#include "release/releaseplanner.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ra::release {

bool RunReport::failed() const
{
    return !entries.isEmpty() && entries.constLast().result.outcome == StepRunResult::Outcome::Failed;
}

bool RunReport::needsPerson() const
{
    return !entries.isEmpty() && entries.constLast().result.outcome == StepRunResult::Outcome::NeedsPerson;
}

QJsonObject RunReport::toJson() const
{
    QJsonArray steps;
    for (const Entry &entry : entries) {
        QJsonObject json{{u"step"_s, stepKey(entry.step)},
                         {u"outcome"_s, runOutcomeKey(entry.result.outcome)},
                         {u"alreadyDone"_s, entry.alreadyDone},
                         {u"message"_s, entry.result.message}};
        if (!entry.result.hint.isEmpty()) {
            json.insert(u"hint"_s, entry.result.hint);
        }
        if (dryRun) {
            json.insert(u"plan"_s, entry.plan.toJson());
        }
        steps.append(json);
    }
    return {{u"steps"_s, steps},
            {u"dryRun"_s, dryRun},
            {u"stoppedAt"_s, stoppedAt ? QJsonValue(stepKey(*stoppedAt)) : QJsonValue()},
            {u"complete"_s, !stoppedAt.has_value()}};
}

ReleaseRunner::ReleaseRunner(Release &release)
    : m_release(release)
{
}

ReleaseRunner::~ReleaseRunner() = default;

void ReleaseRunner::setRunner(std::unique_ptr<StepRunner> runner)
{
    const ReleaseStep step = runner->step();
    m_runners[step] = std::move(runner);
}

RunReport ReleaseRunner::run(std::optional<ReleaseStep> until, bool dryRun)
{
    RunReport report;
    report.dryRun = dryRun;
    const ReleasePlanner planner(m_release);
    for (ReleaseStep step : allReleaseSteps()) {
        if (until && int(step) > int(*until)) {
            break;
        }
        RunReport::Entry entry;
        entry.step = step;
        const StepVerdict before = m_release.verdict(step);
        // A publication settled after a crash is done, but the scoring change scheduled for it may still be owed:
        // its runner applies that change to a release already published.
        const bool owesScoring = !dryRun && step == ReleaseStep::ReviewPublish &&
                                 m_release.verdict(ReleaseStep::ScoringTable).state != StepState::Done &&
                                 m_runners.contains(step);
        if (before.state == StepState::Done && !owesScoring) {
            entry.alreadyDone = true;
            entry.result = {StepRunResult::Outcome::Done, before.reason, {}};
            report.entries.append(entry);
            continue;
        }
        entry.plan = planner.planStep(step);
        if (entry.plan.isDone() && !owesScoring) {
            // Nothing to do for this project (no scoring table, no channel): the step is done by definition.
            if (!dryRun) {
                m_release.recordStepState(step, StepState::Done, entry.plan.doneNote);
            }
            entry.result = {StepRunResult::Outcome::Done, entry.plan.doneNote, {}};
            report.entries.append(entry);
            continue;
        }
        const auto runner = m_runners.find(step);
        if (dryRun) {
            // A dry run cannot know what a person will decide: it stops where one is needed.
            const bool automatic = runner != m_runners.end() && runner->second->automatic() &&
                                   entry.plan.needsPerson.isEmpty() && entry.plan.blockers.isEmpty();
            entry.result = {automatic ? StepRunResult::Outcome::Done : StepRunResult::Outcome::NeedsPerson,
                            automatic ? tr("would run")
                                      : (entry.plan.needsPerson.isEmpty() ? entry.plan.blockers.join(u"; "_s)
                                                                          : entry.plan.needsPerson),
                            {}};
            report.entries.append(entry);
            if (!automatic) {
                report.stoppedAt = step;
                break;
            }
            continue;
        }
        if (runner == m_runners.end()) {
            entry.result = {StepRunResult::Outcome::Failed,
                            tr("This front end has no runner for step %1 (%2).").arg(int(step) + 1).arg(stepKey(step)),
                            {}};
        } else {
            entry.result = runner->second->run(m_release);
        }
        report.entries.append(entry);
        if (entry.result.outcome != StepRunResult::Outcome::Done &&
            entry.result.outcome != StepRunResult::Outcome::Deferred) {
            report.stoppedAt = step;
            break;
        }
    }
    return report;
}

} // namespace ra::release
