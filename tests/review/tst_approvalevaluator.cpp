// SPDX-License-Identifier: GPL-3.0-or-later
// Which approvals count: distinct allowed logins, the latest verdict per login on the current digest, stale
// verdicts on earlier content, other releases and unlisted logins ignored, the quorum.
#include "review/approvalevaluator.h"

#include <QTest>

using namespace Qt::StringLiterals;
using ra::Approvals;
using ra::review::ApprovalEvaluator;
using ra::review::ApprovalMarker;
using ra::review::ApprovalStatus;
using ra::review::ReviewComment;
using ra::review::Verdict;

namespace {

const QString current = u"sha256:"_s + QString(64, u'1');
const QString older = u"sha256:"_s + QString(64, u'0');
const QString release = u"1.15.0"_s;

class Thread
{
public:
    Thread &add(const QString &login, Verdict verdict, const QString &digest = current, const QString &tag = release)
    {
        const qint64 id = m_comments.size() + 1;
        m_comments.append({id,
                           login,
                           u"text\n"_s + ApprovalMarker{tag, digest, verdict}.format(),
                           QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::UTC).addSecs(60 * id),
                           {}});
        return *this;
    }
    Thread &plain(const QString &login, const QString &body)
    {
        const qint64 id = m_comments.size() + 1;
        m_comments.append(
            {id, login, body, QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::UTC).addSecs(60 * id), {}});
        return *this;
    }
    [[nodiscard]] ApprovalStatus evaluate(int required, const QStringList &approvers = {}) const
    {
        return ApprovalEvaluator::evaluate(m_comments, release, Approvals{required, approvers}, current);
    }
    QList<ReviewComment> m_comments;
};

} // namespace

class TestApprovalEvaluator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quorumOfDistinctLogins()
    {
        Thread thread;
        thread.add(u"alice"_s, Verdict::Approve).add(u"alice"_s, Verdict::Approve).add(u"ALICE"_s, Verdict::Approve);
        ApprovalStatus status = thread.evaluate(2);
        // GitHub logins are case-insensitive: one person, one vote (shown as last spelled).
        QCOMPARE(status.approvedBy, QStringList{u"ALICE"_s});
        QVERIFY(!status.quorumReached());
        QCOMPARE(status.missing(), 1);
        QVERIFY(!status.canPublish());

        thread.add(u"bob"_s, Verdict::Approve);
        status = thread.evaluate(2);
        QCOMPARE(status.approvedBy.size(), 2);
        QVERIFY(status.quorumReached());
        QCOMPARE(status.missing(), 0);
        QVERIFY(status.canPublish());
        QCOMPARE(status.entries.size(), 2);
    }

    void onlyListedApproversCount()
    {
        Thread thread;
        thread.add(u"mallory"_s, Verdict::Approve).add(u"Alice"_s, Verdict::Approve);
        const ApprovalStatus status = thread.evaluate(1, {u"alice"_s, u"bob"_s});
        QCOMPARE(status.approvedBy, QStringList{u"Alice"_s});
        QCOMPARE(status.ignoredLogins, QStringList{u"mallory"_s});
        QVERIFY(status.quorumReached());
    }

    void emptyApproverListAcceptsAnyone()
    {
        Thread thread;
        thread.add(u"someone"_s, Verdict::Approve);
        QCOMPARE(thread.evaluate(1).approvedBy, QStringList{u"someone"_s});
    }

    void latestVerdictPerLoginWins()
    {
        Thread thread;
        thread.add(u"alice"_s, Verdict::Approve).add(u"alice"_s, Verdict::Changes);
        ApprovalStatus status = thread.evaluate(1);
        QVERIFY(status.approvedBy.isEmpty());
        QCOMPARE(status.changesRequestedBy, QStringList{u"alice"_s});
        QVERIFY(!status.quorumReached());

        thread.add(u"alice"_s, Verdict::Approve);
        status = thread.evaluate(1);
        QCOMPARE(status.approvedBy, QStringList{u"alice"_s});
        QVERIFY(status.changesRequestedBy.isEmpty());
        QVERIFY(status.canPublish());
    }

    void commentOrderComesFromDatesNotFromTheList()
    {
        Thread thread;
        thread.add(u"alice"_s, Verdict::Changes).add(u"alice"_s, Verdict::Approve);
        std::swap(thread.m_comments[0], thread.m_comments[1]);
        QCOMPARE(thread.evaluate(1).approvedBy, QStringList{u"alice"_s});
    }

    void approvalsOfEarlierContentAreStale()
    {
        Thread thread;
        thread.add(u"alice"_s, Verdict::Approve, older).add(u"bob"_s, Verdict::Approve);
        const ApprovalStatus status = thread.evaluate(2);
        QCOMPARE(status.staleBy, QStringList{u"alice"_s});
        QCOMPARE(status.approvedBy, QStringList{u"bob"_s});
        QVERIFY(!status.quorumReached());
        QCOMPARE(status.entries.size(), 2);
        QVERIFY(!status.entries[0].current);
        QCOMPARE(status.entries[0].digest, older);
    }

    void aLaterVerdictOnOlderContentDoesNotUndoTheCurrentOne()
    {
        // An out-of-date client re-posting an old verdict must not withdraw an approval of what is there now.
        Thread thread;
        thread.add(u"alice"_s, Verdict::Approve).add(u"alice"_s, Verdict::Changes, older);
        const ApprovalStatus status = thread.evaluate(1);
        QCOMPARE(status.approvedBy, QStringList{u"alice"_s});
        QVERIFY(status.staleBy.isEmpty());
    }

    void changeRequestOnCurrentContentBlocksPublishing()
    {
        Thread thread;
        thread.add(u"alice"_s, Verdict::Approve).add(u"bob"_s, Verdict::Changes);
        const ApprovalStatus status = thread.evaluate(1);
        QVERIFY(status.quorumReached());
        QVERIFY(!status.canPublish());
        QCOMPARE(status.changesRequestedBy, QStringList{u"bob"_s});
    }

    void otherReleasesAndPlainCommentsAreIgnored()
    {
        Thread thread;
        thread.add(u"alice"_s, Verdict::Approve, current, u"1.14.0"_s).plain(u"bob"_s, u"LGTM!"_s);
        thread.plain(u"carol"_s,
                     u"<!-- release-assistant:approval v1 release=1.15.0 digest=sha256:12 verdict=approve -->"_s);
        const ApprovalStatus status = thread.evaluate(1);
        QVERIFY(status.entries.isEmpty());
        QVERIFY(status.approvedBy.isEmpty());
        QVERIFY(!status.quorumReached());
    }

    void noApprovalRequiredIsReachedAtOnce()
    {
        const ApprovalStatus status = Thread().evaluate(0);
        QVERIFY(status.quorumReached());
        QVERIFY(status.canPublish());
        QCOMPARE(status.digest, current);
    }
};

QTEST_GUILESS_MAIN(TestApprovalEvaluator)
#include "tst_approvalevaluator.moc"
