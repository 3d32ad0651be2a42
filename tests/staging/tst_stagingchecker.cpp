// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeclock.h"
#include "githubtwin.h"
#include "journal/journal.h"
#include "staging/stagingchecker.h"
#include "staging/stagingsignoff.h"
#include "stagingnodetwin.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ra::staging;

namespace {
const QString commit = u"6da21a3a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e"_s;
const QString buildWorkflow = u"build-deb-package-and-integration-tests.yml"_s;
const QString deployWorkflow = u"deploy-main-on-staging.yml"_s;
} // namespace

class TestStagingChecker : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ra::test::GitHubTwin> m_github;
    std::unique_ptr<ra::test::StagingNodeTwin> m_node;
    std::unique_ptr<ra::github::GitHubClient> m_client;
    std::unique_ptr<ra::net::HttpClient> m_nodes;
    std::unique_ptr<StagingChecker> m_checker;
    qint64 m_buildRun = 0;

    StagingPlan plan() const
    {
        StagingPlan p;
        p.repository = {u"aleph-im"_s, u"aleph-vm"_s};
        p.commitSha = commit;
        p.expectedVersion = u"1.14.0-3-g6da21a3a"_s;
        p.buildWorkflow = buildWorkflow;
        p.workflows = {buildWorkflow, deployWorkflow};
        p.expectedArtifacts = {u"aleph-vm.debian-12.deb"_s, u"aleph-vm.ubuntu-24.04.deb"_s};
        p.nodes = {{u"ovh"_s, m_node->url(), StagingPlan::defaultChecks()}};
        return p;
    }
    StagingReport check(const StagingPlan &p)
    {
        QSignalSpy finished(m_checker.get(), &StagingChecker::finished);
        m_checker->run(p);
        if (!finished.wait(10000)) {
            return {};
        }
        return finished.constFirst().constFirst().value<StagingReport>();
    }

private Q_SLOTS:
    void init()
    {
        m_github = std::make_unique<ra::test::GitHubTwin>();
        m_node = std::make_unique<ra::test::StagingNodeTwin>();
        QVERIFY(m_github->start());
        QVERIFY(m_node->start());
        m_buildRun = m_github->addRun(u".github/workflows/"_s + buildWorkflow,
                                      u"Build Packages and tests on Droplets"_s, commit, u"success"_s);
        m_github->addRun(u".github/workflows/"_s + deployWorkflow, u"Deploy main automatically on staging"_s, commit,
                         u"success"_s);
        m_github->addRun(u".github/workflows/"_s + buildWorkflow, u"Build"_s, u"ffff"_s,
                         u"failure"_s); // another commit
        m_github->addArtifact(m_buildRun, u"aleph-vm.debian-12.deb"_s, QByteArray(1000, 'a'));
        m_github->addArtifact(m_buildRun, u"aleph-vm.ubuntu-24.04.deb"_s, QByteArray(2000, 'b'));
        ra::github::Endpoints endpoints;
        endpoints.api = m_github->api().url();
        m_client = std::make_unique<ra::github::GitHubClient>(endpoints);
        m_client->http().setClock(std::make_shared<ra::test::FakeClock>());
        m_nodes = std::make_unique<ra::net::HttpClient>();
        m_nodes->retryPolicy().setLimits(
            {1, std::chrono::milliseconds(1), std::chrono::milliseconds(1), std::chrono::milliseconds(1)});
        m_checker = std::make_unique<StagingChecker>(*m_client, *m_nodes);
    }
    void cleanup()
    {
        m_checker.reset();
        m_client.reset();
        m_nodes.reset();
        m_node.reset();
        m_github.reset();
    }

    void passesWhenEverythingMatches()
    {
        const StagingReport report = check(plan());
        QVERIFY2(report.verdict == Verdict::Pass, qPrintable(report.problems.join(u'\n')));
        QCOMPARE(report.workflows.size(), 2);
        QCOMPARE(report.workflows.constFirst().run.conclusion, u"success"_s);
        QVERIFY(report.workflows.constFirst().run.htmlUrl.isValid());
        QCOMPARE(report.artifacts.size(), 2);
        QCOMPARE(report.artifacts.constFirst().artifact.sizeInBytes, 1000);
        QVERIFY(report.artifacts.constFirst().artifact.expiresAt.isValid());
        QCOMPARE(report.nodes.size(), 1);
        QCOMPARE(report.nodes.constFirst().serverHeaderVersion, u"1.14.0-3-g6da21a3a"_s);
        QCOMPARE(report.nodes.constFirst().configVersion, u"1.14.0-3-g6da21a3a"_s);
        QCOMPARE(report.nodes.constFirst().checks.size(), 2);
        QCOMPARE(report.toJson().value(u"verdict"_s).toString(), u"pass"_s);
        // The staging nodes never see the GitHub token.
        for (const auto &request : m_node->server().requests()) {
            QVERIFY(request.header("authorization").isEmpty());
        }
    }

    void anUnreadableRunListIsNotMissingRuns_data()
    {
        QTest::addColumn<bool>("portal");
        QTest::newRow("captive portal page") << true;
        QTest::newRow("cut JSON") << false;
    }
    void anUnreadableRunListIsNotMissingRuns()
    {
        QFETCH(bool, portal);
        m_github->garble("GET", u"/repos/{owner}/{repo}/actions/runs"_s,
                         portal ? ra::test::GitHubTwin::Garble::PortalPage : ra::test::GitHubTwin::Garble::CutJson);
        const StagingReport report = check(plan());
        QCOMPARE(report.verdict, Verdict::Fail);
        QCOMPARE(report.githubError.kind, ra::net::ErrorKind::Unreadable);
        // Not "no run for this commit": the runs could not be read at all.
        QVERIFY(report.workflows.isEmpty());
        const QString problems = report.problems.join(u'\n');
        QVERIFY2(!problems.contains(u"no run for this commit"_s), qPrintable(problems));
        QVERIFY2(problems.contains(u"GitHub did not answer GET "_s + m_github->api().url().toString() +
                                   u"/repos/aleph-im/aleph-vm/actions/runs"_s),
                 qPrintable(problems));
        QVERIFY2(problems.contains(portal ? u"Guest Wi-Fi"_s : u"workflow_runs"_s), qPrintable(problems));
        QVERIFY2(problems.contains(u"proxy or captive portal may be answering"_s), qPrintable(problems));
    }

    void staleDeploymentFails()
    {
        m_node->version = u"1.14.0-1-g0123abcd"_s;
        const StagingReport report = check(plan());
        QCOMPARE(report.verdict, Verdict::Fail);
        QVERIFY(!report.nodes.constFirst().version.matches);
        QVERIFY2(report.problems.join(u'\n').contains(u"1.14.0-1-g0123abcd"_s),
                 qPrintable(report.problems.join(u'\n')));
    }

    void headerAndConfigDisagreementWarns()
    {
        m_node->configVersion = u"1.13.0"_s;
        const StagingReport report = check(plan());
        QCOMPARE(report.verdict, Verdict::Warning);
    }

    void unhealthyNodeListsFailingFlags()
    {
        m_node->fastapi.insert(u"internet"_s, false);
        QJsonObject v6 = m_node->host.value(u"ipv6"_s).toObject();
        v6.insert(u"dns"_s, false);
        m_node->host.insert(u"ipv6"_s, v6);
        const StagingReport report = check(plan());
        QCOMPARE(report.verdict, Verdict::Fail);
        const auto &checks = report.nodes.constFirst().checks;
        QCOMPARE(checks.size(), 2);
        QStringList failures;
        for (const auto &c : checks) {
            QCOMPARE(c.status, 503);
            failures += c.failures;
        }
        QVERIFY(failures.contains(u"internet"_s));
        QVERIFY(failures.contains(u"ipv6.dns"_s));
    }

    void failedOrMissingWorkflows()
    {
        m_github->state().runs.removeIf(
            [](const auto &run) { return run.path.endsWith(u"deploy-main-on-staging.yml"_s); });
        m_github->state().runs.first().conclusion = u"failure"_s;
        const StagingReport report = check(plan());
        QCOMPARE(report.verdict, Verdict::Fail);
        QCOMPARE(report.workflows.at(0).verdict, Verdict::Fail);
        QCOMPARE(report.workflows.at(1).verdict, Verdict::Warning);
        QVERIFY(!report.workflows.at(1).found);
    }

    void runningWorkflowWarns()
    {
        m_github->state().runs[1].status = u"in_progress"_s;
        m_github->state().runs[1].conclusion.clear();
        const StagingReport report = check(plan());
        QCOMPARE(report.verdict, Verdict::Warning);
        QCOMPARE(report.workflows.at(1).summary, u"still in progress"_s);
    }

    void expiredAndMissingArtifactsWarn()
    {
        m_github->state().artifacts.first().expired = true;
        StagingPlan p = plan();
        p.expectedArtifacts.append(u"aleph-vm.debian-13.deb"_s);
        const StagingReport report = check(p);
        QCOMPARE(report.verdict, Verdict::Warning);
        QCOMPARE(report.artifacts.size(), 3);
        QVERIFY(report.artifacts.constLast().missing);
    }

    void anAnswerThatIsNotTheNodesIsExplained_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<QString>("said");
        QTest::addColumn<QString>("toDo");
        QTest::newRow("429") << 429 << QByteArray("{}") << QByteArray("application/json") << u"HTTP 429"_s
                             << u"Wait a minute and check again"_s;
        QTest::newRow("404") << 404 << QByteArray("{}") << QByteArray("application/json") << u"HTTP 404"_s
                             << u"Check the node's URL in the playbook"_s;
        QTest::newRow("portal") << 200 << QByteArray("<html><body>Sign in</body></html>") << QByteArray("text/html")
                                << u"HTML page"_s << u"proxy or a captive portal answered"_s;
        QTest::newRow("cut") << 200 << QByteArray("{\"version\": \"1.14") << QByteArray("application/json")
                             << u"without a version"_s << u"a proxy may be answering"_s;
    }

    void anAnswerThatIsNotTheNodesIsExplained()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, type);
        QFETCH(QString, said);
        QFETCH(QString, toDo);
        for (const QString &path : {u"/status/config"_s, u"/status/check/fastapi"_s, u"/status/check/host"_s}) {
            m_node->server().injectFault("GET", path, ra::test::HttpResponse::text(status, body, type), 10);
        }
        const StagingReport report = check(plan());
        QCOMPARE(report.nodes.constFirst().verdict, Verdict::Fail);
        QStringList problems;
        for (const QString &problem : report.problems) {
            if (problem.startsWith(u"Staging node ovh"_s)) {
                problems.append(problem);
            }
        }
        // A cut body on a check is no health report, but its status is the node's: only /status/config must fail.
        const bool cut = QByteArray(QTest::currentDataTag()) == "cut";
        QVERIFY2(problems.size() == (cut ? 1 : 3), qPrintable(problems.join(u'\n')));
        QVERIFY2(problems.constFirst().contains(u"/status/config"_s), qPrintable(problems.join(u'\n')));
        for (const QString &problem : std::as_const(problems)) {
            QVERIFY2(problem.contains(said), qPrintable(problem));
            QVERIFY2(problem.contains(toDo), qPrintable(problem));
        }
    }

    void unreachableNodeFails()
    {
        StagingPlan p = plan();
        p.nodes = {{u"gone"_s, QUrl(u"http://127.0.0.1:1"_s), StagingPlan::defaultChecks()}};
        const StagingReport report = check(p);
        QCOMPARE(report.verdict, Verdict::Fail);
        QVERIFY(report.nodes.constFirst().error.isError());
    }

    void gitHubErrorFails()
    {
        m_github->state().token = u"required-token"_s;
        const StagingReport report = check(plan());
        QCOMPARE(report.verdict, Verdict::Fail);
        QCOMPARE(report.githubError.kind, ra::net::ErrorKind::Authentication);
    }

    void comparesVersions_data()
    {
        QTest::addColumn<QString>("reported");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("matches");
        QTest::newRow("same describe") << u"1.14.0-3-g6da21a3a"_s << u"1.14.0-3-g6da21a3a"_s << true;
        QTest::newRow("longer abbreviation") << u"1.14.0-3-g6da21a3a0b"_s << u"1.14.0-3-g6da21a3a"_s << true;
        QTest::newRow("tag") << u"1.15.0"_s << u"1.15.0"_s << true;
        QTest::newRow("other commit") << u"1.14.0-2-gabcdef12"_s << u"1.14.0-3-g6da21a3a"_s << false;
        QTest::newRow("rc vs final") << u"1.15.0-rc1"_s << u"1.15.0"_s << false;
        QTest::newRow("nothing") << QString() << u"1.15.0"_s << false;
    }
    void comparesVersions()
    {
        QFETCH(QString, reported);
        QFETCH(QString, expected);
        QFETCH(bool, matches);
        QCOMPARE(compareVersions(reported, expected, commit).matches, matches);
    }

    void parsesServerHeader()
    {
        QCOMPARE(StagingChecker::versionFromServerHeader("aleph-vm/1.2.0 Python/3.11 aiohttp/3.9"), u"1.2.0"_s);
        QCOMPARE(StagingChecker::versionFromServerHeader("nginx"), QString());
    }

    void signOffIsJournaled()
    {
        QTemporaryDir dir;
        QString error;
        auto journal = ra::Journal::open(dir.filePath(u"journal.sqlite"_s), &error);
        QVERIFY2(journal, qPrintable(error));
        QVERIFY(journal->createRelease(u"1.15.0"_s, {}, &error));
        m_node->version = u"1.13.0"_s;
        const StagingReport failing = check(plan());
        QVERIFY(!StagingSignOff::record(*journal, u"1.15.0"_s, failing, u"tester"_s, {}, &error));
        QVERIFY(error.contains(u"reason"_s));
        QCOMPARE(journal->stepState(u"1.15.0"_s, ra::ReleaseStep::Staging), ra::StepState::NotStarted);
        QVERIFY2(
            StagingSignOff::record(*journal, u"1.15.0"_s, failing, u"tester"_s, u"staging redeploys tonight"_s, &error),
            qPrintable(error));
        QCOMPARE(journal->stepState(u"1.15.0"_s, ra::ReleaseStep::Staging), ra::StepState::Done);
        QVERIFY(journal->stepNote(u"1.15.0"_s, ra::ReleaseStep::Staging).contains(u"staging redeploys tonight"_s));
        const QJsonObject stored = journal->value(u"1.15.0"_s, u"staging.signoff"_s).toObject();
        QCOMPARE(stored.value(u"verdict"_s).toString(), u"fail"_s);
        QCOMPARE(stored.value(u"report"_s).toObject().value(u"commit"_s).toString(), commit);
    }
};

QTEST_GUILESS_MAIN(TestStagingChecker)
#include "tst_stagingchecker.moc"
