// SPDX-License-Identifier: GPL-3.0-or-later
// The controller behind step 2 against a real clone whose origin is a real `git daemon` on 127.0.0.1: the
// plan and its hazards, a verified push, a hook's refusal, and the state after a crash in the middle of a push.
#include "app/releasesession.h"
#include "app/tagstepcontroller.h"
#include "journal/journal.h"

#include "gitdaemon.h"
#include "historybuilder.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;
using namespace Qt::StringLiterals;
using ra::test::runGit;

// The plan walks the history off the UI thread: wait until it is on screen.
#define WAIT_FOR_PLAN(controller) QTRY_VERIFY_WITH_TIMEOUT(!(controller).planning(), 30000)

class TestTagStepController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_daemon = std::make_unique<ra::test::GitDaemon>();
        QString error;
        QVERIFY2(m_daemon->start(&error), qPrintable(error));
        QVERIFY(!m_daemon->createBareRepository(u"aleph-vm.git"_s).isEmpty());
        m_clone = m_dir->filePath(u"clone"_s);
        ra::test::HistoryBuilder history(m_clone);
        const int first = history.commit(u"Initial commit"_s, {});
        const int second = history.commit(u"Feature: allow IPv6 in VMs (#701)"_s, {first});
        const int third = history.commit(u"Fix: pin the firecracker version (#702)"_s, {second});
        history.lightweightTag(u"1.0.0"_s, second);
        QVERIFY2(history.run(&error), qPrintable(error));
        m_second = history.sha(second);
        m_third = history.sha(third);
        QCOMPARE(runGit({u"remote"_s, u"add"_s, u"origin"_s, m_daemon->url(u"aleph-vm.git"_s)}, m_clone), 0);
        QString log;
        QVERIFY2(runGit({u"push"_s, u"--quiet"_s, u"origin"_s, u"main"_s}, m_clone, nullptr, &log) == 0,
                 qPrintable(log));
        m_session = std::make_unique<ReleaseSession>(m_dir->filePath(u"journal.sqlite"_s));
        QVERIFY(m_session->startRelease(u"1.1.0"_s));
    }

    void cleanup()
    {
        m_session.reset();
        m_daemon.reset();
        m_dir.reset();
    }

    void collidingTagShowsItsHazards()
    {
        TagStepController controller;
        controller.setSession(m_session.get());
        WAIT_FOR_PLAN(controller);
        QVERIFY(!controller.planned());
        QVERIFY(!controller.planError().isEmpty());
        controller.setRepositoryPath(m_clone);
        WAIT_FOR_PLAN(controller);
        controller.setRevision(m_second);
        WAIT_FOR_PLAN(controller);
        QVERIFY2(controller.planned(), qPrintable(controller.planError()));
        QCOMPARE(controller.tag(), u"1.1.0"_s);
        QCOMPARE(controller.commitSha(), m_second);
        QVERIFY(!controller.describeWarning().isEmpty());
        QCOMPARE(controller.describeResult(), u"1.0.0"_s);
        bool collision = false;
        for (const TagHazard &hazard : controller.hazards()->hazards()) {
            collision = collision || hazard.id == u"describe-collision"_s;
        }
        QVERIFY(collision);
        QVERIFY(controller.hazards()->rowCount() > 0);
        QCOMPARE(controller.state(), TagStepController::ReadyToCreate);
    }

    void proposesVersionsWithReasons()
    {
        TagStepController controller;
        controller.setSession(m_session.get());
        WAIT_FOR_PLAN(controller);
        controller.setRepositoryPath(m_clone);
        WAIT_FOR_PLAN(controller);
        QVERIFY2(controller.planned(), qPrintable(controller.planError()));
        QCOMPARE(controller.previousTag(), u"1.0.0"_s);
        const auto &rows = controller.proposals()->rows();
        QVERIFY(!rows.isEmpty());
        QVERIFY(rows.constFirst().suggested);
        // One fix since 1.0.0: a patch release is what the commits call for.
        QCOMPARE(rows.constFirst().proposal.tag, u"1.0.1"_s);
        QVERIFY(!rows.constFirst().proposal.reason.isEmpty());
        const bool chosenListed = std::any_of(rows.begin(), rows.end(), [](const VersionProposalModel::Row &row) {
            return row.chosen && row.proposal.tag == u"1.1.0"_s;
        });
        QVERIFY(chosenListed);
    }

    void pushesVerifiesAndRecords()
    {
        TagStepController controller;
        controller.setSession(m_session.get());
        WAIT_FOR_PLAN(controller);
        controller.setRepositoryPath(m_clone);
        WAIT_FOR_PLAN(controller);
        QCOMPARE(controller.commitSha(), m_third);
        QSignalSpy finished(&controller, &TagStepController::operationFinished);
        controller.createAndPush();
        QCOMPARE(controller.state(), TagStepController::Pushing);
        QVERIFY(controller.busy());
        QVERIFY(finished.wait(60000));
        WAIT_FOR_PLAN(controller);
        QCOMPARE(controller.state(), TagStepController::Pushed);
        QCOMPARE(controller.remoteCommit(), m_third);
        QCOMPARE(remoteTagCommit(u"1.1.0"_s), m_third);
        const auto effect = m_session->journal()->lastEffect(u"1.1.0"_s, u"push-tag"_s, u"1.1.0"_s);
        QVERIFY(effect);
        QCOMPARE(effect->outcome, EffectOutcome::Succeeded);
        QCOMPARE(m_session->journal()->stepState(u"1.1.0"_s, ReleaseStep::Tag), StepState::Done);

        // Reopened later, the page says the same and does not offer to push again.
        TagStepController reopened;
        reopened.setSession(m_session.get());
        WAIT_FOR_PLAN(reopened);
        QCOMPARE(reopened.repositoryPath(), m_clone);
        QCOMPARE(reopened.state(), TagStepController::Pushed);
        for (const TagHazard &hazard : reopened.hazards()->hazards()) {
            QVERIFY2(hazard.id != u"tag-exists"_s, "the step's own tag is not a hazard");
        }
    }

    void hookRejectionIsShownAndTheLocalTagRemoved()
    {
        QVERIFY(m_daemon->setHook(u"aleph-vm.git"_s, u"pre-receive"_s,
                                  "#!/bin/sh\necho 'tags need two approvals (release policy)' >&2\nexit 1\n"));
        TagStepController controller;
        controller.setSession(m_session.get());
        WAIT_FOR_PLAN(controller);
        controller.setRepositoryPath(m_clone);
        WAIT_FOR_PLAN(controller);
        QSignalSpy finished(&controller, &TagStepController::operationFinished);
        controller.createAndPush();
        QVERIFY(finished.wait(60000));
        WAIT_FOR_PLAN(controller);
        QCOMPARE(controller.state(), TagStepController::Rejected);
        QVERIFY2(controller.message().contains(u"tags need two approvals (release policy)"_s),
                 qPrintable(controller.message()));
        QVERIFY(controller.remoteMessages().contains(u"tags need two approvals (release policy)"_s));
        QVERIFY(!controller.localTagExists());
        QCOMPARE(runGit({u"rev-parse"_s, u"--verify"_s, u"--quiet"_s, u"refs/tags/1.1.0"_s}, m_clone), 1);
        QCOMPARE(m_session->journal()->stepState(u"1.1.0"_s, ReleaseStep::Tag), StepState::NeedsAttention);

        TagStepController reopened;
        reopened.setSession(m_session.get());
        WAIT_FOR_PLAN(reopened);
        QCOMPARE(reopened.state(), TagStepController::Rejected);
        QVERIFY(reopened.message().contains(u"two approvals"_s));
    }

    void interruptedPushIsReconciledWithTheRemote_data()
    {
        QTest::addColumn<bool>("reachedRemote");
        QTest::newRow("the push had gone through") << true;
        QTest::newRow("the push never happened") << false;
    }

    void interruptedPushIsReconciledWithTheRemote()
    {
        QFETCH(bool, reachedRemote);
        // What a crash leaves: the tag made locally, the intent to push recorded, no result.
        QCOMPARE(runGit({u"tag"_s, u"1.1.0"_s, m_third}, m_clone), 0);
        Journal *journal = m_session->journal();
        const qint64 effect = journal->beginEffect(u"1.1.0"_s, u"tag"_s, u"push-tag"_s, u"1.1.0"_s,
                                                   {{u"commit"_s, m_third}, {u"remote"_s, u"origin"_s}});
        QVERIFY(effect > 0);
        if (reachedRemote) {
            QCOMPARE(runGit({u"push"_s, u"--quiet"_s, u"origin"_s, u"refs/tags/1.1.0"_s}, m_clone), 0);
        }
        journal->setValue(u"1.1.0"_s, u"repository.path"_s, m_clone);

        TagStepController controller;
        controller.setSession(m_session.get());
        WAIT_FOR_PLAN(controller);
        QCOMPARE(controller.state(), TagStepController::Interrupted);
        QVERIFY(controller.localTagExists());
        // Pushing again blindly is refused until the remote is asked.
        controller.createAndPush();
        QCOMPARE(controller.state(), TagStepController::Interrupted);

        QSignalSpy finished(&controller, &TagStepController::operationFinished);
        controller.checkRemote();
        QVERIFY(finished.wait(60000));
        WAIT_FOR_PLAN(controller);
        const auto reconciled = journal->effect(effect);
        QVERIFY(reconciled);
        if (reachedRemote) {
            QCOMPARE(controller.state(), TagStepController::Pushed);
            QCOMPARE(reconciled->outcome, EffectOutcome::Succeeded);
        } else {
            QCOMPARE(controller.state(), TagStepController::Failed);
            QCOMPARE(reconciled->outcome, EffectOutcome::Failed);
            QVERIFY(controller.message().contains(u"did not happen"_s));
            // Now it may be pushed.
            finished.clear();
            controller.createAndPush();
            QVERIFY(finished.wait(60000));
            WAIT_FOR_PLAN(controller);
            QCOMPARE(controller.state(), TagStepController::Pushed);
            QCOMPARE(remoteTagCommit(u"1.1.0"_s), m_third);
        }
    }

    void targetsTheCommitVerifiedInStepOne()
    {
        m_session->journal()->setValue(u"1.1.0"_s, u"staging.signoff"_s,
                                       QJsonObject{{u"report"_s, QJsonObject{{u"commit"_s, m_second}}}});
        TagStepController controller;
        controller.setSession(m_session.get());
        WAIT_FOR_PLAN(controller);
        QCOMPARE(controller.revision(), m_second);
        QVERIFY(controller.revisionOrigin().contains(u"step 1"_s));
    }

    void rememberedCloneCarriesOverToTheNextRelease()
    {
        {
            TagStepController controller;
            controller.setSession(m_session.get());
            WAIT_FOR_PLAN(controller);
            controller.setRepositoryPath(m_clone);
            WAIT_FOR_PLAN(controller);
        }
        QVERIFY(m_session->startRelease(u"1.2.0"_s));
        TagStepController next;
        next.setSession(m_session.get());
        WAIT_FOR_PLAN(next);
        QCOMPARE(next.repositoryPath(), m_clone);
        QCOMPARE(next.tag(), u"1.2.0"_s);
    }

    void deletesAnUnpushedLocalTag()
    {
        QCOMPARE(runGit({u"tag"_s, u"1.1.0"_s, m_second}, m_clone), 0);
        TagStepController controller;
        controller.setSession(m_session.get());
        WAIT_FOR_PLAN(controller);
        controller.setRepositoryPath(m_clone);
        WAIT_FOR_PLAN(controller);
        QCOMPARE(controller.state(), TagStepController::Conflict);
        controller.deleteLocalTag();
        WAIT_FOR_PLAN(controller);
        QVERIFY(!controller.localTagExists());
        QCOMPARE(controller.state(), TagStepController::ReadyToCreate);
        QCOMPARE(runGit({u"rev-parse"_s, u"--verify"_s, u"--quiet"_s, u"refs/tags/1.1.0"_s}, m_clone), 1);
    }

    void aLongPlanCanBeCancelled()
    {
        // A history long enough that the walk is still running when the maintainer presses Cancel.
        QTemporaryDir big;
        ra::test::HistoryBuilder history(big.path());
        int previous = history.commit(u"Initial commit"_s, {});
        history.lightweightTag(u"1.0.0"_s, previous);
        for (int i = 0; i < 60000; ++i) {
            previous = history.commit(u"Fix: change %1"_s.arg(i), {previous});
        }
        QString error;
        QVERIFY2(history.run(&error), qPrintable(error));
        TagStepController controller;
        controller.setSession(m_session.get());
        WAIT_FOR_PLAN(controller);
        QSignalSpy planned(&controller, &TagStepController::planChanged);
        controller.setRepositoryPath(big.path());
        QVERIFY(controller.planning());
        controller.cancelPlan();
        WAIT_FOR_PLAN(controller);
        QVERIFY(!controller.planned());
        QVERIFY2(controller.planError().contains(u"cancelled"_s), qPrintable(controller.planError()));
        QCOMPARE(controller.state(), TagStepController::NoPlan);

        // Planning again gets the whole plan.
        controller.refresh();
        WAIT_FOR_PLAN(controller);
        QVERIFY2(controller.planned(), qPrintable(controller.planError()));
        QCOMPARE(controller.previousTag(), u"1.0.0"_s);
    }

private:
    QString remoteTagCommit(const QString &tag) const
    {
        QString sha;
        runGit({u"rev-parse"_s, tag + u"^{commit}"_s}, m_daemon->repositoryPath(u"aleph-vm.git"_s), &sha);
        return sha;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ra::test::GitDaemon> m_daemon;
    std::unique_ptr<ReleaseSession> m_session;
    QString m_clone;
    QString m_second;
    QString m_third;
};

QTEST_GUILESS_MAIN(TestTagStepController)
#include "tst_tagstepcontroller.moc"
