// SPDX-License-Identifier: GPL-3.0-or-later
// Step 6 in a release run, against the GitHub twin: it stops for a person until the quorum approved the exact
// draft, then publishes it once with the right flags; a run after the publication changes nothing.
#include "release/publishrunner.h"

#include "github/githubclient.h"
#include "release/release.h"
#include "review/reviewpublisher.h"

#include "githubissuestwin.h"
#include "githubtwin.h"

#include <QEventLoop>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;
using namespace Qt::StringLiterals;

namespace {

const QString token = u"github_pat_11TWINTOKEN0000000000_publishrunner"_s;

} // namespace

class TestPublishRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_twin = std::make_unique<ra::test::GitHubTwin>();
        QVERIFY(m_twin->start());
        m_issues = std::make_unique<ra::test::GitHubIssuesTwin>(*m_twin);
        m_twin->state().token = token;
        m_twin->state().login = u"alice"_s;
        m_twin->addRelease(u"1.14.0"_s, false);
        m_draftId = m_twin->addRelease(u"1.15.0"_s, true);
        m_twin->state().release(m_draftId)->body = u"# 1.15.0\n\n- Fixed the cache (#701)\n"_s;
        QString error;
        m_journal = Journal::open(m_dir->filePath(u"journal.sqlite"_s), &error);
        QVERIFY2(m_journal, qPrintable(error));
        release::ProjectError projectError;
        m_project = release::Project::fromPlaybook({}, u"aleph-vm"_s, &projectError);
        QVERIFY2(m_project, qPrintable(projectError.message));
    }

    void cleanup()
    {
        m_issues.reset();
        m_twin.reset();
        m_journal.reset();
        m_dir.reset();
    }

    void stopsForApprovalsThenPublishesOnce()
    {
        QString error;
        const auto release =
            release::Release::open(*m_project, *m_journal, u"1.15.0"_s, release::Release::Access::Drive, &error);
        QVERIFY2(release, qPrintable(error));
        release::PublishRunner runner(endpoints(), token, {}, m_dir->filePath(u"schedule"_s));

        const release::StepRunResult waiting = runner.run(*release);
        QCOMPARE(release::runOutcomeKey(waiting.outcome), u"needs-person"_s);
        QVERIFY2(waiting.message.contains(u"missing"_s), qPrintable(waiting.message));
        QVERIFY(waiting.hint.contains(u"review approve --release 1.15.0"_s));
        QVERIFY(m_twin->state().release(m_draftId)->draft);

        approve();
        const release::StepRunResult published = runner.run(*release);
        QVERIFY2(published.outcome == release::StepRunResult::Outcome::Done, qPrintable(published.message));
        QVERIFY(!m_twin->state().release(m_draftId)->draft);
        QCOMPARE(release->verdict(ReleaseStep::ReviewPublish).state, StepState::Done);

        // Again: GitHub says it is published; nothing is sent.
        const int patches = patchCount();
        const release::StepRunResult again = runner.run(*release);
        QCOMPARE(release::runOutcomeKey(again.outcome), u"done"_s);
        QCOMPARE(patchCount(), patches);
    }

    void withoutATokenAPersonIsNeeded()
    {
        QString error;
        const auto release =
            release::Release::open(*m_project, *m_journal, u"1.15.0"_s, release::Release::Access::Drive, &error);
        release::PublishRunner runner(endpoints(), {}, {}, m_dir->filePath(u"schedule"_s));
        const release::StepRunResult result = runner.run(*release);
        QCOMPARE(release::runOutcomeKey(result.outcome), u"needs-person"_s);
        QVERIFY(result.hint.contains(u"GITHUB_TOKEN"_s));
        QVERIFY(m_twin->api().requests().isEmpty());
    }

private:
    [[nodiscard]] github::Endpoints endpoints() const
    {
        github::Endpoints endpoints;
        endpoints.api = m_twin->api().url();
        return endpoints;
    }

    void approve()
    {
        github::GitHubClient client(endpoints());
        client.setToken(token);
        review::ReviewConfig config;
        config.repository = m_project->repository();
        config.tag = u"1.15.0"_s;
        config.approvals = m_project->playbook().approvals;
        review::ReviewPublisher reviewer(client, m_journal.get(), config);
        QEventLoop loop;
        bool approved = false;
        reviewer.submitVerdict(review::Verdict::Approve, {}, {}, [&](const review::ReviewOutcome &outcome) {
            approved = outcome.ok;
            loop.quit();
        });
        loop.exec();
        QVERIFY(approved);
    }

    [[nodiscard]] int patchCount() const
    {
        int count = 0;
        for (const auto &request : m_twin->api().requests()) {
            count += request.method == "PATCH" ? 1 : 0;
        }
        return count;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ra::test::GitHubTwin> m_twin;
    std::unique_ptr<ra::test::GitHubIssuesTwin> m_issues;
    std::unique_ptr<Journal> m_journal;
    std::optional<release::Project> m_project;
    qint64 m_draftId = 0;
};

QTEST_GUILESS_MAIN(TestPublishRunner)
#include "tst_publishrunner.moc"
