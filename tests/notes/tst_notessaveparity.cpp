// SPDX-License-Identifier: GPL-3.0-or-later
// Step 4 finished from either front end ends the same way: the app's notes workbench and `notes save`, each on
// its own journal and its own GitHub twin, given the same notes, leave the same step state and note, the same
// journal effects and revisions and the same draft — after a first save, after a web edit loaded back, and on a
// conflict. And the app opened on the journal the command line wrote shows the notes the draft holds.
#include "app/notesworkbench.h"
#include "app/releasesession.h"
#include "github/githubclient.h"
#include "journal/journal.h"
#include "notes/notesrevisions.h"

#include "clirunner.h"
#include "gitdaemon.h"
#include "githubtwin.h"
#include "historybuilder.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;
using namespace Qt::StringLiterals;

namespace {

const QString token = u"github_pat_11TWINTOKEN0000000000_notesparity"_s;
const QString tag = u"1.1.0"_s;

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
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_clone = m_dir->filePath(u"clone"_s);
        ra::test::HistoryBuilder history(m_clone);
        const int initial = history.commit(u"Initial commit"_s, {});
        const int pool = history.commit(u"Feature: add the VM pool (#10)"_s, {initial});
        const int network = history.commit(u"Fix: keep the VM network up (#11)"_s, {pool});
        history.commit(u"Feature: faster boot of microVMs (#12)"_s, {network});
        history.lightweightTag(u"1.0.0"_s, pool);
        QString error;
        QVERIFY2(history.run(&error), qPrintable(error));
        QCOMPARE(ra::test::runGit({u"remote"_s, u"add"_s, u"origin"_s, u"https://github.com/aleph-im/aleph-vm.git"_s},
                                  m_clone),
                 0);
        for (auto *twin : {&m_appTwin, &m_cliTwin}) {
            *twin = std::make_unique<ra::test::GitHubTwin>();
            QVERIFY((*twin)->start());
            (*twin)->state().token = token;
        }
        m_notes = m_dir->filePath(u"notes.md"_s);
    }

    void cleanup()
    {
        m_appTwin.reset();
        m_cliTwin.reset();
        m_dir.reset();
    }

    void theAppAndTheCliLeaveTheSameStep()
    {
        const auto project = openProject();
        QVERIFY(project);
        ReleaseSession session(m_dir->filePath(u"app.sqlite"_s));
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
        auto project = release::Project::open(m_clone, {}, &error);
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
        return m_dir->filePath(u"cli.sqlite"_s);
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
        QFile file(m_notes);
        const QByteArray bytes = text.toUtf8();
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
    }

    [[nodiscard]] QString read() const
    {
        QFile file(m_notes);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    [[nodiscard]] ra::test::CliRun save() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"GITHUB_TOKEN"_s, token);
        return ra::test::runCliServing({u"notes"_s, u"save"_s, u"--release"_s, tag, m_notes, u"--repo"_s, m_clone,
                                        u"--journal"_s, cliJournalPath(), u"--api-url"_s,
                                        m_cliTwin->api().url().toString()},
                                       environment);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ra::test::GitHubTwin> m_appTwin;
    std::unique_ptr<ra::test::GitHubTwin> m_cliTwin;
    QString m_clone;
    QString m_notes;
};

QTEST_MAIN(TestNotesSaveParity)
#include "tst_notessaveparity.moc"
