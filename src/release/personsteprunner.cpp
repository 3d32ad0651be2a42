// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/personsteprunner.h"

#include "release/release.h"
#include "release/releaseplanner.h"

using namespace Qt::StringLiterals;

namespace ra::release {

PersonStepRunner::PersonStepRunner(ReleaseStep step)
    : m_step(step)
{
}

ReleaseStep PersonStepRunner::step() const
{
    return m_step;
}

bool PersonStepRunner::automatic() const
{
    return false;
}

StepRunResult PersonStepRunner::run(Release &release)
{
    const QString tag = release.tag();
    switch (m_step) {
    case ReleaseStep::Staging: {
        const QString commit = ReleasePlanner(release).candidateCommit();
        return {StepRunResult::Outcome::NeedsPerson,
                tr("A maintainer signs off the staging checks of %1 (or overrides them with a reason).")
                    .arg(commit.isEmpty() ? tr("the candidate commit") : commit.left(10)),
                tr("Step 1 in the app, or: release-assistant-cli staging check --commit %1 --release %2")
                    .arg(commit.isEmpty() ? u"<sha>"_s : commit, tag)};
    }
    case ReleaseStep::ScoringTable:
        return {StepRunResult::Outcome::NeedsPerson,
                tr("A maintainer reviews the scoring-table change set of %1, then applies it or schedules it for "
                   "the publication.")
                    .arg(tag),
                tr("Step 3 in the app, or: release-assistant-cli table add|apply")};
    case ReleaseStep::Notes:
        return {StepRunResult::Outcome::NeedsPerson,
                tr("A maintainer writes and reviews the release notes of %1 and saves them to the draft.").arg(tag),
                tr("Step 4 in the app; release-assistant-cli notes generate --tag %1 drafts them.").arg(tag)};
    case ReleaseStep::Packages:
        return {StepRunResult::Outcome::NeedsPerson, tr("The packages of %1 are attached to the draft.").arg(tag),
                tr("Step 5 in the app, or: release-assistant-cli packages attach --release %1").arg(tag)};
    case ReleaseStep::ReviewPublish: {
        const QString approvals = ReleasePlanner(release).planStep(m_step).needsPerson;
        return {StepRunResult::Outcome::NeedsPerson,
                approvals.isEmpty() ? tr("A maintainer publishes %1.").arg(tag) : approvals,
                tr("Step 6 in the app, or: release-assistant-cli review status|approve|publish --release %1").arg(tag)};
    }
    case ReleaseStep::Announce:
        return {StepRunResult::Outcome::NeedsPerson, tr("The community manager announces %1.").arg(tag),
                tr("Step 7 in the app, or: release-assistant-cli announce send --release %1").arg(tag)};
    case ReleaseStep::Tag:
        break;
    }
    return {StepRunResult::Outcome::NeedsPerson, ReleasePlanner(release).planStep(m_step).needsPerson, {}};
}

} // namespace ra::release
