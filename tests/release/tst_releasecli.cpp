// SPDX-License-Identifier: GPL-3.0-or-later
// The release as one thing: `release status` and `release plan` read the same journal through the same policy
// as the app, and step 2 driven by the CLI and by the app's controller ends with the same journal effects and
// the same remote tag.
#include "app/releasesession.h"
#include "app/tagstepcontroller.h"
#include "journal/journal.h"
#include "scoring/postgresversionstore.h"
#include "scoring/sampletable.h"
#include "scoring/scheduledapply.h"

#include "clirunner.h"
#include "gitdaemon.h"
#include "historybuilder.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;
using namespace Qt::StringLiterals;
using ra::test::runCli;
using ra::test::runGit;

namespace {

/// What must be equal between two front ends: which effects, on what, with which intent and outcome.
QStringList effectSignature(const Journal &journal, const QString &release)
{
    QStringList lines;
    for (const JournalEffect &effect : journal.effects(release)) {
        lines.append(u"%1 %2 %3 commit=%4 %5 status=%6"_s.arg(
            effect.step, effect.action, effect.key, effect.intent.value(u"commit"_s).toString(),
            outcomeKey(effect.outcome), effect.result.value(u"status"_s).toString()));
    }
    return lines;
}

} // namespace

class TestReleaseCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_daemon = std::make_unique<ra::test::GitDaemon>();
        QString error;
        QVERIFY2(m_daemon->start(&error), qPrintable(error));
        for (const QString &name : {u"cli.git"_s, u"app.git"_s}) {
            QVERIFY(!m_daemon->createBareRepository(name).isEmpty());
        }
        m_clone = m_dir->filePath(u"clone"_s);
        ra::test::HistoryBuilder history(m_clone);
        const int first = history.commit(u"Initial commit"_s, {});
        const int second = history.commit(u"Feature: allow IPv6 in VMs (#701)"_s, {first});
        history.lightweightTag(u"1.0.0"_s, first);
        QVERIFY2(history.run(&error), qPrintable(error));
        m_head = history.sha(second);
        QCOMPARE(runGit({u"remote"_s, u"add"_s, u"origin"_s, m_daemon->url(u"cli.git"_s)}, m_clone), 0);
        QCOMPARE(runGit({u"remote"_s, u"add"_s, u"app"_s, m_daemon->url(u"app.git"_s)}, m_clone), 0);
        QCOMPARE(runGit({u"push"_s, u"--quiet"_s, u"origin"_s, u"main"_s}, m_clone), 0);
        QCOMPARE(runGit({u"push"_s, u"--quiet"_s, u"app"_s, u"main"_s}, m_clone), 0);
    }

    void cleanup()
    {
        m_daemon.reset();
        m_dir.reset();
    }

    void statusAndPlanBeforeAnythingIsDone()
    {
        QCOMPARE(cli({u"tag"_s, u"create"_s, u"--version"_s, u"1.1.0"_s}).exitCode, 0);

        const auto status = cli({u"release"_s, u"status"_s, u"--release"_s, u"1.1.0"_s, u"--json"_s});
        QVERIFY2(status.exitCode == 0, qPrintable(status.err));
        // Options only 'run' has are never read for 'status' (Qt warned "option not defined" on stderr).
        QVERIFY2(!status.err.contains(u"not defined"_s), qPrintable(status.err));
        const QJsonObject json = status.json().object();
        QCOMPARE(json.value(u"release"_s).toString(), u"1.1.0"_s);
        const QJsonArray steps = json.value(u"steps"_s).toArray();
        QCOMPARE(steps.size(), 7);
        QCOMPARE(steps.at(1).toObject().value(u"step"_s).toString(), u"tag"_s);
        // A local tag was created, nothing was pushed: the step is under way.
        QCOMPARE(steps.at(1).toObject().value(u"state"_s).toString(), u"in-progress"_s);
        QCOMPARE(json.value(u"next"_s).toString(), u"staging"_s);
        QVERIFY(!json.value(u"complete"_s).toBool());

        const auto plan = cli({u"release"_s, u"plan"_s, u"--release"_s, u"1.1.0"_s, u"--json"_s});
        QVERIFY2(plan.exitCode == 0, qPrintable(plan.err));
        const QJsonArray planned = plan.json().object().value(u"steps"_s).toArray();
        QCOMPARE(planned.size(), 7);
        const QJsonObject staging = planned.at(0).toObject();
        QVERIFY(!staging.value(u"needsPerson"_s).toString().isEmpty());
        QVERIFY(!staging.value(u"operations"_s).toArray().isEmpty());
        const QJsonArray tagOperations = planned.at(1).toObject().value(u"operations"_s).toArray();
        // The tag exists locally: only the push is left, on the commit that was tagged.
        QCOMPARE(tagOperations.size(), 1);
        QCOMPARE(tagOperations.at(0).toObject().value(u"action"_s).toString(), u"push-tag"_s);
        QCOMPARE(tagOperations.at(0).toObject().value(u"payload"_s).toObject().value(u"commit"_s).toString(), m_head);

        // Step 7's plan is the exact posts 'announce send' would make, one operation per channel of the playbook.
        const QJsonArray announce = planned.at(6).toObject().value(u"operations"_s).toArray();
        QCOMPARE(announce.size(), 2);
        for (const QJsonValue &operation : announce) {
            const QJsonArray posts = operation[u"payload"_s][u"posts"_s].toArray();
            QVERIFY(!posts.isEmpty());
            QVERIFY2(posts.at(0).toString().contains(u"1.1.0"_s), qPrintable(posts.at(0).toString()));
        }

        const auto text = cli({u"release"_s, u"plan"_s, u"--release"_s, u"1.1.0"_s});
        QVERIFY2(text.out.contains(u"push refs/tags/1.1.0 to origin"_s), qPrintable(text.out));
        QVERIFY2(text.out.contains(u"needs a person"_s), qPrintable(text.out));
    }

    void anUnknownOrMisspelledReleaseIsBadInput()
    {
        const auto unknown = cli({u"release"_s, u"status"_s, u"--release"_s, u"9.9.9"_s});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(u"no release 9.9.9"_s), qPrintable(unknown.err));
        const auto misspelled = cli({u"release"_s, u"status"_s, u"--release"_s, u"1.1.0rc1"_s});
        QCOMPARE(misspelled.exitCode, 2);
        QVERIFY2(misspelled.err.contains(u"1.1.0-rc1"_s), qPrintable(misspelled.err));
    }

    void theCliAndTheAppPushTheSameWay()
    {
        const auto pushed = cli({u"tag"_s, u"push"_s, u"--version"_s, u"1.1.0"_s});
        QVERIFY2(pushed.exitCode == 0, qPrintable(pushed.err));
        QString error;
        const auto cliJournal = Journal::open(journalPath(), &error);
        QVERIFY2(cliJournal, qPrintable(error));

        // The app's tag page, on its own journal, pushes the same release to the other remote.
        QCOMPARE(runGit({u"tag"_s, u"-d"_s, u"1.1.0"_s}, m_clone), 0);
        ReleaseSession session(m_dir->filePath(u"app-journal.sqlite"_s));
        QVERIFY(session.startRelease(u"1.1.0"_s));
        TagStepController controller;
        controller.setSession(&session);
        controller.setRepositoryPath(m_clone);
        controller.setRemote(u"app"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!controller.planning() && controller.planned(), 30000);
        QSignalSpy finished(&controller, &TagStepController::operationFinished);
        controller.createAndPush();
        QVERIFY(finished.wait(60000));
        QCOMPARE(controller.state(), TagStepController::Pushed);

        QCOMPARE(effectSignature(*session.journal(), u"1.1.0"_s), effectSignature(*cliJournal, u"1.1.0"_s));
        QCOMPARE(effectSignature(*cliJournal, u"1.1.0"_s).size(), 2);
        for (const QString &bare : {u"cli.git"_s, u"app.git"_s}) {
            QString sha;
            QCOMPARE(runGit({u"rev-parse"_s, u"1.1.0^{commit}"_s}, m_daemon->repositoryPath(bare), &sha), 0);
            QCOMPARE(sha, m_head);
        }
        // One policy: the CLI's status and the app's step list agree.
        const auto status = cli({u"release"_s, u"status"_s, u"--release"_s, u"1.1.0"_s, u"--json"_s});
        QCOMPARE(status.json().object().value(u"steps"_s).toArray().at(1).toObject().value(u"state"_s).toString(),
                 u"done"_s);
        QCOMPARE(session.steps()->status(ReleaseStep::Tag)->state(), StepState::Done);
    }

    void runGoesAsFarAsItCanAndResumes()
    {
        // A dry run of a release not started yet writes nothing and stops where a person is needed.
        const auto dry = cli({u"release"_s, u"run"_s, u"--release"_s, u"1.1.0"_s, u"--dry-run"_s, u"--json"_s});
        QCOMPARE(dry.exitCode, 3);
        QCOMPARE(dry.json().object().value(u"stoppedAt"_s).toString(), u"staging"_s);
        {
            QString error;
            const auto journal = Journal::open(journalPath(), &error);
            QVERIFY2(journal, qPrintable(error));
            QVERIFY(!journal->hasRelease(u"1.1.0"_s));
        }

        const auto stopped = cli({u"release"_s, u"run"_s, u"--release"_s, u"1.1.0"_s});
        QCOMPARE(stopped.exitCode, 3);
        QVERIFY2(stopped.out.contains(u"staging check --commit %1 --release 1.1.0"_s.arg(m_head)),
                 qPrintable(stopped.out));

        // The maintainer signs off step 1 (as the app or 'staging check --release' leaves it).
        signOff(m_head);
        const auto run = cli({u"release"_s, u"run"_s, u"--release"_s, u"1.1.0"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 3);
        const QJsonObject report = run.json().object();
        QCOMPARE(report.value(u"stoppedAt"_s).toString(), u"scoring-table"_s);
        const QJsonArray steps = report.value(u"steps"_s).toArray();
        QVERIFY(steps.at(0).toObject().value(u"alreadyDone"_s).toBool());
        QCOMPARE(steps.at(1).toObject().value(u"outcome"_s).toString(), u"done"_s);
        QCOMPARE(remoteTag(u"cli.git"_s), m_head);

        // Up to the tag, the release run is complete; again, nothing is done twice.
        const auto until = cli({u"release"_s, u"run"_s, u"--release"_s, u"1.1.0"_s, u"--until"_s, u"tag"_s});
        QVERIFY2(until.exitCode == 0, qPrintable(until.out + until.err));
        QString error;
        const auto journal = Journal::open(journalPath(), &error);
        QCOMPARE(journal->effects(u"1.1.0"_s, u"tag"_s).size(), 2);
        QVERIFY(cli({u"release"_s, u"run"_s, u"--release"_s, u"1.1.0"_s, u"--until"_s, u"9"_s}).exitCode == 2);
    }

    void runSettlesAnInterruptedPushBeforePushing()
    {
        signOff(m_head);
        {
            // A run killed after recording its push intent, before the push.
            QString error;
            const auto journal = Journal::open(journalPath(), &error);
            QVERIFY(journal->beginEffect(u"1.1.0"_s, u"tag"_s, u"push-tag"_s, u"1.1.0"_s,
                                         {{u"commit"_s, m_head}, {u"remote"_s, u"origin"_s}}) != 0);
        }
        const auto status = cli({u"release"_s, u"status"_s, u"--release"_s, u"1.1.0"_s, u"--json"_s});
        const QJsonObject tagStep = status.json().object().value(u"steps"_s).toArray().at(1).toObject();
        QCOMPARE(tagStep.value(u"state"_s).toString(), u"needs-attention"_s);
        QCOMPARE(tagStep.value(u"unresolved"_s).toArray().size(), 1);

        const auto run = cli({u"release"_s, u"run"_s, u"--release"_s, u"1.1.0"_s, u"--until"_s, u"2"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QCOMPARE(remoteTag(u"cli.git"_s), m_head);
        QString error;
        const auto journal = Journal::open(journalPath(), &error);
        QStringList outcomes;
        for (const JournalEffect &effect : journal->effects(u"1.1.0"_s, u"tag"_s)) {
            outcomes.append(effect.action + u' ' + outcomeKey(effect.outcome));
        }
        // The open intent was settled as "not pushed", then one push went through.
        QCOMPARE(outcomes, QStringList({u"push-tag failed"_s, u"create-tag succeeded"_s, u"push-tag succeeded"_s}));
    }

    void aScoringChangeScheduledForThePublicationLetsTheRunGoOn()
    {
        signOff(m_head);
        using namespace ra::scoring;
        QString error;
        const auto changes = ReleaseChangeSet::plan(
            VersionTable(sampleTable()),
            {u"aleph-vm"_s, u"1.1.0"_s, QDateTime::currentDateTimeUtc(), std::nullopt, false}, &error);
        QVERIFY2(changes, qPrintable(error));
        const QString schedule = m_dir->filePath(u"schedule"_s);
        QVERIFY2(ScheduledApplyQueue(schedule).schedule({u"1.1.0"_s, u"host=127.0.0.1 dbname=scoring"_s, *changes,
                                                         PostgresVersionStore::digest(sampleTable())},
                                                        &error),
                 qPrintable(error));

        const auto run =
            cli({u"release"_s, u"run"_s, u"--release"_s, u"1.1.0"_s, u"--schedule-dir"_s, schedule, u"--json"_s});
        QCOMPARE(run.exitCode, 3);
        const QJsonObject report = run.json().object();
        QCOMPARE(report.value(u"stoppedAt"_s).toString(), u"notes"_s);
        QCOMPARE(report.value(u"steps"_s).toArray().at(2).toObject().value(u"outcome"_s).toString(), u"deferred"_s);

        // Without the schedule, step 3 needs the maintainer's review first.
        QVERIFY(ScheduledApplyQueue(schedule).cancel(u"1.1.0"_s));
        const auto stopped =
            cli({u"release"_s, u"run"_s, u"--release"_s, u"1.1.0"_s, u"--schedule-dir"_s, schedule, u"--json"_s});
        QCOMPARE(stopped.exitCode, 3);
        QCOMPARE(stopped.json().object().value(u"stoppedAt"_s).toString(), u"scoring-table"_s);
    }

private:
    void signOff(const QString &commit) const
    {
        QString error;
        const auto journal = Journal::open(journalPath(), &error);
        QVERIFY2(journal, qPrintable(error));
        if (!journal->hasRelease(u"1.1.0"_s)) {
            QVERIFY(journal->createRelease(u"1.1.0"_s, {{u"project"_s, u"aleph-im/aleph-vm"_s}}));
        }
        QVERIFY(journal->setValue(
            u"1.1.0"_s, u"staging.signoff"_s,
            QJsonObject{{u"signer"_s, u"maintainer"_s}, {u"report"_s, QJsonObject{{u"commit"_s, commit}}}}));
    }

    [[nodiscard]] QString remoteTag(const QString &bare) const
    {
        QString sha;
        runGit({u"rev-parse"_s, u"--verify"_s, u"--quiet"_s, u"1.1.0^{commit}"_s}, m_daemon->repositoryPath(bare),
               &sha);
        return sha;
    }

    [[nodiscard]] QString journalPath() const
    {
        return m_dir->filePath(u"cli-journal.sqlite"_s);
    }

    /// The clone's remotes are a local git daemon: the project is named by its preset.
    [[nodiscard]] ra::test::CliRun cli(QStringList arguments) const
    {
        arguments << u"--repo"_s << m_clone << u"--preset"_s << u"aleph-vm"_s << u"--journal"_s << journalPath();
        return runCli(arguments);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ra::test::GitDaemon> m_daemon;
    QString m_clone;
    QString m_head;
};

QTEST_MAIN(TestReleaseCli)
#include "tst_releasecli.moc"
