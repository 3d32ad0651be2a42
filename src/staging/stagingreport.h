// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "github/actions.h"
#include "net/error.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace ra::staging {

enum class Verdict { Pass, Warning, Fail };

[[nodiscard]] QString verdictKey(Verdict verdict); ///< "pass", "warning", "fail"
[[nodiscard]] Verdict worst(Verdict a, Verdict b);

struct WorkflowResult {
    QString workflow; ///< file name
    bool found = false;
    github::WorkflowRun run; ///< the latest run on the commit, when found
    Verdict verdict = Verdict::Fail;
    QString summary; ///< "success", "no run for this commit", "in progress"
};

struct ArtifactResult {
    github::Artifact artifact;
    bool missing = false; ///< expected but absent (artifact.name set only)
    Verdict verdict = Verdict::Pass;
};

struct CheckResult {
    QString path;
    int status = 0;
    int expectedStatus = 200;
    QStringList failures; ///< the false booleans of the node's answer ("ipv6.dns", "internet")
    QString error; ///< transport error, if no answer
    Verdict verdict = Verdict::Fail;
};

/// How a reported version relates to the candidate's describe.
struct VersionComparison {
    bool matches = false;
    QString explanation;
};

struct NodeResult {
    QString name;
    QUrl url;
    QString serverHeaderVersion; ///< from "Server: aleph-vm/<version>"
    QString configVersion; ///< /status/config → version
    VersionComparison version;
    QList<CheckResult> checks;
    net::Error error; ///< the node could not be reached
    Verdict verdict = Verdict::Fail;
};

/// The outcome of step 1's checks, for the page, the CLI (--json) and the journal.
struct StagingReport {
    QString repository;
    QString commitSha;
    QString expectedVersion;
    QList<WorkflowResult> workflows;
    QList<ArtifactResult> artifacts;
    QList<NodeResult> nodes;
    QStringList problems; ///< one sentence per problem, in order
    net::Error githubError; ///< GitHub could not be asked
    Verdict verdict = Verdict::Fail;

    [[nodiscard]] QJsonObject toJson() const;
};

/// Compares what a node reports with the candidate's `git describe` (\a expected) and commit (\a commitSha):
/// equal strings match, and so do two describes naming the same commit (-g<sha>, any abbreviation).
[[nodiscard]] VersionComparison compareVersions(const QString &reported, const QString &expected,
                                                const QString &commitSha);

} // namespace ra::staging
