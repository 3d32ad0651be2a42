// SPDX-License-Identifier: GPL-3.0-or-later
// History walks on synthetic repositories (merges, squash merges, tags sharing a commit, rc tags, real
// aleph-vm subjects), checked against `git log` over the same range.
#include "git/historywalk.h"
#include "git/pullrequests.h"
#include "git/releasetags.h"
#include "git/repository.h"
#include "git/tagversionorder.h"

#include "gitdaemon.h"
#include "historybuilder.h"

#include <QFile>
#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ra::test::HistoryBuilder;
using ra::test::runGit;

class TestHistoryWalk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void pullRequestNumbers_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QList<int>>("expected");
        QTest::addRow("squash suffix") << u"fix(systemd): retry on stale proxy after daemon-reexec (#1053)"_s
                                       << QList<int>{1053};
        QTest::addRow("merge commit") << u"Merge pull request #412 from aleph-im/hoh-fix-cache"_s << QList<int>{412};
        QTest::addRow("nested squash") << u"Feature: big change (#12) (#15)"_s << QList<int>{12, 15};
        QTest::addRow("issue mention is no PR") << u"Fix: crash reported in #99"_s << QList<int>{};
        QTest::addRow("merge of a branch") << u"Merge branch 'main' into dev"_s << QList<int>{};
        QTest::addRow("repeat counted once") << u"Revert (#7) (#7)"_s << QList<int>{7};
        QTest::addRow("ten digits are no PR") << u"Fix: date (#1234567890)"_s << QList<int>{};
        QTest::addRow("nine digits are") << u"Fix: big (#123456789)"_s << QList<int>{123456789};
        QTest::addRow("zero is no PR") << u"Fix: nothing (#0)"_s << QList<int>{};
        QTest::addRow("merge number glued to a word") << u"Merge pull request #12x from a/b"_s << QList<int>{};
        QTest::addRow("merge and suffix") << u"Merge pull request #7 from a/b (#7) (#8)"_s << QList<int>{7, 8};
        QTest::addRow("nested parentheses") << u"Fix ((#5))(#6)"_s << QList<int>{5, 6};
        QTest::addRow("unclosed") << u"Fix (#5 and (#6)"_s << QList<int>{6};
        QTest::addRow("merge not at the start") << u"Revert \"Merge pull request #9 from a/b\""_s << QList<int>{};
    }

    void pullRequestNumbers()
    {
        QFETCH(QString, subject);
        QFETCH(QList<int>, expected);
        QCOMPARE(ra::git::pullRequestNumbers(subject), expected);
    }

    void walkMatchesGitLog_data()
    {
        QTest::addColumn<bool>("firstParent");
        QTest::addRow("full") << false;
        QTest::addRow("first-parent") << true;
    }

    void walkMatchesGitLog()
    {
        QFETCH(bool, firstParent);
        HistoryBuilder history(m_dir->path());
        int tip = history.commit(u"Initial commit"_s, {});
        tip = history.commit(u"Feature: first feature (#1)"_s, {tip});
        history.lightweightTag(u"1.0.0-rc1"_s, tip);
        history.lightweightTag(u"1.0.0"_s, tip);
        const int side1 = history.commit(u"Fix: on a branch"_s, {tip}, u"topic"_s);
        const int side2 = history.commit(u"Fix: more on the branch\n\nSolution: do it.\n"_s, {side1}, u"topic"_s);
        tip = history.commit(u"Fix: squash-merged fix (#3)"_s, {tip});
        tip = history.commit(u"Merge pull request #4 from contributor/topic"_s, {tip, side2});
        history.lightweightTag(u"1.1.0-rc1"_s, tip);
        tip = history.commit(u"Doc: explain (#5)"_s, {tip});
        history.lightweightTag(u"1.1.0"_s, tip);
        QString error;
        QVERIFY2(history.run(&error), qPrintable(error));

        ra::git::WalkRange range;
        range.repositoryPath = m_dir->path();
        range.from = u"1.0.0"_s;
        range.to = u"1.1.0"_s;
        range.firstParent = firstParent;
        const auto commits = ra::git::walkHistory(range);
        QVERIFY2(commits, qPrintable(commits.error().message()));

        QStringList arguments{u"log"_s, u"--format=%H"_s};
        if (firstParent) {
            arguments.append(u"--first-parent"_s);
        }
        arguments.append(u"1.0.0..1.1.0"_s);
        QString gitSays;
        QCOMPARE(runGit(arguments, m_dir->path(), &gitSays), 0);
        QStringList ours;
        for (const ra::Commit &commit : *commits) {
            ours.append(commit.sha);
        }
        QCOMPARE(ours, gitSays.split(u'\n'));
        QCOMPARE(commits->size(), firstParent ? 3 : 5);

        const ra::Commit &newest = commits->constFirst();
        QCOMPARE(newest.subject, u"Doc: explain (#5)"_s);
        QCOMPARE(newest.pullRequests, QList<int>{5});
        QCOMPARE(newest.authorName, u"Release Tester"_s);
        QCOMPARE(newest.authorEmail, u"tester@example.org"_s);
        QVERIFY(newest.authoredAt.isValid());
        const ra::Commit &merge = commits->at(1);
        QVERIFY(merge.isMerge());
        QCOMPARE(merge.parents.size(), 2);
        QCOMPARE(merge.pullRequests, QList<int>{4});
        if (!firstParent) {
            const auto withBody = std::find_if(commits->cbegin(), commits->cend(), [](const ra::Commit &commit) {
                return commit.subject == u"Fix: more on the branch"_s;
            });
            QVERIFY(withBody != commits->cend());
            QCOMPARE(withBody->body.trimmed(), u"Solution: do it."_s);
        }
    }

    void rangeStartsAtThePreviousReleaseTag()
    {
        HistoryBuilder history(m_dir->path());
        int tip = history.commit(u"Initial commit"_s, {});
        history.lightweightTag(u"1.9.0"_s, tip);
        tip = history.commit(u"Fix: a (#10)"_s, {tip});
        history.lightweightTag(u"1.9.1-rc1"_s, tip);
        tip = history.commit(u"Fix: b (#11)"_s, {tip});
        QString error;
        QVERIFY2(history.run(&error), qPrintable(error));
        const auto repository = ra::git::Repository::open(m_dir->path());
        const auto previous = ra::git::previousReleaseTag(*repository->tags(), u"1.9.1"_s, ra::git::tagVersionOrder());
        QVERIFY(previous);
        QCOMPARE(previous->name, u"1.9.0"_s);
        ra::git::WalkRange range{m_dir->path(), previous->name, history.sha(tip), false};
        const auto commits = ra::git::walkHistory(range);
        QVERIFY(commits);
        QCOMPARE(commits->size(), 2);
        QCOMPARE(commits->at(1).pullRequests, QList<int>{10});
    }

    void walksRealAlephVmSubjects()
    {
        QFile file(QStringLiteral(RA_TEST_DATA_DIR "/aleph-vm-subjects.txt"));
        QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
        QStringList subjects;
        while (!file.atEnd() && subjects.size() < 400) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (!line.isEmpty()) {
                subjects.append(line);
            }
        }
        QCOMPARE(subjects.size(), 400);
        // The file lists the newest first; build oldest first.
        HistoryBuilder history(m_dir->path());
        int tip = history.commit(u"Initial commit"_s, {});
        history.lightweightTag(u"start"_s, tip);
        for (auto it = subjects.crbegin(); it != subjects.crend(); ++it) {
            tip = history.commit(*it, {tip});
        }
        QString error;
        QVERIFY2(history.run(&error), qPrintable(error));

        const auto commits = ra::git::walkHistory({m_dir->path(), u"start"_s, u"main"_s, true});
        QVERIFY2(commits, qPrintable(commits.error().message()));
        QCOMPARE(commits->size(), subjects.size());
        int withPr = 0;
        static const QRegularExpression suffix(u"\\(#(\\d+)\\)$"_s);
        for (qsizetype i = 0; i < subjects.size(); ++i) {
            QCOMPARE(commits->at(i).subject, subjects.at(i));
            const auto match = suffix.match(subjects.at(i));
            if (match.hasMatch()) {
                ++withPr;
                QVERIFY2(commits->at(i).pullRequests.contains(match.captured(1).toInt()), qPrintable(subjects.at(i)));
            }
        }
        QVERIFY(withPr > 100);
        QCOMPARE(commits->constFirst().pullRequests, QList<int>{1081});
    }

    void cancelStopsTheWalk()
    {
        HistoryBuilder history(m_dir->path());
        int tip = history.commit(u"Initial commit"_s, {});
        for (int i = 0; i < 2000; ++i) {
            tip = history.commit(u"Fix: %1"_s.arg(i), {tip});
        }
        QString error;
        QVERIFY2(history.run(&error), qPrintable(error));
        int polls = 0;
        const auto cancelled =
            ra::git::walkHistory({m_dir->path(), {}, u"main"_s, false}, [&polls] { return ++polls > 1; });
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, int(GIT_EUSER));
        QVERIFY(cancelled.error().message().contains(u"cancelled"_s));

        QFutureWatcher<ra::git::Result<QList<ra::Commit>>> watcher;
        QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
        watcher.setFuture(ra::git::walkHistoryAsync({m_dir->path(), {}, u"main"_s, false}));
        QVERIFY(finished.wait(60000));
        QVERIFY(watcher.result());
        QCOMPARE(watcher.result()->size(), 2001);
    }

    void reportsAnUnknownRevision()
    {
        HistoryBuilder history(m_dir->path());
        history.commit(u"Initial commit"_s, {});
        QString error;
        QVERIFY2(history.run(&error), qPrintable(error));
        const auto result = ra::git::walkHistory({m_dir->path(), u"9.9.9"_s, u"main"_s, false});
        QVERIFY(!result);
        QVERIFY2(result.error().message().contains(u"9.9.9"_s), qPrintable(result.error().message()));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestHistoryWalk)
#include "tst_historywalk.moc"
