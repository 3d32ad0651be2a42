// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "github/endpoints.h"
#include "release/steprunner.h"

#include <QCoreApplication>

namespace ra::release {

/**
 * Step 4 in a release run. Notes are a person's work: the run never writes or generates them. It completes the
 * step only when the journal holds the notes last saved to the draft, they pass the lint, nobody edited them in
 * the app since, and the draft still holds exactly them (the state by NotesStep::stateAfterSync(), as a save
 * records it); otherwise it stops for a person with the command that saves the notes.
 */
class NotesRunner : public StepRunner
{
    Q_DECLARE_TR_FUNCTIONS(NotesRunner)

public:
    NotesRunner(github::Endpoints endpoints, QString token);

    [[nodiscard]] ReleaseStep step() const override;
    /// False: a dry run cannot tell whether the draft still holds the saved notes without asking GitHub.
    [[nodiscard]] bool automatic() const override;
    StepRunResult run(Release &release) override;

private:
    github::Endpoints m_endpoints;
    QString m_token;
};

} // namespace ra::release
