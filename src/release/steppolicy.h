// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/releasestep.h"
#include "journal/journal.h"

#include <QList>
#include <QString>

namespace ra::release {

/// What is known of one step of one release, from the journal: its side effects, what a front end recorded,
/// and whether the step's own evidence of completion is there (the tag pushed, the release published, ...).
struct StepFacts {
    ReleaseStep step = ReleaseStep::Staging;
    QList<JournalEffect> effects;
    StepState recordedState = StepState::NotStarted;
    QString recordedNote;
    /// The step's proof of being done, read from the journal (not from what a page claimed).
    bool complete = false;
    QString completeNote;
};

/// Where a step stands and why, as every front end shows it.
struct StepVerdict {
    StepState state = StepState::NotStarted;
    QString reason;
    /// Effects started and never finished, or finished with "uncertain": reconcile them before going on.
    QList<JournalEffect> unresolved;
    /// The latest attempt of each failed effect that no later attempt succeeded.
    QList<JournalEffect> failed;
};

/**
 * The one rule that decides where a step stands, for the app, the CLI and the release run alike:
 *  1. an effect whose outcome is unknown (pending, uncertain) needs attention before anything else;
 *  2. the step's own evidence of completion makes it done;
 *  3. a front end's "done" stands (steps whose proof lives outside the journal: a sign-off, a scoring apply);
 *  4. a failed effect not retried successfully, or a recorded problem, needs attention;
 *  5. any effect or recorded progress means in progress; else not started.
 */
class StepPolicy
{
public:
    [[nodiscard]] static StepVerdict evaluate(const StepFacts &facts);
    /// The facts of \a step of \a release as the journal holds them, without the step's completion evidence.
    [[nodiscard]] static StepFacts factsFrom(const Journal &journal, const QString &release, ReleaseStep step);
    /// factsFrom() with the proof each step leaves when it is done (a sign-off, a pushed tag, a published
    /// release), evaluated: what every front end shows.
    [[nodiscard]] static StepVerdict verdict(const Journal &journal, const QString &release, ReleaseStep step);
};

} // namespace ra::release
