// SPDX-License-Identifier: GPL-3.0-or-later
#include "notes/commitclassifier.h"

#include <QTest>

using namespace Qt::StringLiterals;
using ra::notes::ChangeKind;
using ra::notes::CommitStyle;

class TestCommitClassifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("body");
        QTest::addColumn<ChangeKind>("kind");
        QTest::addColumn<CommitStyle>("style");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QList<int>>("prs");
        QTest::addColumn<bool>("breaking");

        // Real aleph-vm subjects from tests/data/aleph-vm-subjects.txt, one per style generation.
        QTest::newRow("forum fix") << u"Fix: Graceful QEMU shutdown escalation to prevent disk corruption (#925)"_s
                                   << u"Solution: escalate to SIGKILL."_s << ChangeKind::Fix << CommitStyle::Forum
                                   << u"Graceful QEMU shutdown escalation to prevent disk corruption"_s << QString()
                                   << QList<int>{925} << false;
        QTest::newRow("forum feature") << u"Feature: allow VMs to use IPv6"_s << QString() << ChangeKind::Feature
                                       << CommitStyle::Forum << u"Allow VMs to use IPv6"_s << QString() << QList<int>{}
                                       << false;
        QTest::newRow("forum refactor") << u"Refactor: split the supervisor"_s << QString() << ChangeKind::Internal
                                        << CommitStyle::Forum << u"Split the supervisor"_s << QString() << QList<int>{}
                                        << false;
        QTest::newRow("forum doc") << u"Doc: explain the firewall"_s << QString() << ChangeKind::Docs
                                   << CommitStyle::Forum << u"Explain the firewall"_s << QString() << QList<int>{}
                                   << false;
        QTest::newRow("forum cleanup") << u"Cleanup: unused imports"_s << QString() << ChangeKind::Internal
                                       << CommitStyle::Forum << u"Unused imports"_s << QString() << QList<int>{}
                                       << false;
        QTest::newRow("problem fix") << u"Problem: VM crashed when the cache was missing"_s
                                     << u"Solution: Create the directory at start-up."_s << ChangeKind::Fix
                                     << CommitStyle::ProblemFirst << u"VM crashed when the cache was missing"_s
                                     << QString() << QList<int>{} << false;
        QTest::newRow("problem feature") << u"Problem: no way to list executions (#711)"_s
                                         << u"Solution: Add an endpoint\nthat lists them."_s << ChangeKind::Feature
                                         << CommitStyle::ProblemFirst << u"No way to list executions"_s << QString()
                                         << QList<int>{711} << false;
        QTest::newRow("conventional scope")
            << u"fix(supervisor): stop mid-boot corruption of persistent VM rootfs (#1081)"_s << QString()
            << ChangeKind::Fix << CommitStyle::Conventional << u"Stop mid-boot corruption of persistent VM rootfs"_s
            << u"supervisor"_s << QList<int>{1081} << false;
        QTest::newRow("conventional feat")
            << u"feat(auth): source allocation signers from settings (#968)"_s << QString() << ChangeKind::Feature
            << CommitStyle::Conventional << u"Source allocation signers from settings"_s << u"auth"_s << QList<int>{968}
            << false;
        QTest::newRow("conventional breaking")
            << u"feat(agent)!: drop the 1.x API"_s << QString() << ChangeKind::Feature << CommitStyle::Conventional
            << u"Drop the 1.x API"_s << u"agent"_s << QList<int>{} << true;
        QTest::newRow("breaking footer") << u"refactor: new config layout"_s << u"BREAKING CHANGE: env vars"_s
                                         << ChangeKind::Internal << CommitStyle::Conventional << u"New config layout"_s
                                         << QString() << QList<int>{} << true;
        QTest::newRow("ci") << u"ci: drop Debian 12 from droplet integration tests (#1056)"_s << QString()
                            << ChangeKind::Tooling << CommitStyle::Conventional
                            << u"Drop Debian 12 from droplet integration tests"_s << QString() << QList<int>{1056}
                            << false;
        QTest::newRow("perf") << u"perf(systemd): run enable_and_start off the event loop (#1054)"_s << QString()
                              << ChangeKind::Feature << CommitStyle::Conventional
                              << u"Run enable_and_start off the event loop"_s << u"systemd"_s << QList<int>{1054}
                              << false;
        QTest::newRow("Build(deps)") << u"Build(deps): Bump protobuf from 5.28.3 to 5.29.6 (#915)"_s << QString()
                                     << ChangeKind::Tooling << CommitStyle::Conventional
                                     << u"Bump protobuf from 5.28.3 to 5.29.6"_s << u"deps"_s << QList<int>{915}
                                     << false;
        QTest::newRow("subsystem") << u"pool: stop and remove orphan controller services (#933)"_s << QString()
                                   << ChangeKind::Fix << CommitStyle::SubsystemPrefix
                                   << u"Stop and remove orphan controller services"_s << u"pool"_s << QList<int>{933}
                                   << false;
        QTest::newRow("subsystem add") << u"qemu: enable virtio-balloon free-page-reporting (#927)"_s << QString()
                                       << ChangeKind::Feature << CommitStyle::SubsystemPrefix
                                       << u"Enable virtio-balloon free-page-reporting"_s << u"qemu"_s << QList<int>{927}
                                       << false;
        QTest::newRow("plain fix") << u"Fix WebSocket connection to Aleph API: heartbeat, reconnect (#926)"_s
                                   << QString() << ChangeKind::Fix << CommitStyle::Plain
                                   << u"Fix WebSocket connection to Aleph API: heartbeat, reconnect"_s << QString()
                                   << QList<int>{926} << false;
        QTest::newRow("plain add") << u"Add tests for vm_id collision (#921)"_s << QString() << ChangeKind::Feature
                                   << CommitStyle::Plain << u"Add tests for vm_id collision"_s << QString()
                                   << QList<int>{921} << false;
        QTest::newRow("plain other") << u"Eliminate download proxy: fetch from Aleph API directly (#912)"_s << QString()
                                     << ChangeKind::Other << CommitStyle::Plain
                                     << u"Eliminate download proxy: fetch from Aleph API directly"_s << QString()
                                     << QList<int>{912} << false;
        QTest::newRow("lower-case plain")
            << u"fix upgrade script version check"_s << QString() << ChangeKind::Fix << CommitStyle::Plain
            << u"Fix upgrade script version check"_s << QString() << QList<int>{} << false;
        QTest::newRow("merge") << u"Merge pull request #711 from aleph-im/hoh-list"_s
                               << u"Problem: listing executions was slow"_s << ChangeKind::Fix
                               << CommitStyle::ProblemFirst << u"Listing executions was slow"_s << QString()
                               << QList<int>{711} << false;
    }

    void classify()
    {
        QFETCH(QString, subject);
        QFETCH(QString, body);
        ra::Commit commit;
        commit.subject = subject;
        commit.body = body;
        const auto result = ra::notes::classifyCommit(commit);
        QTEST(result.kind, "kind");
        QTEST(result.style, "style");
        QTEST(result.title, "title");
        QTEST(result.scope, "scope");
        QTEST(result.pullRequests, "prs");
        QTEST(result.breaking, "breaking");
    }

    void solutionParagraph()
    {
        ra::Commit commit;
        commit.subject = u"Fix: node crashes when the cache directory is missing"_s;
        commit.body = u"Some context.\n\nSolution: create the directory\nat start-up.\n\nSigned-off-by: x"_s;
        QCOMPARE(ra::notes::classifyCommit(commit).solution, u"create the directory at start-up."_s);
    }

    // Every real subject of aleph-vm must classify without losing its pull request number.
    void realSubjectsKeepTheirPullRequests()
    {
        QFile file(QStringLiteral(RA_TEST_DATA_DIR "/aleph-vm-subjects.txt"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList subjects = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(subjects.size() > 1000);
        int classified = 0;
        for (const QString &subject : subjects) {
            ra::Commit commit;
            commit.subject = subject;
            const auto result = ra::notes::classifyCommit(commit);
            QVERIFY2(!result.title.isEmpty(), qPrintable(subject));
            QCOMPARE(result.pullRequests, ra::notes::pullRequestsInSubject(subject));
            if (result.kind != ChangeKind::Other) {
                ++classified;
            }
        }
        // Most of the history says what kind of change it is; "Other" is the exception.
        QVERIFY2(classified * 10 > subjects.size() * 7, qPrintable(QString::number(classified)));
    }
};

QTEST_GUILESS_MAIN(TestCommitClassifier)
#include "tst_commitclassifier.moc"
