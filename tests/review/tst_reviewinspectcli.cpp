// SPDX-License-Identifier: GPL-3.0-or-later
// `review sync`, `review inbox` and `review show` end to end: the real executable against the GitHub twin served
// by this process, the project opened from its playbook (no clone). The maintainer syncs the draft onto the
// tracking issue; a reviewer whose token cannot see drafts finds it in the inbox, reads it with `review show`,
// approves, and after the maintainer changes the notes reads exactly the changed lines with --since-approved.
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

class TestReviewInspectCli : public QObject
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

    void aReviewerWithoutPushReviewsFromTheIssue()
    {
        // Before the maintainer syncs, the reviewer cannot read the draft at all: a clear error.
        const auto before = run(ritaToken, u"rita.sqlite"_s, {u"show"_s, u"--release"_s, u"1.15.0"_s});
        QCOMPARE(before.exitCode, 1);
        QVERIFY2(before.err.contains(u"no release for tag 1.15.0"_s), qPrintable(before.err));

        const auto sync = run(maintainerToken, u"maintainer.sqlite"_s, {u"sync"_s, u"--release"_s, u"1.15.0"_s});
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
        QCOMPARE(m_issues->state().issues.size(), 1);
        QCOMPARE(m_issues->state().issues.constFirst().title, u"Release 1.15.0: review"_s);

        // 'review status' reads the draft: it points the reviewer to 'review show'.
        const auto status = run(ritaToken, u"rita.sqlite"_s,
                                {u"status"_s, u"--release"_s, u"1.15.0"_s, u"--repo"_s, u"aleph-im/aleph-vm"_s});
        QCOMPARE(status.exitCode, 1);
        QVERIFY2(status.err.contains(u"not visible to this token"_s) && status.err.contains(u"review show"_s),
                 qPrintable(status.err));

        const auto inbox = run(ritaToken, u"rita.sqlite"_s, {u"inbox"_s});
        QVERIFY2(inbox.exitCode == 0, qPrintable(inbox.err));
        const QJsonArray waiting = inbox.json().object().value(u"waiting"_s).toArray();
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting.at(0).toObject().value(u"release"_s).toString(), u"1.15.0"_s);
        QCOMPARE(waiting.at(0).toObject().value(u"standing"_s).toString(), u"pending"_s);

        const auto show = run(ritaToken, u"rita.sqlite"_s, {u"show"_s, u"--release"_s, u"1.15.0"_s});
        QVERIFY2(show.exitCode == 0, qPrintable(show.err));
        const QJsonObject shown = show.json().object();
        QCOMPARE(shown.value(u"notes"_s).toString(), notesV1);
        QCOMPARE(shown.value(u"from_issue"_s).toBool(), true);
        QCOMPARE(shown.value(u"revision"_s).toInt(), 1);
        QCOMPARE(shown.value(u"assets"_s).toArray().at(0).toObject().value(u"sha256"_s).toString().size(), 64);
        QCOMPARE(shown.value(u"pending"_s).toArray(), (QJsonArray{u"rita"_s, u"bob"_s}));

        const auto approve = run(ritaToken, u"rita.sqlite"_s,
                                 {u"approve"_s, u"--release"_s, u"1.15.0"_s, u"--repo"_s, u"aleph-im/aleph-vm"_s});
        QVERIFY2(approve.exitCode == 0, qPrintable(approve.err + approve.out));
        QCOMPARE(run(ritaToken, u"rita.sqlite"_s, {u"inbox"_s}).json().object().value(u"waiting"_s).toArray().size(),
                 0);

        m_twin->state().release(m_draftId)->body.replace(u"Faster boot"_s, u"Much faster boot"_s);
        QCOMPARE(run(maintainerToken, u"maintainer.sqlite"_s, {u"sync"_s, u"--release"_s, u"1.15.0"_s}).exitCode, 0);
        const auto since =
            run(ritaToken, u"rita.sqlite"_s, {u"show"_s, u"--release"_s, u"1.15.0"_s, u"--since-approved"_s});
        QVERIFY2(since.exitCode == 0, qPrintable(since.err));
        const QString diff = since.json().object().value(u"since_approved"_s).toObject().value(u"diff"_s).toString();
        QVERIFY2(diff.contains(u"\n-- Faster boot (#702)\n+- Much faster boot (#702)\n"_s), qPrintable(diff));
        QCOMPARE(diff.count(u"\n+"_s) + diff.count(u"\n-"_s), 2 + 1); // the two lines, and the "+++" header
        QCOMPARE(since.json().object().value(u"revision"_s).toInt(), 2);
    }
};

QTEST_GUILESS_MAIN(TestReviewInspectCli)
#include "tst_reviewinspectcli.moc"
