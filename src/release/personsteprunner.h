// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "release/steprunner.h"

#include <QCoreApplication>

namespace ra::release {

/**
 * A step whose completion is a person's decision in a release run: the staging sign-off, the review of the
 * scoring change set, the review of the notes. The run stops there with what the person decides on and where
 * (the page, or the command); once they have, the journal says the step is done and the next run goes on.
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
    ReleaseStep m_step;
};

} // namespace ra::release
