// SPDX-License-Identifier: GPL-3.0-or-later
// The controller behind step 4 on a synthetic history: the default range start (previous *final* tag), the
// notes generated from it, a hand edit kept through a regeneration, a lint finding on a pull request outside
// the range with its line, the find helpers, a notes file loaded (and one that is not UTF-8 refused with where
// its first bad byte is), and the draft sync against the GitHub twin, including a draft edited on the web while
// the editor changed too.
#include "app/notesworkbench.h"
#include "app/releasesession.h"
#include "journal/journal.h"
#include "markdown/markdownrenderer.h"
#include "notes/draftsync.h"

#include "githubtwin.h"
#include "historybuilder.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;
using namespace Qt::StringLiterals;

class TestNotesWorkbench : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ReleaseSession> m_session;
    QString m_clone;
    QString m_fourth;
    QString m_fifth;

    /// A workbench on the session whose first range read (and automatic generation) has ended.
    std::unique_ptr<NotesWorkbench> openWorkbench()
    {
        auto workbench = std::make_unique<NotesWorkbench>();
        QSignalSpy finished(workbench.get(), &NotesWorkbench::generationFinished);
        workbench->setSession(m_session.get());
        if (!finished.wait(20000)) {
            return nullptr;
        }
        return workbench;
    }

    static bool lintSettled(NotesWorkbench &workbench)
    {
        QSignalSpy lint(&workbench, &NotesWorkbench::lintFinished);
        workbench.lintNow();
        return lint.wait(10000);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_clone = m_dir->filePath(u"clone"_s);
        ra::test::HistoryBuilder history(m_clone);
        const int first = history.commit(u"Initial commit"_s, {});
        const int second = history.commit(u"Feature: add the VM pool (#10)"_s, {first});
        const int third = history.commit(u"Fix: keep the VM network up (#11)"_s, {second});
        const int fourth = history.commit(u"Feature: faster boot of microVMs (#12)"_s, {third});
        const int fifth = history.commit(u"Fix: retry the IPFS download (#13)"_s, {fourth});
        history.lightweightTag(u"1.0.0"_s, second);
        history.lightweightTag(u"1.1.0-rc1"_s, third);
        QString error;
        QVERIFY2(history.run(&error), qPrintable(error));
        m_fourth = history.sha(fourth);
        m_fifth = history.sha(fifth);

        m_session = std::make_unique<ReleaseSession>(m_dir->filePath(u"journal.sqlite"_s));
        QVERIFY(m_session->startRelease(u"1.1.0"_s));
        Journal *journal = m_session->journal();
        QVERIFY(journal);
        QVERIFY(journal->setValue(u"1.1.0"_s, u"repository.path"_s, m_clone));
        // The release commit chosen in step 2: the fifth commit comes after it.
        QVERIFY(journal->setValue(u"1.1.0"_s, u"tag.revision"_s, m_fourth));
    }

    void cleanup()
    {
        m_session.reset();
        m_dir.reset();
    }

    void generatesFromThePreviousFinalTag()
    {
        const auto workbench = openWorkbench();
        QVERIFY(workbench);
        QVERIFY2(workbench->rangeKnown(), qPrintable(workbench->rangeError()));
        // A final release starts at the previous final tag: the release candidate is skipped.
        QCOMPARE(workbench->previousTag(), u"1.0.0"_s);
        QCOMPARE(workbench->rangeEnd(), m_fourth);
        QVERIFY(workbench->tagChoices().contains(u"1.1.0-rc1"_s));
        QVERIFY(workbench->tagChoices().contains(u"1.0.0"_s));
        QCOMPARE(workbench->tagChoices().first(), u"1.1.0-rc1"_s);
        // An empty editor gets the generated notes at once.
        const QString text = workbench->text();
        QVERIFY2(text.contains(u"#11"_s) && text.contains(u"#12"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"#10"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"#13"_s), qPrintable(text));

        // Another start: the notes of rc1..release only.
        QSignalSpy finished(workbench.get(), &NotesWorkbench::generationFinished);
        workbench->setPreviousTag(u"1.1.0-rc1"_s);
        QVERIFY(finished.wait(20000));
        QCOMPARE(workbench->previousTag(), u"1.1.0-rc1"_s);
        QSignalSpy replaced(workbench.get(), &NotesWorkbench::textReplaced);
        workbench->generate();
        QVERIFY(finished.wait(20000));
        QCOMPARE(replaced.size(), 1);
        QVERIFY(replaced.first().at(1).toBool());
        QVERIFY2(workbench->text().contains(u"#12"_s), qPrintable(workbench->text()));
        QVERIFY2(!workbench->text().contains(u"#11"_s), qPrintable(workbench->text()));
        // The choice is remembered with the release.
        QCOMPARE(m_session->journal()->value(u"1.1.0"_s, u"notes.previousTag"_s).toString(), u"1.1.0-rc1"_s);
    }

    void aReleaseCandidateStartsAtAnyPreviousTag()
    {
        QVERIFY(m_session->startRelease(u"1.1.0-rc2"_s));
        QVERIFY(m_session->journal()->setValue(u"1.1.0-rc2"_s, u"repository.path"_s, m_clone));
        const auto workbench = openWorkbench();
        QVERIFY(workbench);
        QCOMPARE(workbench->tag(), u"1.1.0-rc2"_s);
        QCOMPARE(workbench->previousTag(), u"1.1.0-rc1"_s);
    }

    void regenerationKeepsHandEdits()
    {
        const auto workbench = openWorkbench();
        QVERIFY(workbench);
        const QString intro = u"This release makes microVMs boot faster. Thanks to everyone who tested it!"_s;
        QString edited = workbench->text();
        const qsizetype firstBreak = edited.indexOf(u"\n\n"_s);
        QVERIFY(firstBreak > 0);
        edited.insert(firstBreak + 2, intro + u"\n\n"_s);
        workbench->setText(edited);

        // The release commit moves on by one commit: its fix must appear, the introduction must stay.
        QVERIFY(m_session->journal()->setValue(u"1.1.0"_s, u"tag.revision"_s, m_fifth));
        QSignalSpy finished(workbench.get(), &NotesWorkbench::generationFinished);
        workbench->regenerate();
        QVERIFY(finished.wait(20000));
        const QString text = workbench->text();
        QVERIFY2(text.contains(intro), qPrintable(text));
        QVERIFY2(text.contains(u"#13"_s), qPrintable(text));
        QVERIFY2(!workbench->messageIsError(), qPrintable(workbench->message()));
        QVERIFY(workbench->regenerationConflicts().isEmpty());

        // A hand edit inside a generated block is kept too, and reported.
        const qsizetype bullet = text.indexOf(u"faster boot"_s, 0, Qt::CaseInsensitive);
        QVERIFY(bullet > 0);
        QString editedBlock = text;
        editedBlock.replace(bullet, 11, u"much faster boot"_s);
        workbench->setText(editedBlock);
        workbench->regenerate();
        QVERIFY(finished.wait(20000));
        QVERIFY2(workbench->text().contains(u"much faster boot"_s), qPrintable(workbench->text()));
        QVERIFY2(!workbench->regenerationConflicts().isEmpty(), qPrintable(workbench->message()));
        QVERIFY(workbench->message().contains(workbench->regenerationConflicts().first()));
    }

    void lintFindsAPullRequestOutsideTheRange()
    {
        const auto workbench = openWorkbench();
        QVERIFY(workbench);
        QAbstractItemModelTester tester(workbench->findings());
        QString text = workbench->text();
        if (!text.endsWith(u'\n')) {
            text += u'\n';
        }
        const QString outside = u"- Also fixed the pool (#10)"_s;
        text += outside + u'\n';
        workbench->setText(text);
        QVERIFY(lintSettled(*workbench));
        const int expectedLine = workbench->lineCount();
        const auto &findings = workbench->findings()->findings();
        const auto found = std::find_if(findings.cbegin(), findings.cend(), [](const notes::LintFinding &finding) {
            return finding.rule == u"pr-out-of-range"_s;
        });
        QVERIFY2(found != findings.cend(), "no pr-out-of-range finding");
        QCOMPARE(found->line, expectedLine);
        QVERIFY(found->message.contains(u"10"_s));
        // Clicking the finding moves the cursor to the start of that line.
        QCOMPARE(workbench->positionOfLine(found->line), int(text.indexOf(outside)));
        QCOMPARE(workbench->lineOfPosition(int(text.indexOf(outside)) + 3), expectedLine);
        QCOMPARE(workbench->positionOfLine(1), 0);
        QCOMPARE(workbench->findings()->data(workbench->findings()->index(int(found - findings.cbegin())),
                                             NotesLintFindingModel::LineRole),
                 QVariant(expectedLine));
    }

    void findWrapsAround()
    {
        const auto workbench = openWorkbench();
        QVERIFY(workbench);
        workbench->setText(u"alpha beta Alpha gamma alpha"_s);
        QCOMPARE(workbench->countOccurrences(u"alpha"_s), 3);
        QCOMPARE(workbench->countOccurrences(u"alpha"_s, true), 2);
        QCOMPARE(workbench->findNext(u"alpha"_s, 0), 0);
        QCOMPARE(workbench->findNext(u"alpha"_s, 1), 11);
        QCOMPARE(workbench->findNext(u"alpha"_s, 1, true), 23);
        QCOMPARE(workbench->findNext(u"alpha"_s, 24), 0);
        QCOMPARE(workbench->findPrevious(u"alpha"_s, 11), 0);
        QCOMPARE(workbench->findPrevious(u"alpha"_s, 0), 23);
        QCOMPARE(workbench->findNext(u"delta"_s, 0), -1);
        QCOMPARE(workbench->findNext(QString(), 0), -1);
    }

    void textSurvivesARestart()
    {
        {
            const auto workbench = openWorkbench();
            QVERIFY(workbench);
            workbench->setText(u"# 1.1.0\n\nTyped before the crash.\n"_s);
        }
        const auto again = openWorkbench();
        QVERIFY(again);
        QCOMPARE(again->text(), u"# 1.1.0\n\nTyped before the crash.\n"_s);
    }

    void loadsANotesFile()
    {
        const auto workbench = openWorkbench();
        QVERIFY(workbench);
        const QString before = workbench->text();
        QVERIFY(!before.isEmpty());
        QSignalSpy replaced(workbench.get(), &NotesWorkbench::textReplaced);

        // Saved in Latin-1: refused with the line and byte offset of the first bad byte, the editor untouched.
        const QString latin1 = m_dir->filePath(u"latin1.md"_s);
        {
            QFile file(latin1);
            QVERIFY(file.open(QIODevice::WriteOnly));
            // The literal is split where a hex escape would swallow the next letter.
            file.write("# 1.1.0\n\nCaf\xe9 fixed, cr\xe8me br\xfbl\xe9"
                       "e\n");
        }
        workbench->loadFile(QUrl::fromLocalFile(latin1));
        QVERIFY(workbench->messageIsError());
        const QString message = workbench->message();
        // (Without the English translation loaded, the plural reads "sequence(s)".)
        QVERIFY2(message.contains(latin1 + u" is not valid UTF-8: line 3, byte offset 12 (0xE9) is the first of 4 "
                                           u"invalid byte sequence"_s),
                 qPrintable(message));
        QVERIFY2(message.contains(u"save the file as UTF-8"_s), qPrintable(message));
        QCOMPARE(workbench->text(), before);
        QCOMPARE(replaced.size(), 0);

        // A file that is not there: said so, nothing replaced.
        workbench->loadFile(QUrl::fromLocalFile(m_dir->filePath(u"missing.md"_s)));
        QVERIFY(workbench->messageIsError());
        QVERIFY2(workbench->message().contains(u"missing.md"_s), qPrintable(workbench->message()));
        QCOMPARE(replaced.size(), 0);

        // UTF-8 with a byte-order mark: loaded without the mark, as one undoable replacement.
        const QString utf8 = m_dir->filePath(u"utf8.md"_s);
        {
            QFile file(utf8);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("\xef\xbb\xbf# 1.1.0\n\nCaf\xc3\xa9 fixed.\n");
        }
        workbench->loadFile(QUrl::fromLocalFile(utf8));
        QVERIFY2(!workbench->messageIsError(), qPrintable(workbench->message()));
        QCOMPARE(workbench->text(), u"# 1.1.0\n\nCafé fixed.\n"_s);
        QCOMPARE(replaced.size(), 1);
        QCOMPARE(replaced.first().at(0).toString(), workbench->text());
        QVERIFY(replaced.first().at(1).toBool());
    }

    void previewFollowsTheText()
    {
        const auto workbench = openWorkbench();
        QVERIFY(workbench);
        QSignalSpy preview(workbench.get(), &NotesWorkbench::previewChanged);
        workbench->setText(u"# Title\n\n| a | b |\n|---|---|\n| 1 | ~~2~~ |\n"_s);
        QTRY_VERIFY_WITH_TIMEOUT(workbench->previewHtml().contains(u"<table"_s), 10000);
        QVERIFY(workbench->previewHtml().contains(u"<del>2</del>"_s));
    }

    void aLongTextsPreviewAfterEditsIsTheWholeRender()
    {
        // The preview reuses the HTML of the blocks an edit left alone: what it shows is still the whole text's.
        NotesWorkbench workbench;
        QString text;
        for (int section = 1; section <= 200; ++section) {
            text +=
                u"## Section %1\n\n- fix %1 (#%1)\n- [x] ~~old~~ done\n\n```\ncode %1\n\nmore\n```\n\n"_s.arg(section);
        }
        for (const auto &[at, insert] : {std::pair{qsizetype(0), u"Intro\n\n"_s}, std::pair{text.size() / 2, u"`"_s},
                                         std::pair{text.size() / 3, u"\n\n"_s}, std::pair{text.size(), u"end"_s}}) {
            text.insert(std::min(at, text.size()), insert);
            QSignalSpy preview(&workbench, &NotesWorkbench::previewChanged);
            workbench.setText(text);
            QVERIFY(preview.wait(10000));
            QCOMPARE(workbench.previewHtml(), markdown::renderPreviewHtml(text));
        }
    }

    void previewBlocksChangeOnlyWhereTheTextDid()
    {
        NotesWorkbench workbench;
        NotesPreviewModel *blocks = workbench.previewBlocks();
        QAbstractItemModelTester tester(blocks, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QString text;
        for (int section = 1; section <= 30; ++section) {
            text += u"## Section %1\n\n- fix %1 (#%1)\n\n"_s.arg(section);
        }
        QSignalSpy preview(&workbench, &NotesWorkbench::previewChanged);
        workbench.setText(text);
        QVERIFY(preview.wait(10000));
        QVERIFY2(blocks->rowCount() >= 30, qPrintable(QString::number(blocks->rowCount())));
        const auto joined = [blocks] {
            QString html;
            for (int row = 0; row < blocks->rowCount(); ++row) {
                html += blocks->index(row)
                            .data(NotesPreviewModel::HtmlRole)
                            .toString()
                            .remove(markdown::previewStyleSheet());
            }
            return markdown::previewStyleSheet() + html;
        };
        QCOMPARE(joined(), workbench.previewHtml());

        // A keystroke in one section changes its row in place; the others stay as they are.
        QSignalSpy changed(blocks, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(blocks, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(blocks, &QAbstractItemModel::modelReset);
        text.replace(u"fix 15 (#15)"_s, u"fix 15 (#15) edited"_s);
        workbench.setText(text);
        QVERIFY(preview.wait(10000));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), changed.first().at(1).toModelIndex().row());
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(joined(), workbench.previewHtml());

        // A new section inserts rows; deleting it removes them again.
        const int rows = blocks->rowCount();
        const QString before = text;
        text.replace(u"## Section 10\n"_s, u"## New\n\nnew text\n\n## Section 10\n"_s);
        workbench.setText(text);
        QVERIFY(preview.wait(10000));
        QVERIFY(blocks->rowCount() > rows);
        QCOMPARE(joined(), workbench.previewHtml());
        workbench.setText(before);
        QVERIFY(preview.wait(10000));
        QCOMPARE(blocks->rowCount(), rows);
        QCOMPARE(joined(), workbench.previewHtml());
    }

    void draftSyncThroughTheTwin()
    {
        ra::test::GitHubTwin twin;
        QVERIFY(twin.start());
        const QString token = u"github_pat_11TWINTOKEN0000000000_abcdefghijklmnop"_s;
        twin.state().token = token;
        github::Endpoints endpoints;
        endpoints.api = twin.api().url();
        endpoints.uploads = twin.uploads().url();
        endpoints.web = twin.web().url();
        github::GitHubClient client(endpoints);
        client.setToken(token);

        const auto workbench = openWorkbench();
        QVERIFY(workbench);
        NotesDraftController *draft = workbench->draft();
        draft->setGitHubClient(&client);
        QAbstractItemModelTester revisionsTester(draft->revisions());
        QSignalSpy synced(draft, &NotesDraftController::syncFinished);

        // Save creates the draft, on the release commit.
        const QString first = workbench->text();
        draft->saveToDraft();
        QVERIFY(synced.wait(10000));
        QVERIFY2(!draft->messageIsError(), qPrintable(draft->message()));
        auto *release = twin.state().releaseByTag(u"1.1.0"_s);
        QVERIFY(release);
        QVERIFY(release->draft);
        QCOMPARE(release->body, first);
        QCOMPARE(release->targetCommitish, m_fourth);
        QCOMPARE(draft->revisions()->rowCount(), 1);
        QCOMPARE(draft->lastSyncedHash(), notes::syncHash(first));
        QTRY_COMPARE(m_session->steps()->status(ReleaseStep::Notes)->state(), StepState::Done);

        // Someone edits the draft on github.com while the maintainer keeps typing: both are shown, nothing
        // is overwritten.
        const QString web = first + u"\r\nAdded on the web.\r\n"_s;
        release->body = web;
        const QString local = first + u"\nTyped in the editor.\n"_s;
        workbench->setText(local);
        const int patches = twin.api().requestCount("PATCH");
        draft->saveToDraft();
        QVERIFY(synced.wait(10000));
        QVERIFY(draft->inConflict());
        QCOMPARE(twin.api().requestCount("PATCH"), patches);
        QCOMPARE(twin.state().releaseByTag(u"1.1.0"_s)->body, web);
        QCOMPARE(workbench->text(), local);
        QCOMPARE(draft->conflictLocal(), local);
        QCOMPARE(draft->conflictRemote(), web);
        QVERIFY(draft->conflictMerged().contains(u"Typed in the editor."_s));
        QVERIFY(draft->conflictMerged().contains(u"Added on the web."_s));
        QTRY_COMPARE(m_session->steps()->status(ReleaseStep::Notes)->state(), StepState::NeedsAttention);

        // The maintainer's merge goes to the draft and into the editor.
        const QString merged = first + u"\nAdded on the web.\nTyped in the editor.\n"_s;
        QSignalSpy replaced(workbench.get(), &NotesWorkbench::textReplaced);
        draft->acceptMerge(merged);
        QVERIFY(synced.wait(10000));
        QVERIFY2(!draft->messageIsError(), qPrintable(draft->message()));
        QVERIFY(!draft->inConflict());
        QCOMPARE(twin.state().releaseByTag(u"1.1.0"_s)->body, merged);
        QCOMPARE(workbench->text(), merged);
        QVERIFY(!replaced.isEmpty());
        QCOMPARE(draft->revisions()->rowCount(), 2);
        QCOMPARE(draft->revisions()->data(draft->revisions()->index(0), NotesRevisionModel::NumberRole), QVariant(2));

        // The diff between the two revisions shows the two added lines.
        QVERIFY(draft->showDiff(1, 2));
        // A blank line and the two new lines.
        QCOMPARE(draft->revisionDiff()->added(), 3);
        QCOMPARE(draft->revisionDiff()->removed(), 0);
        // The view opens on the first difference: every row before it is the same in both.
        NotesDiffModel *diff = draft->revisionDiff();
        const int firstChange = diff->firstChange();
        QVERIFY(firstChange > 0);
        QCOMPARE(diff->data(diff->index(firstChange), NotesDiffModel::OpRole).toString(), u"added"_s);
        for (int row = 0; row < firstChange; ++row) {
            QCOMPARE(diff->data(diff->index(row), NotesDiffModel::OpRole).toString(), u"same"_s);
        }
        QVERIFY(!draft->showDiff(1, 7));

        // A later web edit, with no change in the editor, is loaded.
        const QString webAgain = merged + u"\nFixed a typo on the web.\n"_s;
        twin.state().releaseByTag(u"1.1.0"_s)->body = webAgain;
        draft->loadFromDraft();
        QVERIFY(synced.wait(10000));
        QVERIFY2(!draft->messageIsError(), qPrintable(draft->message()));
        QCOMPARE(workbench->text(), webAgain);
        QCOMPARE(draft->revisions()->rowCount(), 3);
    }

    void gitHubNotesSideBySide()
    {
        ra::test::GitHubTwin twin;
        QVERIFY(twin.start());
        github::Endpoints endpoints;
        endpoints.api = twin.api().url();
        github::GitHubClient client(endpoints);
        const auto workbench = openWorkbench();
        QVERIFY(workbench);
        NotesDraftController *draft = workbench->draft();
        draft->setGitHubClient(&client);
        QSignalSpy compared(draft, &NotesDraftController::comparisonChanged);
        draft->fetchGitHubNotes();
        QTRY_VERIFY_WITH_TIMEOUT(draft->comparisonReady() || !draft->comparisonError().isEmpty(), 10000);
        QVERIFY2(draft->comparisonError().isEmpty(), qPrintable(draft->comparisonError()));
        QVERIFY(draft->gitHubNotes().contains(u"What's Changed"_s));
        // The twin's notes name only #1; ours name the range's pull requests.
        QCOMPARE(draft->onlyGitHub(), QList<int>{1});
        QVERIFY(draft->onlyOurs().contains(11));
        QVERIFY(draft->onlyOurs().contains(12));
        QVERIFY(draft->comparisonDiff()->rowCount() > 0);
    }
};

QTEST_MAIN(TestNotesWorkbench)
#include "tst_notesworkbench.moc"
