// SPDX-License-Identifier: GPL-3.0-or-later
// Pushing one tag over git's smart HTTP protocol to the real `git http-backend`, behind a server that wants a
// token as a forge does: the right token pushes and verifies, a missing or wrong one fails with a message
// about credentials and leaves the remote unchanged.
#include "git/repository.h"
#include "git/tagpusher.h"

#include "gitdaemon.h"
#include "githttpserver.h"
#include "historybuilder.h"

#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ra::git::TagPushOutcome;
using ra::test::runGit;

class TestTagPushHttp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<ra::test::GitHttpServer>();
        QString error;
        QVERIFY2(m_server->start(u"github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz"_s, &error),
                 qPrintable(error));
        QVERIFY(!m_server->createBareRepository(u"aleph-vm.git"_s).isEmpty());
        m_dir = std::make_unique<QTemporaryDir>();
        ra::test::HistoryBuilder history(m_dir->path());
        const int first = history.commit(u"Initial commit"_s, {});
        QVERIFY2(history.run(&error), qPrintable(error));
        m_sha = history.sha(first);
        auto repository = ra::git::Repository::open(m_dir->path());
        QVERIFY(repository);
        QVERIFY(repository.value().createTag(u"1.0.0"_s, m_sha, false, {}));
    }

    void cleanup()
    {
        m_server.reset();
        m_dir.reset();
    }

    void pushesWithTheToken()
    {
        const TagPushOutcome outcome = push(u"github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz"_s);
        QVERIFY2(outcome.status == TagPushOutcome::Status::Pushed, qPrintable(outcome.message));
        QCOMPARE(outcome.remoteTag.commitSha, m_sha);
        QString remote;
        QCOMPARE(runGit({u"rev-parse"_s, u"1.0.0^{commit}"_s}, m_server->repositoryPath(u"aleph-vm.git"_s), &remote),
                 0);
        QCOMPARE(remote, m_sha);
        QVERIFY2(!outcome.message.contains(u"github_pat_"_s), "the token must never reach a message");
    }

    void failsWithoutTheRightToken_data()
    {
        QTest::addColumn<QString>("token");
        QTest::newRow("no token") << QString();
        QTest::newRow("wrong token") << u"github_pat_11WRONG0000000000000_zzzzzzzzzzzzzzzzzzzzzzzzzz"_s;
    }

    void failsWithoutTheRightToken()
    {
        QFETCH(QString, token);
        const TagPushOutcome outcome = push(token);
        QCOMPARE(outcome.status, TagPushOutcome::Status::Failed);
        QVERIFY(m_server->refusedRequests() > 0);
        QVERIFY2(outcome.message.contains(u"authenticat"_s, Qt::CaseInsensitive) ||
                     outcome.message.contains(u"credential"_s, Qt::CaseInsensitive),
                 qPrintable(outcome.message));
        QVERIFY2(!outcome.message.contains(u"github_pat_"_s), "the token must never reach a message");
        QCOMPARE(runGit({u"rev-parse"_s, u"--verify"_s, u"--quiet"_s, u"refs/tags/1.0.0"_s},
                        m_server->repositoryPath(u"aleph-vm.git"_s)),
                 1);
    }

private:
    /// The server answers on this thread, so the push runs on the pool while the event loop spins.
    TagPushOutcome push(const QString &token)
    {
        ra::git::TagPushRequest request;
        request.repositoryPath = m_dir->path();
        request.remote = m_server->url(u"aleph-vm.git"_s);
        request.tag = u"1.0.0"_s;
        request.commitSha = m_sha;
        request.credentials = ra::git::agentKeyOrToken({}, {}, token);
        QFutureWatcher<TagPushOutcome> watcher;
        QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
        watcher.setFuture(ra::git::TagPusher::pushAsync(request));
        if (!finished.wait(60000)) {
            return {};
        }
        return watcher.result();
    }

    std::unique_ptr<ra::test::GitHttpServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_sha;
};

QTEST_GUILESS_MAIN(TestTagPushHttp)
#include "tst_tagpushhttp.moc"
