// SPDX-License-Identifier: GPL-3.0-or-later
// `release-assistant-cli staging check`, end to end: the real executable against the GitHub twin and a
// staging-node twin served by this process — a passing check, a failing one overridden with a reason in the
// journal, and a dry run that prints every request and sends none.
#include "githubtwin.h"
#include "journal/journal.h"
#include "stagingnodetwin.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "clirunner.h"

using namespace Qt::StringLiterals;

namespace {

const QString commit = u"6da21a3a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e"_s;
const QString describe = u"1.14.0-3-g6da21a3a"_s;
const QString buildWorkflow = u"build-deb-package-and-integration-tests.yml"_s;
const QString deployWorkflow = u"deploy-main-on-staging.yml"_s;
const QString token = u"ghp_cliStagingToken00000000000000000000"_s;

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
    [[nodiscard]] QJsonObject json() const
    {
        return QJsonDocument::fromJson(out.toUtf8()).object();
    }
};

/// The CLI, while this process's event loop serves the twins.
Run runCli(const QStringList &arguments, const QProcessEnvironment &environment)
{
    const ra::test::CliRun run = ra::test::runCliServing(arguments, environment);
    return {run.exitCode, run.out, run.err};
}

} // namespace

class TestStagingCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ra::test::GitHubTwin> m_github;
    std::unique_ptr<ra::test::StagingNodeTwin> m_node;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();

    QStringList checkArguments() const
    {
        return {u"--json"_s,
                u"staging"_s,
                u"check"_s,
                u"--preset"_s,
                u"aleph-vm"_s,
                u"--commit"_s,
                commit,
                u"--expected-version"_s,
                describe,
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
                u"--artifact"_s,
                u"aleph-vm.debian-12.deb"_s};
    }

private Q_SLOTS:
    void init()
    {
        m_github = std::make_unique<ra::test::GitHubTwin>();
        m_node = std::make_unique<ra::test::StagingNodeTwin>();
        QVERIFY(m_github->start());
        QVERIFY(m_node->start());
        m_github->state().token = token;
        const qint64 run = m_github->addRun(u".github/workflows/"_s + buildWorkflow,
                                            u"Build Packages and tests on Droplets"_s, commit, u"success"_s);
        m_github->addRun(u".github/workflows/"_s + deployWorkflow, u"Deploy main automatically on staging"_s, commit,
                         u"success"_s);
        m_github->addArtifact(run, u"aleph-vm.debian-12.deb"_s, QByteArray(4096, 'd'));
        m_node->version = describe;
        m_environment.insert(u"GITHUB_TOKEN"_s, token);
    }

    void cleanup()
    {
        m_node.reset();
        m_github.reset();
    }

    void passingCheckAsJson()
    {
        const Run run = runCli(checkArguments(), m_environment);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject json = run.json();
        QCOMPARE(json.value(u"verdict"_s).toString(), u"pass"_s);
        QCOMPARE(json.value(u"commit"_s).toString(), commit);
        const QJsonArray workflows = json.value(u"workflows"_s).toArray();
        QCOMPARE(workflows.size(), 2);
        QCOMPARE(workflows.at(0)[u"conclusion"_s].toString(), u"success"_s);
        const QJsonArray artifacts = json.value(u"artifacts"_s).toArray();
        QCOMPARE(artifacts.size(), 1);
        QCOMPARE(artifacts.at(0)[u"size"_s].toInt(), 4096);
        const QJsonArray nodes = json.value(u"nodes"_s).toArray();
        QCOMPARE(nodes.size(), 1);
        QCOMPARE(nodes.at(0)[u"server_version"_s].toString(), describe);
        QVERIFY(nodes.at(0)[u"version_matches"_s].toBool());
        QCOMPARE(nodes.at(0)[u"checks"_s].toArray().size(), 2);
        QVERIFY(!run.err.contains(token));
    }

    void failingCheckIsOverriddenInTheJournal()
    {
        m_node->version = u"1.14.0-1-gdeadbeef"_s;
        const Run failing = runCli(checkArguments(), m_environment);
        QCOMPARE(failing.exitCode, 1);
        QCOMPARE(failing.json().value(u"verdict"_s).toString(), u"fail"_s);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString journalPath = dir.filePath(u"journal.sqlite"_s);
        QStringList arguments = checkArguments();
        arguments << u"--release"_s << u"1.15.0"_s << u"--journal"_s << journalPath << u"--signer"_s << u"maintainer"_s;
        const Run refused = runCli(arguments, m_environment);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"override"_s), qPrintable(refused.err));

        arguments << u"--override-reason"_s << u"redeployed by hand from the candidate"_s;
        const Run overridden = runCli(arguments, m_environment);
        QVERIFY2(overridden.exitCode == 0, qPrintable(overridden.err));
        QVERIFY(overridden.json().value(u"signed_off"_s).toBool());
        QString error;
        const auto journal = ra::Journal::open(journalPath, &error);
        QVERIFY2(journal, qPrintable(error));
        const QJsonObject signOff = journal->value(u"1.15.0"_s, u"staging.signoff"_s).toObject();
        QCOMPARE(signOff.value(u"signer"_s).toString(), u"maintainer"_s);
        QCOMPARE(signOff.value(u"override_reason"_s).toString(), u"redeployed by hand from the candidate"_s);
        QCOMPARE(signOff.value(u"verdict"_s).toString(), u"fail"_s);
        QCOMPARE(journal->stepState(u"1.15.0"_s, ra::ReleaseStep::Staging), ra::StepState::Done);
    }

    void anUnreadableAnswerIsSaidNotNoRun()
    {
        m_github->garble("GET", u"/repos/{owner}/{repo}/actions/runs"_s, ra::test::GitHubTwin::Garble::PortalPage);
        const Run run = runCli(checkArguments(), m_environment);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.json().value(u"verdict"_s).toString(), u"fail"_s);
        QVERIFY2(run.err.contains(u"could not read GitHub"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"captive portal"_s), qPrintable(run.err));
        QVERIFY2(!run.err.contains(u"no run for this commit"_s) && !run.err.contains(u"override"_s),
                 qPrintable(run.err));
        QVERIFY(!run.err.contains(token));
    }

    void dryRunSendsNothing()
    {
        QStringList arguments = checkArguments();
        arguments << u"--dry-run"_s;
        const Run run = runCli(arguments, m_environment);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject json = run.json();
        QVERIFY(json.value(u"dry_run"_s).toBool());
        QStringList lines;
        const QJsonArray requests = json.value(u"requests"_s).toArray();
        for (const QJsonValue &line : requests) {
            lines.append(line.toString());
        }
        const QString all = lines.join(u'\n');
        QVERIFY2(all.contains(u"GET "_s + m_github->api().url().toString()), qPrintable(all));
        QVERIFY2(all.contains(u"/status/check/fastapi"_s) && all.contains(u"/status/check/host"_s), qPrintable(all));
        QVERIFY(!all.contains(token));
        QCOMPARE(m_github->api().requests().size(), 0);
        QCOMPARE(m_node->server().requests().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStagingCli)
#include "tst_stagingcli.moc"
