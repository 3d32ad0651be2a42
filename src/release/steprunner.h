// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/releasestep.h"
#include "release/stepplan.h"

#include <QString>

namespace ra::release {

class Release;

/// How running one step ended.
struct StepRunResult {
    enum class Outcome {
        Done, ///< the step is complete (now or before)
        NeedsPerson, ///< a person must decide or act (a sign-off, approvals, notes to review, an uncertain post)
        Failed, ///< it was tried and failed; the message says why and what to do
        Deferred, ///< nothing to do now: a later step finishes it (a scoring change applied at publication)
    };
    Outcome outcome = Outcome::Done;
    QString message;
    /// What to do next: the command or the page that takes it from here.
    QString hint;
};

/// "done", "needs-person", "failed", "deferred".
[[nodiscard]] QString runOutcomeKey(StepRunResult::Outcome outcome);

/**
 * Runs one step of a release to completion, or to the point where a person is needed: reconciles what the journal
 * left open, then acts, recording every side effect in the journal first. Synchronous: a front end that must not
 * block runs it on a worker thread with its own journal connection, or drives the step's use case itself.
 */
class StepRunner
{
public:
    virtual ~StepRunner();

    [[nodiscard]] virtual ReleaseStep step() const = 0;
    /// False for a step that always stops for a person (what a dry run says it would do).
    [[nodiscard]] virtual bool automatic() const = 0;
    virtual StepRunResult run(Release &release) = 0;
};

} // namespace ra::release
