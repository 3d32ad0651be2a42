// SPDX-License-Identifier: GPL-3.0-or-later
// Step 3 as the maintainer uses it, in the real window: add a row and type its version, see the validation
// message, delete it and undo with Ctrl+Z, sort by a header, then type the release's version and see the
// change set (diff and the `other` warning) before applying it. Fails on any QML warning.
#include "app/scoringtablemodel.h"
#include "app/scoringtableproxy.h"

#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>

#include "pagetesting.h"

Q_IMPORT_QML_PLUGIN(ReleaseAssistantPlugin)

using namespace ra;
using namespace Qt::StringLiterals;

class TestScoringPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
    QQuickItem *m_page = nullptr;
    ScoringTableModel *m_table = nullptr;
    ScoringTableProxy *m_rows = nullptr;

    void click(QQuickItem *item)
    {
        QVERIFY(item);
        QVERIFY(item->isVisible());
        QTest::mouseClick(m_window, Qt::LeftButton, {},
                          item->mapToScene(QPointF(item->width() / 2, item->height() / 2)).toPoint());
    }

    void typeText(const QString &text)
    {
        for (const QChar c : text) {
            QTest::keyClick(m_window, c.toLatin1());
        }
    }

    template<typename T = QQuickItem>
    T *named(const QString &name)
    {
        return m_page->findChild<T *>(name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The editor remembers the last table file in QSettings: keep the tests' home out of it.
        QStandardPaths::setTestModeEnabled(true);
        ra::test::startCollectingWarnings();
        ra::test::useDesktopStyle();
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->loadFromModule("ReleaseAssistant", "Main");
        QCOMPARE(m_engine->rootObjects().size(), 1);
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
        QVERIFY(m_window);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QVERIFY(QMetaObject::invokeMethod(m_window, "showPage", Q_ARG(QString, u"scoring-table"_s)));
        m_page = m_window->findChild<QQuickItem *>(u"scoring-tablePage"_s);
        QVERIFY(m_page);
        QTRY_VERIFY(m_page->isVisible());
        QObject *editor = m_page->findChild<QObject *>(u"scoringEditor"_s);
        QVERIFY(editor);
        m_table = editor->property("table").value<ScoringTableModel *>();
        m_rows = editor->property("rows").value<ScoringTableProxy *>();
        QVERIFY(m_table && m_rows);
        QCOMPARE(m_table->rowCount(), 17);
    }

    void cleanupTestCase()
    {
        QVERIFY(ra::test::waitForIncubation(m_engine.get()));
        m_engine.reset();
        ra::test::stopCollectingWarnings();
    }

    void cleanup()
    {
        QVERIFY2(ra::test::collectedWarnings().isEmpty(), qPrintable(ra::test::collectedWarnings().join(u'\n')));
    }

    void addTypeDeleteAndUndo()
    {
        click(named(u"addRowButton"_s));
        QTRY_COMPARE(m_table->rowCount(), 18);
        // The new row opens in the editor on its version cell.
        QTRY_VERIFY(m_window->activeFocusItem() && m_window->activeFocusItem()->inherits("QQuickTextInput"));
        typeText(u"0.2.6"_s);
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_COMPARE(m_table->row(17).name, u"0.2.6"_s);
        // Released now while 0.2.5 is still current: two stable versions overlap, and the page says so.
        QCOMPARE(m_table->errorCount(), 1);
        QTRY_VERIFY(ra::test::visibleTexts(m_page).contains(u"1 error(s), 0 warning(s)"_s));

        click(named(u"deleteRowButton"_s));
        QTRY_COMPARE(m_table->rowCount(), 17);
        QCOMPARE(m_table->errorCount(), 0);
        QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(m_table->rowCount(), 18);
        QCOMPARE(m_table->row(17).name, u"0.2.6"_s);
        QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier);
        QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(m_table->rowCount(), 17);
        QVERIFY(!m_table->modified());
    }

    void anUnreadableTimeIsExplainedUnderTheTable()
    {
        auto *table = named(u"scoringTable"_s);
        QVERIFY(table);
        const QModelIndex cell = m_rows->index(0, ScoringTableModel::ReleasedOnColumn);
        const QString before = cell.data().toString();
        QVERIFY(QMetaObject::invokeMethod(table, "edit", Q_ARG(QModelIndex, cell)));
        QTRY_VERIFY(m_window->activeFocusItem() && m_window->activeFocusItem()->inherits("QQuickTextInput"));
        typeText(u"soon"_s);
        QTest::keyClick(m_window, Qt::Key_Return);
        QQuickItem *message = named(u"editMessage"_s);
        QTRY_VERIFY(message->isVisible());
        QVERIFY2(message->property("text").toString().startsWith(u"released_on:"_s),
                 qPrintable(message->property("text").toString()));
        QCOMPARE(cell.data().toString(), before);
        QVERIFY(!m_table->canUndo());
    }

    void theDatabaseDialogAsksForTheConnection()
    {
        click(named(u"databaseButton"_s));
        QObject *dialog = m_page->findChild<QObject *>(u"databaseDialog"_s);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->property("opened").toBool());
        const QStringList texts = ra::test::visibleTexts(dialog->property("contentItem").value<QQuickItem *>());
        QVERIFY2(texts.contains(u"Connect and read the table"_s), qPrintable(texts.join(u'\n')));
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_VERIFY(!dialog->property("visible").toBool());
    }

    void sortsByAHeader()
    {
        QQuickItem *header = named(u"scoringHeader"_s);
        QVERIFY(header);
        click(ra::test::itemWithText(header, u"Version"_s));
        QTRY_COMPARE(m_rows->sortedColumn(), int(ScoringTableModel::NameColumn));
        QVERIFY(!m_rows->descending());
        QCOMPARE(m_rows->index(0, ScoringTableModel::NameColumn).data().toString(), u"0.2.0"_s);
        QVERIFY(ra::test::itemWithText(header, u"Version ▲"_s));
    }

    void showsTheChangeSetBeforeApplying()
    {
        QQuickItem *field = named(u"releaseField"_s);
        click(field);
        QTRY_VERIFY(field->hasActiveFocus());
        typeText(u"0.2.6"_s);
        QTest::keyClick(m_window, Qt::Key_Return);

        QQuickItem *changes = named(u"changeSet"_s);
        QTRY_VERIFY(ra::test::visibleTexts(changes).join(u'\n').contains(u"+ aleph-vm 0.2.6"_s));
        const QString shown = ra::test::visibleTexts(changes).join(u'\n');
        QVERIFY2(shown.contains(u"~ aleph-vm 0.2.5 replaced_on: null -> "_s), qPrintable(shown));
        QVERIFY2(shown.contains(u"scored 'other'"_s), qPrintable(shown));
        QQuickItem *apply = named(u"applyButton"_s);
        QVERIFY(apply->isEnabled());
        QCOMPARE(apply->property("text").toString(), u"Apply to rows"_s);
        // Scheduling waits for the live database.
        QVERIFY(!named(u"scheduleButton"_s)->isEnabled());
        // The same change as SQL, for a maintainer who runs it by hand.
        click(named(u"sqlButton"_s));
        QObject *sql = m_page->findChild<QObject *>(u"sqlDialog"_s);
        QTRY_VERIFY(sql->property("opened").toBool());
        QVERIFY(ra::test::visibleTexts(sql->property("contentItem").value<QQuickItem *>())
                    .join(u'\n')
                    .contains(u"INSERT INTO software_versions"_s));
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_VERIFY(!sql->property("visible").toBool());
        const QImage shot = m_window->grabWindow();
        QVERIFY(shot.save(QDir(QStringLiteral(RA_BINARY_DIR)).filePath(u"screenshots/scoring-table-change-set.png"_s)));

        click(apply);
        QTRY_COMPARE(m_table->rowCount(), 18);
        QTRY_VERIFY(named(u"scoringMessage"_s)->property("text").toString().startsWith(u"Listed 0.2.6"_s));
        QTRY_VERIFY(ra::test::visibleTexts(changes).join(u'\n').contains(u"already listed"_s));
        QVERIFY(!apply->isEnabled());
    }
};

QTEST_MAIN(TestScoringPage)
#include "tst_scoringpage.moc"
