// SPDX-License-Identifier: GPL-3.0-or-later
// Step 4 as the maintainer sees it: the notes page of the real window on a release of a synthetic history.
// The notes are generated on arrival, the Markdown source is highlighted by KSyntaxHighlighting, typing
// updates the preview, a lint finding moves the cursor to its line, and the page prints no QML warning.
#include "app/notesworkbench.h"
#include "app/releasesession.h"
#include "journal/journal.h"

#include "githubtwin.h"
#include "historybuilder.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickTextDocument>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QtQml/QQmlExtensionPlugin>

#include "pagetesting.h"

Q_IMPORT_QML_PLUGIN(ReleaseAssistantPlugin)

using namespace Qt::StringLiterals;

namespace {

/// How many blocks of \a document carry formats from the highlighter.
int highlightedBlocks(const QTextDocument *document)
{
    int count = 0;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.layout() && !block.layout()->formats().isEmpty()) {
            ++count;
        }
    }
    return count;
}

/// Types \a text into \a window's focus item, key by key (QTest::keyClicks exists only for widgets).
void typeText(QWindow *window, const QString &text)
{
    for (const QChar character : text) {
        if (character == u'\n') {
            QTest::keyClick(window, Qt::Key_Return);
        } else {
            QTest::keyClick(window, character.toLatin1());
        }
    }
}

/// A real mouse click in the middle of \a item (a button bound to an Action only triggers it that way).
void click(QQuickWindow *window, QQuickItem *item)
{
    const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    QTest::mouseClick(window, Qt::LeftButton, {}, centre.toPoint());
}

} // namespace

class TestNotesPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        ra::test::startCollectingWarnings();
        ra::test::useDesktopStyle();
        QVERIFY(m_dir.isValid());
        const QString clone = m_dir.filePath(u"clone"_s);
        ra::test::HistoryBuilder history(clone);
        int previous = history.commit(u"Initial commit"_s, {});
        previous = history.commit(u"Feature: add the VM pool (#690)"_s, {previous});
        history.lightweightTag(u"1.4.0"_s, previous);
        const QStringList subjects{u"Feature: allow IPv6 in VMs (#701)"_s,
                                   u"Fix: keep the VM network up after a restart (#702)"_s,
                                   u"Problem: the IPFS download fails on slow links (#703)"_s,
                                   u"feat(api): report the GPU of the node (#704)"_s,
                                   u"Doc: explain the upgrade of the scheduler (#705)"_s,
                                   u"ci: build the Ubuntu 24.04 package (#706)"_s,
                                   u"Refactor: split the pool manager (#707)"_s,
                                   u"Fix: pin the firecracker version (#708)"_s};
        for (const QString &subject : subjects) {
            previous = history.commit(subject, {previous});
        }
        QString error;
        QVERIFY2(history.run(&error), qPrintable(error));

        ra::ReleaseSession *session = ra::ReleaseSession::instance();
        session->setJournal(ra::Journal::open(m_dir.filePath(u"journal.sqlite"_s)));
        QVERIFY(session->startRelease(u"1.5.0"_s));
        session->journal()->setValue(u"1.5.0"_s, u"repository.path"_s, clone);
        session->setCurrentRelease(u"1.5.0"_s);

        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->loadFromModule("ReleaseAssistant", "Main");
        QCOMPARE(m_engine->rootObjects().size(), 1);
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
        QVERIFY(m_window);
        m_window->resize(1400, 900);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        ra::test::clearCollectedWarnings();

        QVERIFY(QMetaObject::invokeMethod(m_window, "showPage", Q_ARG(QString, u"notes"_s)));
        m_page = m_window->findChild<QQuickItem *>(u"notesPage"_s);
        QVERIFY(m_page);
        QTRY_VERIFY(m_page->isVisible());
        m_workbench = m_page->findChild<QObject *>(u"notesWorkbench"_s);
        m_editor = m_page->findChild<QQuickItem *>(u"notesEditor"_s);
        m_preview = m_page->findChild<QQuickItem *>(u"notesPreview"_s);
        QVERIFY(m_workbench && m_editor && m_preview);
    }

    void cleanupTestCase()
    {
        QVERIFY(ra::test::waitForIncubation(m_engine.get()));
        m_engine.reset();
        m_client.reset();
        m_twin.reset();
        ra::ReleaseSession::instance()->setJournal(nullptr);
        ra::test::stopCollectingWarnings();
    }

    void generatesAndHighlightsOnArrival()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_workbench->property("rangeKnown").toBool(), 20000);
        QCOMPARE(m_workbench->property("previousTag").toString(), u"1.4.0"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_editor->property("text").toString().contains(u"#708"_s), 20000);
        QCOMPARE(m_editor->property("text").toString(), m_workbench->property("text").toString());

        auto *document = m_editor->property("textDocument").value<QQuickTextDocument *>();
        QVERIFY(document && document->textDocument());
        // KSyntaxHighlighting's Markdown definition formats headings, lists and comments.
        QTRY_VERIFY_WITH_TIMEOUT(highlightedBlocks(document->textDocument()) > 5, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(previewText().contains(u"IPv6"_s), 10000);
        QVERIFY2(ra::test::collectedWarnings().isEmpty(), qPrintable(ra::test::collectedWarnings().join(u'\n')));
    }

    void typingUpdatesThePreview()
    {
        m_window->requestActivate();
        m_editor->forceActiveFocus();
        QTRY_VERIFY(m_editor->hasActiveFocus());
        const int end = m_editor->property("length").toInt();
        m_editor->setProperty("cursorPosition", end);
        typeText(m_window, u"\nThanks to ~~nobody~~ everyone who tested 1.5.0-rc1!\n"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_workbench->property("previewHtml").toString().contains(u"<del>nobody</del>"_s),
                                 10000);
        QTRY_VERIFY_WITH_TIMEOUT(previewText().contains(u"everyone who tested"_s), 10000);
        QVERIFY(m_workbench->property("text").toString().contains(u"everyone who tested 1.5.0-rc1!"_s));

        // The new line is highlighted too: the whole document keeps its formats after typing.
        auto *document = m_editor->property("textDocument").value<QQuickTextDocument *>();
        QVERIFY(highlightedBlocks(document->textDocument()) > 5);
        QVERIFY2(ra::test::collectedWarnings().isEmpty(), qPrintable(ra::test::collectedWarnings().join(u'\n')));
    }

    void aLintFindingMovesTheCursorToItsLine()
    {
        const int end = m_editor->property("length").toInt();
        m_editor->setProperty("cursorPosition", end);
        typeText(m_window, u"\n- Also fixed the pool (#690)\n"_s);
        auto *list = m_page->findChild<QQuickItem *>(u"lintList"_s);
        QVERIFY(list);
        QTRY_VERIFY_WITH_TIMEOUT(list->property("count").toInt() > 0, 10000);
        QObject *findings = m_workbench->property("findings").value<QObject *>();
        QVERIFY(findings);
        auto *model = qobject_cast<QAbstractItemModel *>(findings);
        QVERIFY(model);
        int row = -1;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int i = 0; i < model->rowCount(); ++i) {
                    if (model->data(model->index(i, 0), Qt::UserRole + 3).toString() == u"pr-out-of-range"_s) {
                        row = i;
                        return true;
                    }
                }
                return false;
            }(),
            10000);
        const int line = model->data(model->index(row, 0), Qt::UserRole + 1).toInt();
        QVERIFY(line > 1);

        m_editor->setProperty("cursorPosition", 0);
        QQuickItem *delegate = nullptr;
        QVERIFY(QMetaObject::invokeMethod(list, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, delegate), Q_ARG(int, row)));
        QVERIFY(delegate);
        QVERIFY(QMetaObject::invokeMethod(delegate, "clicked"));
        int expected = -1;
        QVERIFY(
            QMetaObject::invokeMethod(m_workbench, "positionOfLine", Q_RETURN_ARG(int, expected), Q_ARG(int, line)));
        QTRY_COMPARE(m_editor->property("cursorPosition").toInt(), expected);
        const QString text = m_editor->property("text").toString();
        QVERIFY(text.mid(expected).startsWith(u"- Also fixed the pool (#690)"_s));

        const QImage shot = m_window->grabWindow();
        QVERIFY(!shot.isNull());
        const QString shots = QDir(QStringLiteral(RA_BINARY_DIR)).filePath(u"screenshots"_s);
        QVERIFY(QDir().mkpath(shots));
        QVERIFY(shot.save(QDir(shots).filePath(u"notes-editor.png"_s)));
        QVERIFY2(ra::test::collectedWarnings().isEmpty(), qPrintable(ra::test::collectedWarnings().join(u'\n')));
    }

    void sourceAndPreviewScrollTogether()
    {
        // The editor's TextArea sits in its ScrollView's Flickable (content item, then the Flickable); the preview
        // is a ListView, its own Flickable.
        QQuickItem *source = m_editor->parentItem()->parentItem();
        QQuickItem *preview = m_preview;
        QVERIFY(source && source->inherits("QQuickFlickable"));
        QVERIFY(preview && preview->inherits("QQuickFlickable"));
        // How far each is scrolled, as a share of its range (margins included: the preview is a list with margins).
        const auto margin = [](QQuickItem *flickable, const char *name) {
            return flickable->property(name).toReal();
        };
        const auto range = [&margin](QQuickItem *flickable) {
            return margin(flickable, "contentHeight") + margin(flickable, "topMargin") +
                   margin(flickable, "bottomMargin") - flickable->height();
        };
        const auto share = [&margin, &range](QQuickItem *flickable) {
            return (margin(flickable, "contentY") - margin(flickable, "originY") + margin(flickable, "topMargin")) /
                   range(flickable);
        };
        QTRY_VERIFY(range(source) > 0 && range(preview) > 0);
        source->setProperty("contentY", margin(source, "originY") + range(source) / 2);
        // The preview's height is the list's estimate, refined as rows are built: halfway, give or take a little.
        QTRY_VERIFY2(qAbs(share(preview) - 0.5) < 0.03, qPrintable(QString::number(share(preview))));
        preview->setProperty("contentY", margin(preview, "originY") - margin(preview, "topMargin"));
        QTRY_VERIFY2(share(source) < 0.01, qPrintable(QString::number(share(source))));
        QVERIFY2(ra::test::collectedWarnings().isEmpty(), qPrintable(ra::test::collectedWarnings().join(u'\n')));
    }

    void undoBringsBackWhatGenerateReplaced()
    {
        const QString before = m_editor->property("text").toString();
        QVERIFY(QMetaObject::invokeMethod(m_workbench, "generate"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_editor->property("text").toString().contains(u"everyone who tested"_s), 20000);
        QTRY_VERIFY(m_editor->property("canUndo").toBool());
        // One Undo brings the typed text back: the replacement is a single edit.
        QVERIFY(QMetaObject::invokeMethod(m_editor, "undo"));
        QCOMPARE(m_editor->property("text").toString(), before);
        QTRY_COMPARE(m_workbench->property("text").toString(), before);
        QVERIFY2(ra::test::collectedWarnings().isEmpty(), qPrintable(ra::test::collectedWarnings().join(u'\n')));
    }

    void typingInALongDocumentKeepsUp()
    {
        // 5,000 lines: each keystroke must stay cheap on the UI thread (no whole-text work in QML), and the
        // preview still follows. Figures are printed, not asserted: tests never judge wall time.
        const QString before = m_editor->property("text").toString();
        QString longText;
        for (int i = 0; i < 1000; ++i) {
            longText += u"## Section %1\n\n- A change (#%1) by @someone\n- **Bold** and `code`\n\n"_s.arg(i + 1);
        }
        auto *workbench = qobject_cast<ra::NotesWorkbench *>(m_workbench);
        QVERIFY(workbench);
        Q_EMIT workbench->textReplaced(longText, true);
        QTRY_COMPARE(workbench->lineCount(), 5000);
        // A text this long must be drawn only where it is in view, or each keystroke redraws all of it.
        QVERIFY(m_editor->flags().testFlag(QQuickItem::ItemObservesViewport));
        m_editor->forceActiveFocus();
        m_editor->setProperty("cursorPosition", 0);
        // Let the first render of the long text land before timing the keystrokes.
        QTRY_VERIFY_WITH_TIMEOUT(previewText().contains(u"Section 1000"_s), 10000);
        QList<qint64> costs;
        for (const QChar character : u"Typed at the top. "_s) {
            QElapsedTimer timer;
            timer.start();
            QTest::keyClick(m_window, character.toLatin1());
            costs.append(timer.nsecsElapsed() / 1000);
        }
        std::sort(costs.begin(), costs.end());
        qInfo("keystroke in a 5,000-line document: median %lld µs, max %lld µs", costs.at(costs.size() / 2),
              costs.constLast());
        QTRY_VERIFY_WITH_TIMEOUT(workbench->previewHtml().contains(u"Typed at the top."_s), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(previewText().contains(u"Section 1000"_s), 10000);
        Q_EMIT workbench->textReplaced(before, false);
        QTRY_COMPARE(workbench->text(), before);
        QVERIFY2(ra::test::collectedWarnings().isEmpty(), qPrintable(ra::test::collectedWarnings().join(u'\n')));
    }

    void aWebEditIsMergedNotOverwritten()
    {
        m_twin = std::make_unique<ra::test::GitHubTwin>();
        QVERIFY(m_twin->start());
        ra::github::Endpoints endpoints;
        endpoints.api = m_twin->api().url();
        endpoints.uploads = m_twin->uploads().url();
        m_client = std::make_unique<ra::github::GitHubClient>(endpoints);
        auto *workbench = qobject_cast<ra::NotesWorkbench *>(m_workbench);
        QVERIFY(workbench);
        ra::NotesDraftController *draft = workbench->draft();
        draft->setGitHubClient(m_client.get());
        QSignalSpy synced(draft, &ra::NotesDraftController::syncFinished);

        auto *saveButton = m_page->findChild<QQuickItem *>(u"saveToDraftButton"_s);
        QVERIFY(saveButton);
        QTRY_VERIFY(saveButton->isEnabled());
        click(m_window, saveButton);
        QVERIFY(synced.wait(10000));
        QVERIFY2(!draft->messageIsError(), qPrintable(draft->message()));
        auto *release = m_twin->state().releaseByTag(u"1.5.0"_s);
        QVERIFY(release);
        const QString saved = release->body;
        QCOMPARE(saved, workbench->text());

        // Edited on github.com and in the editor: the merge view replaces the editor, nothing is written.
        release->body = saved + u"\r\nA line added on github.com.\r\n"_s;
        m_editor->forceActiveFocus();
        m_editor->setProperty("cursorPosition", m_editor->property("length").toInt());
        typeText(m_window, u"\nA line typed in the editor.\n"_s);
        QTRY_VERIFY(workbench->text().endsWith(u"A line typed in the editor.\n"_s));
        click(m_window, saveButton);
        QVERIFY(synced.wait(10000));
        QVERIFY(draft->inConflict());
        auto *merge = m_page->findChild<QQuickItem *>(u"mergeEditor"_s);
        QVERIFY(merge);
        QTRY_VERIFY(merge->isVisible());
        QVERIFY(!m_editor->isVisible());
        const QString proposed = merge->property("text").toString();
        QVERIFY(proposed.contains(u"A line added on github.com."_s));
        QVERIFY(proposed.contains(u"A line typed in the editor."_s));
        auto *saveMerge = m_page->findChild<QQuickItem *>(u"saveMergeButton"_s);
        QVERIFY(saveMerge);
        QVERIFY2(!saveMerge->isEnabled(), "a merge with conflict markers must not be saved");
        // The merge opens on the first difference, not on the common start of the notes.
        QTRY_COMPARE(merge->property("cursorPosition").toInt(), int(proposed.indexOf(u"<<<<<<<"_s)));
        QTRY_VERIFY(merge->parentItem()->parentItem()->property("contentY").toReal() > 0);
        const QString shots = QDir(QStringLiteral(RA_BINARY_DIR)).filePath(u"screenshots"_s);
        QVERIFY(m_window->grabWindow().save(QDir(shots).filePath(u"notes-conflict.png"_s)));

        const QString merged = saved + u"\nA line added on github.com.\nA line typed in the editor.\n"_s;
        merge->setProperty("text", merged);
        QTRY_VERIFY(saveMerge->isEnabled());
        click(m_window, saveMerge);
        QVERIFY(synced.wait(10000));
        QVERIFY2(!draft->inConflict(), qPrintable(draft->message()));
        QCOMPARE(m_twin->state().releaseByTag(u"1.5.0"_s)->body, merged);
        QTRY_VERIFY(m_editor->isVisible());
        QTRY_COMPARE(m_editor->property("text").toString(), merged);
        // The merged text is linted like any other: the pull request from before the range is still named.
        QTRY_VERIFY_WITH_TIMEOUT(workbench->findings()->errorCount() > 0, 10000);
        // So the step is not done: the notes in the draft still need a fix.
        QTRY_COMPARE(ra::ReleaseSession::instance()->steps()->status(ra::ReleaseStep::Notes)->state(),
                     ra::StepState::NeedsAttention);

        // The revisions panel shows what the merge changed.
        auto *revisionsToggle = m_page->findChild<QQuickItem *>(u"revisionsToggle"_s);
        QVERIFY(revisionsToggle);
        revisionsToggle->setProperty("checked", true);
        auto *diffView = m_page->findChild<QQuickItem *>(u"revisionDiffView"_s);
        QVERIFY(diffView);
        QTRY_VERIFY(diffView->isVisible() && diffView->property("count").toInt() > 0);
        QCOMPARE(draft->diffTo(), 2);
        QVERIFY(m_window->grabWindow().save(QDir(shots).filePath(u"notes-revisions.png"_s)));

        // GitHub's own notes for the range, side by side.
        auto *gitHubToggle = m_page->findChild<QQuickItem *>(u"gitHubToggle"_s);
        QVERIFY(gitHubToggle);
        gitHubToggle->setProperty("checked", true);
        revisionsToggle->setProperty("checked", false);
        auto *fetch = m_page->findChild<QQuickItem *>(u"fetchGitHubNotesButton"_s);
        QVERIFY(fetch);
        QTRY_VERIFY(fetch->isVisible());
        click(m_window, fetch);
        auto *onlyGitHub = m_page->findChild<QQuickItem *>(u"onlyGitHub"_s);
        QVERIFY(onlyGitHub);
        QTRY_COMPARE_WITH_TIMEOUT(onlyGitHub->property("text").toString(), u"#1"_s, 10000);
        QVERIFY(m_window->grabWindow().save(QDir(shots).filePath(u"notes-github.png"_s)));
        QVERIFY2(ra::test::collectedWarnings().isEmpty(), qPrintable(ra::test::collectedWarnings().join(u'\n')));
    }

private:
    /// The preview's rows, joined, once the view shows every row its model has (empty until then); and each row
    /// the view has built must hold its row's HTML, so that the view, not only the model, is seen to follow.
    [[nodiscard]] QString previewText() const
    {
        const auto *model = qvariant_cast<QAbstractItemModel *>(m_preview->property("model"));
        if (model == nullptr || model->rowCount() == 0 || m_preview->property("count").toInt() != model->rowCount()) {
            return {};
        }
        const int html = model->roleNames().key("html");
        QStringList rows;
        for (int row = 0; row < model->rowCount(); ++row) {
            rows.append(model->index(row, 0).data(html).toString());
        }
        auto *content = m_preview->property("contentItem").value<QQuickItem *>();
        int built = 0;
        for (const QQuickItem *item : content ? content->childItems() : QList<QQuickItem *>()) {
            const QVariant shown = item->property("html");
            if (shown.isValid() && item->isVisible()) {
                if (!rows.contains(shown.toString())) {
                    return {};
                }
                ++built;
            }
        }
        return built > 0 ? rows.join(u'\n') : QString();
    }

    std::unique_ptr<ra::test::GitHubTwin> m_twin;
    std::unique_ptr<ra::github::GitHubClient> m_client;
    QTemporaryDir m_dir;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
    QQuickItem *m_page = nullptr;
    QObject *m_workbench = nullptr;
    QQuickItem *m_editor = nullptr;
    QQuickItem *m_preview = nullptr;
};

QTEST_MAIN(TestNotesPage)
#include "tst_notespage.moc"
