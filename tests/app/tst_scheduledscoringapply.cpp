// SPDX-License-Identifier: GPL-3.0-or-later
// The scoring-table change scheduled in step 3 and run when the release is published, against a real
// PostgreSQL started by the test: the rows take the publish time, the schedule is then forgotten, a table
// changed since the review is left alone, and nothing scheduled means nothing done.
#include "app/scheduledscoringapply.h"
#include "app/scoringdatabase.h"
#include "postgresserver.h"
#include "scoring/postgresversionstore.h"
#include "scoring/sampletable.h"
#include "scoring/scheduledapply.h"
#include "scoring/tableformat.h"
#include "secrets/memorysecretstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;
using namespace ra::scoring;
using namespace Qt::StringLiterals;

namespace {

QDateTime at(const QString &text)
{
    return parseTimestamp(text, true, nullptr);
}

} // namespace

class TestScheduledScoringApply : public QObject
{
    Q_OBJECT

private:
    ra::test::PostgresServer m_server;
    QTemporaryDir m_dir;
    secrets::MemorySecretStore m_secrets;

    QString scheduleDirectory() const
    {
        return m_dir.filePath(u"schedule"_s);
    }

    void scheduleRelease026()
    {
        QString error;
        const auto changes = ReleaseChangeSet::plan(
            VersionTable(sampleTable()),
            {u"aleph-vm"_s, u"0.2.6"_s, at(u"2023-01-10T12:00:00Z"_s), std::nullopt, false}, &error);
        QVERIFY2(changes, qPrintable(error));
        ScheduledApply apply;
        apply.release = u"0.2.6"_s;
        apply.connectionString = m_server.connectionString();
        apply.changes = *changes;
        apply.expectedDigest = PostgresVersionStore::digest(sampleTable());
        QVERIFY2(ScheduledApplyQueue(scheduleDirectory()).schedule(apply, &error), qPrintable(error));
    }

    ScheduledScoringApply::Outcome runFor(ScheduledScoringApply &runner, const QDateTime &publishedAt)
    {
        std::optional<ScheduledScoringApply::Outcome> outcome;
        runner.run(u"0.2.6"_s, publishedAt, [&](const ScheduledScoringApply::Outcome &result) { outcome = result; });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 30000)) {
            return {true, false, u"timed out"_s};
        }
        return *outcome;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_server.psql(u"ALTER DATABASE \"%1\" SET timezone TO 'UTC'"_s.arg(m_server.database()), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        PostgresVersionStore store(m_server.connectionString());
        QVERIFY2(store.createTable(&error), qPrintable(error));
    }

    void init()
    {
        QString error;
        m_server.psql(u"DELETE FROM software_versions"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_server.psql(writeTable(sampleTable(), TableFormat::Sql), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        ScheduledApplyQueue(scheduleDirectory()).cancel(u"0.2.6"_s);
    }

    void appliesWithThePublishTimeThenForgetsTheSchedule()
    {
        scheduleRelease026();
        ScheduledScoringApply runner;
        runner.setDirectory(scheduleDirectory());
        runner.setSecretStore(&m_secrets);
        const auto outcome = runFor(runner, at(u"2023-01-12T08:30:00Z"_s));
        QVERIFY(outcome.ran);
        QVERIFY2(outcome.succeeded, qPrintable(outcome.message));
        QCOMPARE(m_server.psql(u"SELECT to_char(released_on AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') FROM "
                               "software_versions WHERE name = '0.2.6'"_s),
                 u"2023-01-12 08:30"_s);
        QCOMPARE(m_server.psql(u"SELECT to_char(replaced_on AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') FROM "
                               "software_versions WHERE name = '0.2.5'"_s),
                 u"2023-01-12 08:30"_s);
        QVERIFY(!ScheduledApplyQueue(scheduleDirectory()).pending(u"0.2.6"_s));

        // Opening the page again finds nothing left to do.
        const auto again = runFor(runner, at(u"2023-01-12T08:30:00Z"_s));
        QVERIFY(!again.ran);
    }

    void leavesATableChangedSinceTheReviewAlone()
    {
        scheduleRelease026();
        QString error;
        m_server.psql(u"UPDATE software_versions SET prerelease = true WHERE name = '0.2.4'"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        ScheduledScoringApply runner;
        runner.setDirectory(scheduleDirectory());
        runner.setSecretStore(&m_secrets);
        const auto outcome = runFor(runner, at(u"2023-01-12T08:30:00Z"_s));
        QVERIFY(outcome.ran);
        QVERIFY(!outcome.succeeded);
        QVERIFY2(outcome.message.contains(u"not applied"_s), qPrintable(outcome.message));
        QCOMPARE(m_server.psql(u"SELECT count(*) FROM software_versions WHERE name = '0.2.6'"_s), u"0"_s);
        // Kept for the maintainer to plan again in step 3.
        QVERIFY(ScheduledApplyQueue(scheduleDirectory()).pending(u"0.2.6"_s));
    }

    void nothingScheduledDoesNothing()
    {
        ScheduledScoringApply runner;
        runner.setDirectory(scheduleDirectory());
        runner.setSecretStore(&m_secrets);
        const auto outcome = runFor(runner, at(u"2023-01-12T08:30:00Z"_s));
        QVERIFY(!outcome.ran);
        QCOMPARE(m_server.psql(u"SELECT count(*) FROM software_versions WHERE name = '0.2.6'"_s), u"0"_s);
    }
};

QTEST_GUILESS_MAIN(TestScheduledScoringApply)
#include "tst_scheduledscoringapply.moc"
