// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/announcementcomposer.h"
#include "app/channelsecretsmodel.h"
#include "app/packagesstepcontroller.h"
#include "app/releasesession.h"
#include "app/reviewpublishcontroller.h"
#include "app/stagingstepcontroller.h"
#include "app/tagstepcontroller.h"
#include "journal/journal.h"

#include "gitdaemon.h"
#include "historybuilder.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;
using namespace Qt::StringLiterals;

class TestReleaseSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"journal-%1.sqlite"_s.arg(++m_counter));
    }

    void startsAndPicksReleases()
    {
        ReleaseSession session(m_path);
        QVERIFY(session.journalAvailable());
        QSignalSpy current(&session, &ReleaseSession::currentReleaseChanged);
        QSignalSpy releases(&session, &ReleaseSession::releasesChanged);

        QVERIFY(session.startRelease(u" 1.4.0-rc1 "_s));
        QCOMPARE(session.currentRelease(), u"1.4.0-rc1"_s);
        QVERIFY(session.lastError().isEmpty());
        QVERIFY(session.startRelease(u"1.4.0"_s));
        QCOMPARE(session.releases().size(), 2);
        QVERIFY(session.releases().contains(u"1.4.0-rc1"_s));
        session.setCurrentRelease(u"1.4.0-rc1"_s);
        QCOMPARE(session.currentRelease(), u"1.4.0-rc1"_s);
        QCOMPARE(current.size(), 3);
        QCOMPARE(releases.size(), 2);
    }

    void badTagsAreExplainedAndChangeNothing_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("message");
        QTest::newRow("not a version") << u"next week"_s << u"is not a version"_s;
        QTest::newRow("v prefix") << u"v1.4.0"_s << u"spells this tag “1.4.0”"_s;
        QTest::newRow("rc without dash") << u"1.4.0rc1"_s << u"spells this tag “1.4.0-rc1”"_s;
        QTest::newRow("dev release") << u"1.4.0.dev1"_s << u"cannot be tagged in aleph-vm"_s;
    }

    void badTagsAreExplainedAndChangeNothing()
    {
        QFETCH(QString, tag);
        QFETCH(QString, message);
        ReleaseSession session(m_path);
        QVERIFY(!session.startRelease(tag));
        QVERIFY2(session.lastError().contains(message), qPrintable(session.lastError()));
        QVERIFY(session.releases().isEmpty());
        QVERIFY(session.currentRelease().isEmpty());
    }

    void stepStatesSurviveARestart()
    {
        {
            ReleaseSession session(m_path);
            QVERIFY(session.startRelease(u"1.5.0"_s));
            QVERIFY(session.recordStepState(ReleaseStep::Tag, StepState::Done, u"pushed"_s));
            QVERIFY(session.recordStepState(ReleaseStep::Notes, StepState::NeedsAttention));
            QCOMPARE(session.steps()->status(ReleaseStep::Tag)->state(), StepState::Done);
        }
        ReleaseSession reopened(m_path);
        QCOMPARE(reopened.releases(), QStringList{u"1.5.0"_s});
        QCOMPARE(reopened.steps()->status(ReleaseStep::Tag)->state(), StepState::NotStarted);
        reopened.setCurrentRelease(u"1.5.0"_s);
        QCOMPARE(reopened.steps()->status(ReleaseStep::Tag)->state(), StepState::Done);
        QCOMPARE(reopened.steps()->status(ReleaseStep::Notes)->state(), StepState::NeedsAttention);
        QCOMPARE(reopened.steps()->status(ReleaseStep::Staging)->state(), StepState::NotStarted);
    }

    void aReleaseOpenElsewhereIsRefused()
    {
        ReleaseSession first(m_path);
        QVERIFY(first.startRelease(u"2.0.0"_s));
        QVERIFY(first.startRelease(u"2.0.1"_s));
        first.setCurrentRelease(u"2.0.0"_s);

        ReleaseSession second(m_path);
        second.setCurrentRelease(u"2.0.1"_s);
        QCOMPARE(second.currentRelease(), u"2.0.1"_s);
        second.setCurrentRelease(u"2.0.0"_s);
        QCOMPARE(second.currentRelease(), u"2.0.1"_s);
        QVERIFY(!second.lastError().isEmpty());

        first.setCurrentRelease(u"2.0.1"_s);
        QCOMPARE(first.currentRelease(), u"2.0.0"_s);
        second.setCurrentRelease({});
        first.setCurrentRelease(u"2.0.1"_s);
        QCOMPARE(first.currentRelease(), u"2.0.1"_s);
    }

    void recordingWithoutAReleaseIsRefused()
    {
        ReleaseSession session(m_path);
        QVERIFY(!session.recordStepState(ReleaseStep::Tag, StepState::Done));
        QCOMPARE(session.steps()->status(ReleaseStep::Tag)->state(), StepState::NotStarted);
    }

    void anUnopenableJournalIsExplained()
    {
        ReleaseSession session(u"/proc/no-such-place/journal.sqlite"_s);
        QVERIFY(!session.journalAvailable());
        QVERIFY(session.lastError().contains(u"journal"_s));
        QVERIFY(!session.startRelease(u"1.0.0"_s));
        QVERIFY(session.releases().isEmpty());
    }

    void aProjectIsOpenedOnceAndEveryPageUsesIt()
    {
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir clone;
        ra::test::HistoryBuilder history(clone.path());
        history.commit(u"Initial commit"_s, {});
        QString error;
        QVERIFY2(history.run(&error), qPrintable(error));
        QCOMPARE(ra::test::runGit({u"remote"_s, u"add"_s, u"origin"_s, u"https://github.com/example/hello.git"_s},
                                  clone.path()),
                 0);
        QFile playbook(clone.filePath(u".release-assistant.playbook"_s));
        QVERIFY(playbook.open(QIODevice::WriteOnly));
        playbook.write("[project]\nname = hello\nrepository = example/hello\n[tags]\nprefix = v\n"
                       "[pipeline]\nkind = attach-artifacts\nbuild-workflow = build.yml\n");
        playbook.close();

        ReleaseSession session(m_path);
        QSignalSpy project(&session, &ReleaseSession::projectNameChanged);
        QVERIFY2(session.openProject(clone.path()), qPrintable(session.lastError()));
        QCOMPARE(project.size(), 1);
        QVERIFY(session.projectOpen());
        QCOMPARE(session.projectName(), u"example/hello"_s);
        QCOMPARE(session.clonePath(), clone.path());
        QVERIFY2(session.journal()->databasePath().endsWith(u"/projects/example/hello/journal.sqlite"_s),
                 qPrintable(session.journal()->databasePath()));
        QCOMPARE(session.recentProjects().value(0), clone.path());

        // The project's own tag spelling, not aleph-vm's.
        QVERIFY(!session.startRelease(u"1.0.0"_s));
        QVERIFY2(session.lastError().contains(u"v1.0.0"_s), qPrintable(session.lastError()));
        QVERIFY2(session.startRelease(u"v1.0.0"_s), qPrintable(session.lastError()));

        // The tag page takes the clone from the project: it is not asked for again.
        TagStepController tag;
        tag.setSession(&session);
        QCOMPARE(tag.repositoryPath(), clone.path());
        QCOMPARE(tag.remote(), u"origin"_s);

        // Every step takes the repository and the clone from the project, none from a preset of its own.
        StagingStepController staging;
        staging.setSession(&session);
        QCOMPARE(staging.repository(), u"example/hello"_s);
        QCOMPARE(staging.repositoryPath(), clone.path());
        PackagesStepController packages;
        packages.setSession(&session);
        QCOMPARE(packages.repository(), u"example/hello"_s);
        ReviewPublishController review;
        review.setSession(&session);
        QCOMPARE(review.repository(), u"example/hello"_s);

        // The announcements and the channel secrets are the project's channels (it has none), not aleph-vm's.
        AnnouncementComposer composer;
        ChannelSecretsModel secrets;
        QVERIFY(composer.cards()->rowCount() > 0);
        QVERIFY(secrets.rowCount() > 0);
        composer.setSession(&session);
        secrets.setSession(&session);
        QCOMPARE(composer.cards()->rowCount(), 0);
        QCOMPARE(secrets.rowCount(), 0);

        // A folder that is not a clone is explained and changes nothing.
        QTemporaryDir empty;
        QVERIFY(!session.openProject(empty.path()));
        QVERIFY2(session.lastError().contains(u"not a git clone"_s), qPrintable(session.lastError()));
        QCOMPARE(session.projectName(), u"example/hello"_s);
        QCOMPARE(session.currentRelease(), u"v1.0.0"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!tag.planning(), 30000);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestReleaseSession)
#include "tst_releasesession.moc"
