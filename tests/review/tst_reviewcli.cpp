// SPDX-License-Identifier: GPL-3.0-or-later
// `release-assistant-cli review`, end to end: the real executable against the GitHub twin served by this
// process (so the CLI runs while the event loop turns). Status, approve once, publish refused before the
// quorum, dry run sending nothing, publish once with the flags, stale approvals after an edit, and the
// scoring-table change scheduled in step 3 applied to a real PostgreSQL with the publication time, as the app does.
#include "githubissuestwin.h"
#include "githubtwin.h"
#include "journal/journal.h"
#include "postgresserver.h"
#include "scoring/postgresversionstore.h"
#include "scoring/sampletable.h"
#include "scoring/scheduledapply.h"
#include "scoring/tableformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "clirunner.h"

using namespace Qt::StringLiterals;

namespace {

const QString token = u"github_pat_11TWINTOKEN0000000000_abcdefghijklmnop"_s;
/// What the GitHub twin answers as published_at once a draft is published.
const QString twinPublishedAt = u"2026-11-21 10:00"_s;

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
    [[nodiscard]] QJsonObject json() const
    {
        return QJsonDocument::fromJson(out.toUtf8()).object();
    }
};

} // namespace

class TestReviewCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ra::test::GitHubTwin> m_twin;
    std::unique_ptr<ra::test::GitHubIssuesTwin> m_issues;
    qint64 m_releaseId = 0;
    ra::test::PostgresServer m_postgres;

    QString scheduleDirectory() const
    {
        return m_dir->filePath(u"schedule"_s);
    }

    /// Step 3 scheduled 1.15.0's row (and 0.2.5's retirement) for the publication, against \a connectionString.
    void scheduleScoring(const QString &connectionString)
    {
        using namespace ra::scoring;
        QString error;
        const auto changes = ReleaseChangeSet::plan(
            VersionTable(sampleTable()),
            {u"aleph-vm"_s, u"1.15.0"_s, QDateTime::currentDateTimeUtc(), std::nullopt, false}, &error);
        QVERIFY2(changes, qPrintable(error));
        const ScheduledApply apply{u"1.15.0"_s, connectionString, *changes,
                                   PostgresVersionStore::digest(sampleTable())};
        QVERIFY2(ScheduledApplyQueue(scheduleDirectory()).schedule(apply, &error), qPrintable(error));
    }

    QString sql(const QString &statement) const
    {
        QString error;
        const QString answer = m_postgres.psql(statement, &error);
        return error.isEmpty() ? answer : u"error: "_s + error;
    }

    Run run(const QString &sub, const QStringList &extra, bool withToken = true)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"GITHUB_TOKEN"_s, withToken ? token : QString());
        const QStringList arguments =
            QStringList{u"--json"_s, u"review"_s, sub, u"--release"_s, u"1.15.0"_s, u"--api-url"_s,
                        m_twin->api().url().toString(), u"--journal"_s, m_dir->filePath(u"journal.sqlite"_s),
                        // Run outside any clone: the project is named.
                        u"--preset"_s, u"aleph-vm"_s} +
            (sub == u"publish"_s ? QStringList{u"--schedule-dir"_s, scheduleDirectory()} : QStringList()) + extra;
        const ra::test::CliRun run = ra::test::runCliServing(arguments, environment);
        return {run.exitCode, run.out, run.err};
    }

    /// PATCHes of the release (publishing); the tracking issue's own updates are not counted.
    int patchCount() const
    {
        int count = 0;
        for (const auto &request : m_twin->api().requests()) {
            count += request.method == "PATCH" && request.path.contains(u"/releases/"_s) ? 1 : 0;
        }
        return count;
    }

    ra::test::GitHubTwinState::Release *draft()
    {
        return m_twin->state().release(m_releaseId);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_postgres.start(&error), qPrintable(error));
        ra::scoring::PostgresVersionStore store(m_postgres.connectionString());
        QVERIFY2(store.createTable(&error), qPrintable(error));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_twin = std::make_unique<ra::test::GitHubTwin>();
        QVERIFY(m_twin->start());
        m_issues = std::make_unique<ra::test::GitHubIssuesTwin>(*m_twin);
        m_twin->state().token = token;
        m_twin->state().login = u"alice"_s;
        m_twin->addRelease(u"1.16.0"_s, false);
        m_releaseId = m_twin->addRelease(u"1.15.0"_s, true);
        draft()->body = u"# 1.15.0\n\n- Fixed the cache (#701)\n"_s;
        QString error;
        m_postgres.psql(u"DELETE FROM software_versions"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_postgres.psql(ra::scoring::writeTable(ra::scoring::sampleTable(), ra::scoring::TableFormat::Sql), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanup()
    {
        m_issues.reset();
        m_twin.reset();
        m_dir.reset();
    }

    void statusShowsTheDigestAndTheLock()
    {
        const Run status = run(u"status"_s, {});
        QVERIFY2(status.exitCode == 0, qPrintable(status.err));
        const QJsonObject json = status.json();
        QVERIFY(json.value(u"digest"_s).toString().startsWith(u"sha256:"_s));
        QCOMPARE(json.value(u"quorum_reached"_s).toBool(), false);
        QCOMPARE(json.value(u"can_publish"_s).toBool(), false);
        QCOMPARE(json.value(u"required"_s).toInt(), 1);
        QVERIFY(json.value(u"issue"_s).isNull());
        // 1.16.0 is already out: publishing the older 1.15.0 must not make it "latest".
        QCOMPARE(json.value(u"publish"_s).toObject().value(u"make_latest"_s).toString(), u"false"_s);
        QCOMPARE(m_issues->state().issuesCreated, 0);
    }

    void publishIsRefusedBeforeTheQuorum()
    {
        const Run publish = run(u"publish"_s, {});
        QCOMPARE(publish.exitCode, 1);
        QVERIFY2(publish.err.contains(u"missing"_s), qPrintable(publish.err));
        QCOMPARE(patchCount(), 0);
        QVERIFY(draft()->draft);
    }

    void approveOncePublishOnce()
    {
        const Run approve = run(u"approve"_s, {});
        QVERIFY2(approve.exitCode == 0, qPrintable(approve.err));
        // Nothing on stderr about options 'approve' does not have (publish's --schedule-dir, --dry-run).
        QVERIFY2(!approve.err.contains(u"option not defined"_s), qPrintable(approve.err));
        QCOMPARE(approve.json().value(u"changed"_s).toBool(), true);
        QCOMPARE(m_issues->state().issuesCreated, 1);
        QCOMPARE(m_issues->state().commentsPosted, 1);

        const Run again = run(u"approve"_s, {});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.json().value(u"changed"_s).toBool(), false);
        QCOMPARE(m_issues->state().commentsPosted, 1);

        const Run status = run(u"status"_s, {});
        QCOMPARE(status.json().value(u"approved_by"_s).toArray(), QJsonArray{u"alice"_s});
        QCOMPARE(status.json().value(u"can_publish"_s).toBool(), true);
        const QString digest = status.json().value(u"digest"_s).toString();

        const Run dryRun = run(u"publish"_s, {u"--dry-run"_s});
        QVERIFY2(dryRun.exitCode == 0, qPrintable(dryRun.err));
        const QJsonArray requests = dryRun.json().value(u"requests"_s).toArray();
        QCOMPARE(requests.size(), 1);
        QVERIFY(requests[0].toString().startsWith(u"PATCH "_s));
        QVERIFY(requests[0].toString().contains(u"\"draft\":false"_s));
        QCOMPARE(patchCount(), 0);
        QVERIFY(draft()->draft);

        const Run publish = run(u"publish"_s, {u"--digest"_s, digest});
        QVERIFY2(publish.exitCode == 0, qPrintable(publish.err));
        QCOMPARE(publish.json().value(u"changed"_s).toBool(), true);
        QVERIFY(!draft()->draft);
        QCOMPARE(patchCount(), 1);
        const QJsonObject body = m_twin->api().requests().constLast().json().object();
        QCOMPARE(body.value(u"make_latest"_s).toString(), u"false"_s);
        QCOMPARE(body.value(u"prerelease"_s), QJsonValue(false));

        const Run twice = run(u"publish"_s, {});
        QCOMPARE(twice.exitCode, 0);
        QCOMPARE(twice.json().value(u"changed"_s).toBool(), false);
        QCOMPARE(patchCount(), 1);
    }

    void publishAppliesTheScoringChangeScheduledForTheRelease()
    {
        scheduleScoring(m_postgres.connectionString());
        QCOMPARE(run(u"approve"_s, {}).exitCode, 0);
        const Run publish = run(u"publish"_s, {});
        QVERIFY2(publish.exitCode == 0, qPrintable(publish.err));
        QVERIFY(!draft()->draft);
        const QJsonObject scoring = publish.json().value(u"scoring"_s).toObject();
        QCOMPARE(scoring.value(u"ran"_s).toBool(), true);
        QVERIFY2(scoring.value(u"succeeded"_s).toBool(), qPrintable(scoring.value(u"message"_s).toString()));
        // The rows the app's path gives too (tests/app/tst_scheduledscoringapply.cpp): listed from publication.
        QCOMPARE(sql(u"SELECT to_char(released_on, 'YYYY-MM-DD HH24:MI') FROM software_versions WHERE name = "
                     "'1.15.0'"_s),
                 twinPublishedAt);
        QCOMPARE(sql(u"SELECT to_char(replaced_on, 'YYYY-MM-DD HH24:MI') FROM software_versions WHERE name = "
                     "'0.2.5'"_s),
                 twinPublishedAt);
        QVERIFY(!ra::scoring::ScheduledApplyQueue(scheduleDirectory()).pending(u"1.15.0"_s));
        {
            const auto journal = ra::Journal::open(m_dir->filePath(u"journal.sqlite"_s));
            QVERIFY(journal);
            const QList<ra::JournalEffect> effects = journal->effects(u"1.15.0"_s, u"scoring-table"_s);
            QCOMPARE(effects.size(), 1);
            QCOMPARE(effects.constFirst().action, u"apply-scoring"_s);
            QCOMPARE(effects.constFirst().key, u"1.15.0"_s);
            QCOMPARE(effects.constFirst().outcome, ra::EffectOutcome::Succeeded);
            QCOMPARE(effects.constFirst().intent.value(u"connection"_s).toString(), m_postgres.connectionString());
            QCOMPARE(effects.constFirst().result.value(u"outcome"_s).toString(), u"applied"_s);
            QCOMPARE(journal->stepState(u"1.15.0"_s, ra::ReleaseStep::ScoringTable), ra::StepState::Done);
            QCOMPARE(journal->value(u"1.15.0"_s, u"review.publishedAt"_s).toString(), u"2026-11-21T10:00:00Z"_s);
        }

        const Run again = run(u"publish"_s, {});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.json().value(u"scoring"_s).toObject().value(u"ran"_s).toBool(), false);
        QCOMPARE(sql(u"SELECT count(*) FROM software_versions WHERE name = '1.15.0'"_s), u"1"_s);
        QCOMPARE(patchCount(), 1);
    }

    void aFailedScoringApplyIsRetriedAloneByPublishingAgain()
    {
        scheduleScoring(u"host=%1 port=1 dbname=none user=nobody"_s.arg(m_dir->path()));
        QCOMPARE(run(u"approve"_s, {}).exitCode, 0);
        const Run publish = run(u"publish"_s, {});
        // Published all the same; the scoring error says what to do.
        QCOMPARE(publish.exitCode, 1);
        QVERIFY(!draft()->draft);
        QCOMPARE(publish.json().value(u"changed"_s).toBool(), true);
        QCOMPARE(publish.json().value(u"scoring"_s).toObject().value(u"succeeded"_s).toBool(), false);
        QVERIFY2(publish.err.contains(u"not applied"_s), qPrintable(publish.err));
        QVERIFY2(publish.err.contains(u"review publish --release 1.15.0"_s), qPrintable(publish.err));
        QVERIFY(ra::scoring::ScheduledApplyQueue(scheduleDirectory()).pending(u"1.15.0"_s));

        // The database is reachable now: publishing again publishes nothing and applies the change.
        scheduleScoring(m_postgres.connectionString());
        const Run retry = run(u"publish"_s, {});
        QVERIFY2(retry.exitCode == 0, qPrintable(retry.err));
        QCOMPARE(retry.json().value(u"changed"_s).toBool(), false);
        QCOMPARE(retry.json().value(u"scoring"_s).toObject().value(u"succeeded"_s).toBool(), true);
        QCOMPARE(patchCount(), 1);
        QCOMPARE(sql(u"SELECT to_char(released_on, 'YYYY-MM-DD HH24:MI') FROM software_versions WHERE name = "
                     "'1.15.0'"_s),
                 twinPublishedAt);
    }

    void anEditAfterApprovalNeedsANewApproval()
    {
        QCOMPARE(run(u"approve"_s, {}).exitCode, 0);
        const QString approved = run(u"status"_s, {}).json().value(u"digest"_s).toString();
        draft()->body.replace(u"cache"_s, u"Cache"_s);
        const Run status = run(u"status"_s, {});
        QVERIFY(status.json().value(u"digest"_s).toString() != approved);
        QCOMPARE(status.json().value(u"stale"_s).toArray(), QJsonArray{u"alice"_s});
        QCOMPARE(status.json().value(u"can_publish"_s).toBool(), false);

        const Run publish = run(u"publish"_s, {u"--digest"_s, approved});
        QCOMPARE(publish.exitCode, 1);
        QCOMPARE(patchCount(), 0);
    }

    void changeRequestNeedsAReason()
    {
        QCOMPARE(run(u"approve"_s, {u"--changes"_s, u" "_s}).exitCode, 2);
        const Run changes = run(u"approve"_s, {u"--changes"_s, u"The upgrade section is missing"_s});
        QVERIFY2(changes.exitCode == 0, qPrintable(changes.err));
        QVERIFY(
            m_issues->state().issues.constFirst().comments.constFirst().body.contains(u"upgrade section is missing"_s));
        QCOMPARE(run(u"status"_s, {}).json().value(u"changes_requested_by"_s).toArray(), QJsonArray{u"alice"_s});
    }

    void badInputIsExplained()
    {
        QCOMPARE(run(u"approve"_s, {}, false).exitCode, 2);
        QCOMPARE(run(u"publish"_s, {u"--digest"_s, u"sha256:12"_s}).exitCode, 2);
        QCOMPARE(m_issues->state().commentsPosted, 0);
    }
};

QTEST_GUILESS_MAIN(TestReviewCli)
#include "tst_reviewcli.moc"
