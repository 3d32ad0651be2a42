// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "github/endpoints.h"
#include "release/scheduledscoring.h"
#include "release/steprunner.h"

#include <QCoreApplication>

namespace ra::release {

class PublishStep;

/**
 * Step 6 in a release run, over PublishStep: reads where the step stands; stops for a person while the quorum has
 * not approved the exact content; publishes it once it has; then runs step 3's change scheduled for the
 * publication. A release published earlier (by the app, a colleague, or a run that stopped before the scoring
 * apply) only gets the scoring apply.
 */
class PublishRunner : public StepRunner
{
    Q_DECLARE_TR_FUNCTIONS(PublishRunner)

public:
    PublishRunner(github::Endpoints endpoints, QString token, ScheduledScoring::PasswordProvider scoringPassword,
                  QString scheduleDirectory = ScheduledScoring::defaultScheduleDirectory());

    [[nodiscard]] ReleaseStep step() const override;
    [[nodiscard]] bool automatic() const override;
    StepRunResult run(Release &release) override;

private:
    [[nodiscard]] StepRunResult applyScoring(const PublishStep &step, const QDateTime &publishedAt,
                                             StepRunResult published) const;

    github::Endpoints m_endpoints;
    QString m_token;
    ScheduledScoring::PasswordProvider m_scoringPassword;
    QString m_scheduleDirectory;
};

} // namespace ra::release
