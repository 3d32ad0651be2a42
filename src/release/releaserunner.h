// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "release/release.h"
#include "release/stepplan.h"
#include "release/steprunner.h"

#include <QCoreApplication>
#include <QList>

#include <map>
#include <memory>
#include <optional>

namespace ra::release {

/// What a release run did, step by step, and where it stopped.
struct RunReport {
    struct Entry {
        ReleaseStep step = ReleaseStep::Staging;
        /// True when the step was already done before this run.
        bool alreadyDone = false;
        StepRunResult result;
        /// In a dry run: what the step would do.
        StepPlan plan;
    };
    QList<Entry> entries;
    /// The step the run stopped at (needs a person, or failed); empty when it reached its end.
    std::optional<ReleaseStep> stoppedAt;
    bool dryRun = false;

    [[nodiscard]] bool failed() const;
    [[nodiscard]] bool needsPerson() const;
    [[nodiscard]] QJsonObject toJson() const;
};

/**
 * Runs a release's steps in order, each to completion or to what needs a person, and stops there; running it
 * again resumes where it stopped, because every step first reads the journal (done steps are skipped, effects
 * left open are reconciled by the step's runner). A dry run sends nothing: it lists each remaining step's plan
 * up to the first one that needs a person.
 */
class ReleaseRunner
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseRunner)

public:
    explicit ReleaseRunner(Release &release);
    ~ReleaseRunner();

    /// The runner of \a runner->step(); a step without one stops the run for a person, with its plan.
    void setRunner(std::unique_ptr<StepRunner> runner);

    /// Runs the steps up to and including \a until (all when empty).
    [[nodiscard]] RunReport run(std::optional<ReleaseStep> until, bool dryRun);

private:
    Release &m_release;
    std::map<ReleaseStep, std::unique_ptr<StepRunner>> m_runners;
};

} // namespace ra::release
