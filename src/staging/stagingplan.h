// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "github/repositoryref.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace ra {
struct Playbook;
}

namespace ra::staging {

/// One HTTP health check of a staging node: GET path must answer expectedStatus.
struct NodeCheck {
    QString path;
    int expectedStatus = 200;
};

struct StagingNode {
    QString name;
    QUrl url; ///< base URL, e.g. https://ovh.staging.aleph.sh
    QList<NodeCheck> checks; ///< default: /status/check/fastapi and /status/check/host
};

/// What step 1 checks for a candidate commit.
struct StagingPlan {
    github::RepositoryRef repository;
    QString commitSha; ///< the full sha of the candidate commit
    QString expectedVersion; ///< its `git describe --tags` (what a build of it reports); empty: not compared
    QStringList workflows; ///< workflow files whose runs on the commit must succeed
    QString buildWorkflow; ///< the workflow whose run holds the package artifacts
    QStringList expectedArtifacts; ///< artifact names that should exist (empty: whatever the run has)
    QList<StagingNode> nodes;

    /// aleph-vm's defaults (aleph-vm-release-facts.md §2.1, §8).
    [[nodiscard]] static StagingPlan alephVmDefaults();
    /// The repository, workflows and staging servers of \a playbook.
    [[nodiscard]] static StagingPlan fromPlaybook(const Playbook &playbook);
    [[nodiscard]] static QList<NodeCheck> defaultChecks();
};

} // namespace ra::staging
