// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/playbook.h"
#include "release/stepplan.h"
#include "release/steppolicy.h"
#include "staging/stagingplan.h"
#include "staging/stagingreport.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace ra {
class Journal;
namespace github {
class GitHubClient;
}
namespace net {
class HttpClient;
}
} // namespace ra

namespace ra::release {

/// The commit step 1 checks, as the clone names it.
struct StagingCandidate {
    /// The revision that named it ("origin/main", "HEAD", or what the maintainer typed).
    QString resolvedRevision;
    QString commitSha;
    QString subject;
    /// Its `git describe --tags`: what a build of it reports. Empty when no tag is below it.
    QString expectedVersion;
    /// Why there is no candidate, or why its version cannot be compared; empty when all is known.
    QString error;
};

/// What the journal holds of step 1 for one release.
struct StagingStatus {
    /// The last check's report (StagingReport::toJson()), else the signed-off one; empty when never checked.
    QJsonObject lastReport;
    /// When it was made, ISO 8601 UTC.
    QString checkedAt;
    /// The sign-off record ("staging.signoff"); empty while nobody signed off.
    QJsonObject signOff;
    /// Where the step stands by StepPolicy (a sign-off makes it done).
    StepVerdict verdict;

    [[nodiscard]] bool signedOff() const;
    /// Signed off although the checks did not pass, with a reason.
    [[nodiscard]] bool overridden() const;
    /// The commit that was signed off; empty while nobody signed off.
    [[nodiscard]] QString signedCommit() const;
};

/**
 * Step 1 as one use case for the app, the CLI and the release run: the candidate commit from the clone, the
 * checks the playbook asks for (workflow runs, package artifacts, each staging node's version and health), the
 * exact requests they send, the report kept in the journal, and the sign-off — or the override with its reason —
 * recorded as "staging.signoff", the evidence StepPolicy reads. Reading the remote is the checker's
 * (staging::StagingChecker, asynchronous); deciding what the report allows is this class's.
 */
class StagingStep
{
    Q_DECLARE_TR_FUNCTIONS(StagingStep)

public:
    /// Where the last check is kept, so that a page reopened later shows it.
    static constexpr QLatin1StringView LastCheckKey{"staging.lastcheck"};
    /// The sign-off record: what was signed, by whom, when, and the override's reason.
    static constexpr QLatin1StringView SignOffKey{"staging.signoff"};
    /// The revision the maintainer chose for the candidate; unset: the remote's main, else HEAD.
    static constexpr QLatin1StringView RevisionKey{"staging.revision"};

    /// \a journal may be null: then the step can plan and check but records nothing.
    StagingStep(Journal *journal, QString release);

    /// The candidate of the clone at \a clonePath: \a revision, or (empty) the remote's main when the clone has
    /// it — staging runs what was merged — else HEAD; with its subject and `git describe`. Changes nothing.
    [[nodiscard]] static StagingCandidate resolveCandidate(const QString &clonePath, const QString &revision);
    /// What the checks of \a playbook ask for \a commitSha: its workflows except the release workflow (it runs
    /// on the tag push, after this step, so no run of it can exist yet), its assets as the artifacts (a build
    /// names each artifact after the .deb it holds) and its staging servers.
    [[nodiscard]] static staging::StagingPlan checks(const Playbook &playbook, const QString &commitSha,
                                                     const QString &expectedVersion);
    /// Short limits for the staging nodes: a node that does not answer within seconds is a finding, not
    /// something to wait for.
    static void configureNodeClient(net::HttpClient &nodes);
    /// Runs \a plan through a checker on this thread (an event loop turns until it is done): the CLI and the
    /// release run. A client in dry-run mode only describes the requests.
    [[nodiscard]] static staging::StagingReport runChecks(github::GitHubClient &github, net::HttpClient &nodes,
                                                          const staging::StagingPlan &plan);

    /// The requests the checks of \a plan send, in order (no credential is listed: the token is a header), and
    /// what stops the step or needs a person. A signed-off release has nothing left.
    [[nodiscard]] StepPlan operations(const staging::StagingPlan &plan) const;
    [[nodiscard]] StagingStatus status() const;

    /// The revision remembered for the release (RevisionKey), empty when none was chosen.
    [[nodiscard]] QString revision() const;
    void rememberRevision(const QString &revision) const;

    /// Keeps \a report as the release's last check and, unless it is signed off, records the step in progress
    /// (the report passed: waiting for the sign-off) or needing attention (its first problem). Creates the
    /// release in the journal when it has none.
    bool recordCheck(const staging::StagingReport &report, QString *error = nullptr) const;

    /// A report every check of which passed may be signed off.
    [[nodiscard]] static bool canSignOff(const staging::StagingReport &report);
    /// A report that did not pass may only be overridden, with a reason.
    [[nodiscard]] static bool canOverride(const staging::StagingReport &report);
    /// Records \a signer's sign-off of \a report, the checks just run (null when none ran: what is signed must
    /// be what was just seen). Refused, with \a error saying what to do, without a journal, a report, a signer,
    /// or when the report did not pass (override it instead).
    bool signOff(const staging::StagingReport *report, const QString &signer, QString *error) const;
    /// Records \a signer's sign-off of \a report although it may not have passed, for \a reason (required: it
    /// is kept with the release).
    bool overrideChecks(const staging::StagingReport *report, const QString &signer, const QString &reason,
                        QString *error) const;

private:
    bool canRecord(QString *error) const;
    bool ensureRelease(const QString &commitSha, QString *error) const;
    bool record(const staging::StagingReport *report, const QString &signer, const QString &reason,
                QString *error) const;

    Journal *m_journal;
    QString m_release;
};

} // namespace ra::release
