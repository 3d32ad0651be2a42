// SPDX-License-Identifier: GPL-3.0-or-later
// The tracking issue follows the draft: once step 5 attached the packages, an issue the review already opened
// shows them (its body updated, the revision posted as a comment) without waiting for a status read; no issue is
// created before the review starts, and an issue that cannot be updated leaves the step done with a warning.
#include "release/packagesstep.h"
#include "release/publishstep.h"
#include "review/trackingissuecontent.h"

#include "attachflowfixture.h"
#include "githubissuestwin.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;
using namespace Qt::StringLiterals;
using ra::test::AttachFlowFixture;
using release::PackagesStep;

class TestTrackingIssueFollowsDraft : public QObject
{
    Q_OBJECT

private:
    AttachFlowFixture m_fixture;
    std::unique_ptr<ra::test::GitHubIssuesTwin> m_issues;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<github::GitHubClient> m_client;

    [[nodiscard]] release::PublishStep::Config review() const
    {
        release::PublishStep::Config config;
        config.repository = {u"aleph-im"_s, u"aleph-vm"_s};
        config.tag = AttachFlowFixture::Tag;
        config.approvals = {1, {u"alice"_s}};
        config.scheduleDirectory = m_dir->filePath(u"schedule"_s);
        return config;
    }

    [[nodiscard]] PackagesStep::Request request() const
    {
        PackagesStep::Request request;
        request.options.repository = {u"aleph-im"_s, u"aleph-vm"_s};
        request.options.tag = AttachFlowFixture::Tag;
        request.options.runId = m_fixture.runId();
        request.options.expectedNames = AttachFlowFixture::Names;
        request.options.workDir = m_dir->filePath(u"work"_s);
        request.review = review();
        return request;
    }

    [[nodiscard]] PackagesStep::Outcome attach() const
    {
        return PackagesStep(m_journal.get(), AttachFlowFixture::Tag).execute(request(), *m_client);
    }

    /// Opens the review: the tracking issue shows the draft as it is now (no packages yet).
    [[nodiscard]] int openReview() const
    {
        release::PublishStep step(*m_client, m_journal.get(), review());
        const release::PublishOutcome synced = step.syncTrackingIssueBlocking();
        if (!synced.ok || m_issues->state().issues.size() != 1) {
            qWarning("the review was not opened: %s", qPrintable(synced.message));
            return 0;
        }
        return m_issues->state().issues.constFirst().number;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fixture.buildPackages(&error), qPrintable(error));
    }

    void init()
    {
        QVERIFY(m_fixture.start());
        m_issues = std::make_unique<ra::test::GitHubIssuesTwin>(m_fixture.twin());
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QString error;
        m_journal = Journal::open(m_dir->filePath(u"journal.sqlite"_s), &error);
        QVERIFY2(m_journal, qPrintable(error));
        QVERIFY(m_journal->createRelease(AttachFlowFixture::Tag, {}));
        github::Endpoints endpoints;
        endpoints.api = m_fixture.twin().api().url();
        endpoints.uploads = m_fixture.twin().uploads().url();
        m_client = std::make_unique<github::GitHubClient>(endpoints);
        m_client->setToken(AttachFlowFixture::Token);
        m_client->http().setClock(std::make_shared<ra::test::FakeClock>());
    }

    void cleanup()
    {
        m_client.reset();
        m_journal.reset();
        m_dir.reset();
        m_issues.reset();
        m_fixture.stop();
    }

    void attachedPackagesAppearOnTheOpenIssue()
    {
        const int number = openReview();
        QVERIFY(number > 0);
        const QString before = m_issues->state().issue(number)->body;
        QVERIFY(!before.contains(AttachFlowFixture::Names.constFirst()));
        const int comments = m_issues->state().commentsPosted;

        const PackagesStep::Outcome outcome = attach();
        QVERIFY2(outcome.ok(), qPrintable(outcome.message));
        QVERIFY2(outcome.warning.isEmpty(), qPrintable(outcome.warning));
        const QString after = m_issues->state().issue(number)->body;
        for (const QString &name : AttachFlowFixture::Names) {
            QVERIFY2(after.contains(name), qPrintable(after));
        }
        QString error;
        const auto shown = review::TrackingIssueContent::parseBody(after, &error);
        QVERIFY2(shown, qPrintable(error));
        QCOMPARE(shown->revision, 2);
        QCOMPARE(m_issues->state().commentsPosted, comments + 1);
        QCOMPARE(
            m_journal->lastEffect(AttachFlowFixture::Tag, u"update-tracking-issue"_s, u"revision:2:"_s + shown->digest)
                ->outcome,
            EffectOutcome::Succeeded);
    }

    void noIssueIsCreatedBeforeTheReviewStarts()
    {
        const PackagesStep::Outcome outcome = attach();
        QVERIFY2(outcome.ok(), qPrintable(outcome.message));
        QVERIFY(outcome.warning.isEmpty());
        QCOMPARE(m_issues->state().issuesCreated, 0);
        QCOMPARE(m_issues->state().commentsPosted, 0);
    }

    void anIssueThatCannotBeUpdatedIsAWarning()
    {
        const int number = openReview();
        QVERIFY(number > 0);
        m_fixture.twin().api().injectFault(
            "PATCH", u"/repos/{owner}/{repo}/issues/{number}"_s,
            ra::test::HttpResponse::json(403, QJsonDocument(QJsonObject{{u"message"_s, u"Must have admin rights"_s}})));

        const PackagesStep::Outcome outcome = attach();
        QVERIFY2(outcome.ok(), qPrintable(outcome.message));
        QVERIFY2(outcome.warning.contains(u"tracking issue"_s), qPrintable(outcome.warning));
        QCOMPARE(m_journal->stepState(AttachFlowFixture::Tag, ReleaseStep::Packages), StepState::Done);
        m_fixture.verifyExactAssets();
    }
};

QTEST_GUILESS_MAIN(TestTrackingIssueFollowsDraft)
#include "tst_trackingissuefollowsdraft.moc"
