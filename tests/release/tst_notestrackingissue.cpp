// SPDX-License-Identifier: GPL-3.0-or-later
// Step 4 keeps the tracking issue with the draft: notes saved once the review opened the issue appear in its body
// (and as a revision comment) at once, for reviewers without push access; before that no issue is created.
#include "release/notesstep.h"
#include "release/publishstep.h"

#include "github/githubclient.h"
#include "journal/journal.h"
#include "release/release.h"
#include "review/trackingissuecontent.h"

#include "gitdaemon.h"
#include "githubissuestwin.h"
#include "githubtwin.h"
#include "historybuilder.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ra;
using namespace Qt::StringLiterals;
using release::NotesSaveResult;
using Outcome = release::NotesSaveResult::Outcome;

namespace {

const QString token = u"github_pat_11TWINTOKEN0000000000_notesissue"_s;
const QString tag = u"1.1.0"_s;
const QString first = u"# 1.1.0\n\n## Bug fixes\n\n- Keep the VM network up (#11)\n"_s;
const QString second = first + u"- Retry the IPFS download (#11)\n"_s;
const QString third = second + u"- Log each restart of the VM network (#11)\n"_s;

} // namespace

class TestNotesTrackingIssue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        const QString clone = m_dir->filePath(u"clone"_s);
        ra::test::HistoryBuilder history(clone);
        const int initial = history.commit(u"Initial commit"_s, {});
        const int pool = history.commit(u"Feature: add the VM pool (#10)"_s, {initial});
        history.commit(u"Fix: keep the VM network up (#11)"_s, {pool});
        history.lightweightTag(u"1.0.0"_s, pool);
        QString error;
        QVERIFY2(history.run(&error), qPrintable(error));
        QCOMPARE(ra::test::runGit({u"remote"_s, u"add"_s, u"origin"_s, u"https://github.com/aleph-im/aleph-vm.git"_s},
                                  clone),
                 0);
        release::ProjectError projectError;
        m_project = release::Project::open(clone, {}, &projectError);
        QVERIFY2(m_project, qPrintable(projectError.message));

        m_twin = std::make_unique<ra::test::GitHubTwin>();
        QVERIFY(m_twin->start());
        m_twin->state().token = token;
        m_issues = std::make_unique<ra::test::GitHubIssuesTwin>(*m_twin);
        github::Endpoints endpoints;
        endpoints.api = m_twin->api().url();
        m_client = std::make_unique<github::GitHubClient>(endpoints);
        m_client->setToken(token);
        m_journal = Journal::open(m_dir->filePath(u"journal.sqlite"_s), &error);
        QVERIFY2(m_journal, qPrintable(error));
        m_release = release::Release::open(*m_project, *m_journal, tag, release::Release::Access::Drive, &error);
        QVERIFY2(m_release, qPrintable(error));
    }

    void cleanup()
    {
        m_release.reset();
        m_journal.reset();
        m_client.reset();
        m_issues.reset();
        m_twin.reset();
        m_dir.reset();
    }

    void savedNotesUpdateTheOpenTrackingIssue()
    {
        release::NotesStep step(*m_release, *m_client);
        QVERIFY2(step.save(first).outcome == Outcome::Created, "the draft was not created");
        // Before the review starts, a save creates no issue.
        const NotesSaveResult early = step.save(second);
        QVERIFY2(early.outcome == Outcome::Saved, qPrintable(early.message));
        QVERIFY(early.warning.isEmpty());
        QCOMPARE(m_issues->state().issuesCreated, 0);

        release::PublishStep review(
            *m_client, m_journal.get(),
            release::PublishStep::Config::fromPlaybook(m_project->playbook(), m_project->repository(), tag));
        const release::PublishOutcome opened = review.syncTrackingIssueBlocking();
        QVERIFY2(opened.ok && opened.changed, qPrintable(opened.message));
        QCOMPARE(m_issues->state().issues.size(), 1);
        const int number = m_issues->state().issues.constFirst().number;
        const int comments = m_issues->state().commentsPosted;

        const NotesSaveResult saved = step.save(third);
        QVERIFY2(saved.outcome == Outcome::Saved, qPrintable(saved.message));
        QVERIFY2(saved.warning.isEmpty(), qPrintable(saved.warning));
        const QString body = m_issues->state().issue(number)->body;
        QVERIFY2(body.contains(u"Log each restart of the VM network"_s), qPrintable(body));
        QString error;
        const auto shown = review::TrackingIssueContent::parseBody(body, &error);
        QVERIFY2(shown, qPrintable(error));
        QCOMPARE(shown->revision, 2);
        QCOMPARE(shown->notes, third);
        QCOMPARE(m_issues->state().commentsPosted, comments + 1);
        QCOMPARE(m_issues->state().issuesCreated, 1);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<release::Project> m_project;
    std::unique_ptr<ra::test::GitHubTwin> m_twin;
    std::unique_ptr<ra::test::GitHubIssuesTwin> m_issues;
    std::unique_ptr<github::GitHubClient> m_client;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<release::Release> m_release;
};

QTEST_GUILESS_MAIN(TestNotesTrackingIssue)
#include "tst_notestrackingissue.moc"
