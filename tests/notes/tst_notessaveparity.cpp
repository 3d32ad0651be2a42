// SPDX-License-Identifier: GPL-3.0-or-later
// Step 4 finished from either front end ends the same way: the app's notes workbench and `notes save`, each on
// its own journal and its own GitHub twin, given the same notes, leave the same step state and note, the same
// journal effects and revisions and the same draft — after a first save, after a web edit loaded back, and on a
// conflict, and after "keep mine" replaced a web edit (its text kept as a revision on both sides). And the app
// opened on the journal the command line wrote shows the notes the draft holds.
#include "app/notesworkbench.h"
#include "app/releasesession.h"
#include "github/githubclient.h"
#include "journal/journal.h"
#include "notes/notesrevisions.h"

#include "notessavefixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace ra;
using namespace Qt::StringLiterals;

namespace {

const QString token = u"github_pat_11TWINTOKEN0000000000_notesparity"_s;
const QString tag = ra::test::NotesSaveFixture::Tag;

/// What must be equal between the two front ends: step 4's state and note, every effect of step 4 with its
/// content hash and outcome, every revision, and the draft.
QStringList signature(Journal &journal, const ra::test::GitHubTwinState::Release *draft)
{
    QStringList lines{u"state %1: %2"_s.arg(stateKey(journal.stepState(tag, ReleaseStep::Notes)),
                                            journal.stepNote(tag, ReleaseStep::Notes))};
    for (const JournalEffect &effect : journal.effects(tag, stepKey(ReleaseStep::Notes))) {
        lines.append(
            u"effect %1 %2 %3 %4 %5"_s.arg(effect.action, effect.key, effect.intent.value(u"hash"_s).toString(),
                                           effect.intent.value(u"origin"_s).toString(), outcomeKey(effect.outcome)));
    }
    for (const notes::NotesRevision &revision : notes::NotesRevisions(journal, tag).all()) {
        lines.append(u"revision %1 %2 %3"_s.arg(revision.number).arg(revision.hash, revision.origin));
    }
    if (draft != nullptr) {
        lines.append(u"draft %1 %2 %3 %4"_s.arg(draft->name, draft->targetCommitish, notes::syncHash(draft->body),
                                                draft->draft ? u"draft"_s : u"published"_s));
    }
    return lines;
}

} // namespace

class TestNotesSaveParity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<ra::test::NotesSaveFixture>(token);
        QString error;
        QVERIFY2(m_fixture->setUp({u"Feature: faster boot of microVMs (#12)"_s}, &error), qPrintable(error));
        m_appTwin = m_fixture->startTwin();
        m_cliTwin = m_fixture->startTwin();
        QVERIFY(m_appTwin && m_cliTwin);
    }

    void cleanup()
    {
        m_appTwin.reset();
        m_cliTwin.reset();
        m_fixture.reset();
    }

    void theAppAndTheCliLeaveTheSameStep()
    {
        const auto project = openProject();
        QVERIFY(project);
        ReleaseSession session(m_fixture->path(u"app.sqlite"_s));
        session.setProject(*project);
        QVERIFY2(session.startRelease(tag), qPrintable(session.lastError()));
        NotesWorkbench workbench;
        QSignalSpy generated(&workbench, &NotesWorkbench::generationFinished);
        workbench.setSession(&session);
        QVERIFY(generated.wait(20000));
        const QString notes = workbench.text();
        QVERIFY2(notes.contains(u"#11"_s) && notes.contains(u"#12"_s), qPrintable(notes));
        github::GitHubClient client(endpoints(*m_appTwin));
        client.setToken(token);
        NotesDraftController *draft = workbench.draft();
        draft->setGitHubClient(&client);
        QSignalSpy synced(draft, &NotesDraftController::syncFinished);

        // 1. The generated notes saved: a new draft on the release commit, done.
        draft->saveToDraft();
        QVERIFY(synced.wait(10000));
        QVERIFY2(!draft->messageIsError(), qPrintable(draft->message()));
        QTRY_COMPARE_WITH_TIMEOUT(session.journal()->stepState(tag, ReleaseStep::Notes), StepState::Done, 10000);
        QVERIFY(write(notes));
        const auto created = save();
        QVERIFY2(created.exitCode == 0, qPrintable(created.out + created.err));
        QCOMPARE(cliSignature(), appSignature(session));

        // 2. Edited on the web on both sides, the notes untouched: the draft's text is loaded.
        const QString web = notes + u"\n- Keep the VM network up on reboot (#11)\n"_s;
        m_appTwin->state().releaseByTag(tag)->body = web;
        m_cliTwin->state().releaseByTag(tag)->body = web;
        draft->saveToDraft();
        QVERIFY(synced.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(workbench.text(), web, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!workbench.linting(), 10000);
        const auto loaded = save();
        QVERIFY2(loaded.exitCode == 0, qPrintable(loaded.out + loaded.err));
        QCOMPARE(read(), web);
        QTRY_COMPARE_WITH_TIMEOUT(cliSignature(), appSignature(session), 10000);

        // 3. Edited on the web and locally: a conflict on both sides, nothing written.
        const QString webAgain = web + u"\n- Faster boot, measured (#12)\n"_s;
        const QString local = web + u"\nThanks to all contributors.\n"_s;
        m_appTwin->state().releaseByTag(tag)->body = webAgain;
        m_cliTwin->state().releaseByTag(tag)->body = webAgain;
        workbench.setText(local);
        draft->saveToDraft();
        QVERIFY(synced.wait(10000));
        QVERIFY(draft->inConflict());
        QTRY_COMPARE_WITH_TIMEOUT(session.journal()->stepState(tag, ReleaseStep::Notes), StepState::NeedsAttention,
                                  10000);
        QVERIFY(write(local));
        QCOMPARE(save().exitCode, 1);
        QCOMPARE(cliSignature(), appSignature(session));
    }

    void keepMineLeavesTheSameStep()
    {
        const auto project = openProject();
        QVERIFY(project);
        ReleaseSession session(m_fixture->path(u"app.sqlite"_s));
        session.setProject(*project);
        QVERIFY2(session.startRelease(tag), qPrintable(session.lastError()));
        NotesWorkbench workbench;
        QSignalSpy generated(&workbench, &NotesWorkbench::generationFinished);
        workbench.setSession(&session);
        QVERIFY(generated.wait(20000));
        const QString notes = workbench.text();
        github::GitHubClient client(endpoints(*m_appTwin));
        client.setToken(token);
        NotesDraftController *draft = workbench.draft();
        draft->setGitHubClient(&client);
        QSignalSpy synced(draft, &NotesDraftController::syncFinished);
        draft->saveToDraft();
        QVERIFY(synced.wait(10000));
        QVERIFY(write(notes));
        QCOMPARE(save().exitCode, 0);

        // Edited on GitHub and here: a conflict on both sides, then "keep mine" on both.
        const QString web = notes + u"\n- Keep the VM network up on reboot (#11)\n"_s;
        const QString local = notes + u"\nThanks to all contributors.\n"_s;
        m_appTwin->state().releaseByTag(tag)->body = web;
        m_cliTwin->state().releaseByTag(tag)->body = web;
        workbench.setText(local);
        draft->saveToDraft();
        QVERIFY(synced.wait(10000));
        QVERIFY(draft->inConflict());
        QVERIFY(write(local));
        QCOMPARE(save().exitCode, 1);

        draft->keepMine();
        QVERIFY(synced.wait(10000));
        QVERIFY2(!draft->messageIsError(), qPrintable(draft->message()));
        QVERIFY(!draft->inConflict());
        QTRY_COMPARE_WITH_TIMEOUT(session.journal()->stepState(tag, ReleaseStep::Notes), StepState::Done, 10000);
        const auto kept = save({u"--keep-mine"_s});
        QVERIFY2(kept.exitCode == 0, qPrintable(kept.out + kept.err));
        QCOMPARE(m_appTwin->state().releaseByTag(tag)->body, local);
        QCOMPARE(m_cliTwin->state().releaseByTag(tag)->body, local);
        // The web edit is a revision on both sides, just before the notes that replaced it.
        const QStringList app = appSignature(session);
        QVERIFY2(app.contains(u"revision 2 %1 overwritten"_s.arg(notes::syncHash(web))), qPrintable(app.join(u'\n')));
        QCOMPARE(cliSignature(), app);
    }

    void theAppOpensOnTheNotesTheCliSaved()
    {
        const auto project = openProject();
        QVERIFY(project);
        {
            // The app generated notes for the release and was closed with them in its editor.
            ReleaseSession session(cliJournalPath());
            session.setProject(*project);
            QVERIFY2(session.startRelease(tag), qPrintable(session.lastError()));
            NotesWorkbench workbench;
            QSignalSpy generated(&workbench, &NotesWorkbench::generationFinished);
            workbench.setSession(&session);
            QVERIFY(generated.wait(20000));
            QVERIFY(workbench.text().contains(u"#12"_s));
        }
        // Other notes are saved from the command line.
        const QString notes = u"# 1.1.0\n\n## Bug fixes\n\n- Keep the VM network up (#11)\n"_s;
        QVERIFY(write(notes));
        const auto saved = save();
        QVERIFY2(saved.exitCode == 0, qPrintable(saved.out + saved.err));

        ReleaseSession session(cliJournalPath());
        session.setProject(*project);
        QVERIFY2(session.startRelease(tag), qPrintable(session.lastError()));
        NotesWorkbench workbench;
        QSignalSpy ranged(&workbench, &NotesWorkbench::generationFinished);
        workbench.setSession(&session);
        QVERIFY(ranged.wait(20000));
        // The app shows the notes the draft holds, not its older text, which a save would put back over them.
        QCOMPARE(workbench.text(), notes);
        QCOMPARE(workbench.draft()->lastSyncedHash(), notes::syncHash(notes));
        QCOMPARE(session.steps()->status(ReleaseStep::Notes)->state(), StepState::Done);
    }

private:
    [[nodiscard]] std::optional<release::Project> openProject() const
    {
        release::ProjectError error;
        auto project = release::Project::open(m_fixture->clonePath(), {}, &error);
        if (!project) {
            qWarning("%s", qPrintable(error.message));
        }
        return project;
    }

    [[nodiscard]] static github::Endpoints endpoints(ra::test::GitHubTwin &twin)
    {
        github::Endpoints endpoints;
        endpoints.api = twin.api().url();
        return endpoints;
    }

    [[nodiscard]] QString cliJournalPath() const
    {
        return m_fixture->path(u"cli.sqlite"_s);
    }

    [[nodiscard]] QStringList appSignature(ReleaseSession &session) const
    {
        return signature(*session.journal(), m_appTwin->state().releaseByTag(tag));
    }

    [[nodiscard]] QStringList cliSignature() const
    {
        QString error;
        const auto journal = Journal::open(cliJournalPath(), &error);
        return journal ? signature(*journal, m_cliTwin->state().releaseByTag(tag)) : QStringList{error};
    }

    [[nodiscard]] bool write(const QString &text) const
    {
        return m_fixture->write(text);
    }

    [[nodiscard]] QString read() const
    {
        return m_fixture->read();
    }

    [[nodiscard]] ra::test::CliRun save(const QStringList &extra = {}) const
    {
        return m_fixture->save(*m_cliTwin, cliJournalPath(), extra);
    }

    std::unique_ptr<ra::test::NotesSaveFixture> m_fixture;
    std::unique_ptr<ra::test::GitHubTwin> m_appTwin;
    std::unique_ptr<ra::test::GitHubTwin> m_cliTwin;
};

QTEST_MAIN(TestNotesSaveParity)
#include "tst_notessaveparity.moc"
