// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "release/steprunner.h"

#include <QCoreApplication>

namespace ra::release {

/**
 * A step whose completion is a person's decision in a release run: the staging sign-off, the review of the
 * scoring change set, the review of the notes. The run stops there with what the person decides on and where
 * (the page, or the command); once they have, the journal says the step is done and the next run goes on. Steps 1
 * and 7 say where they stand through their use cases (StagingStep, AnnounceStep).
 */
class PersonStepRunner : public StepRunner
{
    Q_DECLARE_TR_FUNCTIONS(PersonStepRunner)

public:
    explicit PersonStepRunner(ReleaseStep step);

    [[nodiscard]] ReleaseStep step() const override;
    [[nodiscard]] bool automatic() const override;
    StepRunResult run(Release &release) override;

private:
    /// Where step 1 stands for the person: no check yet, a check that passed, or one that did not.
    [[nodiscard]] static StepRunResult stagingResult(Release &release);
    /// Step 7's channels that need a person: an uncertain post first, then a failed one, then those not sent.
    [[nodiscard]] static StepRunResult announceResult(Release &release);

    ReleaseStep m_step;
};

} // namespace ra::release
