// SPDX-License-Identifier: GPL-3.0-or-later
// Step 1 as the release engine's use case: the candidate from a real clone, the checks a playbook asks for and
// the exact requests they send, the report kept in the journal with the step's state, and what a sign-off or an
// override needs — against the GitHub twin and a staging-node twin on 127.0.0.1.
#include "release/stagingstep.h"

#include "core/playbookloader.h"
#include "github/githubclient.h"
#include "journal/journal.h"
#include "net/httpclient.h"
#include "release/personsteprunner.h"
#include "release/project.h"
#include "release/release.h"
#include "release/steppolicy.h"

#include "githubtwin.h"
#include "historybuilder.h"
#include "stagingnodetwin.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;
using namespace Qt::StringLiterals;

namespace {

const QString buildWorkflow = u"build-deb-package-and-integration-tests.yml"_s;
const QString deployWorkflow = u"deploy-main-on-staging.yml"_s;
const QString releaseTag = u"1.15.0"_s;

/// A report as the checker makes one, for the rules that only read its verdict.
staging::StagingReport report(staging::Verdict verdict, const QString &commit)
{
    staging::StagingReport made;
    made.repository = u"aleph-im/aleph-vm"_s;
    made.commitSha = commit;
    made.verdict = verdict;
    if (verdict != staging::Verdict::Pass) {
        made.problems.append(u"Staging node ovh runs 1.14.0-1-gdeadbeef"_s);
    }
    return made;
}

} // namespace

class TestStagingStep : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Journal> m_journal;
    QString m_clone;
    QString m_candidate;

    Playbook playbook(const QString &serverUrl = u"https://ovh.staging.example"_s) const
    {
        Playbook book = *PlaybookLoader::loadPreset(u"aleph-vm"_s).playbook;
        book.workflows = {deployWorkflow, book.releaseWorkflow};
        book.expectedAssets = {u"aleph-vm.debian-12.deb"_s};
        book.stagingServers = {{u"ovh"_s, serverUrl, {}}};
        return book;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_clone = m_dir->filePath(u"clone"_s);
        test::HistoryBuilder history(m_clone);
        const int released = history.commit(u"Release 1.14.0"_s, {});
        const int fix = history.commit(u"Fix: IPv6 egress check (#801)"_s, {released});
        history.lightweightTag(u"1.14.0"_s, released);
        QString error;
        QVERIFY2(history.run(&error), qPrintable(error));
        m_candidate = history.sha(fix);
        m_journal = Journal::open(m_dir->filePath(u"journal.sqlite"_s), &error);
        QVERIFY2(m_journal, qPrintable(error));
    }

    void cleanup()
    {
        m_journal.reset();
        m_dir.reset();
    }

    void theCandidateComesFromTheClone()
    {
        const release::StagingCandidate head = release::StagingStep::resolveCandidate(m_clone, {});
        QVERIFY2(head.error.isEmpty(), qPrintable(head.error));
        // The clone has no remote: without origin/main, the checkout is the candidate.
        QCOMPARE(head.resolvedRevision, u"HEAD"_s);
        QCOMPARE(head.commitSha, m_candidate);
        QCOMPARE(head.subject, u"Fix: IPv6 egress check (#801)"_s);
        QCOMPARE(head.expectedVersion, u"1.14.0-1-g"_s + m_candidate.left(head.expectedVersion.size() - 10));

        const release::StagingCandidate tagged = release::StagingStep::resolveCandidate(m_clone, u"1.14.0"_s);
        QCOMPARE(tagged.resolvedRevision, u"1.14.0"_s);
        QCOMPARE(tagged.expectedVersion, u"1.14.0"_s);

        const release::StagingCandidate unknown = release::StagingStep::resolveCandidate(m_clone, u"no-such-branch"_s);
        QVERIFY(unknown.commitSha.isEmpty());
        QVERIFY(!unknown.error.isEmpty());
        QVERIFY(!release::StagingStep::resolveCandidate(m_dir->filePath(u"missing"_s), {}).error.isEmpty());
    }

    void theChecksAreThePlaybooksBeforeTheTag()
    {
        const staging::StagingPlan plan = release::StagingStep::checks(playbook(), m_candidate, u"1.14.0-1-gabc"_s);
        // The build workflow comes first; the release workflow runs on the tag push, after this step.
        QCOMPARE(plan.workflows, (QStringList{buildWorkflow, deployWorkflow}));
        QCOMPARE(plan.expectedArtifacts, QStringList{u"aleph-vm.debian-12.deb"_s});
        QCOMPARE(plan.commitSha, m_candidate);
        QCOMPARE(plan.expectedVersion, u"1.14.0-1-gabc"_s);
        QCOMPARE(plan.nodes.size(), 1);
        QCOMPARE(plan.nodes.at(0).checks.size(), 2);
    }

    void thePlanListsEveryRequestWithoutSecrets()
    {
        const release::StagingStep step(m_journal.get(), releaseTag);
        const staging::StagingPlan plan = release::StagingStep::checks(
            playbook(u"https://ops:hunter2@ovh.staging.example/"_s), m_candidate, u"1.14.0-1-gabc"_s);
        const release::StepPlan planned = step.operations(plan);
        QCOMPARE(planned.step, ReleaseStep::Staging);
        QCOMPARE(planned.operations.size(), 3);
        QCOMPARE(planned.operations.at(0).target, u"/repos/aleph-im/aleph-vm/actions/runs?head_sha="_s + m_candidate);
        QVERIFY(planned.operations.at(1).target.endsWith(u"/artifacts"_s));
        const release::PlannedOperation &node = planned.operations.at(2);
        QCOMPARE(node.target, u"https://ovh.staging.example/"_s);
        const QString all = QString::fromUtf8(QJsonDocument(planned.toJson()).toJson());
        QVERIFY2(!all.contains(u"hunter2"_s) && !all.contains(u"ops:"_s), qPrintable(all));
        QStringList paths;
        for (const QJsonValue &request : node.payload.value(u"requests"_s).toArray()) {
            paths.append(request[u"path"_s].toString());
        }
        QCOMPARE(paths, (QStringList{u"/status/config"_s, u"/status/check/fastapi"_s, u"/status/check/host"_s}));
        QVERIFY2(planned.needsPerson.contains(u"runs the checks"_s), qPrintable(planned.needsPerson));
        QVERIFY(planned.blockers.isEmpty());

        // What the person must do follows the last check of that commit.
        QVERIFY(step.recordCheck(report(staging::Verdict::Fail, m_candidate)));
        QVERIFY2(step.operations(plan).needsPerson.contains(u"overrides them with a reason"_s),
                 qPrintable(step.operations(plan).needsPerson));
        QVERIFY(step.recordCheck(report(staging::Verdict::Pass, m_candidate)));
        QVERIFY2(step.operations(plan).needsPerson.contains(u"signs them off"_s),
                 qPrintable(step.operations(plan).needsPerson));

        // Without a candidate, the plan says what stops it.
        QVERIFY(!step.operations(release::StagingStep::checks(playbook(), {}, {})).blockers.isEmpty());
    }

    void aCheckIsKeptWithTheStepsState()
    {
        const release::StagingStep step(m_journal.get(), releaseTag);
        QVERIFY(step.status().lastReport.isEmpty());
        QString error;
        QVERIFY2(step.recordCheck(report(staging::Verdict::Fail, m_candidate), &error), qPrintable(error));
        // The release record is made by the first check.
        QVERIFY(m_journal->hasRelease(releaseTag));
        release::StagingStatus status = step.status();
        QCOMPARE(status.lastReport.value(u"verdict"_s).toString(), u"fail"_s);
        QVERIFY(QDateTime::fromString(status.checkedAt, Qt::ISODate).isValid());
        QCOMPARE(status.verdict.state, StepState::NeedsAttention);
        QVERIFY(status.verdict.reason.contains(u"deadbeef"_s));

        QVERIFY(step.recordCheck(report(staging::Verdict::Pass, m_candidate)));
        QCOMPARE(step.status().verdict.state, StepState::InProgress);
        QVERIFY(!step.status().signedOff());
    }

    void aSignOffNeedsAFreshPassingReportAndASigner()
    {
        const release::StagingStep step(m_journal.get(), releaseTag);
        const staging::StagingReport passed = report(staging::Verdict::Pass, m_candidate);
        QString error;
        QVERIFY(!step.signOff(nullptr, u"maintainer"_s, &error));
        QVERIFY2(error.contains(u"Run the checks first"_s), qPrintable(error));
        QVERIFY(!step.signOff(&passed, u"  "_s, &error));
        QVERIFY2(error.contains(u"who signs off"_s), qPrintable(error));
        const staging::StagingReport failed = report(staging::Verdict::Fail, m_candidate);
        QVERIFY(!step.signOff(&failed, u"maintainer"_s, &error));
        QVERIFY2(error.contains(u"override"_s), qPrintable(error));
        QVERIFY(!release::StagingStep(nullptr, releaseTag).signOff(&passed, u"maintainer"_s, &error));
        QVERIFY2(error.contains(u"journal is not open"_s), qPrintable(error));
        QVERIFY(!step.status().signedOff());
        QVERIFY(!m_journal->hasRelease(releaseTag));

        QVERIFY2(step.signOff(&passed, u" maintainer "_s, &error), qPrintable(error));
        const release::StagingStatus status = step.status();
        QVERIFY(status.signedOff());
        QVERIFY(!status.overridden());
        QCOMPARE(status.signedCommit(), m_candidate);
        QCOMPARE(status.signOff.value(u"signer"_s).toString(), u"maintainer"_s);
        // The sign-off is the evidence StepPolicy reads: the step is done.
        QCOMPARE(release::StepPolicy::verdict(*m_journal, releaseTag, ReleaseStep::Staging).state, StepState::Done);
        QVERIFY(step.operations(release::StagingStep::checks(playbook(), m_candidate, {})).isDone());

        // A later check that fails does not take the sign-off back.
        QVERIFY(step.recordCheck(failed));
        QCOMPARE(step.status().verdict.state, StepState::Done);
        QCOMPARE(step.status().signedCommit(), m_candidate);
    }

    void anOverrideNeedsAReasonAndKeepsIt()
    {
        const release::StagingStep step(m_journal.get(), releaseTag);
        const staging::StagingReport failed = report(staging::Verdict::Fail, m_candidate);
        QVERIFY(release::StagingStep::canOverride(failed));
        QVERIFY(!release::StagingStep::canSignOff(failed));
        QString error;
        QVERIFY(!step.overrideChecks(&failed, u"maintainer"_s, u" \t"_s, &error));
        QVERIFY2(error.contains(u"Say why"_s), qPrintable(error));
        QVERIFY(!step.overrideChecks(nullptr, u"maintainer"_s, u"redeployed by hand"_s, &error));
        QVERIFY(!step.status().signedOff());

        QVERIFY2(step.overrideChecks(&failed, u"maintainer"_s, u"redeployed by hand"_s, &error), qPrintable(error));
        const release::StagingStatus status = step.status();
        QVERIFY(status.overridden());
        QCOMPARE(status.signOff.value(u"verdict"_s).toString(), u"fail"_s);
        QCOMPARE(status.signOff.value(u"override_reason"_s).toString(), u"redeployed by hand"_s);
        QCOMPARE(status.verdict.state, StepState::Done);
        QVERIFY(m_journal->stepNote(releaseTag, ReleaseStep::Staging).contains(u"redeployed by hand"_s));
        QVERIFY(step.operations(release::StagingStep::checks(playbook(), m_candidate, {}))
                    .doneNote.contains(u"override"_s));
    }

    void theChecksRunAgainstTheTwins()
    {
        test::GitHubTwin github;
        test::StagingNodeTwin node;
        QVERIFY(github.start());
        QVERIFY(node.start());
        const qint64 run =
            github.addRun(u".github/workflows/"_s + buildWorkflow, u"Build"_s, m_candidate, u"success"_s);
        github.addRun(u".github/workflows/"_s + deployWorkflow, u"Deploy"_s, m_candidate, u"success"_s);
        github.addArtifact(run, u"aleph-vm.debian-12.deb"_s, QByteArray(2048, 'd'));
        const release::StagingCandidate candidate = release::StagingStep::resolveCandidate(m_clone, {});
        node.version = candidate.expectedVersion;

        github::Endpoints endpoints;
        endpoints.api = github.api().url();
        github::GitHubClient client(endpoints);
        net::HttpClient nodes;
        release::StagingStep::configureNodeClient(nodes);
        const staging::StagingPlan plan = release::StagingStep::checks(playbook(node.url().toString()),
                                                                       candidate.commitSha, candidate.expectedVersion);
        const staging::StagingReport passed = release::StagingStep::runChecks(client, nodes, plan);
        QVERIFY2(passed.verdict == staging::Verdict::Pass, qPrintable(passed.problems.join(u'\n')));
        QCOMPARE(passed.workflows.size(), 2);
        QCOMPARE(passed.artifacts.size(), 1);
        QCOMPARE(node.server().requestCount("GET", u"/status/config"_s), 1);

        node.version = u"1.14.0-1-gdeadbeef"_s;
        const staging::StagingReport failed = release::StagingStep::runChecks(client, nodes, plan);
        QCOMPARE(failed.verdict, staging::Verdict::Fail);
        QVERIFY(!release::StagingStep::canSignOff(failed));

        // A dry run describes the requests and sends none.
        const int githubRequests = github.api().requestCount();
        const int nodeRequests = node.server().requestCount();
        client.http().setDryRun(true);
        nodes.setDryRun(true);
        Q_UNUSED(release::StagingStep::runChecks(client, nodes, plan));
        QCOMPARE(github.api().requestCount(), githubRequests);
        QCOMPARE(node.server().requestCount(), nodeRequests);
    }

    void theReleaseRunSaysWhatTheSignOffWaitsFor()
    {
        release::ProjectError projectError;
        const auto project = release::Project::fromPlaybook({}, u"aleph-vm"_s, &projectError);
        QVERIFY2(project, qPrintable(projectError.message));
        QVERIFY(m_journal->createRelease(releaseTag, {}));
        QString error;
        const auto opened =
            release::Release::open(*project, *m_journal, releaseTag, release::Release::Access::Read, &error);
        QVERIFY2(opened, qPrintable(error));
        release::PersonStepRunner runner(ReleaseStep::Staging);
        release::StepRunResult result = runner.run(*opened);
        QCOMPARE(result.outcome, release::StepRunResult::Outcome::NeedsPerson);
        QVERIFY2(result.message.contains(u"checks staging"_s), qPrintable(result.message));
        QVERIFY2(result.hint.contains(u"staging check --commit"_s), qPrintable(result.hint));

        const release::StagingStep step(m_journal.get(), releaseTag);
        QVERIFY(step.recordCheck(report(staging::Verdict::Fail, m_candidate)));
        result = runner.run(*opened);
        QVERIFY2(result.message.contains(u"did not pass"_s) && result.message.contains(u"deadbeef"_s) &&
                     result.message.contains(m_candidate.left(10)),
                 qPrintable(result.message));
        QVERIFY(step.recordCheck(report(staging::Verdict::Pass, m_candidate)));
        result = runner.run(*opened);
        QVERIFY2(result.message.contains(u"passed"_s) && result.message.contains(u"signs them off"_s),
                 qPrintable(result.message));
    }
};

QTEST_GUILESS_MAIN(TestStagingStep)
#include "tst_stagingstep.moc"
