// SPDX-License-Identifier: GPL-3.0-or-later
// The main window too narrow for a page beside the sidebar: the sidebar folds into a modal drawer, the page takes
// the whole width, a button at the left of the page's tool bar opens the drawer, picking a step closes it, and a
// wide window has the sidebar beside the page again — without a QML warning. Shots in <build>/screenshots.
#include "pagetesting.h"

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(ReleaseAssistantPlugin)

using namespace Qt::StringLiterals;

class TestNarrowWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
    QObject *m_drawer = nullptr;
    QQuickItem *m_sidebar = nullptr;
    int m_wideWidth = 0;

    [[nodiscard]] QQuickItem *page(const QString &key) const
    {
        return m_window->findChild<QQuickItem *>(key + u"Page"_s);
    }

    [[nodiscard]] bool drawerOpen() const
    {
        return m_drawer->property("drawerOpen").toBool() && m_drawer->property("position").toReal() == 1.0;
    }

    [[nodiscard]] bool drawerClosed() const
    {
        return !m_drawer->property("drawerOpen").toBool() && m_drawer->property("position").toReal() == 0.0;
    }

    [[nodiscard]] static bool noWarnings()
    {
        const QStringList warnings = ra::test::takeWarnings();
        if (!warnings.isEmpty()) {
            qInfo().noquote() << "QML warnings:\n" << warnings.join(u'\n');
        }
        return warnings.isEmpty();
    }

private Q_SLOTS:
    void initTestCase()
    {
        ra::test::startCollectingWarnings();
        ra::test::useDesktopStyle();
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->loadFromModule("ReleaseAssistant", "Main");
        QCOMPARE(m_engine->rootObjects().size(), 1);
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
        QVERIFY(m_window);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_drawer = m_window->property("globalDrawer").value<QObject *>();
        QVERIFY(m_drawer);
        QCOMPARE(m_drawer->objectName(), u"sidebarDrawer"_s);
        m_sidebar = m_window->findChild<QQuickItem *>(u"sidebar"_s);
        QVERIFY(m_sidebar);
        m_wideWidth = m_window->width();
        QVERIFY(noWarnings());
    }

    void cleanupTestCase()
    {
        QVERIFY(ra::test::waitForIncubation(m_engine.get()));
        m_engine.reset();
        ra::test::stopCollectingWarnings();
    }

    void aWideWindowHasTheSidebarBesideThePage()
    {
        QVERIFY(!m_window->property("narrow").toBool());
        QVERIFY(!m_drawer->property("modal").toBool());
        QTRY_VERIFY(drawerOpen());
        QQuickItem *welcome = page(u"welcome"_s);
        QVERIFY(welcome && welcome->isVisible());
        QTRY_VERIFY(m_sidebar->isVisible() && m_sidebar->width() > 100);
        // The page starts where the sidebar ends.
        QVERIFY2(welcome->mapToScene({0, 0}).x() >= m_sidebar->width() - 1,
                 qPrintable(u"the page starts at %1, the sidebar is %2 wide"_s.arg(welcome->mapToScene({0, 0}).x())
                                .arg(m_sidebar->width())));
        QVERIFY(noWarnings());
    }

    void aNarrowWindowFoldsTheSidebar()
    {
        m_window->resize(m_window->minimumWidth(), m_window->height());
        QTRY_VERIFY(m_window->property("narrow").toBool());
        QTRY_VERIFY(m_drawer->property("modal").toBool());
        QTRY_VERIFY(drawerClosed());
        // The page has the window's whole width.
        QQuickItem *welcome = page(u"welcome"_s);
        QTRY_VERIFY(welcome->mapToScene({0, 0}).x() < 1);
        QTRY_VERIFY2(welcome->width() >= m_window->width() - 1, qPrintable(QString::number(welcome->width())));
        // The drawer's handle, in the page's tool bar, opens it.
        auto *handle = m_drawer->property("handle").value<QQuickItem *>();
        QVERIFY(handle);
        QTRY_VERIFY(handle->isVisible() && handle->width() > 0);
        const QImage folded = ra::test::settledShot(m_engine.get(), m_window);
        QVERIFY(!folded.isNull());
        QVERIFY(folded.save(ra::test::screenshotPath(u"narrow"_s)));

        QTest::mouseClick(m_window, Qt::LeftButton, {},
                          handle->mapToScene(QPointF(handle->width() / 2, handle->height() / 2)).toPoint());
        QTRY_VERIFY(drawerOpen());
        QVERIFY(m_sidebar->isVisible());
        const QImage unfolded = ra::test::settledShot(m_engine.get(), m_window);
        QVERIFY(!unfolded.isNull());
        QVERIFY(unfolded.save(ra::test::screenshotPath(u"narrow-drawer"_s)));

        // Picking a step shows it and folds the sidebar away again.
        QQuickItem *tagEntry = ra::test::itemWithText(m_sidebar, u"Git tag"_s);
        QVERIFY(tagEntry);
        QTest::mouseClick(m_window, Qt::LeftButton, {},
                          tagEntry->mapToScene(QPointF(tagEntry->width() / 2, tagEntry->height() / 2)).toPoint());
        QTRY_COMPARE(m_window->property("currentKey").toString(), u"tag"_s);
        QTRY_VERIFY(drawerClosed());
        QTRY_VERIFY(page(u"tag"_s)->isVisible());
        QVERIFY(noWarnings());
    }

    void aWideWindowAgainUnfoldsIt()
    {
        m_window->resize(m_wideWidth, m_window->height());
        QTRY_VERIFY(!m_drawer->property("modal").toBool());
        QTRY_VERIFY(drawerOpen());
        QQuickItem *tag = page(u"tag"_s);
        QTRY_VERIFY(tag->mapToScene({0, 0}).x() >= m_sidebar->width() - 1);
        QVERIFY(noWarnings());
    }
};

QTEST_MAIN(TestNarrowWindow)
#include "tst_narrowwindow.moc"
