// SPDX-License-Identifier: GPL-3.0-or-later
// Step 1's controller against the GitHub twin and a staging-node twin, on a real clone: the runs, artifacts
// and servers of the candidate commit, the sign-off and an override with its reason in the journal.
#include "app/releasesession.h"
#include "app/stagingstepcontroller.h"
#include "core/playbookloader.h"
#include "journal/journal.h"
#include "secrets/memorysecretstore.h"
#include "staging/stagingplan.h"

#include "githubtwin.h"
#include "historybuilder.h"
#include "stagingnodetwin.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;
using namespace Qt::StringLiterals;

namespace {
const QString buildWorkflow = u"build-deb-package-and-integration-tests.yml"_s;
const QString deployWorkflow = u"deploy-main-on-staging.yml"_s;
const QString token = u"ghp_stagingTwinToken0000000000000000000"_s;
} // namespace

class TestStagingStepController : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::GitHubTwin> m_github;
    std::unique_ptr<test::StagingNodeTwin> m_node;
    std::unique_ptr<ReleaseSession> m_session;
    secrets::MemorySecretStore m_store;
    QString m_clone;
    QString m_candidate;

    Playbook playbook() const
    {
        Playbook book = *PlaybookLoader::loadPreset(u"aleph-vm"_s).playbook;
        book.workflows = {buildWorkflow, deployWorkflow, book.releaseWorkflow};
        book.expectedAssets = {u"aleph-vm.debian-12.deb"_s, u"aleph-vm.ubuntu-24.04.deb"_s};
        book.stagingServers = {{u"twin"_s, m_node->url().toString(), {}}};
        return book;
    }

    void configure(StagingStepController &controller)
    {
        github::Endpoints endpoints;
        endpoints.api = m_github->api().url();
        controller.setEndpoints(endpoints);
        controller.setSecretStore(&m_store);
        controller.setPlaybook(playbook());
        controller.setSession(m_session.get());
    }

    bool check(StagingStepController &controller)
    {
        QSignalSpy finished(&controller, &StagingStepController::checksFinished);
        controller.runChecks();
        return controller.busy() && finished.wait(20000) && !controller.busy();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_clone = m_dir->filePath(u"clone"_s);
        test::HistoryBuilder history(m_clone);
        const int released = history.commit(u"Release 1.14.0"_s, {});
        const int a = history.commit(u"Fix: IPv6 egress check (#801)"_s, {released});
        const int b = history.commit(u"Feature: confidential VMs on Ubuntu 24.04 (#802)"_s, {a});
        const int c = history.commit(u"Fix: pin firecracker (#803)"_s, {b});
        history.lightweightTag(u"1.14.0"_s, released);
        QString error;
        QVERIFY2(history.run(&error), qPrintable(error));
        m_candidate = history.sha(c);

        m_github = std::make_unique<test::GitHubTwin>();
        m_node = std::make_unique<test::StagingNodeTwin>();
        QVERIFY(m_github->start());
        QVERIFY(m_node->start());
        m_github->state().token = token;
        const qint64 run = m_github->addRun(u".github/workflows/"_s + buildWorkflow,
                                            u"Build Packages and tests on Droplets"_s, m_candidate, u"success"_s);
        m_github->addRun(u".github/workflows/"_s + deployWorkflow, u"Deploy main automatically on staging"_s,
                         m_candidate, u"success"_s);
        m_github->addArtifact(run, u"aleph-vm.debian-12.deb"_s, QByteArray(150000, 'a'));
        m_github->addArtifact(run, u"aleph-vm.ubuntu-24.04.deb"_s, QByteArray(160000, 'b'));

        m_store.write(u"github/token"_s, token, [](const net::Error &) { });
        m_session = std::make_unique<ReleaseSession>(m_dir->filePath(u"journal.sqlite"_s));
        QVERIFY(m_session->startRelease(u"1.15.0"_s));
    }

    void cleanup()
    {
        m_session.reset();
        m_node.reset();
        m_github.reset();
        m_dir.reset();
    }

    void candidateComesFromTheClone()
    {
        StagingStepController controller;
        configure(controller);
        QVERIFY(!controller.candidateError().isEmpty());
        controller.setRepositoryPath(m_clone);
        QVERIFY2(controller.candidateError().isEmpty(), qPrintable(controller.candidateError()));
        QCOMPARE(controller.commitSha(), m_candidate);
        QCOMPARE(controller.resolvedRevision(), u"HEAD"_s);
        QVERIFY2(controller.expectedVersion().startsWith(u"1.14.0-3-g"_s), qPrintable(controller.expectedVersion()));
        QVERIFY(m_candidate.startsWith(controller.expectedVersion().mid(10)));
        // The release workflow runs on the tag push, after this step: it is not asked for.
        QCOMPARE(controller.plan().workflows, (QStringList{buildWorkflow, deployWorkflow}));
        // The clone is remembered for the release, where the tag page finds it too.
        QCOMPARE(m_session->journal()->value(u"1.15.0"_s, u"repository.path"_s).toString(), m_clone);
    }

    void showsRunsArtifactsServersAndRecordsTheSignOff()
    {
        StagingStepController controller;
        configure(controller);
        controller.setRepositoryPath(m_clone);
        m_node->version = controller.expectedVersion();
        QVERIFY(check(controller));
        QVERIFY2(controller.verdict() == u"pass"_s, qPrintable(controller.problems().join(u'\n')));
        QVERIFY(controller.reportIsFresh());
        QCOMPARE(controller.reportCommit(), m_candidate);

        StagingWorkflowModel *workflows = controller.workflows();
        QCOMPARE(workflows->rowCount(), 2);
        const QModelIndex build = workflows->index(0);
        QCOMPARE(build.data(StagingWorkflowModel::WorkflowRole).toString(), buildWorkflow);
        QCOMPARE(build.data(StagingWorkflowModel::ConclusionRole).toString(), u"success"_s);
        QCOMPARE(build.data(StagingWorkflowModel::VerdictRole).toString(), u"pass"_s);
        QVERIFY(build.data(StagingWorkflowModel::UrlRole)
                    .toString()
                    .startsWith(u"https://github.com/aleph-im/aleph-vm/actions/runs/"_s));

        StagingArtifactModel *artifacts = controller.artifacts();
        QCOMPARE(artifacts->rowCount(), 2);
        QCOMPARE(artifacts->index(0).data(StagingArtifactModel::NameRole).toString(), u"aleph-vm.debian-12.deb"_s);
        QCOMPARE(artifacts->index(0).data(StagingArtifactModel::SizeRole).toDouble(), 150000.0);
        QVERIFY(!artifacts->index(0).data(StagingArtifactModel::SizeTextRole).toString().isEmpty());
        QVERIFY2(artifacts->index(0).data(StagingArtifactModel::ExpiryTextRole).toString().contains(u"88 day"_s) ||
                     artifacts->index(0).data(StagingArtifactModel::ExpiryTextRole).toString().contains(u"89 day"_s),
                 qPrintable(artifacts->index(0).data(StagingArtifactModel::ExpiryTextRole).toString()));

        StagingServerModel *servers = controller.servers();
        QCOMPARE(servers->rowCount(), 1);
        const QModelIndex server = servers->index(0);
        QCOMPARE(server.data(StagingServerModel::ServerVersionRole).toString(), controller.expectedVersion());
        QVERIFY(server.data(StagingServerModel::VersionMatchesRole).toBool());
        const QVariantList checks = server.data(StagingServerModel::ChecksRole).toList();
        QCOMPARE(checks.size(), 2); // a server without checks gets /status/check/fastapi and /status/check/host
        for (const QVariant &check : checks) {
            QCOMPARE(check.toMap().value(u"verdict"_s).toString(), u"pass"_s);
        }

        // The twin only answered because the token from the secret store was sent.
        QCOMPARE(m_session->steps()->status(ReleaseStep::Staging)->stateValue(), int(StepState::InProgress));
        QVERIFY(controller.canSignOff());
        QVERIFY(!controller.canOverride());
        controller.setSigner(u"maintainer"_s);
        QVERIFY2(controller.signOff(), qPrintable(controller.message()));
        QVERIFY(controller.signedOff());
        QVERIFY(!controller.overridden());
        const QJsonObject signOff = m_session->journal()->value(u"1.15.0"_s, u"staging.signoff"_s).toObject();
        QCOMPARE(signOff.value(u"signer"_s).toString(), u"maintainer"_s);
        QCOMPARE(signOff.value(u"verdict"_s).toString(), u"pass"_s);
        QCOMPARE(signOff.value(u"report"_s).toObject().value(u"commit"_s).toString(), m_candidate);
        QCOMPARE(m_session->journal()->stepState(u"1.15.0"_s, ReleaseStep::Staging), StepState::Done);
        QCOMPARE(m_session->steps()->status(ReleaseStep::Staging)->stateValue(), int(StepState::Done));

        // Reopened later, the page shows the report and the sign-off, but a new sign-off needs a new check.
        StagingStepController reopened;
        configure(reopened);
        QCOMPARE(reopened.repositoryPath(), m_clone);
        QVERIFY(reopened.hasReport());
        QVERIFY(!reopened.reportIsFresh());
        QCOMPARE(reopened.workflows()->rowCount(), 2);
        QCOMPARE(reopened.servers()->rowCount(), 1);
        QVERIFY(reopened.signedOff());
        QVERIFY(reopened.signOffText().contains(u"maintainer"_s));
        QVERIFY(!reopened.signOff());
    }

    void failingChecksNeedAnOverrideWithAReason()
    {
        StagingStepController controller;
        configure(controller);
        controller.setRepositoryPath(m_clone);
        m_node->version = u"1.14.0-1-gdeadbeef"_s; // staging was deployed from another commit
        m_node->host =
            QJsonObject{{u"ipv4"_s, QJsonObject{{u"egress"_s, true}, {u"dns"_s, true}, {u"domain"_s, true}}},
                        {u"ipv6"_s, QJsonObject{{u"egress"_s, false}, {u"dns"_s, true}, {u"domain"_s, true}}}};
        QVERIFY(check(controller));
        QCOMPARE(controller.verdict(), u"fail"_s);
        QVERIFY(!controller.problems().isEmpty());
        const QModelIndex server = controller.servers()->index(0);
        QVERIFY(!server.data(StagingServerModel::VersionMatchesRole).toBool());
        QVERIFY(server.data(StagingServerModel::VersionTextRole).toString().contains(u"1.14.0-1-gdeadbeef"_s));
        bool hostFails = false;
        const QVariantList checks = server.data(StagingServerModel::ChecksRole).toList();
        for (const QVariant &check : checks) {
            const QVariantMap map = check.toMap();
            if (map.value(u"path"_s) == u"/status/check/host"_s) {
                hostFails =
                    map.value(u"verdict"_s) == u"fail"_s && map.value(u"text"_s).toString().contains(u"ipv6.egress"_s);
            }
        }
        QVERIFY(hostFails);
        QCOMPARE(m_session->steps()->status(ReleaseStep::Staging)->stateValue(), int(StepState::NeedsAttention));

        controller.setSigner(u"maintainer"_s);
        QVERIFY(!controller.canSignOff());
        QVERIFY(controller.canOverride());
        QVERIFY(!controller.signOff());
        QVERIFY(!controller.overrideWithReason(u"   "_s));
        QVERIFY(!m_session->journal()->value(u"1.15.0"_s, u"staging.signoff"_s).isObject());
        const QString reason = u"ovh was redeployed by hand from the candidate; IPv6 egress is down at the provider"_s;
        QVERIFY2(controller.overrideWithReason(reason), qPrintable(controller.message()));
        QVERIFY(controller.overridden());
        const QJsonObject signOff = m_session->journal()->value(u"1.15.0"_s, u"staging.signoff"_s).toObject();
        QCOMPARE(signOff.value(u"override_reason"_s).toString(), reason);
        QCOMPARE(signOff.value(u"verdict"_s).toString(), u"fail"_s);
        QCOMPARE(m_session->journal()->stepState(u"1.15.0"_s, ReleaseStep::Staging), StepState::Done);
        QVERIFY(m_session->journal()->stepNote(u"1.15.0"_s, ReleaseStep::Staging).contains(reason));
    }

    void aWrongTokenIsAFinding()
    {
        StagingStepController controller;
        configure(controller);
        controller.setRepositoryPath(m_clone);
        m_node->version = controller.expectedVersion();
        m_github->state().token = u"ghp_anotherToken"_s;
        QVERIFY(check(controller));
        QCOMPARE(controller.verdict(), u"fail"_s);
        QVERIFY2(controller.problems().join(u'\n').contains(u"GitHub"_s),
                 qPrintable(controller.problems().join(u'\n')));
        QVERIFY(!controller.canSignOff());
    }
};

QTEST_MAIN(TestStagingStepController)
#include "tst_stagingstepcontroller.moc"
