// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "release/scoringstep.h"
#include "release/steprunner.h"

#include <QCoreApplication>

namespace ra::release {

/**
 * Step 3 in a release run, through ScoringStep: an apply a crash or a lost connection left open is settled first
 * from what the table holds (read with \a password); a change in the table is done; a change the maintainer
 * scheduled for the publication lets the run go on (step 6 applies it with the publication time); a change not
 * reviewed yet stops the run for a person. Listing a release in the scoring table is never decided by the run.
 */
class ScoringRunner : public StepRunner
{
    Q_DECLARE_TR_FUNCTIONS(ScoringRunner)

public:
    explicit ScoringRunner(QString scheduleDirectory, ScoringStep::PasswordProvider password = {});

    [[nodiscard]] ReleaseStep step() const override;
    [[nodiscard]] bool automatic() const override;
    StepRunResult run(Release &release) override;

private:
    QString m_scheduleDirectory;
    ScoringStep::PasswordProvider m_password;
};

} // namespace ra::release
