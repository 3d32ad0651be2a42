// SPDX-License-Identifier: GPL-3.0-or-later
// `review sync`, `review inbox` and `review show` end to end: the real executable against the GitHub twin served
// by this process, the project opened from its playbook (no clone). The maintainer syncs the draft onto the
// tracking issue; a reviewer whose token cannot see drafts finds it in the inbox, reads it with `review show`,
// approves, and after the maintainer changes the notes reads exactly the changed lines with --since-approved.
#include "reviewclifixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using ra::test::ReviewCliFixture;

class TestReviewInspectCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ReviewCliFixture> m_stage;

    [[nodiscard]] ra::test::CliRun run(const QString &token, const QString &journal, const QStringList &arguments)
    {
        return m_stage->run(token, journal, arguments);
    }

private Q_SLOTS:
    void init()
    {
        m_stage = std::make_unique<ReviewCliFixture>();
        QVERIFY(m_stage->setUp());
    }

    void cleanup()
    {
        m_stage.reset();
    }

    void aReviewerWithoutPushReviewsFromTheIssue()
    {
        // Before the maintainer syncs, the reviewer cannot read the draft at all: a clear error.
        const auto before =
            run(ReviewCliFixture::RitaToken, u"rita.sqlite"_s, {u"show"_s, u"--release"_s, u"1.15.0"_s});
        QCOMPARE(before.exitCode, 1);
        QVERIFY2(before.err.contains(u"no release for tag 1.15.0"_s), qPrintable(before.err));

        const auto sync =
            run(ReviewCliFixture::MaintainerToken, u"maintainer.sqlite"_s, {u"sync"_s, u"--release"_s, u"1.15.0"_s});
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
        QCOMPARE(m_stage->issues->state().issues.size(), 1);
        QCOMPARE(m_stage->issues->state().issues.constFirst().title, u"Release 1.15.0: review"_s);

        // 'review status' reads the draft: it points the reviewer to 'review show'.
        const auto status = run(ReviewCliFixture::RitaToken, u"rita.sqlite"_s,
                                {u"status"_s, u"--release"_s, u"1.15.0"_s, u"--repo"_s, u"aleph-im/aleph-vm"_s});
        QCOMPARE(status.exitCode, 1);
        QVERIFY2(status.err.contains(u"not visible to this token"_s) && status.err.contains(u"review show"_s),
                 qPrintable(status.err));

        const auto inbox = run(ReviewCliFixture::RitaToken, u"rita.sqlite"_s, {u"inbox"_s});
        QVERIFY2(inbox.exitCode == 0, qPrintable(inbox.err));
        const QJsonArray waiting = inbox.json().object().value(u"waiting"_s).toArray();
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting.at(0).toObject().value(u"release"_s).toString(), u"1.15.0"_s);
        QCOMPARE(waiting.at(0).toObject().value(u"standing"_s).toString(), u"pending"_s);

        const auto show = run(ReviewCliFixture::RitaToken, u"rita.sqlite"_s, {u"show"_s, u"--release"_s, u"1.15.0"_s});
        QVERIFY2(show.exitCode == 0, qPrintable(show.err));
        const QJsonObject shown = show.json().object();
        QCOMPARE(shown.value(u"notes"_s).toString(), ReviewCliFixture::NotesV1);
        QCOMPARE(shown.value(u"from_issue"_s).toBool(), true);
        QCOMPARE(shown.value(u"revision"_s).toInt(), 1);
        QCOMPARE(shown.value(u"assets"_s).toArray().at(0).toObject().value(u"sha256"_s).toString().size(), 64);
        QCOMPARE(shown.value(u"pending"_s).toArray(), (QJsonArray{u"rita"_s, u"bob"_s}));

        const auto approve = run(ReviewCliFixture::RitaToken, u"rita.sqlite"_s,
                                 {u"approve"_s, u"--release"_s, u"1.15.0"_s, u"--repo"_s, u"aleph-im/aleph-vm"_s});
        QVERIFY2(approve.exitCode == 0, qPrintable(approve.err + approve.out));
        QCOMPARE(run(ReviewCliFixture::RitaToken, u"rita.sqlite"_s, {u"inbox"_s})
                     .json()
                     .object()
                     .value(u"waiting"_s)
                     .toArray()
                     .size(),
                 0);

        m_stage->twin.state().release(m_stage->draftId)->body.replace(u"Faster boot"_s, u"Much faster boot"_s);
        QCOMPARE(
            run(ReviewCliFixture::MaintainerToken, u"maintainer.sqlite"_s, {u"sync"_s, u"--release"_s, u"1.15.0"_s})
                .exitCode,
            0);
        const auto since = run(ReviewCliFixture::RitaToken, u"rita.sqlite"_s,
                               {u"show"_s, u"--release"_s, u"1.15.0"_s, u"--since-approved"_s});
        QVERIFY2(since.exitCode == 0, qPrintable(since.err));
        const QString diff = since.json().object().value(u"since_approved"_s).toObject().value(u"diff"_s).toString();
        QVERIFY2(diff.contains(u"\n-- Faster boot (#702)\n+- Much faster boot (#702)\n"_s), qPrintable(diff));
        QCOMPARE(diff.count(u"\n+"_s) + diff.count(u"\n-"_s), 2 + 1); // the two lines, and the "+++" header
        QCOMPARE(since.json().object().value(u"revision"_s).toInt(), 2);
    }
};

QTEST_GUILESS_MAIN(TestReviewInspectCli)
#include "tst_reviewinspectcli.moc"
