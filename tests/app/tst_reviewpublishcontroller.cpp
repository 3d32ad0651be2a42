// SPDX-License-Identifier: GPL-3.0-or-later
// Step 6's controller against the GitHub twin with the session's real journal: the draft read with its digest
// and rendered notes, an approval bound to it, the changes since that approval after an edit, Publish locked
// until the quorum approved the current content, then published once with the step marked done.
#include "app/releasesession.h"
#include "app/reviewpublishcontroller.h"
#include "core/playbookloader.h"
#include "github/githubclient.h"
#include "githubissuestwin.h"
#include "githubtwin.h"
#include "journal/journal.h"
#include "scoring/postgresversionstore.h"
#include "scoring/sampletable.h"
#include "scoring/scheduledapply.h"
#include "secrets/memorysecretstore.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ra::ReviewPublishController;

class TestReviewPublishController : public QObject
{
    Q_OBJECT

private:
    const QString m_token = u"github_pat_11TWINTOKEN0000000000_abcdefghijklmnop"_s;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ra::test::GitHubTwin> m_twin;
    std::unique_ptr<ra::test::GitHubIssuesTwin> m_issues;
    std::unique_ptr<ra::github::GitHubClient> m_client;
    std::unique_ptr<ra::ReleaseSession> m_session;
    std::unique_ptr<ReviewPublishController> m_controller;
    qint64 m_releaseId = 0;

    ra::test::GitHubTwinState::Release *draft()
    {
        return m_twin->state().release(m_releaseId);
    }

    bool act(const std::function<void()> &action)
    {
        QSignalSpy finished(m_controller.get(), &ReviewPublishController::actionFinished);
        action();
        if (!finished.wait(10000)) {
            return false;
        }
        // The controller reads GitHub again after a write; wait for that too.
        return QTest::qWaitFor([this] { return !m_controller->busy(); }, 10000) &&
               finished.constFirst().constFirst().toBool();
    }

    bool refresh()
    {
        m_controller->refresh();
        return QTest::qWaitFor([this] { return !m_controller->busy(); }, 10000) && !m_controller->messageIsError();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_twin = std::make_unique<ra::test::GitHubTwin>();
        QVERIFY(m_twin->start());
        m_issues = std::make_unique<ra::test::GitHubIssuesTwin>(*m_twin);
        m_twin->state().token = m_token;
        m_twin->state().login = u"alice"_s;
        m_twin->addRelease(u"1.14.2"_s, false);
        m_releaseId = m_twin->addRelease(u"1.15.0"_s, true);
        draft()->body = u"# Aleph-vm 1.15.0\n\n- Fixed the cache (#701)\n"_s;

        ra::github::Endpoints endpoints;
        endpoints.api = m_twin->api().url();
        endpoints.uploads = m_twin->uploads().url();
        m_client = std::make_unique<ra::github::GitHubClient>(endpoints);
        m_client->setToken(m_token);

        m_session = std::make_unique<ra::ReleaseSession>(m_dir->filePath(u"journal.sqlite"_s));
        QVERIFY(m_session->startRelease(u"1.15.0"_s));
        m_controller = std::make_unique<ReviewPublishController>();
        m_controller->setGitHubClient(m_client.get());
        ra::Playbook playbook = *ra::PlaybookLoader::loadPreset(u"aleph-vm"_s).playbook;
        playbook.approvals = {1, {u"alice"_s, u"bob"_s}};
        m_controller->setPlaybook(playbook);
        m_controller->setSession(m_session.get());
    }

    void cleanup()
    {
        QSettings().remove(u"github"_s);
        m_controller.reset();
        m_session.reset();
        m_client.reset();
        m_issues.reset();
        m_twin.reset();
        m_dir.reset();
    }

    void readsTheDraftAndLocksPublishing()
    {
        QAbstractItemModelTester tester(m_controller->approvals(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!m_controller->loaded());
        QVERIFY(!m_controller->canPublish());
        QVERIFY(refresh());
        QVERIFY(m_controller->loaded());
        QVERIFY(m_controller->digest().startsWith(u"sha256:"_s));
        QCOMPARE(m_controller->shortDigest().size(), 12);
        QCOMPARE(m_controller->required(), 1);
        QCOMPARE(m_controller->approvedCount(), 0);
        QVERIFY(!m_controller->canPublish());
        QVERIFY(m_controller->lockReason().contains(u"missing"_s));
        QVERIFY(!m_controller->prerelease());
        QVERIFY(m_controller->makeLatest());
        QCOMPARE(m_controller->issueNumber(), 0);
        QTRY_VERIFY(m_controller->notesHtml().contains(u"Fixed the cache"_s));
        QVERIFY(m_controller->notesHtml().contains(u"<h1"_s));
        QVERIFY(!m_controller->hasApprovedBefore());
    }

    void approvalUnlocksPublishingUntilTheNotesChange()
    {
        QAbstractItemModelTester tester(m_controller->approvals(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(refresh());
        QVERIFY(act([this] { m_controller->approve(); }));
        QCOMPARE(m_controller->approvedCount(), 1);
        QVERIFY(m_controller->canPublish());
        QVERIFY(m_controller->lockReason().isEmpty());
        QVERIFY(m_controller->approvedContentIsCurrent());
        QVERIFY(m_controller->issueNumber() > 0);
        QCOMPARE(m_controller->approvals()->rowCount(), 1);
        const QModelIndex row = m_controller->approvals()->index(0);
        QCOMPARE(row.data(ra::ReviewApprovalModel::LoginRole).toString(), u"alice"_s);
        QCOMPARE(row.data(ra::ReviewApprovalModel::VerdictRole).toString(), u"approve"_s);
        QVERIFY(row.data(ra::ReviewApprovalModel::CurrentRole).toBool());
        QCOMPARE(m_session->journal()->stepState(u"1.15.0"_s, ra::ReleaseStep::ReviewPublish),
                 ra::StepState::InProgress);

        draft()->body += u"- Faster boots (#702)\n"_s;
        QVERIFY(refresh());
        QCOMPARE(m_controller->approvedCount(), 0);
        QVERIFY(!m_controller->canPublish());
        QVERIFY(m_controller->hasApprovedBefore());
        QVERIFY(!m_controller->approvedContentIsCurrent());
        QCOMPARE(m_controller->changesSinceApproval()->added(), 1);
        QCOMPARE(m_controller->changesSinceApproval()->removed(), 0);
        QVERIFY(!m_controller->approvals()->index(0).data(ra::ReviewApprovalModel::CurrentRole).toBool());

        QVERIFY(act([this] { m_controller->approve(); }));
        QVERIFY(m_controller->canPublish());
        QCOMPARE(m_controller->changesSinceApproval()->rowCount(), 0);
        QVERIFY(act([this] { m_controller->publish(); }));
        QVERIFY(m_controller->published());
        QVERIFY(!m_controller->canPublish());
        QVERIFY(!draft()->draft);
        QCOMPARE(m_session->journal()->stepState(u"1.15.0"_s, ra::ReleaseStep::ReviewPublish), ra::StepState::Done);
    }

    void publishingRunsTheScoringChangeScheduledForIt()
    {
        // Scheduled in step 3 against a database that cannot be reached: the publish goes on, the scoring
        // step is flagged with the reason, and the schedule stays for another attempt.
        QString error;
        const auto changes = ra::scoring::ReleaseChangeSet::plan(
            ra::scoring::VersionTable(ra::scoring::sampleTable()),
            {u"aleph-vm"_s, u"1.15.0"_s, QDateTime::currentDateTimeUtc(), std::nullopt, false}, &error);
        QVERIFY2(changes, qPrintable(error));
        ra::scoring::ScheduledApply apply;
        apply.release = u"1.15.0"_s;
        apply.connectionString = u"host=%1 port=1 dbname=none user=nobody"_s.arg(m_dir->path());
        apply.changes = *changes;
        apply.expectedDigest = ra::scoring::PostgresVersionStore::digest(ra::scoring::sampleTable());
        const QString schedule = m_dir->filePath(u"schedule"_s);
        QVERIFY(ra::scoring::ScheduledApplyQueue(schedule).schedule(apply, &error));
        ra::secrets::MemorySecretStore secrets;
        m_controller->setSecretStore(&secrets);
        m_controller->setScoringScheduleDirectory(schedule);

        QVERIFY(refresh());
        QVERIFY(act([this] { m_controller->approve(); }));
        QSignalSpy scoring(m_controller.get(), &ReviewPublishController::scheduledScoringFinished);
        QVERIFY(act([this] { m_controller->publish(); }));
        QVERIFY(m_controller->published());
        QVERIFY(scoring.wait(30000));
        QCOMPARE(scoring.constFirst().constFirst().toBool(), false);
        QCOMPARE(m_session->journal()->stepState(u"1.15.0"_s, ra::ReleaseStep::ScoringTable),
                 ra::StepState::NeedsAttention);
        QVERIFY2(m_session->journal()->stepNote(u"1.15.0"_s, ra::ReleaseStep::ScoringTable).contains(u"not applied"_s),
                 qPrintable(m_session->journal()->stepNote(u"1.15.0"_s, ra::ReleaseStep::ScoringTable)));
        QVERIFY(ra::scoring::ScheduledApplyQueue(schedule).pending(u"1.15.0"_s));
    }

    void aChangeRequestNeedsAReasonAndBlocks()
    {
        QVERIFY(refresh());
        m_controller->requestChanges(u"  "_s);
        QVERIFY(m_controller->messageIsError());
        QCOMPARE(m_issues->state().commentsPosted, 0);

        QVERIFY(act([this] { m_controller->approve(); }));
        m_twin->state().login = u"bob"_s;
        QVERIFY(act([this] { m_controller->requestChanges(u"Add the upgrade steps"_s); }));
        QCOMPARE(m_controller->approvedCount(), 1);
        QVERIFY(!m_controller->canPublish());
        QVERIFY(m_controller->lockReason().contains(u"bob"_s));
        m_controller->publish();
        QVERIFY(!m_controller->busy());
        QVERIFY(draft()->draft);
    }

    void aContentChangedBehindTheReviewerIsRefused()
    {
        QVERIFY(refresh());
        draft()->body = u"# Something else\n"_s;
        QSignalSpy finished(m_controller.get(), &ReviewPublishController::actionFinished);
        m_controller->approve();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.constFirst().constFirst().toBool(), false);
        QVERIFY(m_controller->messageIsError());
        QVERIFY(m_controller->message().contains(u"changed since"_s));
        QCOMPARE(m_issues->state().commentsPosted, 0);
    }

    void anotherAccountSignsInWhenTheReleaseIsPickedAgain()
    {
        // As in the app: no client given, the token read from the keychain and the hosts from the settings. The
        // demo's second reviewer replaces the token and picks the release again (ReleaseSession::useDemoAccount).
        const QString reviewerToken = u"github_pat_11TWINTOKEN0000000000_reviewerbob0000"_s;
        m_twin->state().otherAccounts.insert(reviewerToken, u"bob"_s);
        QSettings settings;
        settings.setValue(u"github/apiUrl"_s, m_twin->api().url().toString());
        settings.setValue(u"github/uploadsUrl"_s, m_twin->uploads().url().toString());
        ra::secrets::MemorySecretStore secrets;
        secrets.write(u"github/token"_s, m_token, [](const ra::net::Error &) { });
        m_controller = std::make_unique<ReviewPublishController>();
        m_controller->setSecretStore(&secrets);
        ra::Playbook playbook = *ra::PlaybookLoader::loadPreset(u"aleph-vm"_s).playbook;
        playbook.approvals = {2, {u"alice"_s, u"bob"_s}};
        m_controller->setPlaybook(playbook);
        m_controller->setSession(m_session.get());
        QVERIFY(refresh());
        QCOMPARE(m_controller->viewer(), u"alice"_s);
        QVERIFY(act([this] { m_controller->approve(); }));

        secrets.write(u"github/token"_s, reviewerToken, [](const ra::net::Error &) { });
        m_session->setCurrentRelease({});
        m_session->setCurrentRelease(u"1.15.0"_s);
        QVERIFY(refresh());
        QCOMPARE(m_controller->viewer(), u"bob"_s);
        QVERIFY(act([this] { m_controller->approve(); }));
        QCOMPARE(m_controller->approvedCount(), 2);
        QVERIFY(m_controller->canPublish());
    }

    void pickingAnotherReleaseForgetsTheOld()
    {
        QVERIFY(refresh());
        QVERIFY(m_session->startRelease(u"1.16.0"_s));
        QVERIFY(!m_controller->loaded());
        QVERIFY(m_controller->digest().isEmpty());
        QCOMPARE(m_controller->approvals()->rowCount(), 0);
    }
};

QTEST_MAIN(TestReviewPublishController)
#include "tst_reviewpublishcontroller.moc"
