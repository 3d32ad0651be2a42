// SPDX-License-Identifier: GPL-3.0-or-later
// Pushing one tag to a real `git daemon` on 127.0.0.1: success, a pre-receive hook refusing it, a tag already
// on the remote elsewhere, a remote that is down, and one that accepts the connection and never answers.
#include "git/libgit2guard.h"
#include "git/repository.h"
#include "git/tagpusher.h"

#include "faultproxy.h"
#include "freeport.h"
#include "gitdaemon.h"
#include "historybuilder.h"

#include <QFutureWatcher>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ra::git::Repository;
using ra::git::TagPusher;
using ra::git::TagPushOutcome;
using ra::test::runGit;

class TestTagPush : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_daemon = std::make_unique<ra::test::GitDaemon>();
        QString error;
        QVERIFY2(m_daemon->start(&error), qPrintable(error));
        QVERIFY(!m_daemon->createBareRepository(u"aleph-vm.git"_s).isEmpty());
        m_dir = std::make_unique<QTemporaryDir>();
        ra::test::HistoryBuilder history(m_dir->path());
        const int first = history.commit(u"Initial commit"_s, {});
        const int second = history.commit(u"Fix: something (#12)"_s, {first});
        QVERIFY2(history.run(&error), qPrintable(error));
        m_first = history.sha(first);
        m_second = history.sha(second);
        QCOMPARE(runGit({u"remote"_s, u"add"_s, u"origin"_s, m_daemon->url(u"aleph-vm.git"_s)}, m_dir->path()), 0);
        QString log;
        QVERIFY2(runGit({u"push"_s, u"--quiet"_s, u"origin"_s, u"main"_s}, m_dir->path(), nullptr, &log) == 0,
                 qPrintable(log));
    }

    void cleanup()
    {
        m_daemon.reset();
        m_dir.reset();
    }

    void pushesAndVerifies()
    {
        createLocalTag(u"1.0.0"_s, m_second, false);
        int progressCalls = 0;
        bool sawVerifying = false;
        auto request = requestFor(u"1.0.0"_s, m_second);
        request.progress = [&](const ra::git::PushProgress &progress) {
            ++progressCalls;
            sawVerifying = sawVerifying || progress.stage == ra::git::PushProgress::Stage::Verifying;
        };
        const TagPushOutcome outcome = TagPusher::push(request);
        QVERIFY2(outcome.status == TagPushOutcome::Status::Pushed, qPrintable(outcome.message));
        QVERIFY(outcome.succeeded());
        QCOMPARE(outcome.remoteTag.commitSha, m_second);
        QVERIFY(progressCalls > 0);
        QVERIFY(sawVerifying);
        QCOMPARE(remoteSays(u"1.0.0^{commit}"_s), m_second);

        // A second push finds it there and sends nothing.
        const TagPushOutcome again = TagPusher::push(requestFor(u"1.0.0"_s, m_second));
        QCOMPARE(again.status, TagPushOutcome::Status::AlreadyPushed);
    }

    void pushesAnAnnotatedTagAndVerifiesTheCommit()
    {
        QCOMPARE(runGit({u"config"_s, u"user.name"_s, u"Release Tester"_s}, m_dir->path()), 0);
        QCOMPARE(runGit({u"config"_s, u"user.email"_s, u"tester@example.org"_s}, m_dir->path()), 0);
        createLocalTag(u"2.0.0"_s, m_first, true);
        const TagPushOutcome outcome = TagPusher::push(requestFor(u"2.0.0"_s, m_first));
        QVERIFY2(outcome.status == TagPushOutcome::Status::Pushed, qPrintable(outcome.message));
        QCOMPARE(outcome.remoteTag.commitSha, m_first);
        const auto listed = TagPusher::remoteTag(requestFor(u"2.0.0"_s, m_first));
        QVERIFY(listed);
        QVERIFY(listed->exists);
        QCOMPARE(listed->commitSha, m_first);
    }

    void reportsAHookRejectionWithItsMessage()
    {
        QVERIFY(m_daemon->setHook(u"aleph-vm.git"_s, u"pre-receive"_s,
                                  "#!/bin/sh\necho 'release tags are frozen until the audit is done' >&2\nexit 1\n"));
        createLocalTag(u"1.0.0"_s, m_second, false);
        const TagPushOutcome outcome = TagPusher::push(requestFor(u"1.0.0"_s, m_second));
        QCOMPARE(outcome.status, TagPushOutcome::Status::Rejected);
        QVERIFY(!outcome.succeeded());
        QVERIFY2(outcome.message.contains(u"release tags are frozen until the audit is done"_s),
                 qPrintable(outcome.message));
        QVERIFY2(outcome.message.contains(u"pre-receive hook declined"_s), qPrintable(outcome.message));
        QVERIFY(outcome.remoteMessages.contains(u"release tags are frozen until the audit is done"_s));
        QCOMPARE(runGit({u"rev-parse"_s, u"--verify"_s, u"--quiet"_s, u"refs/tags/1.0.0"_s},
                        m_daemon->repositoryPath(u"aleph-vm.git"_s)),
                 1);
    }

    void refusesWhenTheRemoteTagPointsElsewhere()
    {
        QString log;
        QVERIFY2(runGit({u"push"_s, u"--quiet"_s, u"origin"_s, m_first + u":refs/tags/1.0.0"_s}, m_dir->path(), nullptr,
                        &log) == 0,
                 qPrintable(log));
        createLocalTag(u"1.0.0"_s, m_second, false);
        const TagPushOutcome outcome = TagPusher::push(requestFor(u"1.0.0"_s, m_second));
        QCOMPARE(outcome.status, TagPushOutcome::Status::Conflict);
        QCOMPARE(outcome.remoteTag.commitSha, m_first);
        QVERIFY2(outcome.message.contains(m_first.left(8)), qPrintable(outcome.message));
        QCOMPARE(remoteSays(u"1.0.0^{commit}"_s), m_first);
    }

    void reportsAnUnreachableRemote()
    {
        createLocalTag(u"1.0.0"_s, m_second, false);
        auto request = requestFor(u"1.0.0"_s, m_second);
        request.remote = u"git://127.0.0.1:%1/aleph-vm.git"_s.arg(ra::test::freeLoopbackPort());
        const TagPushOutcome outcome = TagPusher::push(request);
        QCOMPARE(outcome.status, TagPushOutcome::Status::Failed);
        QVERIFY2(outcome.message.contains(u"reachable"_s), qPrintable(outcome.message));
        QVERIFY(!TagPusher::remoteTag(request));
    }

    void aServerThatNeverAnswersTimesOut()
    {
        ra::git::setNetworkTimeouts(std::chrono::milliseconds(1000), std::chrono::milliseconds(1000));
        const auto restore = qScopeGuard(
            [] { ra::git::setNetworkTimeouts(ra::git::DefaultConnectTimeout, ra::git::DefaultServerTimeout); });
        ra::test::FaultProxy proxy;
        QVERIFY(proxy.listen());
        proxy.setMode(ra::test::FaultProxy::Mode::Stall);
        createLocalTag(u"1.0.0"_s, m_second, false);
        auto request = requestFor(u"1.0.0"_s, m_second);
        request.remote = u"http://127.0.0.1:%1/aleph-vm.git"_s.arg(proxy.port());
        QFutureWatcher<TagPushOutcome> watcher;
        QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
        watcher.setFuture(TagPusher::pushAsync(request));
        const bool ended = finished.wait(20000);
        if (!ended) {
            proxy.shutDown(); // releases the worker before the test fails
            QVERIFY(finished.wait(60000));
        }
        QVERIFY2(ended, "the push still waited after 20 s on a server that never answers");
        const TagPushOutcome outcome = watcher.result();
        QCOMPARE(outcome.status, TagPushOutcome::Status::Failed);
        QVERIFY2(outcome.message.contains(u"did not answer in time"_s) && outcome.message.contains(u"retry"_s),
                 qPrintable(outcome.message));
    }

    void refusesWhenTheLocalTagIsOnAnotherCommit()
    {
        createLocalTag(u"1.0.0"_s, m_first, false);
        const TagPushOutcome outcome = TagPusher::push(requestFor(u"1.0.0"_s, m_second));
        QCOMPARE(outcome.status, TagPushOutcome::Status::Failed);
        QVERIFY(outcome.message.contains(u"nothing was pushed"_s));
    }

    void pushesOffTheCallingThread()
    {
        createLocalTag(u"1.0.0"_s, m_second, false);
        QFutureWatcher<TagPushOutcome> watcher;
        QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
        watcher.setFuture(TagPusher::pushAsync(requestFor(u"1.0.0"_s, m_second)));
        QVERIFY(finished.wait(60000));
        QCOMPARE(watcher.result().status, TagPushOutcome::Status::Pushed);
    }

private:
    ra::git::TagPushRequest requestFor(const QString &tag, const QString &sha) const
    {
        ra::git::TagPushRequest request;
        request.repositoryPath = m_dir->path();
        request.tag = tag;
        request.commitSha = sha;
        return request;
    }

    void createLocalTag(const QString &name, const QString &sha, bool annotated)
    {
        auto repository = Repository::open(m_dir->path());
        QVERIFY(repository);
        const auto created = repository.value().createTag(name, sha, annotated, u"Release %1"_s.arg(name));
        QVERIFY2(created, qPrintable(created.error().message()));
    }

    QString remoteSays(const QString &revision) const
    {
        QString output;
        runGit({u"rev-parse"_s, revision}, m_daemon->repositoryPath(u"aleph-vm.git"_s), &output);
        return output;
    }

    std::unique_ptr<ra::test::GitDaemon> m_daemon;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_first;
    QString m_second;
};

QTEST_GUILESS_MAIN(TestTagPush)
#include "tst_tagpush.moc"
