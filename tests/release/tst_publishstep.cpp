// SPDX-License-Identifier: GPL-3.0-or-later
// Step 6 as the engine's use case, against the GitHub twin with its issues and a real journal: the quorum of the
// playbook's approvers, who approved and who is awaited since when, approvals bound to the digest (one for
// another content counts for nothing), the publish flags in the plan and in the PATCH, a publication whose
// answer was lost left Uncertain and settled by the next read, a crash left pending settled from a draft, and a
// re-run that never publishes twice; the publication time kept as GitHub answers, the publish PATCH planned before
// the draft is read, tracking-issue writes left open settled from the issue, and no issue created by followDraft.
#include "release/publishstep.h"

#include "github/githubclient.h"
#include "journal/journal.h"
#include "review/approvalmarker.h"
#include "scoring/postgresversionstore.h"
#include "scoring/sampletable.h"
#include "scoring/scheduledapply.h"

#include "githubissuestwin.h"
#include "githubtwin.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;
using namespace Qt::StringLiterals;
using release::ApproverStanding;
using release::PublishStatus;
using State = release::PublishStatus::State;

namespace {

const QString token = u"github_pat_11TWINTOKEN0000000000_publishstep"_s;
const QString tag = u"1.15.0"_s;
const QString publishPattern = u"/repos/{owner}/{repo}/releases/{id}"_s;

} // namespace

class TestPublishStep : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_twin = std::make_unique<ra::test::GitHubTwin>();
        QVERIFY(m_twin->start());
        m_issues = std::make_unique<ra::test::GitHubIssuesTwin>(*m_twin);
        m_twin->state().token = token;
        m_twin->state().login = u"alice"_s;
        m_twin->addRelease(u"1.14.0"_s, false);
        github::Endpoints endpoints;
        endpoints.api = m_twin->api().url();
        m_client = std::make_unique<github::GitHubClient>(endpoints);
        m_client->setToken(token);
        QString error;
        m_journal = Journal::open(m_dir->filePath(u"journal.sqlite"_s), &error);
        QVERIFY2(m_journal, qPrintable(error));
    }

    void cleanup()
    {
        m_client.reset();
        m_issues.reset();
        m_twin.reset();
        m_journal.reset();
        m_dir.reset();
    }

    void theQuorumSaysWhoApprovedAndWhoIsAwaited()
    {
        addDraft(tag);
        auto step = makeStep(tag, {2, {u"alice"_s, u"bob"_s, u"carol"_s}});
        const PublishStatus before = step->readStatusBlocking();
        QCOMPARE(before.state, State::AwaitingApprovals);
        QVERIFY2(before.message.contains(u"2 approval"_s), qPrintable(before.message));
        QCOMPARE(before.pendingLogins(), (QStringList{u"alice"_s, u"bob"_s, u"carol"_s}));
        QVERIFY(before.contentSince.isValid());
        for (const ApproverStanding &approver : before.approvers) {
            QCOMPARE(approver.waitingSince, before.contentSince);
        }

        QVERIFY(step->submitVerdictBlocking(review::Verdict::Approve, {}, before.snapshot.digest).changed);
        QCOMPARE(m_journal->stepState(tag, ReleaseStep::ReviewPublish), StepState::InProgress);
        const PublishStatus one = step->readStatusBlocking();
        QCOMPARE(one.state, State::AwaitingApprovals);
        QCOMPARE(standing(one, u"alice"_s), u"approved"_s);
        QCOMPARE(one.pendingLogins(), (QStringList{u"bob"_s, u"carol"_s}));
        // The content did not change: it has waited since the same moment.
        QCOMPARE(one.contentSince, before.contentSince);

        m_twin->state().login = u"bob"_s;
        QVERIFY(step->submitVerdictBlocking(review::Verdict::Approve, {}, one.snapshot.digest).changed);
        const PublishStatus two = step->readStatusBlocking();
        QCOMPARE(two.state, State::Ready);
        QVERIFY(two.canPublish());
        QVERIFY(two.message.isEmpty());
        QCOMPARE(two.pendingLogins(), QStringList{u"carol"_s});
        QCOMPARE(two.snapshot.status.approvedBy, (QStringList{u"alice"_s, u"bob"_s}));
    }

    void anApprovalOfAnotherContentDoesNotCount()
    {
        const qint64 id = addDraft(tag);
        auto step = makeStep(tag, {1, {u"alice"_s, u"bob"_s}});
        const PublishStatus read = step->readStatusBlocking();
        // Bob approved some other content of 1.15.0, and approved 1.14.0's: neither is this draft.
        const QString other = u"sha256:"_s + QString(64, u'a');
        const int issue = m_issues->addIssue(u"Release 1.15.0"_s);
        m_issues->addComment(issue, u"bob"_s, review::ApprovalMarker{tag, other, review::Verdict::Approve}.format(),
                             QDateTime::currentDateTimeUtc());
        m_issues->addComment(
            issue, u"bob"_s,
            review::ApprovalMarker{u"1.14.0"_s, read.snapshot.digest, review::Verdict::Approve}.format(),
            QDateTime::currentDateTimeUtc());
        const PublishStatus status = step->readStatusBlocking();
        QCOMPARE(status.state, State::AwaitingApprovals);
        QCOMPARE(standing(status, u"bob"_s), u"stale"_s);
        QVERIFY(status.snapshot.status.approvedBy.isEmpty());
        const release::PublishOutcome refused = step->publishBlocking({});
        QVERIFY(!refused.ok);
        QCOMPARE(patches(), 0);
        QVERIFY(m_twin->state().release(id)->draft);

        // The same approval of the content the draft holds counts.
        m_issues->addComment(issue, u"bob"_s,
                             review::ApprovalMarker{tag, read.snapshot.digest, review::Verdict::Approve}.format(),
                             QDateTime::currentDateTimeUtc());
        QCOMPARE(step->readStatusBlocking().state, State::Ready);
    }

    void theFlagsFollowTheVersion_data()
    {
        QTest::addColumn<QString>("release");
        QTest::addColumn<QStringList>("published");
        QTest::addColumn<bool>("prerelease");
        QTest::addColumn<QString>("makeLatest");
        QTest::newRow("newest final") << u"1.15.0"_s << QStringList{} << false << u"true"_s;
        QTest::newRow("release candidate") << u"1.15.0-rc1"_s << QStringList{} << true << u"false"_s;
        QTest::newRow("older final") << u"1.15.0"_s << QStringList{u"1.16.0"_s} << false << u"false"_s;
    }

    void theFlagsFollowTheVersion()
    {
        QFETCH(QString, release);
        QFETCH(QStringList, published);
        QFETCH(bool, prerelease);
        QFETCH(QString, makeLatest);
        for (const QString &other : published) {
            m_twin->addRelease(other, false);
        }
        const qint64 id = addDraft(release);
        auto step = makeStep(release, {0, {}});
        const PublishStatus status = step->readStatusBlocking();
        QCOMPARE(status.state, State::Ready);

        const release::StepPlan plan = step->plan(status);
        const auto patch = std::ranges::find_if(plan.operations, [](const release::PlannedOperation &operation) {
            return operation.payload.value(u"method"_s).toString() == u"PATCH"_s;
        });
        QVERIFY(patch != plan.operations.cend());
        QCOMPARE(patch->target, u"/repos/aleph-im/aleph-vm/releases/%1"_s.arg(id));
        QCOMPARE(patch->action, u"publish-release"_s);
        QCOMPARE(patch->key, release);
        QCOMPARE(patch->payload.value(u"draft"_s), QJsonValue(false));
        QCOMPARE(patch->payload.value(u"prerelease"_s), QJsonValue(prerelease));
        QCOMPARE(patch->payload.value(u"make_latest"_s).toString(), makeLatest);

        const release::PublishOutcome outcome = step->publishBlocking(status.snapshot.digest);
        QVERIFY2(outcome.ok && outcome.changed, qPrintable(outcome.message));
        const QJsonObject sent = m_twin->api().requests().constLast().json().object();
        QCOMPARE(sent.value(u"draft"_s), QJsonValue(false));
        QCOMPARE(sent.value(u"prerelease"_s), QJsonValue(prerelease));
        QCOMPARE(sent.value(u"make_latest"_s).toString(), makeLatest);
        QCOMPARE(m_twin->state().release(id)->prerelease, prerelease);
    }

    void aLostAnswerIsUncertainUntilTheReleaseIsRead()
    {
        const qint64 id = addDraft(tag);
        auto step = makeStep(tag, {0, {}});
        // GitHub publishes, and its answer is cut on the way back.
        m_twin->garble("PATCH", publishPattern, ra::test::GitHubTwin::Garble::CutJson);
        const release::PublishOutcome lost = step->publishBlocking({});
        QVERIFY(!lost.ok);
        QVERIFY(!m_twin->state().release(id)->draft);
        QCOMPARE(publishEffect()->outcome, EffectOutcome::Uncertain);
        QVERIFY(m_journal->stepState(tag, ReleaseStep::ReviewPublish) != StepState::Done);

        const PublishStatus read = step->readStatusBlocking();
        QCOMPARE(read.state, State::Published);
        QCOMPARE(publishEffect()->outcome, EffectOutcome::Succeeded);
        QCOMPARE(m_journal->stepState(tag, ReleaseStep::ReviewPublish), StepState::Done);
        QVERIFY(read.publishedAt().isValid());
        QCOMPARE(m_journal->value(tag, u"review.publishedAt"_s).toString(), u"2026-11-21T10:00:00Z"_s);

        const release::PublishOutcome again = step->publishBlocking({});
        QVERIFY(again.ok);
        QVERIFY(!again.changed);
        QVERIFY(again.published);
        QCOMPARE(again.publishedAt, read.publishedAt());
        QCOMPARE(patches(), 1);
    }

    void aPublicationLeftOpenOnADraftIsSettledAndSentOnce()
    {
        const qint64 id = addDraft(tag);
        // A run recorded its intent and its answer never came; GitHub still shows a draft.
        QVERIFY(m_journal->createRelease(tag, {}));
        const qint64 effect = m_journal->beginEffect(tag, u"review-publish"_s, u"publish-release"_s, tag, {});
        QVERIFY(effect > 0);
        QVERIFY(m_journal->finishEffect(effect, EffectOutcome::Uncertain, {}, u"timeout"_s));
        auto step = makeStep(tag, {0, {}});
        QCOMPARE(step->readStatusBlocking().state, State::Ready);
        QCOMPARE(m_journal->effects(tag).constFirst().outcome, EffectOutcome::Failed);
        QCOMPARE(patches(), 0);

        const release::PublishOutcome published = step->publishBlocking({});
        QVERIFY2(published.ok && published.changed, qPrintable(published.message));
        QCOMPARE(published.recorded, std::optional(StepState::Done));
        QCOMPARE(published.publishedAt, QDateTime::fromString(u"2026-11-21T10:00:00Z"_s, Qt::ISODate));
        QVERIFY(!m_twin->state().release(id)->draft);
        const release::PublishOutcome twice = step->publishBlocking({});
        QVERIFY(twice.ok && !twice.changed);
        QCOMPARE(patches(), 1);
    }

    void thePublicationTimeIsRecordedWhenGitHubAnswers()
    {
        addDraft(tag);
        auto step = makeStep(tag, {0, {}});
        // Nothing else runs after the answer (a front end that quits right away): step 7 still dates from it.
        const release::PublishOutcome published = step->publishBlocking({});
        QVERIFY2(published.ok && published.changed, qPrintable(published.message));
        QCOMPARE(m_journal->value(tag, u"review.publishedAt"_s).toString(), u"2026-11-21T10:00:00Z"_s);
    }

    void thePlanNamesThePublicationBeforeTheDraftIsRead()
    {
        auto step = makeStep(tag, {1, {u"alice"_s}});
        release::PublishStatus unread;
        unread.state = State::AwaitingApprovals;
        const release::StepPlan plan = step->plan(unread);
        const auto patch = std::ranges::find_if(plan.operations, [](const release::PlannedOperation &operation) {
            return operation.payload.value(u"method"_s).toString() == u"PATCH"_s;
        });
        QVERIFY(patch != plan.operations.cend());
        QCOMPARE(patch->target, u"/repos/aleph-im/aleph-vm/releases/{release_id}"_s);
        QCOMPARE(patch->action, u"publish-release"_s);
        QCOMPARE(patch->payload.value(u"draft"_s), QJsonValue(false));
    }

    void trackingIssueWritesLeftOpenAreSettledFromTheIssue()
    {
        addDraft(tag);
        auto step = makeStep(tag, {1, {u"alice"_s}});
        const release::PublishOutcome synced = step->syncTrackingIssueBlocking();
        QVERIFY2(synced.ok && synced.changed, qPrintable(synced.message));
        const QString digest = synced.status.snapshot.digest;
        // A crash after sending, before the answers were recorded: the issue shows revision 1 and its comment;
        // revision 2 was never posted.
        const QString shown = u"revision:1:"_s + digest;
        const QString missing = u"revision:2:"_s + digest;
        const qint64 update = m_journal->beginEffect(tag, u"review-publish"_s, u"update-tracking-issue"_s, shown, {});
        const qint64 posted = m_journal->beginEffect(tag, u"review-publish"_s, u"post-revision"_s, shown, {});
        const qint64 lost = m_journal->beginEffect(tag, u"review-publish"_s, u"post-revision"_s, missing, {});
        QVERIFY(update > 0 && posted > 0 && lost > 0);
        const int comments = m_issues->state().commentsPosted;

        QVERIFY(step->readStatusBlocking().ok());
        QCOMPARE(outcomeOf(update), EffectOutcome::Succeeded);
        QCOMPARE(outcomeOf(posted), EffectOutcome::Succeeded);
        QCOMPARE(outcomeOf(lost), EffectOutcome::Failed);
        QCOMPARE(m_issues->state().commentsPosted, comments);
    }

    void followingTheDraftCreatesNoIssue()
    {
        addDraft(tag);
        auto step = makeStep(tag, {1, {u"alice"_s}});
        const release::PublishOutcome followed = step->followDraftBlocking();
        QVERIFY2(followed.ok, qPrintable(followed.message));
        QVERIFY(!followed.changed);
        QCOMPARE(m_issues->state().issuesCreated, 0);
    }

    void aPendingEffectOfAnotherRunIsLeftAloneWithoutTheLock()
    {
        addDraft(tag);
        QVERIFY(m_journal->createRelease(tag, {}));
        const qint64 effect = m_journal->beginEffect(tag, u"review-publish"_s, u"publish-release"_s, tag, {});
        auto reader = makeStep(tag, {0, {}}, false);
        QCOMPARE(reader->readStatusBlocking().state, State::Ready);
        QCOMPARE(m_journal->effects(tag).constFirst().outcome, EffectOutcome::Pending);
        auto driver = makeStep(tag, {0, {}});
        QCOMPARE(driver->readStatusBlocking().state, State::Ready);
        QCOMPARE(m_journal->effects(tag).constFirst().id, effect);
        QCOMPARE(m_journal->effects(tag).constFirst().outcome, EffectOutcome::Failed);
    }

    void thePlanListsTheScheduledScoringChangeWithoutItsPassword()
    {
        addDraft(tag);
        QString error;
        const auto changes = scoring::ReleaseChangeSet::plan(
            scoring::VersionTable(scoring::sampleTable()),
            {u"aleph-vm"_s, tag, QDateTime::currentDateTimeUtc(), std::nullopt, false}, &error);
        QVERIFY2(changes, qPrintable(error));
        const scoring::ScheduledApply apply{tag, u"host=db.example port=5432 dbname=scoring password=s3cret-pw"_s,
                                            *changes, scoring::PostgresVersionStore::digest(scoring::sampleTable())};
        QVERIFY2(scoring::ScheduledApplyQueue(m_dir->filePath(u"schedule"_s)).schedule(apply, &error),
                 qPrintable(error));
        auto step = makeStep(tag, {1, {u"alice"_s}});
        const PublishStatus status = step->readStatusBlocking();
        const release::StepPlan plan = step->plan(status);
        QCOMPARE(plan.needsPerson, status.message);
        const release::PlannedOperation &last = plan.operations.constLast();
        QCOMPARE(last.kind, release::PlannedOperation::Kind::Database);
        QCOMPARE(last.action, u"apply-scoring"_s);
        QVERIFY2(last.target.contains(u"db.example"_s), qPrintable(last.target));
        const QString json = QString::fromUtf8(QJsonDocument(plan.toJson()).toJson());
        QVERIFY2(!json.contains(u"s3cret-pw"_s), qPrintable(json));
        QVERIFY(json.contains(u"/issues?state=all"_s));
    }

    void aVerdictLeftUncertainIsSettledFromTheComments()
    {
        addDraft(tag);
        auto step = makeStep(tag, {1, {u"alice"_s}});
        const PublishStatus read = step->readStatusBlocking();
        // The comment was posted, its answer lost.
        const int issue = m_issues->addIssue(u"Release 1.15.0"_s);
        m_issues->addComment(issue, u"alice"_s,
                             review::ApprovalMarker{tag, read.snapshot.digest, review::Verdict::Approve}.format(),
                             QDateTime::currentDateTimeUtc());
        const qint64 effect = m_journal->beginEffect(tag, u"review-publish"_s, u"post-approval"_s,
                                                     u"alice:approve:"_s + read.snapshot.digest, {});
        QVERIFY(m_journal->finishEffect(effect, EffectOutcome::Uncertain, {}, u"cut answer"_s));
        QCOMPARE(step->readStatusBlocking().state, State::Ready);
        const auto settled = m_journal->lastEffect(tag, u"post-approval"_s, u"alice:approve:"_s + read.snapshot.digest);
        QVERIFY(settled);
        QCOMPARE(settled->outcome, EffectOutcome::Succeeded);
        QVERIFY(settled->result.value(u"comment_id"_s).toInteger() > 0);
    }

    void aChangeRequestNeedsAReason()
    {
        addDraft(tag);
        auto step = makeStep(tag, {1, {u"alice"_s}});
        const int before = int(m_twin->api().requests().size());
        const release::PublishOutcome refused = step->submitVerdictBlocking(review::Verdict::Changes, u"  "_s, {});
        QVERIFY(!refused.ok);
        QCOMPARE(int(m_twin->api().requests().size()), before);
        QCOMPARE(m_issues->state().commentsPosted, 0);
    }

private:
    qint64 addDraft(const QString &release)
    {
        const qint64 id = m_twin->addRelease(release, true);
        m_twin->state().release(id)->body = u"# %1\n\n- Fixed the cache (#701)\n"_s.arg(release);
        return id;
    }

    std::unique_ptr<release::PublishStep> makeStep(const QString &release, const Approvals &approvals,
                                                   bool driving = true)
    {
        if (!m_journal->hasRelease(release)) {
            m_journal->createRelease(release, {});
        }
        release::PublishStep::Config config;
        config.repository = *github::RepositoryRef::parse(u"aleph-im/aleph-vm"_s);
        config.tag = release;
        config.approvals = approvals;
        config.scheduleDirectory = m_dir->filePath(u"schedule"_s);
        config.driving = driving;
        return std::make_unique<release::PublishStep>(*m_client, m_journal.get(), config);
    }

    [[nodiscard]] static QString standing(const PublishStatus &status, const QString &login)
    {
        for (const ApproverStanding &approver : status.approvers) {
            if (approver.login == login) {
                return release::standingKey(approver.standing);
            }
        }
        return {};
    }

    [[nodiscard]] std::optional<JournalEffect> publishEffect() const
    {
        return m_journal->lastEffect(tag, u"publish-release"_s, tag);
    }

    [[nodiscard]] EffectOutcome outcomeOf(qint64 id) const
    {
        const QList<JournalEffect> effects = m_journal->effects(tag);
        const auto effect =
            std::ranges::find_if(effects, [id](const JournalEffect &candidate) { return candidate.id == id; });
        return effect == effects.cend() ? EffectOutcome::Pending : effect->outcome;
    }

    [[nodiscard]] int patches() const
    {
        return m_twin->api().requestCount("PATCH");
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ra::test::GitHubTwin> m_twin;
    std::unique_ptr<ra::test::GitHubIssuesTwin> m_issues;
    std::unique_ptr<github::GitHubClient> m_client;
    std::unique_ptr<Journal> m_journal;
};

QTEST_GUILESS_MAIN(TestPublishStep)
#include "tst_publishstep.moc"
