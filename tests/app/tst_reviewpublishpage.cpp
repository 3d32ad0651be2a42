// SPDX-License-Identifier: GPL-3.0-or-later
// Step 6 as a reviewer sees it: the page of the real window on a draft served by the GitHub twin. Reading the
// draft, approving it with the button, an edit showing what changed since, and the publish confirmation
// stating the pre-release and "latest" flags. Screenshots go to <build>/screenshots; any QML warning fails.
#include "app/releasesession.h"
#include "app/reviewpublishcontroller.h"
#include "core/playbookloader.h"
#include "github/githubclient.h"
#include "githubissuestwin.h"
#include "githubtwin.h"
#include "journal/journal.h"

#include <QDir>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>

#include "pagetesting.h"

Q_IMPORT_QML_PLUGIN(ReleaseAssistantPlugin)

using namespace Qt::StringLiterals;

class TestReviewPublishPage : public QObject
{
    Q_OBJECT

private:
    const QString m_token = u"github_pat_11TWINTOKEN0000000000_abcdefghijklmnop"_s;
    QTemporaryDir m_dir;
    ra::test::GitHubTwin m_twin;
    std::unique_ptr<ra::test::GitHubIssuesTwin> m_issues;
    std::unique_ptr<ra::github::GitHubClient> m_client;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
    QQuickItem *m_page = nullptr;
    ra::ReviewPublishController *m_controller = nullptr;
    qint64 m_releaseId = 0;

    void screenshot(const QString &name)
    {
        const QImage shot = m_window->grabWindow();
        QVERIFY(!shot.isNull());
        const QString shots = QDir(QStringLiteral(RA_BINARY_DIR)).filePath(u"screenshots"_s);
        QVERIFY(QDir().mkpath(shots));
        QVERIFY(shot.save(QDir(shots).filePath(name)));
    }

    void click(const QString &objectName)
    {
        auto *button = m_page->findChild<QQuickItem *>(objectName);
        QVERIFY2(button, qPrintable(objectName));
        QTRY_VERIFY(button->isEnabled() && button->isVisible());
        QVERIFY(QMetaObject::invokeMethod(button, "clicked"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        ra::test::startCollectingWarnings();
        ra::test::useDesktopStyle();
        QVERIFY(m_dir.isValid());
        QVERIFY(m_twin.start());
        m_issues = std::make_unique<ra::test::GitHubIssuesTwin>(m_twin);
        m_twin.state().token = m_token;
        m_twin.state().login = u"alice"_s;
        m_twin.addRelease(u"1.14.2"_s, false);
        m_releaseId = m_twin.addRelease(u"1.15.0-rc1"_s, true);
        auto *draft = m_twin.state().release(m_releaseId);
        draft->body =
            u"# Aleph-vm 1.15.0-rc1\n\nFirst release candidate of 1.15.0.\n\n## Fixes\n\n- Fixed the cache (#701)\n"
            u"- Kept the VM network up on restarts (#705)\n\n## How to upgrade\n\n`apt install ./aleph-vm.debian-12.deb`\n"_s;
        for (const QString &name :
             {u"aleph-vm.debian-12.deb"_s, u"aleph-vm.ubuntu-22.04.deb"_s, u"aleph-vm.ubuntu-24.04.deb"_s}) {
            draft->assets.append({++m_twin.state().nextId,
                                  name,
                                  {},
                                  u"uploaded"_s,
                                  u"application/vnd.debian.binary-package"_s,
                                  "deb",
                                  3,
                                  u"sha256:"_s + QString(64, u'c')});
        }
        ra::github::Endpoints endpoints;
        endpoints.api = m_twin.api().url();
        m_client = std::make_unique<ra::github::GitHubClient>(endpoints);
        m_client->setToken(m_token);

        ra::ReleaseSession *session = ra::ReleaseSession::instance();
        session->setJournal(ra::Journal::open(m_dir.filePath(u"journal.sqlite"_s)));
        QVERIFY(session->startRelease(u"1.15.0-rc1"_s));

        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->loadFromModule("ReleaseAssistant", "Main");
        QCOMPARE(m_engine->rootObjects().size(), 1);
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
        QVERIFY(m_window);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QVERIFY(QMetaObject::invokeMethod(m_window, "showPage", Q_ARG(QString, u"review-publish"_s)));
        m_page = m_window->findChild<QQuickItem *>(u"review-publishPage"_s);
        QVERIFY(m_page);
        QTRY_VERIFY(m_page->isVisible());
        m_controller = m_page->findChild<ra::ReviewPublishController *>(u"reviewController"_s);
        QVERIFY(m_controller);
        m_controller->setGitHubClient(m_client.get());
        ra::Playbook playbook = *ra::PlaybookLoader::loadPreset(u"aleph-vm"_s).playbook;
        playbook.approvals = {2, {u"alice"_s, u"bob"_s, u"carol"_s}};
        m_controller->setPlaybook(playbook);
        ra::test::clearCollectedWarnings();
    }

    void cleanupTestCase()
    {
        QVERIFY(ra::test::waitForIncubation(m_engine.get()));
        m_engine.reset();
        ra::ReleaseSession::instance()->setJournal(nullptr);
        ra::test::stopCollectingWarnings();
    }

    void approveThenSeeTheLock()
    {
        click(u"refreshButton"_s);
        QTRY_VERIFY(m_controller->loaded());
        QTRY_VERIFY(!m_controller->notesHtml().isEmpty());
        auto *publish = m_page->findChild<QQuickItem *>(u"publishButton"_s);
        QVERIFY(publish && !publish->isEnabled());

        click(u"approveButton"_s);
        QTRY_COMPARE(m_controller->approvedCount(), 1);
        QTRY_VERIFY(!m_controller->busy());
        QVERIFY(!publish->isEnabled());
        auto *lock = m_page->findChild<QQuickItem *>(u"lockReason"_s);
        QVERIFY(lock->property("text").toString().contains(u"1 approval"_s));
        screenshot(u"review-publish-locked.png"_s);
        QVERIFY2(ra::test::collectedWarnings().isEmpty(), qPrintable(ra::test::collectedWarnings().join(u'\n')));
    }

    void anEditShowsWhatChangedSinceTheApproval()
    {
        m_twin.state().release(m_releaseId)->body.replace(u"Fixed the cache"_s, u"Fixed the disk cache"_s);
        click(u"refreshButton"_s);
        QTRY_VERIFY(!m_controller->busy());
        QTRY_COMPARE(m_controller->changesSinceApproval()->added(), 1);
        auto *diff = m_page->findChild<QQuickItem *>(u"changesSinceApproval"_s);
        QVERIFY(diff && diff->isVisible());
        screenshot(u"review-publish-changed.png"_s);
        QVERIFY2(ra::test::collectedWarnings().isEmpty(), qPrintable(ra::test::collectedWarnings().join(u'\n')));
    }

    void theConfirmationStatesTheFlags()
    {
        click(u"approveButton"_s);
        QTRY_VERIFY(m_controller->approvedContentIsCurrent());
        QTRY_VERIFY(!m_controller->busy());
        m_twin.state().login = u"bob"_s;
        click(u"approveButton"_s);
        QTRY_COMPARE(m_controller->approvedCount(), 2);
        QTRY_VERIFY(!m_controller->busy());
        click(u"publishButton"_s);
        auto *dialog = m_page->findChild<QObject *>(u"publishDialog"_s);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->property("opened").toBool());
        auto *prerelease = m_page->findChild<QQuickItem *>(u"prereleaseStatement"_s);
        auto *latest = m_page->findChild<QQuickItem *>(u"latestStatement"_s);
        QVERIFY(prerelease && latest);
        QVERIFY(prerelease->property("text").toString().contains(u"pre-release"_s));
        QVERIFY(latest->property("text").toString().contains(u"does not become the latest"_s));
        screenshot(u"review-publish-confirm.png"_s);

        QVERIFY(QMetaObject::invokeMethod(dialog, "accept"));
        QTRY_VERIFY(m_controller->published());
        QTRY_VERIFY(!m_controller->busy());
        QVERIFY(!m_twin.state().release(m_releaseId)->draft);
        QVERIFY(m_twin.state().release(m_releaseId)->prerelease);
        QVERIFY2(ra::test::collectedWarnings().isEmpty(), qPrintable(ra::test::collectedWarnings().join(u'\n')));
    }
};

QTEST_MAIN(TestReviewPublishPage)
#include "tst_reviewpublishpage.moc"
