// SPDX-License-Identifier: GPL-3.0-or-later
// `release-assistant-cli tag` and `git log` run as the real executable against a clone whose origin is a real
// `git daemon` on 127.0.0.1: planning changes nothing, a hook's refusal fails the command with the hook's words
// and takes the local tag back, a successful push is verified on the remote.
#include "clirunner.h"
#include "gitdaemon.h"
#include "historybuilder.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ra::test::runCli;
using ra::test::runGit;

class TestCliTag : public QObject
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
        m_state = std::make_unique<QTemporaryDir>();
        ra::test::HistoryBuilder history(m_dir->path());
        const int first = history.commit(u"Initial commit"_s, {});
        const int second = history.commit(u"Feature: allow IPv6 in VMs (#701)"_s, {first});
        const int third = history.commit(u"Fix: pin the firecracker version (#702)"_s, {second});
        history.lightweightTag(u"1.0.0"_s, first);
        QVERIFY2(history.run(&error), qPrintable(error));
        m_first = history.sha(first);
        m_third = history.sha(third);
        QCOMPARE(runGit({u"remote"_s, u"add"_s, u"origin"_s, m_daemon->url(u"aleph-vm.git"_s)}, m_dir->path()), 0);
        QString log;
        QVERIFY2(runGit({u"push"_s, u"--quiet"_s, u"origin"_s, u"main"_s}, m_dir->path(), nullptr, &log) == 0,
                 qPrintable(log));
    }

    void cleanup()
    {
        m_daemon.reset();
        m_dir.reset();
        m_state.reset();
    }

    void planChangesNothingAndShowsHazards()
    {
        // 1.1.0 on the commit that already carries 1.0.0: git describe keeps printing 1.0.0.
        const auto run = runTag({u"tag"_s, u"plan"_s, u"--repo"_s, m_dir->path(), u"--version"_s, u"1.1.0"_s,
                                 u"--commit"_s, m_first, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject plan = run.json().object().value(u"plan"_s).toObject();
        QCOMPARE(plan.value(u"tag"_s).toString(), u"1.1.0"_s);
        QCOMPARE(plan.value(u"commit"_s).toString(), m_first);
        QStringList hazardIds;
        for (const QJsonValue &hazard : plan.value(u"hazards"_s).toArray()) {
            hazardIds.append(hazard.toObject().value(u"id"_s).toString());
        }
        QVERIFY2(hazardIds.contains(u"describe-collision"_s), qPrintable(hazardIds.join(u", "_s)));
        const QJsonArray proposals = plan.value(u"proposals"_s).toArray();
        QVERIFY(!proposals.isEmpty());
        QVERIFY(proposals.first().toObject().value(u"suggested"_s).toBool());
        QVERIFY(!proposals.first().toObject().value(u"reason"_s).toString().isEmpty());
        QVERIFY(!localTagExists(u"1.1.0"_s));
        QVERIFY(!remoteTagExists(u"1.1.0"_s));
    }

    void hookRejectionFailsWithTheHookMessageAndLeavesNoLocalTag()
    {
        QVERIFY(m_daemon->setHook(u"aleph-vm.git"_s, u"pre-receive"_s,
                                  "#!/bin/sh\necho 'tags need two approvals (release policy)' >&2\nexit 1\n"));
        const auto run = runTag(
            {u"tag"_s, u"push"_s, u"--repo"_s, m_dir->path(), u"--version"_s, u"1.1.0"_s, u"--commit"_s, m_third});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(u"tags need two approvals (release policy)"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"removed"_s), qPrintable(run.err));
        QVERIFY(!localTagExists(u"1.1.0"_s));
        QVERIFY(!remoteTagExists(u"1.1.0"_s));
    }

    void hookRejectionKeepsTheLocalTagWhenAsked()
    {
        QVERIFY(m_daemon->setHook(u"aleph-vm.git"_s, u"pre-receive"_s, "#!/bin/sh\necho 'frozen' >&2\nexit 1\n"));
        const auto run = runTag({u"tag"_s, u"push"_s, u"--repo"_s, m_dir->path(), u"--version"_s, u"1.1.0"_s,
                                 u"--commit"_s, m_third, u"--keep-local-tag"_s});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(u"frozen"_s), qPrintable(run.err));
        QVERIFY(localTagExists(u"1.1.0"_s));
        QVERIFY(!remoteTagExists(u"1.1.0"_s));
    }

    void successfulPushIsVerifiedOnTheRemote()
    {
        const auto run = runTag({u"tag"_s, u"push"_s, u"--repo"_s, m_dir->path(), u"--version"_s, u"1.1.0"_s,
                                 u"--commit"_s, m_third, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject result = run.json().object();
        QVERIFY(result.value(u"createdLocalTag"_s).toBool());
        const QJsonObject push = result.value(u"push"_s).toObject();
        QCOMPARE(push.value(u"status"_s).toString(), u"pushed"_s);
        QCOMPARE(push.value(u"remoteCommit"_s).toString(), m_third);
        QString remote;
        QCOMPARE(runGit({u"rev-parse"_s, u"1.1.0^{commit}"_s}, m_daemon->repositoryPath(u"aleph-vm.git"_s), &remote),
                 0);
        QCOMPARE(remote, m_third);

        // Running it again is safe: the tag is already there, nothing is sent.
        const auto again = runTag({u"tag"_s, u"push"_s, u"--repo"_s, m_dir->path(), u"--version"_s, u"1.1.0"_s,
                                   u"--commit"_s, m_third, u"--json"_s});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(again.json().object().value(u"push"_s).toObject().value(u"status"_s).toString(), u"already-pushed"_s);
    }

    void refusesToMoveAnExistingTag()
    {
        QCOMPARE(runGit({u"tag"_s, u"1.1.0"_s, m_first}, m_dir->path()), 0);
        const auto run = runTag(
            {u"tag"_s, u"create"_s, u"--repo"_s, m_dir->path(), u"--version"_s, u"1.1.0"_s, u"--commit"_s, m_third});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(u"never moved"_s), qPrintable(run.err));
        QString sha;
        runGit({u"rev-parse"_s, u"1.1.0^{commit}"_s}, m_dir->path(), &sha);
        QCOMPARE(sha, m_first);
    }

    void malformedVersionIsRefused()
    {
        const auto run = runTag({u"tag"_s, u"plan"_s, u"--repo"_s, m_dir->path(), u"--version"_s, u"1.x.1"_s});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.out.contains(u"not-pep440"_s), qPrintable(run.out));
        QVERIFY2(run.err.contains(u"cannot be created"_s), qPrintable(run.err));
        const auto create = runTag({u"tag"_s, u"create"_s, u"--repo"_s, m_dir->path(), u"--version"_s, u"1.x.1"_s});
        QVERIFY(create.exitCode != 0);
        QVERIFY(!localTagExists(u"1.x.1"_s));
    }

    void gitLogListsTheRangeWithPullRequests()
    {
        const auto run = runCli({u"git"_s, u"log"_s, u"--repo"_s, m_dir->path(), u"--from"_s, u"1.0.0"_s, u"--to"_s,
                                 u"HEAD"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray commits = run.json().array();
        QCOMPARE(commits.size(), 2);
        QList<int> pullRequests;
        for (const QJsonValue &commit : commits) {
            for (const QJsonValue &number : commit.toObject().value(u"pullRequests"_s).toArray()) {
                pullRequests.append(number.toInt());
            }
        }
        std::sort(pullRequests.begin(), pullRequests.end());
        QCOMPARE(pullRequests, (QList<int>{701, 702}));
    }

private:
    /// The clone's remote is a local git daemon, not GitHub: the project is named by its preset, and each test
    /// keeps its own release journal.
    [[nodiscard]] ra::test::CliRun runTag(QStringList arguments) const
    {
        arguments << u"--preset"_s << u"aleph-vm"_s << u"--journal"_s << m_state->filePath(u"journal.sqlite"_s);
        return runCli(arguments);
    }

    bool localTagExists(const QString &tag) const
    {
        return runGit({u"rev-parse"_s, u"--verify"_s, u"--quiet"_s, u"refs/tags/"_s + tag}, m_dir->path()) == 0;
    }

    bool remoteTagExists(const QString &tag) const
    {
        return runGit({u"rev-parse"_s, u"--verify"_s, u"--quiet"_s, u"refs/tags/"_s + tag},
                      m_daemon->repositoryPath(u"aleph-vm.git"_s)) == 0;
    }

    std::unique_ptr<ra::test::GitDaemon> m_daemon;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QTemporaryDir> m_state;
    QString m_first;
    QString m_third;
};

QTEST_GUILESS_MAIN(TestCliTag)
#include "tst_clitag.moc"
