// SPDX-License-Identifier: GPL-3.0-or-later
// Renders every page of the main window offscreen, writes one PNG per page into <build>/screenshots, and
// fails when a page does not load, renders blank, or any QML warning is printed while it is shown.
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSet>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>

#include "pagetesting.h"

Q_IMPORT_QML_PLUGIN(ReleaseAssistantPlugin)

using namespace Qt::StringLiterals;

namespace {

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4) {
            colours.insert(image.pixel(x, y));
        }
    }
    return int(colours.size());
}

} // namespace

class TestPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        ra::test::startCollectingWarnings();
        QQuickStyle::setStyle(u"Fusion"_s);
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->loadFromModule("ReleaseAssistant", "Main");
        QCOMPARE(m_engine->rootObjects().size(), 1);
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
        QVERIFY(m_window);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_screenshots = QDir(QStringLiteral(RA_BINARY_DIR)).filePath(u"screenshots"_s);
        QVERIFY(QDir().mkpath(m_screenshots));
        const QStringList warnings = ra::test::takeWarnings();
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    }

    void cleanupTestCase()
    {
        m_engine.reset();
        ra::test::stopCollectingWarnings();
    }

    void everyPageRendersWithoutWarnings_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("index");
        const QStringList keys{u"staging"_s,        u"tag"_s,      u"scoring-table"_s, u"notes"_s, u"packages"_s,
                               u"review-publish"_s, u"announce"_s, u"settings"_s};
        for (int i = 0; i < keys.size(); ++i) {
            QTest::newRow(qPrintable(keys[i])) << keys[i] << i;
        }
    }

    void everyPageRendersWithoutWarnings()
    {
        QFETCH(QString, key);
        QFETCH(int, index);
        QVERIFY(QMetaObject::invokeMethod(m_window, "showPage", Q_ARG(QString, key)));
        QCOMPARE(m_window->property("currentIndex").toInt(), index);

        auto *page = m_window->findChild<QQuickItem *>(key + u"Page"_s);
        QVERIFY2(page, qPrintable(u"no item named %1Page"_s.arg(key)));
        QTRY_VERIFY(page->isVisible());
        QVERIFY(page->width() > 300 && page->height() > 300);

        const QImage shot = m_window->grabWindow();
        QVERIFY(!shot.isNull());
        QVERIFY2(distinctColours(shot) > 8, "the page rendered nearly blank");
        const QString file = QDir(m_screenshots).filePath(key + u".png"_s);
        QVERIFY(shot.save(file));

        const QStringList warnings = ra::test::takeWarnings();
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    }

    void keyboardMovesBetweenSteps()
    {
        QVERIFY(QMetaObject::invokeMethod(m_window, "showPage", Q_ARG(QString, u"tag"_s)));
        m_window->requestActivate();
        QTest::keyClick(m_window, Qt::Key_PageDown, Qt::ControlModifier);
        QTRY_COMPARE(m_window->property("currentIndex").toInt(), 2);
        QTest::keyClick(m_window, Qt::Key_PageUp, Qt::ControlModifier);
        QTRY_COMPARE(m_window->property("currentIndex").toInt(), 1);
        QTest::keyClick(m_window, Qt::Key_7, Qt::AltModifier);
        QTRY_COMPARE(m_window->property("currentIndex").toInt(), 6);
        QTest::keyClick(m_window, Qt::Key_Comma, Qt::ControlModifier);
        QTRY_COMPARE(m_window->property("currentIndex").toInt(), 7);
        const QStringList warnings = ra::test::takeWarnings();
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    }

private:
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
    QString m_screenshots;
};

QTEST_MAIN(TestPages)
#include "tst_pages.moc"
