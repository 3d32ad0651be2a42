// SPDX-License-Identifier: GPL-3.0-or-later
// Step 2 as the maintainer sees it: the tag page of the real window, on a release whose tag would land on a
// commit that already carries another tag. The hazards and the git describe warning must be on screen.
#include "app/releasesession.h"
#include "journal/journal.h"

#include "gitdaemon.h"
#include "historybuilder.h"

#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>

#include "pagetesting.h"

Q_IMPORT_QML_PLUGIN(ReleaseAssistantPlugin)

using namespace Qt::StringLiterals;

class TestTagPage : public QObject
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
        const int first = history.commit(u"Initial commit"_s, {});
        const int second = history.commit(u"Fix: keep the VM network up (#90)"_s, {first});
        history.lightweightTag(u"1.0.0"_s, second);
        QString error;
        QVERIFY2(history.run(&error), qPrintable(error));
        m_sha = history.sha(second);
        QVERIFY2(m_daemon.start(&error), qPrintable(error));
        QVERIFY(!m_daemon.createBareRepository(u"aleph-vm.git"_s).isEmpty());
        QCOMPARE(ra::test::runGit({u"remote"_s, u"add"_s, u"origin"_s, m_daemon.url(u"aleph-vm.git"_s)}, clone), 0);

        ra::ReleaseSession *session = ra::ReleaseSession::instance();
        session->setJournal(ra::Journal::open(m_dir.filePath(u"journal.sqlite"_s)));
        QVERIFY(session->startRelease(u"1.0.1"_s));
        session->journal()->setValue(u"1.0.1"_s, u"repository.path"_s, clone);
        session->setCurrentRelease(u"1.0.1"_s);

        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->loadFromModule("ReleaseAssistant", "Main");
        QCOMPARE(m_engine->rootObjects().size(), 1);
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
        QVERIFY(m_window);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        // tst_pages answers for the warnings of every page at load; this test for those of the tag page.
        ra::test::clearCollectedWarnings();
    }

    void cleanupTestCase()
    {
        QVERIFY(ra::test::waitForIncubation(m_engine.get()));
        m_engine.reset();
        ra::ReleaseSession::instance()->setJournal(nullptr);
        ra::test::stopCollectingWarnings();
    }

    void showsTheHazardsOfACollidingTag()
    {
        QVERIFY(QMetaObject::invokeMethod(m_window, "showPage", Q_ARG(QString, u"tag"_s)));
        auto *page = m_window->findChild<QQuickItem *>(u"tagPage"_s);
        QVERIFY(page);
        QTRY_VERIFY(page->isVisible());
        QObject *controller = page->findChild<QObject *>(u"tagController"_s);
        QVERIFY(controller);
        // The plan walks the history off the UI thread.
        QTRY_VERIFY_WITH_TIMEOUT(!controller->property("planning").toBool(), 30000);
        QVERIFY2(controller->property("planned").toBool(), qPrintable(controller->property("planError").toString()));
        QCOMPARE(controller->property("commitSha").toString(), m_sha);

        const QStringList texts = ra::test::visibleTexts(page);
        const QString all = texts.join(u'\n');
        QVERIFY2(texts.contains(u"1.0.1 (lightweight)"_s), qPrintable(all));
        QVERIFY2(all.contains(u"will print 1.0.0"_s), qPrintable(all));
        QVERIFY2(texts.contains(u"warning"_s), qPrintable(all));
        QVERIFY2(all.contains(u"1.0.0"_s) && all.contains(u"describe"_s), qPrintable(all));

        const QImage shot = m_window->grabWindow();
        QVERIFY(!shot.isNull());
        const QString shots = QDir(QStringLiteral(RA_BINARY_DIR)).filePath(u"screenshots"_s);
        QVERIFY(QDir().mkpath(shots));
        QVERIFY(shot.save(QDir(shots).filePath(u"tag-colliding.png"_s)));
        QVERIFY2(ra::test::collectedWarnings().isEmpty(), qPrintable(ra::test::collectedWarnings().join(u'\n')));
    }

    void pushesAfterConfirmation()
    {
        auto *page = m_window->findChild<QQuickItem *>(u"tagPage"_s);
        QVERIFY(page);
        QObject *controller = page->findChild<QObject *>(u"tagController"_s);
        auto *button = page->findChild<QQuickItem *>(u"pushButton"_s);
        QVERIFY(controller && button);
        QTRY_VERIFY_WITH_TIMEOUT(!controller->property("planning").toBool(), 30000);
        QVERIFY(button->isEnabled());
        QVERIFY(QMetaObject::invokeMethod(button, "clicked"));
        QObject *dialog = page->findChild<QObject *>(u"confirmPush"_s);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->property("opened").toBool());
        // Nothing happens before the maintainer agrees.
        QCOMPARE(ra::test::runGit(
                     {u"rev-parse"_s, u"--verify"_s, u"--quiet"_s, u"refs/tags/1.0.1"_s},
                     ra::ReleaseSession::instance()->journal()->value(u"1.0.1"_s, u"repository.path"_s).toString()),
                 1);
        QVERIFY(QMetaObject::invokeMethod(dialog, "accept"));
        QTRY_VERIFY_WITH_TIMEOUT(controller->property("message").toString().contains(u"1.0.1"_s) &&
                                     !controller->property("busy").toBool(),
                                 60000);
        QString remote;
        QCOMPARE(ra::test::runGit({u"rev-parse"_s, u"1.0.1^{commit}"_s}, m_daemon.repositoryPath(u"aleph-vm.git"_s),
                                  &remote),
                 0);
        QCOMPARE(remote, m_sha);
        QCOMPARE(ra::ReleaseSession::instance()->steps()->status(ra::ReleaseStep::Tag)->state(), ra::StepState::Done);
        const QImage shot = m_window->grabWindow();
        QVERIFY(shot.save(
            QDir(QDir(QStringLiteral(RA_BINARY_DIR)).filePath(u"screenshots"_s)).filePath(u"tag-pushed.png"_s)));
        QVERIFY2(ra::test::collectedWarnings().isEmpty(), qPrintable(ra::test::collectedWarnings().join(u'\n')));
    }

private:
    ra::test::GitDaemon m_daemon;
    QTemporaryDir m_dir;
    QString m_sha;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
};

QTEST_MAIN(TestTagPage)
#include "tst_tagpage.moc"
