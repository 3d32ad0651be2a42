// SPDX-License-Identifier: GPL-3.0-or-later
// `review comment` end to end: a reviewer whose token cannot see drafts comments on a line of the notes the
// maintainer synced onto the tracking issue; `review show --json` lists it, stale once the notes changed, and it
// never counts as an approval. Bad ranges and texts are refused before anything is posted.
#include "clirunner.h"
#include "githubissuestwin.h"
#include "githubtwin.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString maintainerToken = u"github_pat_11MAINTAINER000000000_abcdefghijklmnop"_s;
const QString ritaToken = u"github_pat_11RITAREADONLY000000000_abcdefghijklmn"_s;
const QString notesV1 = u"# 1.15.0\n\n- Fixed the cache (#701)\n- Faster boot (#702)\n"_s;

} // namespace

class TestReviewCommentCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ra::test::GitHubTwin> m_twin;
    std::unique_ptr<ra::test::GitHubIssuesTwin> m_issues;
    qint64 m_draftId = 0;

    ra::test::CliRun run(const QString &token, const QString &journal, const QStringList &arguments) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"GITHUB_TOKEN"_s, token);
        return ra::test::runCliServing(QStringList{u"--json"_s, u"review"_s} + arguments +
                                           QStringList{u"--playbook"_s, m_dir->filePath(u"release.playbook"_s),
                                                       u"--journal"_s, m_dir->filePath(journal), u"--api-url"_s,
                                                       m_twin->api().url().toString()},
                                       environment, m_dir->path());
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QFile playbook(m_dir->filePath(u"release.playbook"_s));
        QVERIFY(playbook.open(QIODevice::WriteOnly));
        playbook.write("[project]\nname = aleph-vm\nrepository = aleph-im/aleph-vm\n\n"
                       "[approvals]\nrequired = 1\napprover = rita\napprover = bob\n\n"
                       "[review]\ntracking-issue-title = Release {tag}: review\n");
        playbook.close();
        m_twin = std::make_unique<ra::test::GitHubTwin>();
        QVERIFY(m_twin->start());
        m_issues = std::make_unique<ra::test::GitHubIssuesTwin>(*m_twin);
        m_twin->state().token = maintainerToken;
        m_twin->state().login = u"maintainer"_s;
        m_twin->state().readOnlyAccounts.insert(ritaToken, u"rita"_s);
        m_draftId = m_twin->addRelease(u"1.15.0"_s, true);
        m_twin->state().release(m_draftId)->body = notesV1;
        m_twin->addAsset(m_draftId, u"aleph-vm.debian-12.deb"_s, "deb package bytes");
    }

    void cleanup()
    {
        m_issues.reset();
        m_twin.reset();
        m_dir.reset();
    }

    void aReviewerWithoutPushCommentsOnALine()
    {
        QCOMPARE(run(maintainerToken, u"maintainer.sqlite"_s, {u"sync"_s, u"--release"_s, u"1.15.0"_s}).exitCode, 0);
        const qsizetype commentsBefore = m_issues->state().issues.constFirst().comments.size();

        const auto comment = run(ritaToken, u"rita.sqlite"_s,
                                 {u"comment"_s, u"--release"_s, u"1.15.0"_s, u"--line"_s, u"4"_s, u"By how much?"_s});
        QVERIFY2(comment.exitCode == 0, qPrintable(comment.err + comment.out));
        QCOMPARE(comment.json().object().value(u"revision"_s).toInt(), 1);
        QCOMPARE(m_issues->state().issues.constFirst().comments.size(), commentsBefore + 1);

        const auto show = run(ritaToken, u"rita.sqlite"_s, {u"show"_s, u"--release"_s, u"1.15.0"_s});
        QVERIFY2(show.exitCode == 0, qPrintable(show.err));
        const QJsonObject shown = show.json().object();
        const QJsonArray listed = shown.value(u"line_comments"_s).toArray();
        QCOMPARE(listed.size(), 1);
        const QJsonObject first = listed.at(0).toObject();
        QCOMPARE(first.value(u"login"_s).toString(), u"rita"_s);
        QCOMPARE(first.value(u"first_line"_s).toInt(), 4);
        QCOMPARE(first.value(u"last_line"_s).toInt(), 4);
        QCOMPARE(first.value(u"text"_s).toString(), u"By how much?"_s);
        QCOMPARE(first.value(u"stale"_s).toBool(), false);
        // Not a verdict: rita is still pending.
        QCOMPARE(shown.value(u"pending"_s).toArray(), (QJsonArray{u"rita"_s, u"bob"_s}));

        // Once the notes changed, the comment is on an older revision.
        m_twin->state().release(m_draftId)->body.replace(u"Faster boot"_s, u"Much faster boot"_s);
        QCOMPARE(run(maintainerToken, u"maintainer.sqlite"_s, {u"sync"_s, u"--release"_s, u"1.15.0"_s}).exitCode, 0);
        const auto later = run(ritaToken, u"rita.sqlite"_s, {u"show"_s, u"--release"_s, u"1.15.0"_s});
        QCOMPARE(later.json().object().value(u"line_comments"_s).toArray().at(0).toObject().value(u"stale"_s).toBool(),
                 true);
    }

    void refusesBadInputBeforePosting_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no line") << QStringList{u"x"_s} << u"--line is required"_s;
        QTest::newRow("not a line") << QStringList{u"--line"_s, u"four"_s, u"x"_s} << u"not a line"_s;
        QTest::newRow("no text") << QStringList{u"--line"_s, u"2"_s} << u"text is missing"_s;
        QTest::newRow("past the end") << QStringList{u"--line"_s, u"3-9"_s, u"x"_s} << u"which have 4 line(s)"_s;
    }

    void refusesBadInputBeforePosting()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        QCOMPARE(run(maintainerToken, u"maintainer.sqlite"_s, {u"sync"_s, u"--release"_s, u"1.15.0"_s}).exitCode, 0);
        const qsizetype commentsBefore = m_issues->state().issues.constFirst().comments.size();
        const auto refused =
            run(ritaToken, u"rita.sqlite"_s, QStringList{u"comment"_s, u"--release"_s, u"1.15.0"_s} + arguments);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(expected), qPrintable(refused.err));
        QCOMPARE(m_issues->state().issues.constFirst().comments.size(), commentsBefore);
    }
};

QTEST_GUILESS_MAIN(TestReviewCommentCli)
#include "tst_reviewcommentcli.moc"
