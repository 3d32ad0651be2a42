// SPDX-License-Identifier: GPL-3.0-or-later
// The demo in the real window, as a newcomer meets it: "Try the demo" on the welcome page, the permanent banner,
// a pre-flight view where everything is in place, then every step of a release of the demo — each page shot in
// the light and in a dark colour scheme into <build>/screenshots/demo/ (the README's pictures), without a QML
// warning.
#include "app/notesdraftcontroller.h"
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

    /// Shows \a key and shoots the window once it has settled (no object still being built, two frames alike) and
    /// its theme follows the \a dark or light colour scheme.
    [[nodiscard]] QImage shoot(const QString &key, bool dark)
    {
        if (!QMetaObject::invokeMethod(m_window, "showPage", Q_ARG(QString, key))) {
            return {};
        }
        auto *page = m_window->findChild<QQuickItem *>(key + u"Page"_s);
        if (!page || !QTest::qWaitFor([page] { return page->isVisible(); }, 5000)) {
            return {};
        }
        const bool themed = QTest::qWaitFor(
            [page, dark] { return (ra::test::themeColor(page, u"backgroundColor"_s).lightnessF() < 0.3) == dark; },
            5000);
        return themed ? ra::test::settledShot(m_engine.get(), m_window) : QImage();
    }

    /// Shoots \a key in the light and in the dark colour scheme into <build>/screenshots/demo/<key>.png and
    /// <key>-dark.png, each reading as light or dark; what went wrong, or nothing.
    [[nodiscard]] QString shootInBothSchemes(const QString &key)
    {
        for (const ra::test::ColourScheme scheme : {ra::test::ColourScheme::Light, ra::test::ColourScheme::Dark}) {
            const bool dark = scheme == ra::test::ColourScheme::Dark;
            QString error;
            if (!ra::test::useColourScheme(scheme, &error)) {
                return error;
            }
            const QImage shot = shoot(key, dark);
            if (shot.isNull()) {
                return u"the %1 page did not come up"_s.arg(key);
            }
            if (ra::test::distinctColours(shot) <= 8) {
                return u"the %1 page rendered nearly blank"_s.arg(key);
            }
            const double luminance = ra::test::meanLuminance(shot);
            if (dark ? luminance >= 0.3 : luminance <= 0.6) {
                return u"the %1 page has a mean luminance of %2 in the %3 scheme"_s.arg(key).arg(luminance).arg(
                    dark ? u"dark"_s : u"light"_s);
            }
            // Opaque and fully compressed: the README shows some of them.
            const QString path = demoShot(dark ? key + u"-dark"_s : key);
            if (!shot.convertToFormat(QImage::Format_RGB888).save(path, "PNG", 0)) {
                return u"cannot write "_s + path;
            }
        }
        return {};
    }

    /// Step 4's generated notes saved to the release's draft, which step 6 reads.
    void saveTheNotesToTheDraft()
    {
        auto *workbench = m_window->findChild<QObject *>(u"notesWorkbench"_s);
        QVERIFY(workbench);
        auto *draft = workbench->property("draft").value<ra::NotesDraftController *>();
        QVERIFY(draft);
        auto *save = m_window->findChild<QQuickItem *>(u"saveToDraftButton"_s);
        QVERIFY(save);
        QTRY_VERIFY(save->isEnabled());
        QSignalSpy finished(draft, &ra::NotesDraftController::syncFinished);
        // A click, as the button triggers its action only then.
        QTest::mouseClick(m_window, Qt::LeftButton, {},
                          save->mapToScene({save->width() / 2, save->height() / 2}).toPoint());
        QVERIFY(finished.wait(30000));
        QVERIFY2(!draft->messageIsError(), qPrintable(draft->message()));
    }

    /// Step 6 with the draft read: its digest and notes, what the reviewers approve.
    void readTheDraft()
    {
        QVERIFY(QMetaObject::invokeMethod(m_window, "showPage", Q_ARG(QString, u"review-publish"_s)));
        auto *page = m_window->findChild<QQuickItem *>(u"review-publishPage"_s);
        QVERIFY(page);
        auto *read = page->findChild<QQuickItem *>(u"refreshButton"_s);
        QVERIFY(read);
        QTRY_VERIFY(read->isVisible() && read->isEnabled());
        QVERIFY(QMetaObject::invokeMethod(read, "clicked"));
        auto *digest = page->findChild<QQuickItem *>(u"digestField"_s);
        QVERIFY(digest);
        auto *message = page->findChild<QQuickItem *>(u"reviewMessage"_s);
        QTRY_VERIFY2_WITH_TIMEOUT(digest->isVisible(),
                                  qPrintable(message ? message->property("text").toString() : QString()), 30000);
        // The notes as GitHub renders them have the larger part of the width, beside the approvals.
        auto *notes = page->findChild<QQuickItem *>(u"renderedNotes"_s);
        QVERIFY(notes);
        QTRY_VERIFY2(notes->isVisible() && notes->width() > page->width() / 3,
                     qPrintable(u"the notes are %1 wide on a page %2 wide"_s.arg(notes->width()).arg(page->width())));
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
        const QString welcomeShot = shootInBothSchemes(u"welcome"_s);
        QVERIFY2(welcomeShot.isEmpty(), qPrintable(welcomeShot));
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
        const QString preflightShot = shootInBothSchemes(u"preflight"_s);
        QVERIFY2(preflightShot.isEmpty(), qPrintable(preflightShot));
        QVERIFY2(ra::test::takeWarnings().isEmpty(), "QML warnings on the way into the demo");
    }

    void everyStepOfTheDemoIsShot()
    {
        ra::ReleaseSession *session = ra::ReleaseSession::instance();
        QVERIFY2(session->startRelease(u"v1.2.0"_s), qPrintable(session->lastError()));
        for (const QString &key : StepKeys) {
            if (key == u"review-publish"_s) {
                readTheDraft();
                if (QTest::currentTestFailed()) {
                    return;
                }
            }
            const QString shot = shootInBothSchemes(key);
            QVERIFY2(shot.isEmpty(), qPrintable(shot));
            if (key == u"notes"_s) {
                saveTheNotesToTheDraft();
                if (QTest::currentTestFailed()) {
                    return;
                }
            }
        }
        // Back on a page seen before: its message keeps its height and its actions their place in the tool bar.
        QVERIFY(!shoot(u"preflight"_s, true).isNull());
        auto *summary = m_window->findChild<QQuickItem *>(u"preflightSummary"_s);
        QVERIFY(summary && summary->isVisible());
        QVERIFY2(summary->height() > 10, qPrintable(u"the summary is %1 high"_s.arg(summary->height())));
        QQuickItem *start = ra::test::itemWithText(m_window->contentItem(), u"Start the release"_s);
        QVERIFY(start && start->isVisible() && start->width() > 10);
        QVERIFY2(ra::test::takeWarnings().isEmpty(), "QML warnings on the demo's steps");
    }
};

QTEST_MAIN(TestDemoPages)
#include "tst_demopages.moc"
