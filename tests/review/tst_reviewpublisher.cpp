// SPDX-License-Identifier: GPL-3.0-or-later
// ReviewPublisher against the stateful GitHub twin with a real journal: the tracking issue found or created
// once, verdicts posted once per content, approvals made stale by an edit of the draft, publishing refused
// before the quorum and done once with the right flags, and a crash between intent and result reconciled.
#include "github/githubclient.h"
#include "githubissuestwin.h"
#include "githubtwin.h"
#include "journal/journal.h"
#include "review/approvalmarker.h"
#include "review/reviewpublisher.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ra::review::ReviewOutcome;
using ra::review::ReviewPublisher;
using ra::review::ReviewSnapshot;
using ra::review::Verdict;
using ra::test::GitHubIssuesTwin;
using ra::test::GitHubTwin;

class TestReviewPublisher : public QObject
{
    Q_OBJECT

private:
    const QString m_token = u"github_pat_11TWINTOKEN0000000000_abcdefghijklmnop"_s;
    QString m_tag = u"1.15.0"_s;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<GitHubTwin> m_twin;
    std::unique_ptr<GitHubIssuesTwin> m_issues;
    std::unique_ptr<ra::github::GitHubClient> m_client;
    std::unique_ptr<ra::Journal> m_journal;
    std::unique_ptr<ReviewPublisher> m_publisher;
    qint64 m_releaseId = 0;

    void makePublisher(int required, const QStringList &approvers = {})
    {
        ra::review::ReviewConfig config;
        config.repository = {u"aleph-im"_s, u"aleph-vm"_s};
        config.tag = m_tag;
        config.approvals = {required, approvers};
        m_publisher = std::make_unique<ReviewPublisher>(*m_client, m_journal.get(), config);
    }

    ReviewSnapshot refresh()
    {
        std::optional<ReviewSnapshot> result;
        m_publisher->refresh([&](const ReviewSnapshot &snapshot) { result = snapshot; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000)) {
            ReviewSnapshot timeout;
            timeout.error = u"timed out"_s;
            return timeout;
        }
        return *result;
    }

    ReviewOutcome await(const std::function<void(ReviewPublisher::OutcomeCallback)> &start)
    {
        std::optional<ReviewOutcome> result;
        start([&](const ReviewOutcome &outcome) { result = outcome; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000)) {
            ReviewOutcome timeout;
            timeout.message = u"timed out"_s;
            return timeout;
        }
        return *result;
    }

    ReviewOutcome approve(Verdict verdict = Verdict::Approve, const QString &expected = {})
    {
        return await([&](auto done) { m_publisher->submitVerdict(verdict, u"Please fix the typo"_s, expected, done); });
    }

    ReviewOutcome publish(const QString &expected = {})
    {
        return await([&](auto done) { m_publisher->publish(expected, done); });
    }

    QList<ra::test::HttpRequest> patches() const
    {
        QList<ra::test::HttpRequest> found;
        for (const auto &request : m_twin->api().requests()) {
            if (request.method == "PATCH" && request.path.contains(u"/releases/"_s)) {
                found.append(request);
            }
        }
        return found;
    }

    ra::test::GitHubTwinState::Release *draft()
    {
        return m_twin->state().release(m_releaseId);
    }

private Q_SLOTS:
    void init()
    {
        m_tag = u"1.15.0"_s;
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_twin = std::make_unique<GitHubTwin>();
        QVERIFY(m_twin->start());
        m_issues = std::make_unique<GitHubIssuesTwin>(*m_twin);
        m_twin->state().token = m_token;
        m_twin->state().login = u"alice"_s;
        const qint64 published = m_twin->addRelease(u"1.14.2"_s, false);
        Q_UNUSED(published)
        m_releaseId = m_twin->addRelease(m_tag, true);
        draft()->body = u"# 1.15.0\n\n- Fixed the cache (#701)\n"_s;
        draft()->assets.append({1,
                                u"aleph-vm.debian-12.deb"_s,
                                {},
                                u"uploaded"_s,
                                u"application/vnd.debian.binary-package"_s,
                                "deb",
                                3,
                                u"sha256:"_s + QString(64, u'a')});
        ra::github::Endpoints endpoints;
        endpoints.api = m_twin->api().url();
        endpoints.uploads = m_twin->uploads().url();
        endpoints.web = m_twin->web().url();
        m_client = std::make_unique<ra::github::GitHubClient>(endpoints);
        m_client->setToken(m_token);
        QString error;
        m_journal = ra::Journal::open(m_dir->filePath(u"journal.sqlite"_s), &error);
        QVERIFY2(m_journal, qPrintable(error));
        QVERIFY(m_journal->createRelease(m_tag, {}));
        makePublisher(1);
    }

    void cleanup()
    {
        m_publisher.reset();
        m_journal.reset();
        m_client.reset();
        m_issues.reset();
        m_twin.reset();
        m_dir.reset();
    }

    void refreshReadsTheDraftWithoutAnIssue()
    {
        const ReviewSnapshot snapshot = refresh();
        QVERIFY2(snapshot.ok(), qPrintable(snapshot.error));
        QCOMPARE(snapshot.viewer, u"alice"_s);
        QCOMPARE(snapshot.issueNumber, 0);
        QVERIFY(!snapshot.published);
        QVERIFY(ra::review::isDigest(snapshot.digest));
        QCOMPARE(snapshot.subject.assets.size(), 1);
        QCOMPARE(snapshot.subject.assets[0].sha256, QString(64, u'a'));
        QVERIFY(!snapshot.status.quorumReached());
        QVERIFY(snapshot.flags);
        QCOMPARE(snapshot.flags->makeLatest, u"true"_s);
        QCOMPARE(m_issues->state().issuesCreated, 0);
    }

    void missingDraftIsExplained()
    {
        m_twin->state().releases.removeIf([this](const auto &r) { return r.id == m_releaseId; });
        const ReviewSnapshot snapshot = refresh();
        QVERIFY(!snapshot.ok());
        QVERIFY(snapshot.error.contains(u"no release for tag 1.15.0"_s));
        QVERIFY(!snapshot.hint.isEmpty());
    }

    void approvalCreatesTheIssueOnceAndCommentsOnce()
    {
        const ReviewOutcome first = approve();
        QVERIFY2(first.ok, qPrintable(first.message));
        QVERIFY(first.changed);
        QCOMPARE(m_issues->state().issuesCreated, 1);
        QCOMPARE(m_issues->state().commentsPosted, 1);
        const auto &issue = m_issues->state().issues.constFirst();
        QCOMPARE(issue.title, u"Release 1.15.0"_s);
        QVERIFY(issue.body.contains(u"- [ ] 6. Notes reviewed and published"_s));
        const auto marker = ra::review::ApprovalMarker::parse(issue.comments.constFirst().body);
        QVERIFY(marker);
        QCOMPARE(marker->digest, first.snapshot.digest);
        QCOMPARE(marker->verdict, Verdict::Approve);
        QCOMPARE(m_journal->value(m_tag, u"review.issue"_s).toInt(), issue.number);
        QCOMPARE(m_journal->value(m_tag, u"review.lastApproval"_s).toObject().value(u"notes"_s).toString(),
                 draft()->body);

        const ReviewOutcome again = approve();
        QVERIFY(again.ok);
        QVERIFY(!again.changed);
        QCOMPARE(m_issues->state().issuesCreated, 1);
        QCOMPARE(m_issues->state().commentsPosted, 1);

        const auto effects = m_journal->effects(m_tag, u"review-publish"_s);
        QCOMPARE(effects.size(), 2);
        QCOMPARE(effects[0].action, u"create-tracking-issue"_s);
        QCOMPARE(effects[1].action, u"post-approval"_s);
        for (const auto &effect : effects) {
            QCOMPARE(effect.outcome, ra::EffectOutcome::Succeeded);
        }
        const ReviewSnapshot snapshot = refresh();
        QCOMPARE(snapshot.status.approvedBy, QStringList{u"alice"_s});
        QVERIFY(snapshot.status.quorumReached());
    }

    void existingIssueIsFoundAcrossPagesAndPullRequestsSkipped()
    {
        m_twin->state().pageSize = 2;
        m_issues->addIssue(u"Release 1.15.0"_s, {}, true); // a pull request with the same title
        m_issues->addIssue(u"Unrelated"_s);
        m_issues->addIssue(u"Other"_s);
        const int number = m_issues->addIssue(u"Release 1.15.0"_s);
        for (int i = 0; i < 4; ++i) {
            m_issues->addComment(number, u"bob"_s, u"comment %1"_s.arg(i),
                                 QDateTime(QDate(2026, 11, 30), QTime(8, i), QTimeZone::UTC));
        }
        const ReviewOutcome outcome = approve();
        QVERIFY2(outcome.ok, qPrintable(outcome.message));
        QCOMPARE(m_issues->state().issuesCreated, 0);
        QCOMPARE(m_issues->state().issue(number)->comments.size(), 5);
        const ReviewSnapshot snapshot = refresh();
        QCOMPARE(snapshot.issueNumber, number);
        QCOMPARE(snapshot.comments.size(), 5);
        QCOMPARE(snapshot.comments.constFirst().login, u"bob"_s);
    }

    void publishWaitsForTheQuorumThenSetsTheFlagsOnce()
    {
        makePublisher(2);
        QVERIFY(approve().ok);
        ReviewOutcome refusedOutcome = publish();
        QVERIFY(!refusedOutcome.ok);
        QVERIFY2(refusedOutcome.message.contains(u"1 missing"_s), qPrintable(refusedOutcome.message));
        QVERIFY(patches().isEmpty());
        QVERIFY(draft()->draft);

        m_twin->state().login = u"bob"_s;
        QVERIFY(approve().ok);
        const ReviewOutcome published = publish(refresh().digest);
        QVERIFY2(published.ok, qPrintable(published.message));
        QVERIFY(published.changed);
        QVERIFY(!draft()->draft);
        QCOMPARE(patches().size(), 1);
        const QJsonObject body = patches().constFirst().json().object();
        QCOMPARE(body.value(u"draft"_s), QJsonValue(false));
        QCOMPARE(body.value(u"prerelease"_s), QJsonValue(false));
        QVERIFY(body.value(u"make_latest"_s).isString());
        QCOMPARE(body.value(u"make_latest"_s).toString(), u"true"_s);

        const ReviewOutcome again = publish();
        QVERIFY(again.ok);
        QVERIFY(!again.changed);
        QVERIFY(again.message.contains(u"already published"_s));
        QCOMPARE(patches().size(), 1);
        const auto effect = m_journal->lastEffect(m_tag, u"publish-release"_s, m_tag);
        QVERIFY(effect);
        QCOMPARE(effect->outcome, ra::EffectOutcome::Succeeded);
        QCOMPARE(effect->intent.value(u"make_latest"_s).toString(), u"true"_s);
    }

    void aHalfUploadedAssetBlocksPublishing()
    {
        QVERIFY(approve().ok);
        draft()->assets[0].state = u"starter"_s;
        QVERIFY(approve().ok); // the state is not part of what was approved
        const ReviewOutcome outcome = publish();
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.message.contains(u"not completely uploaded"_s), qPrintable(outcome.message));
        QVERIFY(patches().isEmpty());
    }

    void aPreReleaseIsFlaggedAndNeverLatest()
    {
        m_tag = u"1.15.0-rc1"_s;
        draft()->tagName = m_tag;
        QVERIFY(m_journal->createRelease(m_tag, {}));
        makePublisher(1);
        QVERIFY(approve().ok);
        const ReviewOutcome published = publish();
        QVERIFY2(published.ok, qPrintable(published.message));
        const QJsonObject body = patches().constFirst().json().object();
        QCOMPARE(body.value(u"prerelease"_s), QJsonValue(true));
        QCOMPARE(body.value(u"make_latest"_s).toString(), u"false"_s);
        QVERIFY(draft()->prerelease);
    }

    void editingTheNotesMakesTheApprovalStale()
    {
        const ReviewOutcome approved = approve();
        QVERIFY(approved.ok);
        draft()->body += u"!"_s;
        const ReviewSnapshot snapshot = refresh();
        QVERIFY(snapshot.digest != approved.snapshot.digest);
        QCOMPARE(snapshot.status.staleBy, QStringList{u"alice"_s});
        QVERIFY(!snapshot.status.quorumReached());

        const ReviewOutcome refusedOutcome = publish();
        QVERIFY(!refusedOutcome.ok);
        QVERIFY(patches().isEmpty());

        // Approving again with the digest read before the edit is refused: the reviewer has not seen this text.
        const ReviewOutcome blind = approve(Verdict::Approve, approved.snapshot.digest);
        QVERIFY(!blind.ok);
        QVERIFY(blind.message.contains(u"changed since"_s));
        QCOMPARE(m_issues->state().commentsPosted, 1);

        QVERIFY(approve(Verdict::Approve, snapshot.digest).ok);
        QCOMPARE(m_issues->state().commentsPosted, 2);
        // The publisher's own expectation is checked too.
        const ReviewOutcome mismatch = publish(approved.snapshot.digest);
        QVERIFY(!mismatch.ok);
        QVERIFY(mismatch.message.contains(u"changed since"_s));
        QVERIFY(publish(snapshot.digest).ok);
    }

    void changeRequestBlocksPublishing()
    {
        QVERIFY(approve().ok);
        m_twin->state().login = u"bob"_s;
        const ReviewOutcome changes = approve(Verdict::Changes);
        QVERIFY(changes.ok);
        QVERIFY(m_issues->state().issues.constFirst().comments.constLast().body.contains(u"> Please fix the typo"_s));
        const ReviewOutcome refusedOutcome = publish();
        QVERIFY(!refusedOutcome.ok);
        QVERIFY(refusedOutcome.message.contains(u"bob"_s));
    }

    void onlyListedApproversMayGiveAVerdict()
    {
        makePublisher(1, {u"carol"_s});
        const ReviewOutcome outcome = approve();
        QVERIFY(!outcome.ok);
        QVERIFY(outcome.message.contains(u"not among the approvers"_s));
        QCOMPARE(m_issues->state().commentsPosted, 0);
        QCOMPARE(m_issues->state().issuesCreated, 0);
    }

    void dryRunPlansThePublishAndSendsNothing()
    {
        QVERIFY(approve().ok);
        m_publisher->setDryRun(true);
        const ReviewOutcome outcome = publish();
        QVERIFY2(outcome.ok, qPrintable(outcome.message));
        QVERIFY(!outcome.changed);
        QCOMPARE(outcome.plannedRequests.size(), 1);
        QVERIFY(outcome.plannedRequests[0].startsWith(u"PATCH "_s));
        QVERIFY2(outcome.plannedRequests[0].contains(u"\"make_latest\":\"true\""_s),
                 qPrintable(outcome.plannedRequests[0]));
        QVERIFY(patches().isEmpty());
        QVERIFY(draft()->draft);
        QVERIFY(!m_journal->lastEffect(m_tag, u"publish-release"_s, m_tag));
        QVERIFY(!m_client->http().isDryRun());
    }

    void aCrashAfterPublishingIsReconciledWithoutPublishingAgain()
    {
        QVERIFY(approve().ok);
        // The intent was recorded, the PATCH went through, then the process died before the result.
        const qint64 effect = m_journal->beginEffect(m_tag, u"review-publish"_s, u"publish-release"_s, m_tag, {});
        QVERIFY(effect > 0);
        draft()->draft = false;
        const ReviewOutcome outcome = publish();
        QVERIFY(outcome.ok);
        QVERIFY(!outcome.changed);
        QVERIFY(patches().isEmpty());
        QCOMPARE(m_journal->effect(effect)->outcome, ra::EffectOutcome::Succeeded);
    }

    void aCrashBeforePublishingIsRetried()
    {
        QVERIFY(approve().ok);
        const qint64 effect = m_journal->beginEffect(m_tag, u"review-publish"_s, u"publish-release"_s, m_tag, {});
        const ReviewOutcome outcome = publish();
        QVERIFY2(outcome.ok, qPrintable(outcome.message));
        QVERIFY(outcome.changed);
        QCOMPARE(patches().size(), 1);
        QCOMPARE(m_journal->effect(effect)->outcome, ra::EffectOutcome::Failed);
        QCOMPARE(m_journal->lastEffect(m_tag, u"publish-release"_s, m_tag)->outcome, ra::EffectOutcome::Succeeded);
    }

    void aCrashAfterCommentingDoesNotCommentTwice()
    {
        QVERIFY(approve().ok);
        const ReviewSnapshot snapshot = refresh();
        const QString key = u"alice:approve:"_s + snapshot.digest;
        const qint64 effect = m_journal->beginEffect(m_tag, u"review-publish"_s, u"post-approval"_s, key, {});
        const ReviewOutcome outcome = approve();
        QVERIFY(outcome.ok);
        QVERIFY(!outcome.changed);
        QCOMPARE(m_issues->state().commentsPosted, 1);
        QCOMPARE(m_journal->effect(effect)->outcome, ra::EffectOutcome::Succeeded);
    }

    void aCrashAfterCreatingTheIssueDoesNotCreateItTwice()
    {
        // The issue was created, then the process died before recording it: the title finds it again.
        const qint64 effect = m_journal->beginEffect(m_tag, u"review-publish"_s, u"create-tracking-issue"_s, m_tag, {});
        const int number = m_issues->addIssue(u"Release 1.15.0"_s);
        const ReviewOutcome outcome = approve();
        QVERIFY2(outcome.ok, qPrintable(outcome.message));
        QCOMPARE(m_issues->state().issuesCreated, 0);
        QCOMPARE(m_issues->state().issue(number)->comments.size(), 1);
        QCOMPARE(m_journal->effect(effect)->outcome, ra::EffectOutcome::Succeeded);
        QCOMPARE(m_journal->effect(effect)->result.value(u"number"_s).toInt(), number);
    }

    void aCutAnswerToThePublishIsUncertainThenSettledByRefresh()
    {
        QVERIFY(approve().ok);
        // GitHub published, then the answer was cut: the journal must not say the publication failed.
        m_twin->garble("PATCH", u"/repos/{owner}/{repo}/releases/{id}"_s, GitHubTwin::Garble::CutJson, 10);
        const ReviewOutcome outcome = publish();
        QVERIFY(!outcome.ok);
        QVERIFY(!draft()->draft);
        QVERIFY2(outcome.message.contains(u"may have published"_s), qPrintable(outcome.message));
        QVERIFY(outcome.hint.contains(u"Refresh"_s));
        auto effect = m_journal->lastEffect(m_tag, u"publish-release"_s, m_tag);
        QVERIFY(effect);
        QCOMPARE(effect->outcome, ra::EffectOutcome::Uncertain);
        QVERIFY(!effect->error.isEmpty());
        QVERIFY(refresh().published);
        effect = m_journal->lastEffect(m_tag, u"publish-release"_s, m_tag);
        QCOMPARE(effect->outcome, ra::EffectOutcome::Succeeded);
    }

    void aFailedCommentIsRecordedAsFailed()
    {
        m_issues->addIssue(u"Release 1.15.0"_s);
        m_twin->api().injectFault(
            "POST", u"/repos/{owner}/{repo}/issues/{number}/comments"_s,
            ra::test::HttpResponse::json(
                403, QJsonDocument(QJsonObject{{u"message"_s, u"Resource not accessible by integration"_s}})));
        const ReviewOutcome outcome = approve();
        QVERIFY(!outcome.ok);
        const auto effects = m_journal->effects(m_tag, u"review-publish"_s);
        QCOMPARE(effects.size(), 1);
        QCOMPARE(effects[0].outcome, ra::EffectOutcome::Failed);
    }
};

QTEST_GUILESS_MAIN(TestReviewPublisher)
#include "tst_reviewpublisher.moc"
