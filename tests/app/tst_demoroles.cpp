// SPDX-License-Identifier: GPL-3.0-or-later
// Each role its own window: in the demo, whose maintainer is also a listed approver, the sidebar offers the switch
// between the maintainer's seven steps and the reviewer's inbox; switching opens the role's own page and shows
// only its entries, and the choice is remembered for the project. A community manager's view opens the composer
// on a published release with its date and page. No QML warning on the way.
#include "app/releasesession.h"
#include "app/rolecontroller.h"

#include "pagetesting.h"

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(ReleaseAssistantPlugin)

using namespace Qt::StringLiterals;

class TestDemoRoles : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
    ra::RoleController *m_roles = nullptr;

    [[nodiscard]] bool shown(const QString &objectName) const
    {
        auto *item = m_window->findChild<QQuickItem *>(objectName);
        return item != nullptr && item->isVisible();
    }

    [[nodiscard]] QString currentKey() const
    {
        return m_window->property("currentKey").toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(u"roles"_s);
        ra::test::startCollectingWarnings();
        ra::test::useDesktopStyle();
        ra::ReleaseSession *session = ra::ReleaseSession::instance();
        session->startDemo();
        QVERIFY2(session->demoMode(), qPrintable(session->lastError()));
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->loadFromModule("ReleaseAssistant", "Main");
        QCOMPARE(m_engine->rootObjects().size(), 1);
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
        QVERIFY(m_window);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_roles = m_window->findChild<ra::RoleController *>(u"roleController"_s);
        QVERIFY(m_roles);
    }

    void cleanupTestCase()
    {
        QVERIFY(ra::test::waitForIncubation(m_engine.get()));
        m_engine.reset();
        ra::ReleaseSession::instance()->stopDemo();
        ra::test::stopCollectingWarnings();
        QSettings().remove(u"roles"_s);
    }

    void theMaintainerMaySwitchToTheReviewersInbox()
    {
        // The demo's maintainer may push and is one of the playbook's two approvers: both roles, the steps first.
        QTRY_VERIFY_WITH_TIMEOUT(!m_roles->loading() && m_roles->canSwitch(), 30000);
        QCOMPARE(m_roles->login(), u"demo-maintainer"_s);
        QCOMPARE(m_roles->currentRole(), u"maintainer"_s);
        QTRY_COMPARE(currentKey(), u"preflight"_s);
        QVERIFY(shown(u"roleSwitch"_s));
        QVERIFY(shown(u"preflightEntry"_s));
        QVERIFY(!shown(u"reviewInboxEntry"_s));

        m_roles->setCurrentRole(u"reviewer"_s);
        QTRY_COMPARE(currentKey(), u"review-inbox"_s);
        QTRY_VERIFY(shown(u"reviewInboxEntry"_s));
        QVERIFY(!shown(u"preflightEntry"_s));
        QVERIFY(!shown(u"communityEntry"_s));
        auto *roleSwitch = m_window->findChild<QQuickItem *>(u"roleSwitch"_s);
        QVERIFY(roleSwitch);
        QCOMPARE(roleSwitch->property("currentValue").toString(), u"reviewer"_s);
        QCOMPARE(QSettings().value(u"roles/demo/sample-project"_s).toString(), u"reviewer"_s);
        QVERIFY(ra::test::settledShot(m_engine.get(), m_window).save(ra::test::screenshotPath(u"demo-reviewer"_s)));

        m_roles->setCurrentRole(u"maintainer"_s);
        QTRY_COMPARE(currentKey(), u"preflight"_s);
        QVERIFY(shown(u"preflightEntry"_s));
        const QStringList warnings = ra::test::takeWarnings();
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    }

    void theComposerOpensOnAPublishedRelease()
    {
        // The community manager's "Announce…": the composer takes the release, its date and its page.
        QVERIFY(QMetaObject::invokeMethod(m_window, "showPage", Q_ARG(QString, u"community"_s)));
        auto *community = m_window->findChild<QQuickItem *>(u"communityPage"_s);
        QVERIFY(community);
        QVERIFY(QMetaObject::invokeMethod(community, "announceRequested", Q_ARG(QString, u"v1.1.0"_s),
                                          Q_ARG(QString, u"2026-11-02"_s),
                                          Q_ARG(QString, u"https://example.org/releases/v1.1.0"_s)));
        QTRY_COMPARE(currentKey(), u"announce"_s);
        QCOMPARE(ra::ReleaseSession::instance()->currentRelease(), u"v1.1.0"_s);
        auto *composer = m_window->findChild<QObject *>(u"announcementComposer"_s);
        QVERIFY(composer);
        QCOMPARE(composer->property("publishedOn").toString(), u"2026-11-02"_s);
        QCOMPARE(composer->property("releaseUrl").toString(), u"https://example.org/releases/v1.1.0"_s);
        const QStringList warnings = ra::test::takeWarnings();
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    }
};

QTEST_MAIN(TestDemoRoles)
#include "tst_demoroles.moc"
