// SPDX-License-Identifier: GPL-3.0-or-later
// A review by reviewers without push access, against the GitHub twin: the draft is invisible to them (404 and
// left out of the list), so the maintainer's side puts it on the tracking issue. A change to the notes makes a
// new revision with a new digest; the reviewer reads the diff since what they approved, line for line; their
// approval unlocks publishing only for that digest (a later change locks it again); the inbox lists the
// release for a pending reviewer and not for one who approved the current digest.
#include "github/githubclient.h"
#include "githubissuestwin.h"
#include "githubtwin.h"
#include "journal/journal.h"
#include "release/publishstep.h"
#include "review/reviewinbox.h"
#include "review/reviewpublisher.h"
#include "review/reviewview.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ra::release::PublishStep;
using ra::review::ReviewSnapshot;

namespace {

const QString maintainerToken = u"github_pat_11MAINTAINER000000000_abcdefghijklmnop"_s;
const QString ritaToken = u"github_pat_11RITAREADONLY000000000_abcdefghijklmn"_s;
const QString bobToken = u"github_pat_11BOBREADONLY0000000000_abcdefghijklmn"_s;
const QString tag = u"1.15.0"_s;
const QString notesV1 =
    u"# 1.15.0\n\nSummary line\n\n- Fixed the cache (#701)\n- Faster boot (#702)\n\nUpgrade as usual.\n"_s;
const QString notesV2 = u"# 1.15.0\n\nSummary line\n\n- Fixed the cache for good (#701)\n- Faster boot (#702)\n"
                        u"- New metrics endpoint (#705)\n\nUpgrade as usual.\n"_s;

} // namespace

class TestReviewWithoutPush : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ra::test::GitHubTwin> m_twin;
    std::unique_ptr<ra::test::GitHubIssuesTwin> m_issues;
    std::unique_ptr<ra::github::GitHubClient> m_maintainerClient;
    std::unique_ptr<ra::Journal> m_maintainerJournal;
    std::unique_ptr<ra::Journal> m_reviewerJournal;
    qint64 m_draftId = 0;

    [[nodiscard]] ra::Approvals approvals() const
    {
        return {1, {u"rita"_s, u"bob"_s}};
    }

    [[nodiscard]] PublishStep::Config config() const
    {
        PublishStep::Config config;
        config.repository = {u"aleph-im"_s, u"aleph-vm"_s};
        config.tag = tag;
        config.approvals = approvals();
        config.scheduleDirectory = m_dir->filePath(u"schedule"_s);
        config.trackingIssue.titleTemplate = u"Release {tag} under review"_s;
        return config;
    }

    [[nodiscard]] std::unique_ptr<ra::github::GitHubClient> clientFor(const QString &token) const
    {
        ra::github::Endpoints endpoints;
        endpoints.api = m_twin->api().url();
        endpoints.uploads = m_twin->uploads().url();
        auto client = std::make_unique<ra::github::GitHubClient>(endpoints);
        client->setToken(token);
        return client;
    }

    [[nodiscard]] ReviewSnapshot reviewerSnapshot(ra::github::GitHubClient &client) const
    {
        ra::review::ReviewPublisher publisher(client, nullptr,
                                              {config().repository,
                                               tag,
                                               approvals(),
                                               ra::VersionScheme::Pep440,
                                               config().trackingIssue.titleTemplate,
                                               {}});
        std::optional<ReviewSnapshot> snapshot;
        publisher.refresh([&](const ReviewSnapshot &read) { snapshot = read; });
        if (!QTest::qWaitFor([&] { return snapshot.has_value(); }, 10000)) {
            ReviewSnapshot timeout;
            timeout.error = u"timed out"_s;
            return timeout;
        }
        return *snapshot;
    }

    [[nodiscard]] ra::review::InboxResult inboxOf(const QString &token) const
    {
        const auto client = clientFor(token);
        ra::review::ReviewInbox inbox(*client, config().repository, approvals(), config().trackingIssue.titleTemplate);
        std::optional<ra::review::InboxResult> result;
        inbox.read([&](const ra::review::InboxResult &read) { result = read; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000)) {
            ra::review::InboxResult timeout;
            timeout.error = u"timed out"_s;
            return timeout;
        }
        return *result;
    }

    ra::release::PublishOutcome approveAs(const QString &token)
    {
        const auto client = clientFor(token);
        PublishStep step(*client, m_reviewerJournal.get(), config());
        return step.submitVerdictBlocking(ra::review::Verdict::Approve, {}, {});
    }

    [[nodiscard]] const ra::test::GitHubIssuesState::Issue *trackingIssue() const
    {
        for (const auto &issue : m_issues->state().issues) {
            if (issue.title == u"Release 1.15.0 under review"_s) {
                return &issue;
            }
        }
        return nullptr;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_twin = std::make_unique<ra::test::GitHubTwin>();
        QVERIFY(m_twin->start());
        m_issues = std::make_unique<ra::test::GitHubIssuesTwin>(*m_twin);
        m_twin->state().token = maintainerToken;
        m_twin->state().login = u"maintainer"_s;
        m_twin->state().readOnlyAccounts.insert(ritaToken, u"rita"_s);
        m_twin->state().readOnlyAccounts.insert(bobToken, u"bob"_s);
        m_twin->addRelease(u"1.14.2"_s, false);
        m_draftId = m_twin->addRelease(tag, true);
        m_twin->state().release(m_draftId)->body = notesV1;
        m_twin->addAsset(m_draftId, u"aleph-vm.debian-12.deb"_s, "deb package bytes");
        m_maintainerClient = clientFor(maintainerToken);
        QString error;
        m_maintainerJournal = ra::Journal::open(m_dir->filePath(u"maintainer.sqlite"_s), &error);
        QVERIFY2(m_maintainerJournal, qPrintable(error));
        QVERIFY(m_maintainerJournal->createRelease(tag, {}));
        m_reviewerJournal = ra::Journal::open(m_dir->filePath(u"reviewer.sqlite"_s), &error);
        QVERIFY2(m_reviewerJournal, qPrintable(error));
        QVERIFY(m_reviewerJournal->createRelease(tag, {}));
    }

    void cleanup()
    {
        m_reviewerJournal.reset();
        m_maintainerJournal.reset();
        m_maintainerClient.reset();
        m_issues.reset();
        m_twin.reset();
        m_dir.reset();
    }

    void theDraftIsInvisibleToAReviewer()
    {
        const auto rita = clientFor(ritaToken);
        const ReviewSnapshot before = reviewerSnapshot(*rita);
        QVERIFY(!before.ok());
        QVERIFY2(before.error.contains(u"no release for tag 1.15.0"_s), qPrintable(before.error));
        QVERIFY(before.hint.contains(u"tracking issue"_s));
        std::optional<ra::github::Result<QList<ra::github::Asset>>> assets;
        rita->listAssets(config().repository, m_draftId, [&](const auto &result) { assets = result; });
        QVERIFY(QTest::qWaitFor([&] { return assets.has_value(); }, 10000));
        QCOMPARE(assets->error.kind, ra::net::ErrorKind::NotFound);
    }

    void reviewWithoutPushFromChangeToPublication()
    {
        PublishStep maintainer(*m_maintainerClient, m_maintainerJournal.get(), config());
        QVERIFY(m_maintainerJournal->setStepState(tag, ra::ReleaseStep::Staging, ra::StepState::Done, {}));
        const ra::release::PublishOutcome synced = maintainer.syncTrackingIssueBlocking();
        QVERIFY2(synced.ok, qPrintable(synced.message));
        QVERIFY(synced.changed);
        const auto *issue = trackingIssue();
        QVERIFY(issue);
        QVERIFY(issue->body.contains(u"- [x] 1. Packages tested on the staging servers"_s));
        QCOMPARE(issue->comments.size(), 1); // revision 1, kept readable
        QVERIFY(ra::review::TrackingIssueContent::isRevisionComment(issue->comments.constFirst().body));
        // Nothing changed: nothing is written again.
        const int edits = m_issues->state().issuesEdited;
        QVERIFY(!maintainer.syncTrackingIssueBlocking().changed);
        QCOMPARE(m_issues->state().issuesEdited, edits);
        QCOMPARE(trackingIssue()->comments.size(), 1);

        // The reviewer reads the same content, digest and all, from the issue.
        const auto rita = clientFor(ritaToken);
        const ReviewSnapshot first = reviewerSnapshot(*rita);
        QVERIFY2(first.ok(), qPrintable(first.error));
        QVERIFY(first.fromIssue);
        QVERIFY(!first.release);
        QCOMPARE(first.subject.notes, notesV1);
        QCOMPARE(first.subject.assets.size(), 1);
        QCOMPARE(first.subject.assets.constFirst().sha256.size(), 64);
        const QString digest1 = first.digest;
        QCOMPARE(digest1, maintainer.readStatusBlocking().snapshot.digest);

        // Both reviewers are waiting; publishing is locked.
        QCOMPARE(inboxOf(ritaToken).waiting.size(), 1);
        QCOMPARE(inboxOf(bobToken).waiting.size(), 1);
        QCOMPARE(inboxOf(bobToken).waiting.constFirst().standing, u"pending"_s);
        QVERIFY(!maintainer.readStatusBlocking().canPublish());

        // Rita approves what she read: that digest unlocks publishing; the inbox no longer lists it for her.
        const ra::release::PublishOutcome approved = approveAs(ritaToken);
        QVERIFY2(approved.ok, qPrintable(approved.message));
        QVERIFY(approved.changed);
        QVERIFY(inboxOf(ritaToken).ok());
        QCOMPARE(inboxOf(ritaToken).waiting.size(), 0);
        const auto bobWaiting = inboxOf(bobToken);
        QCOMPARE(bobWaiting.waiting.size(), 1);
        QCOMPARE(bobWaiting.waiting.constFirst().tag, tag);
        QCOMPARE(bobWaiting.waiting.constFirst().revision, 1);
        QVERIFY(bobWaiting.waiting.constFirst().since.isValid());
        const ra::release::PublishStatus unlocked = maintainer.readStatusBlocking();
        QVERIFY(unlocked.canPublish());
        QCOMPARE(unlocked.snapshot.status.approvedBy, QStringList{u"rita"_s});

        // The maintainer changes the notes: reading the status puts revision 2 on the issue, with a new digest,
        // and locks publishing again.
        m_twin->state().release(m_draftId)->body = notesV2;
        const ra::release::PublishStatus relocked = maintainer.readStatusBlocking();
        QVERIFY2(relocked.ok(), qPrintable(relocked.message));
        QVERIFY(!relocked.canPublish());
        QCOMPARE(relocked.snapshot.status.staleBy, QStringList{u"rita"_s});
        QString error;
        const auto shown = ra::review::TrackingIssueContent::parseBody(trackingIssue()->body, &error);
        QVERIFY2(shown, qPrintable(error));
        QCOMPARE(shown->revision, 2);
        QCOMPARE(shown->notes, notesV2);
        QVERIFY(shown->digest != digest1);
        QCOMPARE(shown->digest, relocked.snapshot.digest);
        const ra::release::PublishOutcome refused = maintainer.publishBlocking(relocked.snapshot.digest);
        QVERIFY(!refused.ok);
        QVERIFY(m_twin->state().release(m_draftId)->draft);

        // Rita sees exactly what changed since she approved, and the release is back in her inbox.
        const ReviewSnapshot second = reviewerSnapshot(*rita);
        QVERIFY2(second.ok(), qPrintable(second.error));
        const ra::review::ReviewView view = ra::review::ReviewView::of(second, approvals());
        QCOMPARE(view.revision, 2);
        QCOMPARE(view.viewerApprovedDigest, digest1);
        QCOMPARE(view.viewerApprovedRevision, 1);
        QVERIFY(!view.viewerApprovedCurrent);
        QVERIFY(view.pendingLogins().contains(u"rita"_s));
        const QString diff = view.diffSinceApproved(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList changed;
        for (const QString &line : diff.split(u'\n')) {
            if ((line.startsWith(u'+') || line.startsWith(u'-')) && !line.startsWith(u"+++"_s) &&
                !line.startsWith(u"---"_s)) {
                changed.append(line);
            }
        }
        QCOMPARE(changed, (QStringList{u"-- Fixed the cache (#701)"_s, u"+- Fixed the cache for good (#701)"_s,
                                       u"+- New metrics endpoint (#705)"_s}));
        QVERIFY2(diff.startsWith(u"--- revision 1 (approved"_s), qPrintable(diff));
        const auto ritaInbox = inboxOf(ritaToken);
        QCOMPARE(ritaInbox.waiting.size(), 1);
        QCOMPARE(ritaInbox.waiting.constFirst().standing, u"stale"_s);
        QCOMPARE(ritaInbox.waiting.constFirst().revision, 2);

        // Her approval of revision 2 unlocks publishing that content, and it is published.
        QVERIFY(approveAs(ritaToken).ok);
        const ra::release::PublishOutcome published = maintainer.publishBlocking(relocked.snapshot.digest);
        QVERIFY2(published.ok, qPrintable(published.message));
        QVERIFY(!m_twin->state().release(m_draftId)->draft);
        QCOMPARE(inboxOf(bobToken).waiting.size(), 0);
    }

    void aHandEditedIssueIsRewrittenByTheMaintainer()
    {
        PublishStep maintainer(*m_maintainerClient, m_maintainerJournal.get(), config());
        QVERIFY(maintainer.syncTrackingIssueBlocking().ok);
        auto *issue = m_issues->state().issues.data();
        issue->body.replace(u"Faster boot"_s, u"Slower boot"_s);
        const auto rita = clientFor(ritaToken);
        const ReviewSnapshot edited = reviewerSnapshot(*rita);
        QVERIFY(!edited.ok());
        QVERIFY2(edited.error.contains(u"does not match its digest"_s), qPrintable(edited.error));

        QVERIFY(maintainer.readStatusBlocking().ok());
        const ReviewSnapshot repaired = reviewerSnapshot(*rita);
        QVERIFY2(repaired.ok(), qPrintable(repaired.error));
        QCOMPARE(repaired.subject.notes, notesV1);
    }
};

QTEST_GUILESS_MAIN(TestReviewWithoutPush)
#include "tst_reviewwithoutpush.moc"
