// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/stagingstep.h"

#include "git/describe.h"
#include "git/repository.h"
#include "github/githubclient.h"
#include "journal/journal.h"
#include "net/httpclient.h"
#include "staging/stagingchecker.h"
#include "staging/stagingsignoff.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ra::release {

bool StagingStatus::signedOff() const
{
    return !signOff.isEmpty();
}

bool StagingStatus::overridden() const
{
    return !signOff.value(u"override_reason"_s).toString().isEmpty();
}

QString StagingStatus::signedCommit() const
{
    return signOff.value(u"report"_s).toObject().value(u"commit"_s).toString();
}

StagingStep::StagingStep(Journal *journal, QString release)
    : m_journal(journal)
    , m_release(std::move(release))
{
}

StagingCandidate StagingStep::resolveCandidate(const QString &clonePath, const QString &revision)
{
    StagingCandidate candidate;
    auto repository = git::Repository::open(clonePath);
    if (!repository) {
        candidate.error = repository.error().message();
        return candidate;
    }
    const QStringList revisions = revision.isEmpty() ? QStringList{u"origin/main"_s, u"HEAD"_s} : QStringList{revision};
    for (const QString &name : revisions) {
        if (const auto sha = repository->resolveCommit(name)) {
            candidate.resolvedRevision = name;
            candidate.commitSha = *sha;
            break;
        } else if (name == revisions.constLast()) {
            candidate.error = sha.error().message();
        }
    }
    if (candidate.commitSha.isEmpty()) {
        return candidate;
    }
    if (const auto subject = repository->commitSubject(candidate.commitSha)) {
        candidate.subject = *subject;
    }
    if (const auto describe = git::describeCommit(*repository, candidate.commitSha)) {
        candidate.expectedVersion = *describe;
    } else {
        candidate.error =
            tr("git describe found no tag below %1 (%2), so the staging servers' version cannot be compared.")
                .arg(candidate.commitSha.left(10), describe.error().message());
    }
    return candidate;
}

staging::StagingPlan StagingStep::checks(const Playbook &playbook, const QString &commitSha,
                                         const QString &expectedVersion)
{
    staging::StagingPlan plan = staging::StagingPlan::fromPlaybook(playbook);
    if (!playbook.releaseWorkflow.isEmpty() && playbook.releaseWorkflow != playbook.buildWorkflow) {
        plan.workflows.removeAll(playbook.releaseWorkflow);
    }
    plan.expectedArtifacts = playbook.expectedAssets;
    plan.commitSha = commitSha;
    plan.expectedVersion = expectedVersion;
    return plan;
}

void StagingStep::configureNodeClient(net::HttpClient &nodes)
{
    nodes.retryPolicy().setLimits(
        {2, std::chrono::milliseconds(500), std::chrono::milliseconds(2000), std::chrono::milliseconds(5000)});
    nodes.setConnectTimeout(10000);
    nodes.setStallTimeout(30000);
}

staging::StagingReport StagingStep::runChecks(github::GitHubClient &github, net::HttpClient &nodes,
                                              const staging::StagingPlan &plan)
{
    staging::StagingChecker checker(github, nodes);
    staging::StagingReport report;
    QEventLoop loop;
    QObject::connect(&checker, &staging::StagingChecker::finished, &loop,
                     [&report, &loop](const staging::StagingReport &result) {
                         report = result;
                         loop.quit();
                     });
    checker.run(plan);
    // A dry run may finish before run() returns: then there is nothing to wait for.
    if (checker.isRunning()) {
        loop.exec();
    }
    return report;
}

StepPlan StagingStep::operations(const staging::StagingPlan &plan) const
{
    StepPlan steps;
    steps.step = ReleaseStep::Staging;
    const StagingStatus current = status();
    if (current.signedOff()) {
        steps.doneNote =
            current.overridden()
                ? tr("%1 was signed off with an override: %2")
                      .arg(current.signedCommit().left(10), current.signOff.value(u"override_reason"_s).toString())
                : tr("%1 was signed off: every staging check passed").arg(current.signedCommit().left(10));
        return steps;
    }
    if (plan.commitSha.isEmpty()) {
        steps.blockers.append(tr("No candidate commit: open the project's clone so the commit can be found."));
    }
    const QString api = u"/repos/%1/actions"_s.arg(plan.repository.toString());
    steps.operations.append(
        {PlannedOperation::Kind::Api,
         tr("list the workflow runs of %1 (%2 must succeed)")
             .arg(plan.commitSha.left(10), plan.workflows.join(u", "_s)),
         api + u"/runs?head_sha=%1"_s.arg(plan.commitSha),
         QJsonObject{{u"method"_s, u"GET"_s}, {u"workflows"_s, QJsonArray::fromStringList(plan.workflows)}},
         {},
         {}});
    if (!plan.buildWorkflow.isEmpty()) {
        steps.operations.append(
            {PlannedOperation::Kind::Api,
             tr("list the package artifacts of the %1 run").arg(plan.buildWorkflow),
             api + u"/runs/{run of %1}/artifacts"_s.arg(plan.buildWorkflow),
             QJsonObject{{u"method"_s, u"GET"_s}, {u"expected"_s, QJsonArray::fromStringList(plan.expectedArtifacts)}},
             {},
             {}});
    }
    for (const staging::StagingNode &node : plan.nodes) {
        // A node's URL may carry credentials; what a plan shows never does.
        const QString base = node.url.toString(QUrl::RemoveUserInfo);
        QJsonArray requests{QJsonObject{{u"path"_s, u"/status/config"_s},
                                        {u"reads"_s, u"the Server header and the version it reports"_s}}};
        for (const staging::NodeCheck &check : node.checks) {
            requests.append(QJsonObject{{u"path"_s, check.path}, {u"expectedStatus"_s, check.expectedStatus}});
        }
        steps.operations.append(
            {PlannedOperation::Kind::Api,
             tr("ask %1 what it runs (it must be %2) and whether it is healthy")
                 .arg(node.name.isEmpty() ? node.url.host() : node.name,
                      plan.expectedVersion.isEmpty() ? plan.commitSha.left(10) : plan.expectedVersion),
             base,
             QJsonObject{{u"method"_s, u"GET"_s}, {u"requests"_s, requests}},
             {},
             {}});
    }
    const QJsonObject last = current.lastReport;
    const bool lastIsThisCommit = !last.isEmpty() && last.value(u"commit"_s).toString() == plan.commitSha;
    if (!lastIsThisCommit) {
        steps.needsPerson = tr("A maintainer runs the checks, then signs them off (or overrides them with a reason).");
    } else if (last.value(u"verdict"_s).toString() == staging::verdictKey(staging::Verdict::Pass)) {
        steps.needsPerson = tr("Every check of %1 passed: a maintainer signs them off.").arg(plan.commitSha.left(10));
    } else {
        steps.needsPerson =
            tr("The checks of %1 did not pass (%2): fix it and check again, or a maintainer overrides them with a "
               "reason.")
                .arg(plan.commitSha.left(10), last.value(u"problems"_s).toArray().at(0).toString());
    }
    return steps;
}

StagingStatus StagingStep::status() const
{
    StagingStatus status;
    if (!m_journal || m_release.isEmpty()) {
        return status;
    }
    status.signOff = m_journal->value(m_release, SignOffKey).toObject();
    const QJsonObject lastCheck = m_journal->value(m_release, LastCheckKey).toObject();
    if (!lastCheck.isEmpty()) {
        status.lastReport = lastCheck.value(u"report"_s).toObject();
        status.checkedAt = lastCheck.value(u"at"_s).toString();
    } else if (status.signedOff()) {
        status.lastReport = status.signOff.value(u"report"_s).toObject();
        status.checkedAt = status.signOff.value(u"at"_s).toString();
    }
    status.verdict = StepPolicy::verdict(*m_journal, m_release, ReleaseStep::Staging);
    return status;
}

QString StagingStep::revision() const
{
    return m_journal && !m_release.isEmpty() ? m_journal->value(m_release, RevisionKey).toString() : QString();
}

void StagingStep::rememberRevision(const QString &revision) const
{
    if (m_journal && !m_release.isEmpty()) {
        m_journal->setValue(m_release, RevisionKey, revision);
    }
}

bool StagingStep::recordCheck(const staging::StagingReport &report, QString *error) const
{
    if (!canRecord(error) || !ensureRelease(report.commitSha, error)) {
        return false;
    }
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const bool passed = report.verdict == staging::Verdict::Pass;
    const bool signedOff = !m_journal->value(m_release, SignOffKey).isUndefined();
    return m_journal->transaction(
        [&](QString *transactionError) {
            if (!m_journal->setValue(m_release, LastCheckKey,
                                     QJsonObject{{u"at"_s, at}, {u"report"_s, report.toJson()}}, transactionError)) {
                return false;
            }
            // A later check does not undo a sign-off: the signed report stays what was signed.
            return signedOff ||
                   m_journal->setStepState(
                       m_release, ReleaseStep::Staging, passed ? StepState::InProgress : StepState::NeedsAttention,
                       passed ? tr("Every staging check passed; waiting for the sign-off") : report.problems.value(0),
                       transactionError);
        },
        error);
}

bool StagingStep::canSignOff(const staging::StagingReport &report)
{
    return report.verdict == staging::Verdict::Pass;
}

bool StagingStep::canOverride(const staging::StagingReport &report)
{
    return report.verdict != staging::Verdict::Pass;
}

bool StagingStep::signOff(const staging::StagingReport *report, const QString &signer, QString *error) const
{
    if (report && !canSignOff(*report)) {
        if (error) {
            *error = tr("The checks did not pass: override them with a reason instead.");
        }
        return false;
    }
    return record(report, signer, {}, error);
}

bool StagingStep::overrideChecks(const staging::StagingReport *report, const QString &signer, const QString &reason,
                                 QString *error) const
{
    if (report && reason.trimmed().isEmpty()) {
        if (error) {
            *error = tr("Say why the failing checks can be overridden: the reason is kept with the release.");
        }
        return false;
    }
    return record(report, signer, reason, error);
}

bool StagingStep::record(const staging::StagingReport *report, const QString &signer, const QString &reason,
                         QString *error) const
{
    const auto refuse = [error](const QString &why) {
        if (error) {
            *error = why;
        }
        return false;
    };
    if (!canRecord(error)) {
        return false;
    }
    if (!report) {
        return refuse(tr("Run the checks first: a sign-off records what was just checked."));
    }
    if (signer.trimmed().isEmpty()) {
        return refuse(tr("Say who signs off."));
    }
    if (!ensureRelease(report->commitSha, error)) {
        return false;
    }
    QString why;
    if (!staging::StagingSignOff::record(*m_journal, m_release, *report, signer.trimmed(), reason, &why)) {
        return refuse(tr("The journal refused the record: %1").arg(why));
    }
    return true;
}

bool StagingStep::canRecord(QString *error) const
{
    if (m_journal && !m_release.isEmpty()) {
        return true;
    }
    if (error) {
        *error = tr("The release journal is not open, so nothing could be recorded.");
    }
    return false;
}

bool StagingStep::ensureRelease(const QString &commitSha, QString *error) const
{
    return m_journal->hasRelease(m_release) || m_journal->createRelease(m_release, {{u"commit"_s, commitSha}}, error);
}

} // namespace ra::release
