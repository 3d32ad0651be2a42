// SPDX-License-Identifier: GPL-3.0-or-later
// `staging check` and `packages attach` open the project as every other command does: run in the clone of a project
// that is not aleph-vm, without --repo, they check and plan that project's repository with its playbook and record
// into its own journal — never aleph-vm's, never the machine-wide journal. --repo owner/name still overrides the
// repository; with no clone and no playbook there is no project, and the error says what to do. `notes generate`
// finds the clone's playbook the same way, and `review status` reads the project's draft into its journal.
#include "journal/journal.h"

#include "clirunner.h"
#include "githubissuestwin.h"
#include "githubtwin.h"
#include "otherproject.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace ra;
using namespace Qt::StringLiterals;
using ra::test::CliRun;
using ra::test::OtherProject;

namespace {

const QString tag = u"v1.1.0"_s;

QByteArray said(const CliRun &run)
{
    return (u"exit %1\n%2\n%3"_s.arg(run.exitCode).arg(run.out, run.err)).toLocal8Bit();
}

/// The paths the twin was asked for, one per request.
QStringList pathsAsked(test::TestHttpServer &server)
{
    QStringList paths;
    for (const test::HttpRequest &request : server.requests()) {
        paths.append(request.path);
    }
    return paths;
}

} // namespace

class TestCliProject : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<OtherProject> m_project;

    [[nodiscard]] CliRun cli(const QStringList &arguments, const QString &workingDirectory = {}) const
    {
        return test::runCliServing(arguments, m_project->environment(),
                                   workingDirectory.isEmpty() ? m_project->clonePath() : workingDirectory);
    }

private Q_SLOTS:
    void init()
    {
        m_project = std::make_unique<OtherProject>();
        QString error;
        QVERIFY2(m_project->create(&error), qPrintable(error));
    }

    void cleanup()
    {
        m_project.reset();
    }

    void stagingCheckSignsOffTheProjectInItsOwnJournal()
    {
        test::GitHubTwin twin;
        QVERIFY(twin.start());
        // No --repo, no --commit, no --journal: the clone names the repository, the candidate and the journal.
        const CliRun run = cli({u"--json"_s, u"staging"_s, u"check"_s, u"--release"_s, tag, u"--api-url"_s,
                                twin.api().url().toString(), u"--override-reason"_s, u"no CI in this test"_s,
                                u"--signer"_s, u"acme-maintainer"_s});
        QVERIFY2(run.exitCode == 0, said(run));
        const QJsonObject result = run.json().object();
        QVERIFY2(result.value(u"signed_off"_s).toBool(), said(run));
        QCOMPARE(result.value(u"commit"_s).toString(), m_project->head());
        QCOMPARE(QFileInfo(result.value(u"journal"_s).toString()).canonicalFilePath(),
                 QFileInfo(m_project->projectJournal()).canonicalFilePath());

        // The playbook's workflow was looked for on acme/widget, and on nothing else.
        const QStringList asked = pathsAsked(twin.api());
        QVERIFY2(!asked.isEmpty(), qPrintable(run.err));
        for (const QString &path : asked) {
            QVERIFY2(path.startsWith(u"/repos/acme/widget/"_s), qPrintable(asked.join(u'\n')));
        }

        const auto journal = Journal::open(m_project->projectJournal());
        QVERIFY(journal);
        const QJsonObject signOff = journal->value(tag, u"staging.signoff"_s).toObject();
        QCOMPARE(signOff.value(u"report"_s).toObject().value(u"commit"_s).toString(), m_project->head());
        QVERIFY(!QFileInfo::exists(m_project->machineJournal()));
    }

    void packagesAttachPlansTheProjectsRequests()
    {
        const CliRun run = cli({u"--json"_s, u"packages"_s, u"attach"_s, u"--release"_s, tag, u"--commit"_s,
                                m_project->head(), u"--dry-run"_s});
        QVERIFY2(run.exitCode == 0, said(run));
        QStringList requests;
        for (const QJsonValue &line : run.json().object().value(u"requests"_s).toArray()) {
            requests.append(line.toString());
        }
        const QString all = requests.join(u'\n');
        QVERIFY2(all.contains(u"/repos/acme/widget/actions/runs?per_page=100&head_sha="_s + m_project->head()),
                 qPrintable(all));
        QVERIFY2(
            all.contains(u"POST https://uploads.github.com/repos/acme/widget/releases/{release_id}/assets?name="_s),
            qPrintable(all));
        // The playbook spells tags "v1.1.0": the packages carry 1.1.0.
        QVERIFY2(all.contains(u"require Version = 1.1.0,"_s), qPrintable(all));
        QVERIFY2(!all.contains(u"aleph"_s), qPrintable(all));
    }

    void packagesAttachRecordsInTheProjectsJournal()
    {
        test::GitHubTwin twin;
        QVERIFY(twin.start());
        // The twin has no draft: the run stops, and what it recorded is in the project's journal.
        const CliRun run =
            cli({u"--json"_s, u"packages"_s, u"attach"_s, u"--release"_s, tag, u"--commit"_s, m_project->head(),
                 u"--api-url"_s, twin.api().url().toString(), u"--uploads-url"_s, twin.uploads().url().toString()});
        QVERIFY2(run.exitCode == 1, said(run));
        QCOMPARE(QFileInfo(run.json().object().value(u"journal"_s).toString()).canonicalFilePath(),
                 QFileInfo(m_project->projectJournal()).canonicalFilePath());
        const auto journal = Journal::open(m_project->projectJournal());
        QVERIFY(journal);
        QVERIFY(journal->hasRelease(tag));
        QVERIFY(journal->stepState(tag, ReleaseStep::Packages) != StepState::NotStarted);
        QVERIFY(!QFileInfo::exists(m_project->machineJournal()));
        for (const QString &path : pathsAsked(twin.api())) {
            QVERIFY2(path.startsWith(u"/repos/acme/widget/"_s), qPrintable(path));
        }
    }

    void repoOwnerNameStillOverridesTheRepository()
    {
        const CliRun run = cli({u"--json"_s, u"packages"_s, u"attach"_s, u"--release"_s, tag, u"--commit"_s,
                                m_project->head(), u"--repo"_s, u"acme/widget-fork"_s, u"--dry-run"_s});
        QVERIFY2(run.exitCode == 0, said(run));
        const QString all = run.json().object().value(u"requests"_s).toVariant().toStringList().join(u'\n');
        QVERIFY2(all.contains(u"/repos/acme/widget-fork/actions/runs"_s), qPrintable(all));
        QVERIFY2(!all.contains(u"/repos/acme/widget/"_s), qPrintable(all));
        QVERIFY2(run.err.contains(u"--repo acme/widget-fork overrides the project's repository acme/widget"_s),
                 said(run));
        // The option says so in the help.
        const CliRun help = cli({u"packages"_s, u"attach"_s, u"--help"_s});
        QVERIFY2(help.out.contains(u"owner/name"_s) && help.out.contains(u"overrides"_s), qPrintable(help.out));
        const CliRun stagingHelp = cli({u"staging"_s, u"check"_s, u"--help"_s});
        QVERIFY2(stagingHelp.out.contains(u"--repo <path|owner/name>"_s), qPrintable(stagingHelp.out));
    }

    void reviewStatusReadsTheProjectsDraftAndJournal()
    {
        test::GitHubTwin twin;
        QVERIFY(twin.start());
        const test::GitHubIssuesTwin issues(twin);
        twin.state().release(twin.addRelease(tag, true))->body = u"# v1.1.0\n\n- Widgets fold (#3)\n"_s;
        const CliRun run = cli(
            {u"--json"_s, u"review"_s, u"status"_s, u"--release"_s, tag, u"--api-url"_s, twin.api().url().toString()});
        QVERIFY2(run.exitCode == 0, said(run));
        QCOMPARE(run.json().object().value(u"release"_s).toString(), tag);
        // The playbook's one approver and quorum, not aleph-vm's.
        QCOMPARE(run.json().object().value(u"required"_s).toInt(), 1);
        for (const QString &path : pathsAsked(twin.api())) {
            QVERIFY2(path.startsWith(u"/repos/acme/widget/"_s) || path == u"/user"_s, qPrintable(path));
        }
        QVERIFY(QFileInfo::exists(m_project->projectJournal()));
        QVERIFY(!QFileInfo::exists(m_project->machineJournal()));
        // Outside the clone, with nothing named, there is no project to review.
        const CliRun nowhere =
            cli({u"review"_s, u"status"_s, u"--release"_s, tag, u"--api-url"_s, twin.api().url().toString()},
                m_project->elsewhere());
        QVERIFY2(nowhere.exitCode == 2 && nowhere.err.contains(u"--playbook <file>"_s), said(nowhere));
    }

    void withoutAProjectTheAlephVmPresetIsNamedAloud()
    {
        // The release commands still default to the aleph-vm preset outside a clone, but never silently.
        const CliRun run =
            cli({u"--json"_s, u"release"_s, u"status"_s, u"--release"_s, u"1.1.0"_s}, m_project->elsewhere());
        // (This journal has no release 1.1.0: the command stops, after saying whose project it took.)
        QVERIFY2(run.exitCode == 2 && run.err.contains(u"has no release 1.1.0"_s), said(run));
        QVERIFY2(run.err.contains(u"no clone here and no playbook named: working on aleph-im/aleph-vm"_s), said(run));
        const CliRun named =
            cli({u"--json"_s, u"release"_s, u"status"_s, u"--release"_s, u"1.1.0"_s, u"--preset"_s, u"aleph-vm"_s},
                m_project->elsewhere());
        QVERIFY2(named.exitCode == 2 && !named.err.contains(u"no clone here"_s), said(named));
    }

    void notesGenerateTakesTheClonesPlaybook()
    {
        // No --playbook: the notes link to the project's repository, not aleph-vm's, and say nothing about it.
        const CliRun run = cli({u"notes"_s, u"generate"_s, u"--repo"_s, m_project->clonePath(), u"--tag"_s, tag});
        QVERIFY2(run.exitCode == 0, said(run));
        QVERIFY2(run.out.contains(u"github.com/acme/widget/compare/v1.0.0...v1.1.0"_s), said(run));
        QVERIFY2(run.out.contains(u"(#3)"_s), said(run));
        QVERIFY2(!run.out.contains(u"aleph"_s) && !run.err.contains(u"aleph-vm preset"_s), said(run));

        // A clone without a playbook still gets notes, and is told whose repository and assets it borrowed.
        QVERIFY(QFile::remove(m_project->clonePath() + u"/.release-assistant.playbook"_s));
        const CliRun borrowed = cli({u"notes"_s, u"generate"_s, u"--repo"_s, m_project->clonePath(), u"--tag"_s, tag});
        QVERIFY2(borrowed.exitCode == 0, said(borrowed));
        QVERIFY2(borrowed.err.contains(u"using the aleph-vm preset's repository and assets"_s), said(borrowed));
        QVERIFY2(borrowed.err.contains(u"--playbook"_s), said(borrowed));
    }

    void withoutAProjectTheErrorSaysWhatToDo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("staging check") << QStringList{u"staging"_s, u"check"_s, u"--commit"_s, u"1234567"_s,
                                                      u"--dry-run"_s};
        QTest::newRow("packages attach") << QStringList{u"packages"_s, u"attach"_s,  u"--release"_s, tag,
                                                        u"--commit"_s, u"1234567"_s, u"--dry-run"_s};
        QTest::newRow("unknown repository")
            << QStringList{u"packages"_s, u"attach"_s, u"--release"_s,   tag,           u"--commit"_s,
                           u"1234567"_s,  u"--repo"_s, u"acme/widget"_s, u"--dry-run"_s};
    }

    void withoutAProjectTheErrorSaysWhatToDo()
    {
        QFETCH(QStringList, arguments);
        const CliRun run = cli(arguments, m_project->elsewhere());
        QVERIFY2(run.exitCode == 2, said(run));
        QVERIFY2(run.out.isEmpty(), said(run));
        // What is wrong, and what to do: the clone, or a playbook — never a silent aleph-vm.
        QVERIFY2(run.err.contains(u"no project"_s) || run.err.contains(u"no playbook for acme/widget"_s), said(run));
        QVERIFY2(run.err.contains(u"--playbook <file>"_s), said(run));
        QVERIFY2(!run.err.contains(u"aleph-vm"_s), said(run));
    }
};

QTEST_GUILESS_MAIN(TestCliProject)
#include "tst_cli_project.moc"
