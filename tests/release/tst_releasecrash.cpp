// SPDX-License-Identifier: GPL-3.0-or-later
// `release run` killed with SIGKILL right after each journal effect record of step 2 (the create intent, its
// result, the push intent, its result), then run again: the tag reaches the remote exactly once, on the signed-off
// commit, nothing stays open in the journal, and the re-run finishes the step.
#include "journal/journal.h"

#include "clirunner.h"
#include "gitdaemon.h"
#include "historybuilder.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;
using namespace Qt::StringLiterals;
using ra::test::runCli;
using ra::test::runGit;

class TestReleaseCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedAtEveryEffectBoundaryThenResumed_data()
    {
        QTest::addColumn<int>("killAfter");
        QTest::addRow("after the create intent") << 1;
        QTest::addRow("after the create result") << 2;
        QTest::addRow("after the push intent") << 3;
        QTest::addRow("after the push result") << 4;
    }

    void killedAtEveryEffectBoundaryThenResumed()
    {
        QFETCH(int, killAfter);
        QTemporaryDir dir;
        ra::test::GitDaemon daemon;
        QString error;
        QVERIFY2(daemon.start(&error), qPrintable(error));
        QVERIFY(!daemon.createBareRepository(u"project.git"_s).isEmpty());
        const QString clone = dir.filePath(u"clone"_s);
        ra::test::HistoryBuilder history(clone);
        const int first = history.commit(u"Initial commit"_s, {});
        const int second = history.commit(u"Fix: a fix (#1)"_s, {first});
        history.commit(u"Feature: not signed off yet (#2)"_s, {second});
        history.lightweightTag(u"1.0.0"_s, first);
        QVERIFY2(history.run(&error), qPrintable(error));
        const QString signedOff = history.sha(second);
        QCOMPARE(runGit({u"remote"_s, u"add"_s, u"origin"_s, daemon.url(u"project.git"_s)}, clone), 0);
        QCOMPARE(runGit({u"push"_s, u"--quiet"_s, u"origin"_s, u"main"_s}, clone), 0);
        const QString journalPath = dir.filePath(u"journal.sqlite"_s);
        {
            const auto journal = Journal::open(journalPath, &error);
            QVERIFY2(journal, qPrintable(error));
            QVERIFY(journal->createRelease(u"1.1.0"_s, {{u"project"_s, u"aleph-im/aleph-vm"_s}}));
            QVERIFY(journal->setValue(u"1.1.0"_s, u"staging.signoff"_s,
                                      QJsonObject{{u"report"_s, QJsonObject{{u"commit"_s, signedOff}}}}));
        }
        const QStringList arguments{u"release"_s, u"run"_s, u"--release"_s, u"1.1.0"_s,    u"--until"_s,   u"tag"_s,
                                    u"--repo"_s,  clone,    u"--preset"_s,  u"aleph-vm"_s, u"--journal"_s, journalPath};

        QProcessEnvironment killing = QProcessEnvironment::systemEnvironment();
        killing.insert(u"RA_KILL_AFTER_EFFECT_RECORD"_s, QString::number(killAfter));
        const auto killed = runCli(arguments, {}, killing);
        QCOMPARE(killed.exitCode, -1); // killed, not exited

        const auto resumed = runCli(arguments);
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.out + resumed.err));

        QString remote;
        QCOMPARE(runGit({u"rev-parse"_s, u"1.1.0^{commit}"_s}, daemon.repositoryPath(u"project.git"_s), &remote), 0);
        QCOMPARE(remote, signedOff);
        QString local;
        QCOMPARE(runGit({u"rev-parse"_s, u"1.1.0^{commit}"_s}, clone, &local), 0);
        QCOMPARE(local, signedOff);

        const auto journal = Journal::open(journalPath, &error);
        QVERIFY(journal->pendingEffects(u"1.1.0"_s).isEmpty());
        int pushesSucceeded = 0;
        int createsSucceeded = 0;
        for (const JournalEffect &effect : journal->effects(u"1.1.0"_s, u"tag"_s)) {
            pushesSucceeded += effect.action == u"push-tag"_s && effect.outcome == EffectOutcome::Succeeded;
            createsSucceeded += effect.action == u"create-tag"_s && effect.outcome == EffectOutcome::Succeeded;
        }
        QCOMPARE(createsSucceeded, 1);
        QCOMPARE(pushesSucceeded, 1);
        const auto status = runCli({u"release"_s, u"status"_s, u"--release"_s, u"1.1.0"_s, u"--json"_s, u"--repo"_s,
                                    clone, u"--preset"_s, u"aleph-vm"_s, u"--journal"_s, journalPath});
        const QJsonArray steps = status.json().object().value(u"steps"_s).toArray();
        QCOMPARE(steps.at(1).toObject().value(u"state"_s).toString(), u"done"_s);
    }
};

QTEST_GUILESS_MAIN(TestReleaseCrash)
#include "tst_releasecrash.moc"
