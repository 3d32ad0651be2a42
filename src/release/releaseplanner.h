// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "github/endpoints.h"
#include "release/packagesstep.h"
#include "release/release.h"
#include "release/stepplan.h"

#include <QCoreApplication>
#include <QList>

namespace ra::release {

/**
 * What is left of a release, step by step, without sending anything: each step that is not done gets the
 * operations it would perform (git operations, API calls, posts, database changes, in order) and what stops it
 * or needs a person. Step 2's operations are exact (they come from the clone and the journal); the other steps
 * list what the playbook and the journal determine, and name what only the remote can tell (a draft's id, the
 * assets CI attached) instead of guessing it. Each step's plan is its use case's own (StagingStep, TagStep,
 * PackagesStep, PublishStep, AnnounceStep), so that `release plan` and the step can never disagree.
 */
class ReleasePlanner
{
    Q_DECLARE_TR_FUNCTIONS(ReleasePlanner)

public:
    /// \a endpoints: the GitHub the steps' requests go to; \a packagesWorkRoot: where step 5 keeps its downloads,
    /// one folder per release (empty: PackagesRunner::defaultWorkRoot()).
    explicit ReleasePlanner(const Release &release, github::Endpoints endpoints = {}, QString packagesWorkRoot = {});

    /// Every step, in order; done steps carry their doneNote and no operation.
    [[nodiscard]] QList<StepPlan> plan() const;
    [[nodiscard]] StepPlan planStep(ReleaseStep step) const;

    /// The commit the release is built from: the one signed off in step 1, else the one chosen in step 2,
    /// else the clone's HEAD. Empty without a clone.
    [[nodiscard]] QString candidateCommit() const;

    /// Step 5's request as a run makes it: the project's repository, tag spelling and assets, verify or attach
    /// by the playbook's pipeline, the commit (or run) chosen for the release, else candidateCommit(); step 6's
    /// configuration, so that a tracking issue already open shows the packages attached.
    [[nodiscard]] PackagesStep::Request packagesRequest() const;

private:
    [[nodiscard]] StepPlan planStaging() const;
    [[nodiscard]] StepPlan planTag() const;
    [[nodiscard]] StepPlan planScoring() const;
    [[nodiscard]] StepPlan planNotes() const;
    [[nodiscard]] StepPlan planPackages() const;
    [[nodiscard]] StepPlan planReview() const;
    [[nodiscard]] StepPlan planAnnounce() const;
    [[nodiscard]] QString apiPath(const QString &path) const;

    const Release &m_release;
    github::Endpoints m_endpoints;
    QString m_packagesWorkRoot;
};

} // namespace ra::release
