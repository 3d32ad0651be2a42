// SPDX-License-Identifier: GPL-3.0-or-later
// Step 4 as the engine's use case, against the GitHub twin with a real journal and a clone: the notes linted
// against the release range (an error refused with nothing sent, not even a read), the draft created on the
// release commit, saved, up to date on a re-run, a web edit loaded, a conflict that needs attention and
// overwrites nothing until the notes are edited into a merge, a dry run that sends and records nothing, the one
// state rule, and the release run's step 4, which completes only what was saved and never writes notes.
#include "release/notesrunner.h"
#include "release/notesstep.h"

#include "github/githubclient.h"
#include "journal/journal.h"
#include "notes/notesrevisions.h"
#include "release/release.h"

#include "gitdaemon.h"
#include "githubtwin.h"
#include "historybuilder.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ra;
using namespace Qt::StringLiterals;
using release::NotesSaveResult;
using Outcome = release::NotesSaveResult::Outcome;

namespace {

const QString token = u"github_pat_11TWINTOKEN0000000000_notesstep"_s;
const QString tag = u"1.1.0"_s;
/// The notes of 1.0.0..HEAD of the clone below: only #11 is in the range.
const QString first = u"# 1.1.0\n\n## Bug fixes\n\n- Keep the VM network up (#11)\n"_s;

} // namespace

class TestNotesStep : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        const QString clone = m_dir->filePath(u"clone"_s);
        ra::test::HistoryBuilder history(clone);
        const int initial = history.commit(u"Initial commit"_s, {});
        const int pool = history.commit(u"Feature: add the VM pool (#10)"_s, {initial});
        const int network = history.commit(u"Fix: keep the VM network up (#11)"_s, {pool});
        history.lightweightTag(u"1.0.0"_s, pool);
        QString error;
        QVERIFY2(history.run(&error), qPrintable(error));
        m_head = history.sha(network);
        QCOMPARE(ra::test::runGit({u"remote"_s, u"add"_s, u"origin"_s, u"https://github.com/aleph-im/aleph-vm.git"_s},
                                  clone),
                 0);
        release::ProjectError projectError;
        m_project = release::Project::open(clone, {}, &projectError);
        QVERIFY2(m_project, qPrintable(projectError.message));

        m_twin = std::make_unique<ra::test::GitHubTwin>();
        QVERIFY(m_twin->start());
        m_twin->state().token = token;
        github::Endpoints endpoints;
        endpoints.api = m_twin->api().url();
        m_client = std::make_unique<github::GitHubClient>(endpoints);
        m_client->setToken(token);
        m_journal = Journal::open(m_dir->filePath(u"journal.sqlite"_s), &error);
        QVERIFY2(m_journal, qPrintable(error));
        m_release = release::Release::open(*m_project, *m_journal, tag, release::Release::Access::Drive, &error);
        QVERIFY2(m_release, qPrintable(error));
    }

    void cleanup()
    {
        m_release.reset();
        m_journal.reset();
        m_client.reset();
        m_twin.reset();
        m_dir.reset();
    }

    void stateRule_data()
    {
        QTest::addColumn<notes::SyncAction>("action");
        QTest::addColumn<int>("errors");
        QTest::addColumn<StepState>("state");
        QTest::addColumn<QString>("note");
        QTest::newRow("created") << notes::SyncAction::Create << 0 << StepState::Done << u"in the draft"_s;
        QTest::newRow("saved") << notes::SyncAction::Save << 0 << StepState::Done << u"in the draft"_s;
        QTest::newRow("up to date") << notes::SyncAction::UpToDate << 0 << StepState::Done << u"in the draft"_s;
        QTest::newRow("loaded") << notes::SyncAction::Load << 0 << StepState::Done << u"in the draft"_s;
        QTest::newRow("loaded with errors")
            << notes::SyncAction::Load << 2 << StepState::NeedsAttention << u"with 2 lint error"_s;
        QTest::newRow("conflict") << notes::SyncAction::Conflict << 0 << StepState::NeedsAttention << u"need a merge"_s;
    }

    void stateRule()
    {
        QFETCH(notes::SyncAction, action);
        QFETCH(int, errors);
        QFETCH(StepState, state);
        QFETCH(QString, note);
        const release::NotesStepState after = release::NotesStep::stateAfterSync(action, errors);
        QCOMPARE(after.state, state);
        QVERIFY2(after.note.contains(note), qPrintable(after.note));
    }

    void createsSavesAndIsUpToDate()
    {
        release::NotesStep step(*m_release, *m_client);
        QVERIFY2(step.setup().rangeProblem.isEmpty(), qPrintable(step.setup().rangeProblem));
        QCOMPARE(step.setup().targetCommit, m_head);

        const NotesSaveResult created = step.save(first);
        QVERIFY2(created.outcome == Outcome::Created, qPrintable(created.message));
        const auto *draft = m_twin->state().releaseByTag(tag);
        QVERIFY(draft);
        QVERIFY(draft->draft);
        QCOMPARE(draft->body, first);
        // The tag does not exist yet: the draft targets the commit the range ends at.
        QCOMPARE(draft->targetCommitish, m_head);
        QCOMPARE(created.releaseId, draft->id);
        QCOMPARE(created.revision->number, 1);
        QVERIFY(created.recorded);
        QCOMPARE(created.recorded->state, StepState::Done);
        QCOMPARE(m_release->verdict(ReleaseStep::Notes).state, StepState::Done);
        QCOMPARE(m_journal->value(tag, u"notes.text"_s).toString(), first);

        const QString second = first + u"- Retry the IPFS download (#11)\n"_s;
        const NotesSaveResult saved = step.save(second);
        QVERIFY2(saved.outcome == Outcome::Saved, qPrintable(saved.message));
        QCOMPARE(m_twin->state().releaseByTag(tag)->body, second);
        QCOMPARE(m_twin->state().releases.size(), 1);

        // A re-run of the same text sends no write and records no revision.
        const int writes = m_twin->api().requestCount("PATCH") + m_twin->api().requestCount("POST");
        const NotesSaveResult again = step.save(second);
        QVERIFY2(again.outcome == Outcome::UpToDate, qPrintable(again.message));
        QCOMPARE(m_twin->api().requestCount("PATCH") + m_twin->api().requestCount("POST"), writes);
        QCOMPARE(notes::NotesRevisions(*m_journal, tag).count(), 2);
        QCOMPARE(again.recorded->state, StepState::Done);

        // Journal effects: one create, one update, each with the content hash, both settled.
        QStringList effects;
        for (const JournalEffect &effect : m_journal->effects(tag, u"notes"_s)) {
            effects.append(u"%1 %2 %3"_s.arg(effect.action, outcomeKey(effect.outcome),
                                             effect.intent.value(u"hash"_s).toString().left(12)));
        }
        QCOMPARE(effects, QStringList({u"create-notes-draft succeeded "_s + notes::syncHash(first).left(12),
                                       u"update-notes-draft succeeded "_s + notes::syncHash(second).left(12)}));
    }

    void aLintErrorIsRefusedWithNothingSent()
    {
        release::NotesStep step(*m_release, *m_client);
        // #10 shipped in 1.0.0: the range read from the clone says it is not in this release.
        const QString outside = first + u"- Add the VM pool (#10)\n"_s;
        const NotesSaveResult refused = step.save(outside);
        QVERIFY2(refused.outcome == Outcome::LintRefused, qPrintable(refused.message));
        QCOMPARE(refused.lintErrors(), 1);
        const auto error = std::find_if(refused.findings.cbegin(), refused.findings.cend(), [](const auto &finding) {
            return finding.severity == notes::LintSeverity::Error;
        });
        QCOMPARE(error->rule, u"pr-out-of-range"_s);
        QCOMPARE(error->line, 6);

        // A merge whose markers were left in is refused the same way, at the marker's line.
        const NotesSaveResult markers =
            step.save(first + u"<<<<<<< your notes\n- mine\n=======\n- theirs\n>>>>>>> GitHub draft\n"_s);
        QVERIFY(markers.outcome == Outcome::LintRefused);
        QCOMPARE(markers.lintErrors(), 2);
        QCOMPARE(markers.findings.constFirst().rule, u"conflict-marker"_s);
        QCOMPARE(markers.findings.constFirst().line, 6);

        QVERIFY(m_twin->api().requests().isEmpty());
        QVERIFY(m_journal->effects(tag).isEmpty());
        QCOMPARE(notes::NotesRevisions(*m_journal, tag).count(), 0);
        QVERIFY(m_journal->value(tag, u"notes.text"_s).isUndefined());
        QCOMPARE(m_release->verdict(ReleaseStep::Notes).state, StepState::NotStarted);
    }

    void aWebEditIsLoaded()
    {
        release::NotesStep step(*m_release, *m_client);
        QVERIFY(step.save(first).outcome == Outcome::Created);
        // Edited on github.com (CRLF, as GitHub stores web edits), with a link that has no target.
        const QString web = u"# 1.1.0\r\n\r\nSee [the docs]().\r\n"_s;
        m_twin->state().releaseByTag(tag)->body = web;
        const int patches = m_twin->api().requestCount("PATCH");

        const NotesSaveResult loaded = step.save(first);
        QVERIFY2(loaded.outcome == Outcome::Loaded, qPrintable(loaded.message));
        QCOMPARE(loaded.remoteBody, web);
        QCOMPARE(loaded.revision->origin, u"loaded"_s);
        QCOMPARE(m_twin->api().requestCount("PATCH"), patches);
        QCOMPARE(m_journal->value(tag, u"notes.text"_s).toString(), web);
        // The state is about what the draft holds now: the loaded text, and its lint error.
        QCOMPARE(loaded.lintErrors(), 1);
        QCOMPARE(loaded.recorded->state, StepState::NeedsAttention);
        QCOMPARE(m_release->verdict(ReleaseStep::Notes).state, StepState::NeedsAttention);
    }

    void aConflictNeedsAttentionUntilTheNotesAreMerged()
    {
        release::NotesStep step(*m_release, *m_client);
        QVERIFY(step.save(first).outcome == Outcome::Created);
        const QString web = first + u"- Keep the VM network up on reboot (#11)\n"_s;
        m_twin->state().releaseByTag(tag)->body = web;
        const QString mine = first + u"\nThanks to all contributors.\n"_s;
        const int patches = m_twin->api().requestCount("PATCH");

        const NotesSaveResult conflict = step.save(mine);
        QVERIFY2(conflict.outcome == Outcome::Conflict, qPrintable(conflict.message));
        QVERIFY(conflict.conflictText.contains(u"<<<<<<< your notes"_s));
        QVERIFY(conflict.conflictText.contains(u"on reboot"_s));
        QVERIFY(conflict.conflictText.contains(u"Thanks to all"_s));
        QCOMPARE(conflict.recorded->state, StepState::NeedsAttention);
        QCOMPARE(m_release->verdict(ReleaseStep::Notes).state, StepState::NeedsAttention);
        // The same notes again are the same conflict: never worn down into an overwrite.
        QVERIFY(step.save(mine).outcome == Outcome::Conflict);
        QCOMPARE(m_twin->state().releaseByTag(tag)->body, web);
        QCOMPARE(m_twin->api().requestCount("PATCH"), patches);

        // Edited after the conflict, the notes are the maintainer's merge of the draft it showed.
        const QString merged = web + u"\nThanks to all contributors.\n"_s;
        const NotesSaveResult saved = step.save(merged);
        QVERIFY2(saved.outcome == Outcome::Saved, qPrintable(saved.message));
        QCOMPARE(saved.revision->origin, u"merged"_s);
        QCOMPARE(m_twin->state().releaseByTag(tag)->body, merged);
        QCOMPARE(saved.recorded->state, StepState::Done);

        // A merge of a draft that was edited again meanwhile is a new conflict, not an overwrite.
        const QString webAgain = merged + u"- One more web edit (#11)\n"_s;
        m_twin->state().releaseByTag(tag)->body = webAgain;
        QVERIFY(step.save(merged + u"Mine again.\n"_s).outcome == Outcome::Conflict);
        m_twin->state().releaseByTag(tag)->body = webAgain + u"- And another (#11)\n"_s;
        const NotesSaveResult stale = step.save(webAgain + u"Mine again, merged.\n"_s);
        QVERIFY2(stale.outcome == Outcome::Conflict, qPrintable(stale.message));
        QCOMPARE(m_twin->state().releaseByTag(tag)->body, webAgain + u"- And another (#11)\n"_s);
    }

    void aDryRunSendsAndRecordsNothing()
    {
        release::NotesStep step(*m_release, *m_client);
        const NotesSaveResult wouldCreate = step.preview(first);
        QVERIFY2(wouldCreate.outcome == Outcome::Created, qPrintable(wouldCreate.message));
        QCOMPARE(wouldCreate.request.value(u"method"_s).toString(), u"POST"_s);
        QCOMPARE(wouldCreate.request.value(u"path"_s).toString(), u"/repos/aleph-im/aleph-vm/releases"_s);
        const QJsonObject fields = wouldCreate.request.value(u"json"_s).toObject();
        QCOMPARE(fields.value(u"body"_s).toString(), first);
        QCOMPARE(fields.value(u"target_commitish"_s).toString(), m_head);
        QVERIFY(fields.value(u"draft"_s).toBool());
        QVERIFY(!wouldCreate.recorded);
        QCOMPARE(m_twin->api().requestCount("POST") + m_twin->api().requestCount("PATCH"), 0);
        QVERIFY(m_twin->state().releases.isEmpty());
        QVERIFY(m_journal->effects(tag).isEmpty());
        QVERIFY(m_journal->value(tag, u"notes.text"_s).isUndefined());
        QCOMPARE(m_release->verdict(ReleaseStep::Notes).state, StepState::NotStarted);

        QVERIFY(step.save(first).outcome == Outcome::Created);
        const NotesSaveResult wouldSave = step.preview(first + u"More.\n"_s);
        QVERIFY(wouldSave.outcome == Outcome::Saved);
        QCOMPARE(wouldSave.request.value(u"method"_s).toString(), u"PATCH"_s);
        QCOMPARE(wouldSave.request.value(u"path"_s).toString(),
                 u"/repos/aleph-im/aleph-vm/releases/%1"_s.arg(m_twin->state().releaseByTag(tag)->id));
        QCOMPARE(m_twin->api().requestCount("PATCH"), 0);
        QCOMPARE(m_twin->state().releaseByTag(tag)->body, first);
    }

    void theRunCompletesOnlyWhatWasSaved()
    {
        release::NotesRunner runner(endpoints(), token);
        QVERIFY(!runner.automatic());
        const release::StepRunResult nothing = runner.run(*m_release);
        QCOMPARE(release::runOutcomeKey(nothing.outcome), u"needs-person"_s);
        QVERIFY2(nothing.hint.startsWith(u"release-assistant-cli notes save --release 1.1.0 <file>"_s),
                 qPrintable(nothing.hint));
        // It never writes notes of its own.
        QVERIFY(m_twin->state().releases.isEmpty());

        release::NotesStep step(*m_release, *m_client);
        QVERIFY(step.save(first).outcome == Outcome::Created);
        // The step is not done (say the app recorded it in progress after a regeneration it then undid).
        QVERIFY(m_release->recordStepState(ReleaseStep::Notes, StepState::InProgress, u"regenerated"_s));
        const int writes = m_twin->api().requestCount("PATCH") + m_twin->api().requestCount("POST");
        const release::StepRunResult done = runner.run(*m_release);
        QVERIFY2(done.outcome == release::StepRunResult::Outcome::Done, qPrintable(done.message));
        QCOMPARE(m_release->verdict(ReleaseStep::Notes).state, StepState::Done);
        QCOMPARE(m_twin->api().requestCount("PATCH") + m_twin->api().requestCount("POST"), writes);

        // Edited in the app after the save: a person saves (or drops) the edit first.
        QVERIFY(m_release->recordStepState(ReleaseStep::Notes, StepState::InProgress, {}));
        QVERIFY(m_journal->setValue(tag, u"notes.text"_s, first + u"Typed, not saved.\n"_s));
        QCOMPARE(release::runOutcomeKey(runner.run(*m_release).outcome), u"needs-person"_s);
        QVERIFY(m_journal->setValue(tag, u"notes.text"_s, first));

        // Edited on the web since: the draft no longer holds the saved notes.
        m_twin->state().releaseByTag(tag)->body = first + u"Web edit.\n"_s;
        const release::StepRunResult edited = runner.run(*m_release);
        QCOMPARE(release::runOutcomeKey(edited.outcome), u"needs-person"_s);
        QVERIFY2(edited.message.contains(u"edited on GitHub"_s), qPrintable(edited.message));
        QCOMPARE(m_release->verdict(ReleaseStep::Notes).state, StepState::InProgress);
        QCOMPARE(m_twin->state().releaseByTag(tag)->body, first + u"Web edit.\n"_s);

        release::NotesRunner anonymous(endpoints(), {});
        const release::StepRunResult noToken = anonymous.run(*m_release);
        QCOMPARE(release::runOutcomeKey(noToken.outcome), u"needs-person"_s);
        QVERIFY(noToken.hint.contains(u"GITHUB_TOKEN"_s));
    }

    void theRunStopsAtSavedNotesWithALintError()
    {
        // Saved by a front end that let a lint error through (the app saves and shows it as needing attention).
        const QString broken = first + u"See [the docs]().\n"_s;
        const qint64 id = m_twin->addRelease(tag, true);
        m_twin->state().release(id)->body = broken;
        QVERIFY(notes::NotesRevisions(*m_journal, tag).record(broken, u"saved"_s, id));
        const release::StepRunResult result = release::NotesRunner(endpoints(), token).run(*m_release);
        QCOMPARE(release::runOutcomeKey(result.outcome), u"needs-person"_s);
        QVERIFY2(result.message.contains(u"line 6"_s), qPrintable(result.message));
        QVERIFY(m_twin->api().requests().isEmpty());
    }

private:
    [[nodiscard]] github::Endpoints endpoints() const
    {
        github::Endpoints endpoints;
        endpoints.api = m_twin->api().url();
        return endpoints;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<release::Project> m_project;
    std::unique_ptr<ra::test::GitHubTwin> m_twin;
    std::unique_ptr<github::GitHubClient> m_client;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<release::Release> m_release;
    QString m_head;
};

QTEST_MAIN(TestNotesStep)
#include "tst_notesstep.moc"
