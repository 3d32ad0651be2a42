// SPDX-License-Identifier: GPL-3.0-or-later
// Step 2 as the release engine's use case, against a clone whose origin is a real `git daemon` on 127.0.0.1:
// the exact operations left, a journaled create and push, and a push interrupted by a crash settled with the
// remote's answer instead of being repeated blindly.
#include "release/tagstep.h"

#include "git/repository.h"
#include "release/steppolicy.h"

#include "gitdaemon.h"
#include "historybuilder.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ra;
using namespace Qt::StringLiterals;
using ra::test::runGit;

class TestTagStep : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_daemon = std::make_unique<ra::test::GitDaemon>();
        QString error;
        QVERIFY2(m_daemon->start(&error), qPrintable(error));
        QVERIFY(!m_daemon->createBareRepository(u"project.git"_s).isEmpty());
        m_clone = m_dir->filePath(u"clone"_s);
        ra::test::HistoryBuilder history(m_clone);
        const int first = history.commit(u"Initial commit"_s, {});
        const int second = history.commit(u"Fix: pin the firecracker version (#702)"_s, {first});
        history.lightweightTag(u"1.0.0"_s, first);
        QVERIFY2(history.run(&error), qPrintable(error));
        m_first = history.sha(first);
        m_second = history.sha(second);
        QCOMPARE(runGit({u"remote"_s, u"add"_s, u"origin"_s, m_daemon->url(u"project.git"_s)}, m_clone), 0);
        QCOMPARE(runGit({u"push"_s, u"--quiet"_s, u"origin"_s, u"main"_s}, m_clone), 0);
        m_journal = Journal::open(m_dir->filePath(u"journal.sqlite"_s), &error);
        QVERIFY2(m_journal, qPrintable(error));
        QVERIFY(m_journal->createRelease(u"1.1.0"_s, {}));
        m_request = release::TagStep::Request();
        m_request.clonePath = m_clone;
        m_request.version = u"1.1.0"_s;
        m_request.revision = m_second;
    }

    void cleanup()
    {
        m_journal.reset();
        m_daemon.reset();
        m_dir.reset();
    }

    void theOperationsAreExactAndChangeNothing()
    {
        const auto plan = release::TagStep::plan(m_request);
        QVERIFY2(plan, qPrintable(plan.error().message()));
        const release::StepPlan operations = step().operations(*plan, m_request);
        QCOMPARE(operations.operations.size(), 2);
        QCOMPARE(operations.operations.at(0).action, u"create-tag"_s);
        QCOMPARE(operations.operations.at(0).payload.value(u"commit"_s).toString(), m_second);
        QCOMPARE(operations.operations.at(1).action, u"push-tag"_s);
        QCOMPARE(operations.operations.at(1).payload.value(u"refspec"_s).toString(),
                 u"refs/tags/1.1.0:refs/tags/1.1.0"_s);
        QVERIFY(operations.blockers.isEmpty());
        QVERIFY(!localTag(u"1.1.0"_s));
        QVERIFY(m_journal->effects(u"1.1.0"_s).isEmpty());
    }

    void theUpgradeScriptHazardFollowsThePlaybooksPatterns()
    {
        // A project spelling its tags "v1.1.0" with an upgrade script that reads them: no false hazard.
        m_request.version = u"v1.1.0"_s;
        m_request.spelling.prefix = u"v"_s;
        const auto hazardIds = [this] {
            QStringList ids;
            const auto plan = release::TagStep::plan(m_request);
            for (const TagHazard &hazard : plan ? plan->hazards : QList<TagHazard>()) {
                ids.append(hazard.id);
            }
            return ids;
        };
        // aleph-vm's patterns (the default) do not take a v-tag: that is the warning the demo showed.
        QVERIFY(hazardIds().contains(u"upgrade-script-ignores"_s));
        m_request.upgradeScriptPatterns = {QRegularExpression(uR"(^v[0-9]+\.[0-9]+\.[0-9]+$)"_s)};
        QVERIFY(!hazardIds().contains(u"upgrade-script-ignores"_s));
        // A playbook naming no pattern knows no upgrade script: nothing to check.
        m_request.upgradeScriptPatterns.clear();
        QVERIFY(!hazardIds().contains(u"upgrade-script-ignores"_s));
        m_request.upgradeScriptPatterns = {QRegularExpression(uR"(^[0-9]+\.[0-9]+\.[0-9]+$)"_s)};
        QVERIFY(hazardIds().contains(u"upgrade-script-ignores"_s));
    }

    void createAndPushRecordsIntentAndResult()
    {
        const auto plan = release::TagStep::plan(m_request);
        QVERIFY(plan);
        const release::TagStatus status = step().createAndPush(*plan, m_request, {});
        QCOMPARE(release::tagStateKey(status.state), u"pushed"_s);
        QCOMPARE(remoteTag(u"1.1.0"_s), m_second);
        const QList<JournalEffect> effects = m_journal->effects(u"1.1.0"_s, u"tag"_s);
        QCOMPARE(effects.size(), 2);
        QCOMPARE(effects.at(0).action, u"create-tag"_s);
        QCOMPARE(effects.at(0).outcome, EffectOutcome::Succeeded);
        QCOMPARE(effects.at(1).action, u"push-tag"_s);
        QCOMPARE(effects.at(1).intent.value(u"commit"_s).toString(), m_second);
        QCOMPARE(effects.at(1).outcome, EffectOutcome::Succeeded);
        QCOMPARE(release::StepPolicy::verdict(*m_journal, u"1.1.0"_s, ReleaseStep::Tag).state, StepState::Done);

        // Done: nothing is left, and doing it again sends nothing and records nothing.
        const auto again = release::TagStep::plan(m_request);
        QVERIFY(step().operations(*again, m_request).isDone());
        QCOMPARE(release::tagStateKey(step().createAndPush(*again, m_request, {}).state), u"pushed"_s);
        QCOMPARE(m_journal->effects(u"1.1.0"_s).size(), 2);
    }

    void anInterruptedPushThatNeverLandedIsPushedOnceAfterReconciling()
    {
        const auto plan = release::TagStep::plan(m_request);
        QVERIFY(plan);
        // The process dies after recording the push intent, before the push.
        const release::TagStep::Started started = step().begin(*plan, m_request);
        QVERIFY(!started.refused);
        QVERIFY(started.createdNow);
        const auto resumed = release::TagStep::plan(m_request);
        QCOMPARE(release::tagStateKey(step().status(*resumed).state), u"interrupted"_s);
        const release::StepPlan left = step().operations(*resumed, m_request);
        QVERIFY(!left.blockers.isEmpty());
        QVERIFY(step().begin(*resumed, m_request).refused);
        QCOMPARE(release::StepPolicy::verdict(*m_journal, u"1.1.0"_s, ReleaseStep::Tag).state,
                 StepState::NeedsAttention);

        const auto answer = git::TagPusher::remoteTag(release::TagStep::pushRequest(*resumed, m_request));
        const release::TagStatus settled = step().reconcile(*resumed, answer);
        QCOMPARE(release::tagStateKey(settled.state), u"failed"_s);
        QVERIFY2(settled.message.contains(u"did not happen"_s), qPrintable(settled.message));

        const release::TagStatus pushed = step().createAndPush(*resumed, m_request, {});
        QCOMPARE(release::tagStateKey(pushed.state), u"pushed"_s);
        QCOMPARE(remoteTag(u"1.1.0"_s), m_second);
        int creates = 0;
        for (const JournalEffect &effect : m_journal->effects(u"1.1.0"_s)) {
            creates += effect.action == u"create-tag"_s ? 1 : 0;
        }
        QCOMPARE(creates, 1);
    }

    void anInterruptedPushThatLandedIsRecordedWithoutPushingAgain()
    {
        const auto plan = release::TagStep::plan(m_request);
        const release::TagStep::Started started = step().begin(*plan, m_request);
        QVERIFY(!started.refused);
        // The push went through, and the process died before recording the result.
        QCOMPARE(runGit({u"push"_s, u"--quiet"_s, u"origin"_s, u"refs/tags/1.1.0"_s}, m_clone), 0);
        const auto resumed = release::TagStep::plan(m_request);
        const release::TagStatus settled =
            step().reconcile(*resumed, git::TagPusher::remoteTag(release::TagStep::pushRequest(*resumed, m_request)));
        QCOMPARE(release::tagStateKey(settled.state), u"pushed"_s);
        const auto last = m_journal->lastEffect(u"1.1.0"_s, u"push-tag"_s, u"1.1.0"_s);
        QCOMPARE(last->outcome, EffectOutcome::Succeeded);
        QVERIFY(last->result.value(u"reconciled"_s).toBool());
        QCOMPARE(m_journal->effects(u"1.1.0"_s, u"tag"_s).size(), 2);
        QCOMPARE(release::StepPolicy::verdict(*m_journal, u"1.1.0"_s, ReleaseStep::Tag).state, StepState::Done);
    }

    void aPushWhoseOutcomeIsUnknownIsLeftUncertainAndKeepsTheTag()
    {
        const auto plan = release::TagStep::plan(m_request);
        QVERIFY(plan);
        const release::TagStep::Started started = step().begin(*plan, m_request);
        QVERIFY(!started.refused);
        // The server stored the tag, then the connection dropped and the remote could not be asked.
        QCOMPARE(runGit({u"push"_s, u"--quiet"_s, u"origin"_s, u"refs/tags/1.1.0"_s}, m_clone), 0);
        git::TagPushOutcome lost;
        lost.status = git::TagPushOutcome::Status::Unknown;
        lost.answerLost = true;
        lost.message = u"Cannot push tag 1.1.0 to the remote: connection reset by peer."_s;
        const release::TagStatus status = step().finish(started, *plan, m_request, lost);

        QCOMPARE(release::tagStateKey(status.state), u"interrupted"_s);
        QVERIFY2(status.message.startsWith(u"Interrupted: check the remote"_s), qPrintable(status.message));
        QVERIFY(localTag(u"1.1.0"_s));
        const auto push = m_journal->lastEffect(u"1.1.0"_s, u"push-tag"_s, u"1.1.0"_s);
        QVERIFY(push);
        QCOMPARE(push->outcome, EffectOutcome::Uncertain);
        QVERIFY(push->error.contains(u"connection reset by peer"_s));
        QCOMPARE(push->result.value(u"status"_s).toString(), u"unknown"_s);
        QCOMPARE(release::StepPolicy::verdict(*m_journal, u"1.1.0"_s, ReleaseStep::Tag).state,
                 StepState::NeedsAttention);

        // Resumed: the step says to check the remote, refuses to push blindly, and the remote's answer settles it.
        const auto resumed = release::TagStep::plan(m_request);
        const release::TagStatus shown = step().status(*resumed);
        QCOMPARE(release::tagStateKey(shown.state), u"interrupted"_s);
        QVERIFY2(shown.message.startsWith(u"Interrupted: check the remote"_s), qPrintable(shown.message));
        QVERIFY(step().begin(*resumed, m_request).refused);
        const release::TagStatus settled =
            step().reconcile(*resumed, git::TagPusher::remoteTag(release::TagStep::pushRequest(*resumed, m_request)));
        QCOMPARE(release::tagStateKey(settled.state), u"pushed"_s);
        QCOMPARE(m_journal->lastEffect(u"1.1.0"_s, u"push-tag"_s, u"1.1.0"_s)->outcome, EffectOutcome::Succeeded);
        QCOMPARE(release::StepPolicy::verdict(*m_journal, u"1.1.0"_s, ReleaseStep::Tag).state, StepState::Done);
    }

    void aTagOnAnotherCommitIsNeverMoved()
    {
        QCOMPARE(runGit({u"tag"_s, u"1.1.0"_s, m_first}, m_clone), 0);
        const auto plan = release::TagStep::plan(m_request);
        QVERIFY(plan);
        const release::StepPlan left = step().operations(*plan, m_request);
        QVERIFY(left.operations.isEmpty());
        QVERIFY2(!left.blockers.isEmpty() && left.blockers.constFirst().contains(u"never moved"_s),
                 qPrintable(left.blockers.join(u'\n')));
        const release::TagStatus status = step().createAndPush(*plan, m_request, {});
        QCOMPARE(release::tagStateKey(status.state), u"conflict"_s);
        QVERIFY(remoteTag(u"1.1.0"_s).isEmpty());
        QVERIFY(m_journal->effects(u"1.1.0"_s).isEmpty());
    }

    void withoutAJournalNothingIsDone()
    {
        const release::TagStep unrecorded(nullptr, u"1.1.0"_s);
        const auto plan = release::TagStep::plan(m_request);
        const release::TagStatus status = unrecorded.createAndPush(*plan, m_request, {});
        QVERIFY(status.message.contains(u"journal"_s));
        QVERIFY(!localTag(u"1.1.0"_s));
        QVERIFY(remoteTag(u"1.1.0"_s).isEmpty());
    }

private:
    [[nodiscard]] release::TagStep step() const
    {
        return release::TagStep(m_journal.get(), u"1.1.0"_s);
    }

    [[nodiscard]] bool localTag(const QString &name) const
    {
        auto repository = git::Repository::open(m_clone);
        return repository && repository->tag(name);
    }

    [[nodiscard]] QString remoteTag(const QString &name) const
    {
        QString sha;
        if (runGit({u"rev-parse"_s, u"--verify"_s, u"--quiet"_s, name + u"^{commit}"_s},
                   m_daemon->repositoryPath(u"project.git"_s), &sha) != 0) {
            return {};
        }
        return sha;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ra::test::GitDaemon> m_daemon;
    std::unique_ptr<Journal> m_journal;
    QString m_clone;
    QString m_first;
    QString m_second;
    release::TagStep::Request m_request;
};

QTEST_GUILESS_MAIN(TestTagStep)
#include "tst_tagstep.moc"
