// SPDX-License-Identifier: GPL-3.0-or-later
// The demo in the real window, as a newcomer meets it: "Try the demo" on the welcome page, the permanent banner,
// a pre-flight view where everything is in place, then every step of a release of the demo — each page shot in
// the light and in a dark colour scheme into <build>/screenshots/demo/ (the README's pictures), without a QML
// warning.
#include "app/preflightmodel.h"
#include "app/releasesession.h"

#include "pagetesting.h"

#include <QDir>
#include <QFileInfo>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(ReleaseAssistantPlugin)

using namespace Qt::StringLiterals;

namespace {

const QStringList StepKeys{u"staging"_s,        u"tag"_s,     u"scoring-table"_s, u"notes"_s, u"packages"_s,
                           u"review-publish"_s, u"announce"_s};

} // namespace

class TestDemoPages : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;

    /// Shows \a key and shoots the window once it has settled (no object still being built, two frames alike).
    [[nodiscard]] QImage shoot(const QString &key)
    {
        if (!QMetaObject::invokeMethod(m_window, "showPage", Q_ARG(QString, key))) {
            return {};
        }
        auto *page = m_window->findChild<QQuickItem *>(key + u"Page"_s);
        if (!page || !QTest::qWaitFor([page] { return page->isVisible(); }, 5000)) {
            return {};
        }
        return ra::test::settledShot(m_engine.get(), m_window);
    }

    [[nodiscard]] static QString demoShot(const QString &name)
    {
        return ra::test::screenshotPath(u"demo/"_s + name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(QDir().mkpath(QFileInfo(demoShot(u"x"_s)).path()));
        ra::test::startCollectingWarnings();
        ra::test::useDesktopStyle();
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->loadFromModule("ReleaseAssistant", "Main");
        QCOMPARE(m_engine->rootObjects().size(), 1);
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
        QVERIFY(m_window);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    void cleanupTestCase()
    {
        QVERIFY(ra::test::waitForIncubation(m_engine.get()));
        m_engine.reset();
        ra::ReleaseSession::instance()->stopDemo();
        ra::test::stopCollectingWarnings();
    }

    void theWelcomePageStartsTheDemo()
    {
        const QImage welcome = shoot(u"welcome"_s);
        QVERIFY(!welcome.isNull());
        QVERIFY(welcome.save(demoShot(u"welcome"_s)));
        auto *tryDemo = m_window->findChild<QQuickItem *>(u"tryDemoButton"_s);
        QVERIFY(tryDemo && tryDemo->isVisible());
        auto *model = m_window->findChild<ra::PreflightModel *>(u"preflightModel"_s);
        QVERIFY(model);
        QSignalSpy checked(model, &ra::PreflightModel::finished);
        QVERIFY(QMetaObject::invokeMethod(tryDemo, "clicked"));
        ra::ReleaseSession *session = ra::ReleaseSession::instance();
        QTRY_VERIFY2_WITH_TIMEOUT(session->demoMode(), qPrintable(session->lastError()), 30000);
        QTRY_COMPARE(m_window->property("currentKey").toString(), u"preflight"_s);

        // Nothing leaves the machine, and the window says so for as long as the demo runs.
        auto *banner = m_window->findChild<QQuickItem *>(u"demoBanner"_s);
        QVERIFY(banner && banner->isVisible());
        QCOMPARE(banner->property("text").toString(), session->demoNotice());

        // The demo has everything a release needs: every pre-flight line is green or does not apply.
        QVERIFY(checked.wait(30000));
        QStringList lines;
        for (const ra::release::PreflightCheck &check : model->checks()) {
            lines.append(
                u"%1 %2: %3"_s.arg(ra::release::PreflightCheck::stateName(check.state), check.id, check.detail));
        }
        QVERIFY2(model->failedCount() == 0 && model->warningCount() == 0, qPrintable(lines.join(u'\n')));
        const QImage preflight = shoot(u"preflight"_s);
        QVERIFY(!preflight.isNull());
        QVERIFY(preflight.save(demoShot(u"preflight"_s)));
        QVERIFY2(ra::test::takeWarnings().isEmpty(), "QML warnings on the way into the demo");
    }

    void everyStepOfTheDemoIsShot()
    {
        ra::ReleaseSession *session = ra::ReleaseSession::instance();
        QVERIFY2(session->startRelease(u"v1.2.0"_s), qPrintable(session->lastError()));
        for (const QString &key : StepKeys) {
            const QImage shot = shoot(key);
            QVERIFY2(!shot.isNull(), qPrintable(key));
            QVERIFY2(ra::test::distinctColours(shot) > 8, qPrintable(key));
            QVERIFY(shot.save(demoShot(key)));
        }
        // Back on a page seen before: its message keeps its height and its actions their place in the tool bar.
        QVERIFY(!shoot(u"preflight"_s).isNull());
        auto *summary = m_window->findChild<QQuickItem *>(u"preflightSummary"_s);
        QVERIFY(summary && summary->isVisible());
        QVERIFY2(summary->height() > 10, qPrintable(u"the summary is %1 high"_s.arg(summary->height())));
        QQuickItem *start = ra::test::itemWithText(m_window->contentItem(), u"Start the release"_s);
        QVERIFY(start && start->isVisible() && start->width() > 10);
        QVERIFY2(ra::test::takeWarnings().isEmpty(), "QML warnings on the demo's steps");
    }

    void theDemoReadsWellInADarkScheme()
    {
        QString error;
        QVERIFY2(ra::test::useDarkColourScheme(&error), qPrintable(error));
        for (const QString &key : QStringList{u"preflight"_s} + StepKeys) {
            const QImage shot = shoot(key);
            QVERIFY2(!shot.isNull(), qPrintable(key));
            QVERIFY2(ra::test::meanLuminance(shot) < 0.3, qPrintable(key));
            QVERIFY(shot.save(demoShot(key + u"-dark"_s)));
        }
        QVERIFY2(ra::test::takeWarnings().isEmpty(), "QML warnings on the demo in a dark scheme");
    }
};

QTEST_MAIN(TestDemoPages)
#include "tst_demopages.moc"
