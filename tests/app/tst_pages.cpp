// SPDX-License-Identifier: GPL-3.0-or-later
// The main window with KDE's desktop style: every page (the welcome page, the pre-flight view, the seven steps
// and Settings) is built on its first visit only, shows its key texts, renders without any QML warning, and is
// saved as a PNG into <build>/screenshots, in the light and in a dark colour scheme where the page must read
// as dark. With a demo in the session (ReleaseSession::startDemo), the same pages are shot on the demo release.
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQmlIncubationController>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>

#include "pagetesting.h"

Q_IMPORT_QML_PLUGIN(ReleaseAssistantPlugin)

using namespace Qt::StringLiterals;

namespace {

/// Every page of the window, in the sidebar's order.
const QStringList PageKeys{u"welcome"_s, u"preflight"_s, u"staging"_s,        u"tag"_s,      u"scoring-table"_s,
                           u"notes"_s,   u"packages"_s,  u"review-publish"_s, u"announce"_s, u"settings"_s};

} // namespace

class TestPages : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;

    [[nodiscard]] QQuickItem *page(const QString &key) const
    {
        return m_window->findChild<QQuickItem *>(key + u"Page"_s);
    }

    /// Shows \a key, waits until it is the visible page, and grabs the window.
    [[nodiscard]] QImage show(const QString &key)
    {
        if (!QMetaObject::invokeMethod(m_window, "showPage", Q_ARG(QString, key))) {
            return {};
        }
        QQuickItem *shown = page(key);
        if (!shown || !QTest::qWaitFor([shown] { return shown->isVisible(); }, 5000)) {
            return {};
        }
        // Layouts and reveals finish in the frames after a page appears: shoot it once it has settled.
        return ra::test::settledShot(m_engine.get(), m_window);
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
        QVERIFY(noWarnings());
    }

    void cleanupTestCase()
    {
        QVERIFY(ra::test::waitForIncubation(m_engine.get()));
        m_engine.reset();
        ra::test::stopCollectingWarnings();
    }

    void withoutAProjectTheWelcomePageComesFirst()
    {
        QCOMPARE(m_window->property("currentKey").toString(), u"welcome"_s);
        QCOMPARE(m_window->property("currentIndex").toInt(), -1);
        QQuickItem *welcome = page(u"welcome"_s);
        QVERIFY(welcome && welcome->isVisible());
        const QStringList texts = ra::test::visibleTexts(welcome);
        QVERIFY2(texts.contains(u"Open a project…"_s), qPrintable(texts.join(u'\n')));
    }

    void pagesAreBuiltOnTheirFirstVisit()
    {
        // Only the page shown at start exists; the seven steps and Settings wait for their first visit.
        for (const QString &key : PageKeys.mid(1)) {
            QVERIFY2(!page(key), qPrintable(key + u" was built before it was shown"_s));
        }
        QVERIFY(!show(u"tag"_s).isNull());
        QVERIFY(page(u"tag"_s));
        QVERIFY(!page(u"notes"_s));
        QQuickItem *tag = page(u"tag"_s);
        QVERIFY(!show(u"settings"_s).isNull());
        QVERIFY(!show(u"tag"_s).isNull());
        // The same page comes back, with what it held.
        QCOMPARE(page(u"tag"_s), tag);
        QVERIFY(noWarnings());
    }

    void aPageShownAgainIsWhole()
    {
        QVERIFY(!show(u"staging"_s).isNull());
        QVERIFY(!show(u"tag"_s).isNull());
        QVERIFY(!show(u"staging"_s).isNull());
        // Its messages keep their height and its actions their place in the tool bar.
        auto *message = page(u"staging"_s)->findChild<QQuickItem *>(u"candidateError"_s);
        QVERIFY(message && message->isVisible());
        QVERIFY2(message->height() >= message->implicitHeight() && message->height() > 10,
                 qPrintable(u"the message is %1 high"_s.arg(message->height())));
        QQuickItem *next = ra::test::itemWithText(m_window->contentItem(), u"Next step"_s);
        QVERIFY(next && next->isVisible() && next->width() > 10);
        QVERIFY(noWarnings());
    }

    void everyPageShowsItsTextsWithoutWarnings_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("index");
        QTest::addColumn<QStringList>("texts");
        QTest::newRow("welcome") << u"welcome"_s << -1
                                 << QStringList{u"Release Assistant"_s, u"Open a project…"_s, u"Try the demo"_s};
        QTest::newRow("preflight") << u"preflight"_s << -1
                                   << QStringList{u"Open a project first: its checks appear here."_s};
        QTest::newRow("staging") << u"staging"_s << 0 << QStringList{u"Staging checks"_s, u"Run the checks"_s};
        QTest::newRow("tag") << u"tag"_s << 1 << QStringList{u"Git tag"_s, u"Plan again"_s};
        QTest::newRow("scoring-table") << u"scoring-table"_s << 2
                                       << QStringList{u"Scoring table"_s, u"Add row"_s, u"What this release adds"_s};
        QTest::newRow("notes") << u"notes"_s << 3 << QStringList{u"Release notes"_s, u"Generate"_s, u"Save to draft"_s};
        QTest::newRow("packages") << u"packages"_s << 4 << QStringList{u"Packages"_s, u"Verify the draft"_s};
        QTest::newRow("review-publish") << u"review-publish"_s << 5
                                        << QStringList{u"Review & publish"_s, u"Pick a release to review."_s};
        QTest::newRow("announce") << u"announce"_s << 6 << QStringList{u"Announce"_s, u"Send all…"_s};
        QTest::newRow("settings") << u"settings"_s << 7
                                  << QStringList{u"GitHub"_s, u"Announcement channels"_s, u"Check and keep"_s};
    }

    void everyPageShowsItsTextsWithoutWarnings()
    {
        QFETCH(QString, key);
        QFETCH(int, index);
        QFETCH(QStringList, texts);
        const QImage shot = show(key);
        QVERIFY2(!shot.isNull(), qPrintable(u"no page %1 came up"_s.arg(key)));
        QCOMPARE(m_window->property("currentIndex").toInt(), index);
        QQuickItem *shown = page(key);
        QVERIFY(shown->width() > 300 && shown->height() > 300);

        // The texts of the page and of the window around it (the title bar of the page, the sidebar).
        const QStringList onScreen = ra::test::visibleTexts(m_window->contentItem()) + ra::test::visibleTexts(shown);
        for (const QString &text : std::as_const(texts)) {
            QVERIFY2(onScreen.contains(text),
                     qPrintable(u"'%1' is not on the %2 page:\n%3"_s.arg(text, key, onScreen.join(u'\n'))));
        }
        QVERIFY2(ra::test::distinctColours(shot) > 8, "the page rendered nearly blank");
        QVERIFY(shot.save(ra::test::screenshotPath(key)));
        QVERIFY(noWarnings());
    }

    void keyboardMovesBetweenSteps()
    {
        QVERIFY(!show(u"tag"_s).isNull());
        m_window->requestActivate();
        QTest::keyClick(m_window, Qt::Key_PageDown, Qt::ControlModifier);
        QTRY_COMPARE(m_window->property("currentIndex").toInt(), 2);
        QTest::keyClick(m_window, Qt::Key_PageUp, Qt::ControlModifier);
        QTRY_COMPARE(m_window->property("currentIndex").toInt(), 1);
        QTest::keyClick(m_window, Qt::Key_7, Qt::AltModifier);
        QTRY_COMPARE(m_window->property("currentIndex").toInt(), 6);
        QTest::keyClick(m_window, Qt::Key_Comma, Qt::ControlModifier);
        QTRY_COMPARE(m_window->property("currentIndex").toInt(), 7);
        // Step 1 is the first without a project: there is no pre-flight page before it.
        QTest::keyClick(m_window, Qt::Key_1, Qt::AltModifier);
        QTest::keyClick(m_window, Qt::Key_PageUp, Qt::ControlModifier);
        QTRY_COMPARE(m_window->property("currentKey").toString(), u"staging"_s);
        QVERIFY(noWarnings());
    }

    void everyPageReadsWellInADarkScheme()
    {
        QString error;
        QVERIFY2(ra::test::useDarkColourScheme(&error), qPrintable(error));
        QQuickItem *staging = page(u"staging"_s);
        QVERIFY(staging);
        // The theme follows the scheme: the page's background turns dark.
        QTRY_VERIFY(ra::test::themeColor(staging, u"backgroundColor"_s).lightnessF() < 0.3);
        for (const QString &key : PageKeys) {
            const QImage shot = show(key);
            QVERIFY2(!shot.isNull(), qPrintable(key));
            const double luminance = ra::test::meanLuminance(shot);
            QVERIFY2(luminance < 0.3,
                     qPrintable(u"the %1 page is too light in a dark scheme (%2)"_s.arg(key).arg(luminance)));
            QVERIFY2(ra::test::distinctColours(shot) > 8, qPrintable(key));
            QVERIFY(shot.save(ra::test::screenshotPath(key + u"-dark"_s)));
        }
        // Text stays light on the dark background of the page shown, the semantic colours included.
        QQuickItem *shown = page(PageKeys.constLast());
        QVERIFY(ra::test::themeColor(shown, u"textColor"_s).lightnessF() > 0.7);
        QVERIFY(ra::test::themeColor(shown, u"negativeTextColor"_s).lightnessF() >
                ra::test::themeColor(shown, u"negativeBackgroundColor"_s).lightnessF());
        QVERIFY(noWarnings());
    }
};

QTEST_MAIN(TestPages)
#include "tst_pages.moc"
