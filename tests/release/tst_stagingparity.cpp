// SPDX-License-Identifier: GPL-3.0-or-later
// Step 1 through the two front ends: `release-assistant-cli staging check --release` and the app's staging page
// (StagingStepController) check the same candidate of the same clone against the same GitHub twin and staging-node
// twin, and sign off — or override failing checks with a reason. Both leave the same journal record (last check,
// sign-off, step state and note) and ask the twins the same requests.
#include "app/releasesession.h"
#include "app/stagingstepcontroller.h"
#include "core/playbookloader.h"
#include "journal/journal.h"
#include "release/stagingstep.h"
#include "release/steppolicy.h"
#include "secrets/memorysecretstore.h"

#include "clirunner.h"
#include "githubtwin.h"
#include "historybuilder.h"
#include "stagingnodetwin.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;
using namespace Qt::StringLiterals;

namespace {

const QString buildWorkflow = u"build-deb-package-and-integration-tests.yml"_s;
const QString deployWorkflow = u"deploy-main-on-staging.yml"_s;
const QStringList artifacts{u"aleph-vm.debian-12.deb"_s, u"aleph-vm.ubuntu-24.04.deb"_s};
const QString token = u"ghp_stagingParityToken000000000000000000"_s;
const QString tag = u"1.15.0"_s;
const QString signer = u"maintainer"_s;

/// What step 1 leaves in a journal, without the moments it was left at.
struct Record {
    QJsonObject lastReport;
    QJsonObject signOff;
    StepState state = StepState::NotStarted;
    QString note;
    StepState verdict = StepState::NotStarted;
    qsizetype effects = 0;
};

Record recordOf(const QString &journalPath)
{
    Record record;
    const auto journal = Journal::open(journalPath);
    if (!journal) {
        return record;
    }
    record.lastReport =
        journal->value(tag, release::StagingStep::LastCheckKey).toObject().value(u"report"_s).toObject();
    record.signOff = journal->value(tag, release::StagingStep::SignOffKey).toObject();
    record.signOff.remove(u"at"_s);
    record.state = journal->stepState(tag, ReleaseStep::Staging);
    record.note = journal->stepNote(tag, ReleaseStep::Staging);
    record.verdict = release::StepPolicy::verdict(*journal, tag, ReleaseStep::Staging).state;
    record.effects = journal->effects(tag).size();
    return record;
}

/// The requests a twin received, in a stable order: which runs, artifacts and node paths were asked for.
QStringList requestsOf(test::TestHttpServer &server)
{
    QStringList lines;
    for (const test::HttpRequest &request : server.requests()) {
        lines.append(QString::fromLatin1(request.method) + u' ' + request.path + u'?' +
                     request.query.toString(QUrl::FullyDecoded));
    }
    lines.sort();
    return lines;
}

} // namespace

class TestStagingParity : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::GitHubTwin> m_github;
    std::unique_ptr<test::StagingNodeTwin> m_node;
    secrets::MemorySecretStore m_store;
    QString m_clone;
    release::StagingCandidate m_candidate;

    [[nodiscard]] Playbook playbook() const
    {
        Playbook book = *PlaybookLoader::loadPreset(u"aleph-vm"_s).playbook;
        book.workflows = {buildWorkflow, deployWorkflow, book.releaseWorkflow};
        book.expectedAssets = artifacts;
        // The CLI names a --server after its host: so does this playbook, for the reports to be comparable.
        book.stagingServers = {{m_node->url().host(), m_node->url().toString(), {}}};
        return book;
    }

    [[nodiscard]] QString journalPath(const QString &frontEnd) const
    {
        return m_dir->filePath(frontEnd + u".sqlite"_s);
    }

    /// `staging check` of the candidate, as the playbook of the app asks, recording into the CLI's journal. The
    /// test runs in no clone: --preset names the project.
    [[nodiscard]] test::CliRun cli(const QStringList &extra) const
    {
        QStringList arguments{u"--json"_s,
                              u"staging"_s,
                              u"check"_s,
                              u"--commit"_s,
                              m_candidate.commitSha,
                              u"--expected-version"_s,
                              m_candidate.expectedVersion,
                              u"--api-url"_s,
                              m_github->api().url().toString(),
                              u"--server"_s,
                              m_node->url().toString(),
                              u"--workflow"_s,
                              buildWorkflow,
                              u"--workflow"_s,
                              deployWorkflow,
                              u"--build-workflow"_s,
                              buildWorkflow,
                              u"--release"_s,
                              tag,
                              u"--preset"_s,
                              u"aleph-vm"_s,
                              u"--journal"_s,
                              journalPath(u"cli"_s),
                              u"--signer"_s,
                              signer};
        for (const QString &artifact : artifacts) {
            arguments << u"--artifact"_s << artifact;
        }
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"GITHUB_TOKEN"_s, token);
        environment.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"data"_s));
        environment.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"config"_s));
        return test::runCliServing(arguments + extra, environment);
    }

    /// The staging page of the app on its own journal, checked once.
    bool appChecks(StagingStepController &controller, ReleaseSession &session)
    {
        github::Endpoints endpoints;
        endpoints.api = m_github->api().url();
        controller.setEndpoints(endpoints);
        controller.setSecretStore(&m_store);
        controller.setPlaybook(playbook());
        controller.setSession(&session);
        controller.setRepositoryPath(m_clone);
        controller.setSigner(signer);
        if (controller.commitSha() != m_candidate.commitSha) {
            return false;
        }
        QSignalSpy finished(&controller, &StagingStepController::checksFinished);
        controller.runChecks();
        return finished.wait(20000);
    }

    void compareRecords(const Record &cli, const Record &app)
    {
        QVERIFY(!cli.lastReport.isEmpty());
        QCOMPARE(app.lastReport, cli.lastReport);
        QCOMPARE(app.signOff, cli.signOff);
        QCOMPARE(app.state, cli.state);
        QCOMPARE(app.note, cli.note);
        QCOMPARE(app.verdict, cli.verdict);
        QCOMPARE(app.effects, cli.effects);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_clone = m_dir->filePath(u"clone"_s);
        test::HistoryBuilder history(m_clone);
        const int released = history.commit(u"Release 1.14.0"_s, {});
        const int fix = history.commit(u"Fix: IPv6 egress check (#801)"_s, {released});
        const int feature = history.commit(u"Feature: confidential VMs on Ubuntu 24.04 (#802)"_s, {fix});
        history.lightweightTag(u"1.14.0"_s, released);
        QString error;
        QVERIFY2(history.run(&error), qPrintable(error));
        m_candidate = release::StagingStep::resolveCandidate(m_clone, {});
        QCOMPARE(m_candidate.commitSha, history.sha(feature));

        m_github = std::make_unique<test::GitHubTwin>();
        m_node = std::make_unique<test::StagingNodeTwin>();
        QVERIFY(m_github->start());
        QVERIFY(m_node->start());
        m_github->state().token = token;
        const qint64 run =
            m_github->addRun(u".github/workflows/"_s + buildWorkflow, u"Build"_s, m_candidate.commitSha, u"success"_s);
        m_github->addRun(u".github/workflows/"_s + deployWorkflow, u"Deploy"_s, m_candidate.commitSha, u"success"_s);
        for (const QString &artifact : artifacts) {
            m_github->addArtifact(run, artifact, QByteArray(4096, 'd'));
        }
        m_node->version = m_candidate.expectedVersion;
        m_store.write(u"github/token"_s, token, [](const net::Error &) { });
    }

    void cleanup()
    {
        m_node.reset();
        m_github.reset();
        m_dir.reset();
    }

    void aPassingCheckIsSignedOffTheSameWay()
    {
        const test::CliRun signedOff = cli({});
        QVERIFY2(signedOff.exitCode == 0, qPrintable(signedOff.err));
        QVERIFY(signedOff.json().object().value(u"signed_off"_s).toBool());
        const QStringList cliGitHub = requestsOf(m_github->api());
        const QStringList cliNode = requestsOf(m_node->server());
        m_github->api().clearRequests();
        m_node->server().clearRequests();

        ReleaseSession session(journalPath(u"app"_s));
        QVERIFY(session.startRelease(tag));
        StagingStepController controller;
        QVERIFY(appChecks(controller, session));
        QVERIFY2(controller.canSignOff(), qPrintable(controller.problems().join(u'\n')));
        QVERIFY2(controller.signOff(), qPrintable(controller.message()));

        // The same remote was asked the same things.
        QVERIFY(!cliGitHub.isEmpty());
        QCOMPARE(requestsOf(m_github->api()), cliGitHub);
        QCOMPARE(requestsOf(m_node->server()), cliNode);
        const Record cli = recordOf(journalPath(u"cli"_s));
        const Record app = recordOf(journalPath(u"app"_s));
        compareRecords(cli, app);
        QCOMPARE(cli.verdict, StepState::Done);
        QCOMPARE(cli.signOff.value(u"signer"_s).toString(), signer);
        QCOMPARE(cli.signOff.value(u"verdict"_s).toString(), u"pass"_s);
        QCOMPARE(cli.signOff.value(u"report"_s).toObject().value(u"commit"_s).toString(), m_candidate.commitSha);
    }

    void failingChecksAreOverriddenTheSameWay()
    {
        m_node->version = u"1.14.0-1-gdeadbeef"_s; // staging was deployed from another commit
        const QString reason = u"ovh was redeployed by hand from the candidate"_s;
        const test::CliRun refused = cli({});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"override"_s), qPrintable(refused.err));
        // The refused sign-off still keeps the check, and the step needs attention, as on the page.
        const Record checkedByCli = recordOf(journalPath(u"cli"_s));
        QCOMPARE(checkedByCli.state, StepState::NeedsAttention);
        QVERIFY(checkedByCli.signOff.isEmpty());
        const test::CliRun overridden = cli({u"--override-reason"_s, reason});
        QVERIFY2(overridden.exitCode == 0, qPrintable(overridden.err));

        ReleaseSession session(journalPath(u"app"_s));
        QVERIFY(session.startRelease(tag));
        StagingStepController controller;
        QVERIFY(appChecks(controller, session));
        QCOMPARE(controller.verdict(), u"fail"_s);
        QVERIFY(!controller.signOff());
        QVERIFY2(controller.message().contains(u"override"_s), qPrintable(controller.message()));
        const Record checkedByApp = recordOf(journalPath(u"app"_s));
        QCOMPARE(checkedByApp.state, checkedByCli.state);
        QCOMPARE(checkedByApp.note, checkedByCli.note);
        QVERIFY2(controller.overrideWithReason(reason), qPrintable(controller.message()));

        const Record cli = recordOf(journalPath(u"cli"_s));
        compareRecords(cli, recordOf(journalPath(u"app"_s)));
        QCOMPARE(cli.verdict, StepState::Done);
        QCOMPARE(cli.signOff.value(u"override_reason"_s).toString(), reason);
        QCOMPARE(cli.signOff.value(u"verdict"_s).toString(), u"fail"_s);
        QVERIFY(cli.note.contains(reason));
    }
};

QTEST_MAIN(TestStagingParity)
#include "tst_stagingparity.moc"
