// SPDX-License-Identifier: GPL-3.0-or-later
// The tracking issue follows the draft from every front end, not only from `notes save` and `release run`: notes
// saved through the app's notes page, and packages attached by `packages attach` or the app's step 5, put the new
// content on an issue the review already opened (a new revision, its comment posted); nothing creates an issue
// before the review starts; an issue GitHub refuses to update is a warning (the app's message, `notes save --json`'s
// "warning"), never a failed save.
#include "app/notesdraftcontroller.h"
#include "app/packagesstepcontroller.h"
#include "app/releasesession.h"
#include "core/playbookloader.h"
#include "github/githubclient.h"
#include "journal/journal.h"
#include "release/project.h"
#include "release/publishstep.h"
#include "review/trackingissuecontent.h"
#include "secrets/memorysecretstore.h"

#include "../notes/notessavefixture.h"
#include "attachflowfixture.h"
#include "clirunner.h"
#include "githubissuestwin.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;
using namespace Qt::StringLiterals;
using ra::test::AttachFlowFixture;
using ra::test::NotesSaveFixture;

namespace {

const QString token = u"github_pat_11TWINTOKEN0000000000_frontends"_s;
const QString first = u"# 1.1.0\n\n## Bug fixes\n\n- Keep the VM network up (#11)\n"_s;
const QString second = first + u"- Retry the IPFS download (#11)\n"_s;
const QString third = second + u"- Log each restart of the VM network (#11)\n"_s;
const github::RepositoryRef repository{u"aleph-im"_s, u"aleph-vm"_s};

/// aleph-vm's playbook, its step 5 attaching the fixture's packages.
Playbook alephVm()
{
    Playbook book = *PlaybookLoader::loadPreset(u"aleph-vm"_s).playbook;
    book.pipelineKind = PipelineKind::AttachArtifacts;
    book.expectedAssets = AttachFlowFixture::Names;
    return book;
}

/// GitHub refuses to edit issues (a token without the issues permission).
void refuseIssueEdits(ra::test::GitHubTwin &twin)
{
    twin.api().injectFault(
        "PATCH", u"/repos/{owner}/{repo}/issues/{number}"_s,
        ra::test::HttpResponse::json(403, QJsonDocument(QJsonObject{{u"message"_s, u"Must have admin rights"_s}})), 10);
}

} // namespace

class TestTrackingIssueFrontEnds : public QObject
{
    Q_OBJECT

private:
    secrets::MemorySecretStore m_store;
    AttachFlowFixture m_attach;
    std::unique_ptr<ra::test::GitHubIssuesTwin> m_issues;

    /// Opens the review of \a tag on \a twin: the tracking issue shows the draft as it is now. Its number, 0 when
    /// it could not be opened.
    int openReview(ra::test::GitHubTwin &twin, Journal &journal, const QString &tag, const QString &withToken)
    {
        github::Endpoints endpoints;
        endpoints.api = twin.api().url();
        github::GitHubClient client(endpoints);
        client.setToken(withToken);
        release::PublishStep review(client, &journal,
                                    release::PublishStep::Config::fromPlaybook(alephVm(), repository, tag));
        const release::PublishOutcome opened = review.syncTrackingIssueBlocking();
        if (!opened.ok || m_issues->state().issues.size() != 1) {
            qWarning("the review was not opened: %s", qPrintable(opened.message));
            return 0;
        }
        return m_issues->state().issues.constFirst().number;
    }

    /// The content issue \a number shows; checks that it parses.
    std::optional<review::TrackingIssueContent> shownOn(int number)
    {
        QString error;
        auto shown = review::TrackingIssueContent::parseBody(m_issues->state().issue(number)->body, &error);
        if (!shown) {
            qWarning("the issue does not parse: %s", qPrintable(error));
        }
        return shown;
    }

    /// The app's notes page saving \a text; false when it did not finish.
    static bool saveWithApp(NotesDraftController &controller, QString &editor, const QString &text)
    {
        editor = text;
        QSignalSpy finished(&controller, &NotesDraftController::syncFinished);
        controller.saveToDraft();
        return finished.wait(30000) && !controller.busy();
    }

    /// `packages attach` on \a fixture's twin, recorded in \a journal.
    static ra::test::CliRun attachWithCli(AttachFlowFixture &fixture, const QString &journal, const QString &work)
    {
        QStringList arguments{u"--json"_s,
                              u"packages"_s,
                              u"attach"_s,
                              u"--release"_s,
                              AttachFlowFixture::Tag,
                              u"--repo"_s,
                              u"aleph-im/aleph-vm"_s,
                              u"--api-url"_s,
                              fixture.twin().api().url().toString(),
                              u"--uploads-url"_s,
                              fixture.twin().uploads().url().toString(),
                              u"--run-id"_s,
                              QString::number(fixture.runId()),
                              u"--work-dir"_s,
                              work,
                              u"--journal"_s,
                              journal};
        for (const QString &name : AttachFlowFixture::Names) {
            arguments << u"--asset"_s << name;
        }
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"GITHUB_TOKEN"_s, AttachFlowFixture::Token);
        return ra::test::runCliServing(arguments, environment);
    }

    /// The app's step 5 attaching the fixture's packages for \a session's release; false when it did not finish.
    bool attachWithApp(AttachFlowFixture &fixture, ReleaseSession &session, const QString &work,
                       QString *message = nullptr)
    {
        PackagesStepController controller;
        github::Endpoints endpoints;
        endpoints.api = fixture.twin().api().url();
        endpoints.uploads = fixture.twin().uploads().url();
        controller.setEndpoints(endpoints);
        controller.setSecretStore(&m_store);
        controller.setPlaybook(alephVm());
        controller.setWorkDirectory(work);
        controller.setSession(&session);
        controller.setRunId(QString::number(fixture.runId()));
        QSignalSpy finished(&controller, &PackagesStepController::finished);
        controller.start();
        if (!finished.wait(60000) || controller.busy()) {
            return false;
        }
        if (message) {
            *message = controller.message();
        }
        return controller.outcome() == PackagesStepController::Succeeded;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_store.write(u"github/token"_s, AttachFlowFixture::Token, [](const net::Error &) { });
        QString error;
        QVERIFY2(m_attach.buildPackages(&error), qPrintable(error));
    }

    void cleanup()
    {
        m_issues.reset();
    }

    void notesSavedOnTheNotesPageUpdateTheOpenIssue()
    {
        NotesSaveFixture fixture(token);
        QString error;
        QVERIFY2(fixture.setUp({}, &error), qPrintable(error));
        const auto twin = fixture.startTwin();
        QVERIFY(twin);
        m_issues = std::make_unique<ra::test::GitHubIssuesTwin>(*twin);
        const auto journal = Journal::open(fixture.path(u"app.sqlite"_s), &error);
        QVERIFY2(journal, qPrintable(error));
        const QString &tag = NotesSaveFixture::Tag;
        QVERIFY(journal->createRelease(tag, {}));
        github::Endpoints endpoints;
        endpoints.api = twin->api().url();
        github::GitHubClient client(endpoints);
        client.setToken(token);

        NotesDraftController controller;
        QString editor;
        controller.setTextSource([&editor] { return editor; });
        controller.setGitHubClient(&client);
        controller.setPlaybook(alephVm());
        controller.setRelease(journal.get(), tag, tag);

        // Before the review starts, saving creates no issue.
        QVERIFY(saveWithApp(controller, editor, first));
        QVERIFY2(!controller.messageIsError(), qPrintable(controller.message()));
        QVERIFY(saveWithApp(controller, editor, second));
        QVERIFY2(!controller.messageIsError(), qPrintable(controller.message()));
        QCOMPARE(m_issues->state().issuesCreated, 0);
        QCOMPARE(m_issues->state().commentsPosted, 0);

        const int number = openReview(*twin, *journal, tag, token);
        QVERIFY(number > 0);
        const int comments = m_issues->state().commentsPosted;
        QVERIFY(saveWithApp(controller, editor, third));
        QVERIFY2(!controller.messageIsError(), qPrintable(controller.message()));
        QVERIFY2(!controller.message().contains(u"tracking issue"_s), qPrintable(controller.message()));
        const auto shown = shownOn(number);
        QVERIFY(shown);
        QCOMPARE(shown->revision, 2);
        QCOMPARE(shown->notes, third);
        QCOMPARE(m_issues->state().commentsPosted, comments + 1);
        QCOMPARE(m_issues->state().issuesCreated, 1);

        // An issue GitHub refuses to update: the notes are saved, the message warns.
        refuseIssueEdits(*twin);
        QVERIFY(saveWithApp(controller, editor, third + u"- Name the restarted VM (#11)\n"_s));
        QVERIFY2(!controller.messageIsError(), qPrintable(controller.message()));
        QVERIFY2(controller.message().contains(u"tracking issue does not show these notes"_s),
                 qPrintable(controller.message()));
        QCOMPARE(twin->state().releaseByTag(tag)->body, third + u"- Name the restarted VM (#11)\n"_s);
    }

    void notesSaveJsonCarriesTheIssueWarning()
    {
        NotesSaveFixture fixture(token);
        QString error;
        QVERIFY2(fixture.setUp({}, &error), qPrintable(error));
        const auto twin = fixture.startTwin();
        QVERIFY(twin);
        m_issues = std::make_unique<ra::test::GitHubIssuesTwin>(*twin);
        const QString journalPath = fixture.path(u"cli.sqlite"_s);
        QVERIFY(fixture.write(first));
        const auto created = fixture.save(*twin, journalPath);
        QVERIFY2(created.exitCode == 0, qPrintable(created.out + created.err));
        {
            const auto journal = Journal::open(journalPath, &error);
            QVERIFY2(journal, qPrintable(error));
            QVERIFY(openReview(*twin, *journal, NotesSaveFixture::Tag, token) > 0);
        }
        refuseIssueEdits(*twin);

        QVERIFY(fixture.write(second));
        const auto saved = fixture.save(*twin, journalPath, {u"--json"_s});
        QVERIFY2(saved.exitCode == 0, qPrintable(saved.out + saved.err));
        const QJsonObject json = saved.json().object();
        QCOMPARE(json.value(u"outcome"_s).toString(), u"saved"_s);
        QVERIFY2(json.value(u"warning"_s).toString().contains(u"tracking issue"_s), qPrintable(saved.out));
        QVERIFY2(!saved.out.contains(token) && !saved.err.contains(token), "the token reached the output");
    }

    void packagesAttachBringsTheOpenIssueUpToDate()
    {
        AttachFlowFixture &fixture = m_attach;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());

        // Before the review starts: the packages are attached, no issue is created.
        QVERIFY(fixture.start());
        m_issues = std::make_unique<ra::test::GitHubIssuesTwin>(fixture.twin());
        const auto early = attachWithCli(fixture, dir.filePath(u"early.sqlite"_s), dir.filePath(u"early"_s));
        QVERIFY2(early.exitCode == 0, qPrintable(early.out + early.err));
        QCOMPARE(m_issues->state().issuesCreated, 0);
        QCOMPARE(m_issues->state().commentsPosted, 0);
        m_issues.reset();
        fixture.stop();

        QVERIFY(fixture.start());
        m_issues = std::make_unique<ra::test::GitHubIssuesTwin>(fixture.twin());
        const QString journalPath = dir.filePath(u"cli.sqlite"_s);
        int number = 0;
        {
            QString error;
            const auto journal = Journal::open(journalPath, &error);
            QVERIFY2(journal, qPrintable(error));
            QVERIFY(journal->createRelease(AttachFlowFixture::Tag, {}));
            number = openReview(fixture.twin(), *journal, AttachFlowFixture::Tag, AttachFlowFixture::Token);
        }
        QVERIFY(number > 0);
        const int comments = m_issues->state().commentsPosted;
        const auto cli = attachWithCli(fixture, journalPath, dir.filePath(u"cli"_s));
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.out + cli.err));
        QVERIFY2(!cli.json().object().contains(u"warning"_s), qPrintable(cli.out));
        const auto shown = shownOn(number);
        QVERIFY(shown);
        QCOMPARE(shown->revision, 2);
        const QString body = m_issues->state().issue(number)->body;
        for (const QString &name : AttachFlowFixture::Names) {
            QVERIFY2(body.contains(name), qPrintable(body));
        }
        QCOMPARE(m_issues->state().commentsPosted, comments + 1);
        m_issues.reset();
        fixture.stop();
    }

    void theAppsStepFiveBringsTheOpenIssueUpToDate()
    {
        AttachFlowFixture &fixture = m_attach;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());

        // Before the review starts: the packages are attached, no issue is created.
        QVERIFY(fixture.start());
        m_issues = std::make_unique<ra::test::GitHubIssuesTwin>(fixture.twin());
        {
            ReleaseSession session(dir.filePath(u"early.sqlite"_s));
            QVERIFY(session.startRelease(AttachFlowFixture::Tag));
            QVERIFY(attachWithApp(fixture, session, dir.filePath(u"early"_s)));
        }
        QCOMPARE(m_issues->state().issuesCreated, 0);
        QCOMPARE(m_issues->state().commentsPosted, 0);
        m_issues.reset();
        fixture.stop();

        QVERIFY(fixture.start());
        m_issues = std::make_unique<ra::test::GitHubIssuesTwin>(fixture.twin());
        ReleaseSession session(dir.filePath(u"app.sqlite"_s));
        QVERIFY(session.startRelease(AttachFlowFixture::Tag));
        const int number =
            openReview(fixture.twin(), *session.journal(), AttachFlowFixture::Tag, AttachFlowFixture::Token);
        QVERIFY(number > 0);
        const int comments = m_issues->state().commentsPosted;
        QString message;
        QVERIFY(attachWithApp(fixture, session, dir.filePath(u"app"_s), &message));
        QVERIFY2(!message.contains(u"tracking issue"_s), qPrintable(message));
        const auto shown = shownOn(number);
        QVERIFY(shown);
        QCOMPARE(shown->revision, 2);
        const QString body = m_issues->state().issue(number)->body;
        for (const QString &name : AttachFlowFixture::Names) {
            QVERIFY2(body.contains(name), qPrintable(body));
        }
        QCOMPARE(m_issues->state().commentsPosted, comments + 1);
        m_issues.reset();
        fixture.stop();
    }
};

QTEST_MAIN(TestTrackingIssueFrontEnds)
#include "tst_trackingissuefrontends.moc"
