// SPDX-License-Identifier: GPL-3.0-or-later
// The app's path to the scoring-table change scheduled in step 3 and run when the release is published: the
// release engine's ScheduledScoring with the database work on a worker thread, against a real PostgreSQL
// started by the test and the session's real journal. It gives the rows and journal effects that
// `review publish` gives (tests/review/tst_reviewcli.cpp): the rows take the publish time, the schedule is then
// forgotten, a table changed since the review is left alone, an apply interrupted after its intent is settled
// without a second row, and nothing scheduled means nothing done.
#include "app/releasesession.h"
#include "app/scheduledscoringapply.h"
#include "journal/journal.h"
#include "postgresserver.h"
#include "release/scheduledscoring.h"
#include "scoring/postgresversionstore.h"
#include "scoring/sampletable.h"
#include "scoring/scheduledapply.h"
#include "scoring/tableformat.h"
#include "secrets/memorysecretstore.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;
using namespace ra::scoring;
using namespace Qt::StringLiterals;

namespace {

const QString kRelease = u"0.2.6"_s;

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
    std::unique_ptr<QTemporaryDir> m_journalDir;
    std::unique_ptr<ReleaseSession> m_session;
    const QDateTime m_publishedAt = at(u"2023-01-12T08:30:00Z"_s);

    QString scheduleDirectory() const
    {
        return m_dir.filePath(u"schedule"_s);
    }

    Journal &journal() const
    {
        return *m_session->journal();
    }

    void scheduleRelease026()
    {
        QString error;
        const auto changes = ReleaseChangeSet::plan(
            VersionTable(sampleTable()), {u"aleph-vm"_s, kRelease, at(u"2023-01-10T12:00:00Z"_s), std::nullopt, false},
            &error);
        QVERIFY2(changes, qPrintable(error));
        ScheduledApply apply;
        apply.release = kRelease;
        apply.connectionString = m_server.connectionString();
        apply.changes = *changes;
        apply.expectedDigest = PostgresVersionStore::digest(sampleTable());
        QVERIFY2(ScheduledApplyQueue(scheduleDirectory()).schedule(apply, &error), qPrintable(error));
    }

    ScheduledScoringApply::Outcome runFor(ScheduledScoringApply &runner)
    {
        std::optional<ScheduledScoringApply::Outcome> outcome;
        runner.run(m_session.get(), m_publishedAt,
                   [&](const ScheduledScoringApply::Outcome &result) { outcome = result; });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 30000)) {
            return {true, false, u"timed out"_s, {}};
        }
        return *outcome;
    }

    void prepare(ScheduledScoringApply &runner)
    {
        runner.setDirectory(scheduleDirectory());
        runner.setSecretStore(&m_secrets);
    }

    QString sql(const QString &statement) const
    {
        QString error;
        const QString answer = m_server.psql(statement, &error);
        return error.isEmpty() ? answer : u"error: "_s + error;
    }

    QList<JournalEffect> effects() const
    {
        return journal().effects(kRelease, u"scoring-table"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
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
        ScheduledApplyQueue(scheduleDirectory()).cancel(kRelease);
        m_journalDir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_journalDir->isValid());
        m_session = std::make_unique<ReleaseSession>(m_journalDir->filePath(u"journal.sqlite"_s));
        QVERIFY2(m_session->startRelease(kRelease), qPrintable(m_session->lastError()));
    }

    void cleanup()
    {
        m_session.reset();
        m_journalDir.reset();
    }

    void appliesWithThePublishTimeThenForgetsTheSchedule()
    {
        scheduleRelease026();
        ScheduledScoringApply runner;
        prepare(runner);
        const auto outcome = runFor(runner);
        QVERIFY(outcome.ran);
        QVERIFY2(outcome.succeeded, qPrintable(outcome.message));
        QVERIFY(!runner.busy());
        QCOMPARE(
            sql(u"SELECT to_char(released_on, 'YYYY-MM-DD HH24:MI') FROM software_versions WHERE name = '0.2.6'"_s),
            u"2023-01-12 08:30"_s);
        QCOMPARE(
            sql(u"SELECT to_char(replaced_on, 'YYYY-MM-DD HH24:MI') FROM software_versions WHERE name = '0.2.5'"_s),
            u"2023-01-12 08:30"_s);
        QVERIFY(!ScheduledApplyQueue(scheduleDirectory()).pending(kRelease));

        // The journal effects `review publish` records (tests/review/tst_reviewcli.cpp).
        const QList<JournalEffect> recorded = effects();
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded.constFirst().action, u"apply-scoring"_s);
        QCOMPARE(recorded.constFirst().key, kRelease);
        QCOMPARE(recorded.constFirst().outcome, EffectOutcome::Succeeded);
        QCOMPARE(recorded.constFirst().intent.value(u"connection"_s).toString(), m_server.connectionString());
        QCOMPARE(recorded.constFirst().result.value(u"outcome"_s).toString(), u"applied"_s);
        QCOMPARE(journal().stepState(kRelease, ReleaseStep::ScoringTable), StepState::Done);
        QCOMPARE(journal().value(kRelease, u"review.publishedAt"_s).toString(), u"2023-01-12T08:30:00Z"_s);

        // Opening the page again finds nothing left to do.
        const auto again = runFor(runner);
        QVERIFY(!again.ran);
        QCOMPARE(effects().size(), 1);
    }

    void leavesATableChangedSinceTheReviewAlone()
    {
        scheduleRelease026();
        QString error;
        m_server.psql(u"UPDATE software_versions SET prerelease = true WHERE name = '0.2.4'"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        ScheduledScoringApply runner;
        prepare(runner);
        const auto outcome = runFor(runner);
        QVERIFY(outcome.ran);
        QVERIFY(!outcome.succeeded);
        QVERIFY2(outcome.message.contains(u"not applied"_s), qPrintable(outcome.message));
        QCOMPARE(sql(u"SELECT count(*) FROM software_versions WHERE name = '0.2.6'"_s), u"0"_s);
        // Kept for the maintainer to plan again in step 3.
        QVERIFY(ScheduledApplyQueue(scheduleDirectory()).pending(kRelease));
        QCOMPARE(effects().constFirst().outcome, EffectOutcome::Failed);
        QCOMPARE(journal().stepState(kRelease, ReleaseStep::ScoringTable), StepState::NeedsAttention);
    }

    void anApplyInterruptedAfterItsIntentIsSettledWithoutASecondRow()
    {
        scheduleRelease026();
        {
            // The app stopped after the database took the change and before the result was recorded.
            const auto started =
                release::ScheduledScoring(&journal(), kRelease, scheduleDirectory()).begin(m_publishedAt);
            QVERIFY(!started.refused);
            QCOMPARE(release::ScheduledScoring::apply(started, {}).outcome, PostgresVersionStore::Outcome::Applied);
        }
        ScheduledScoringApply runner;
        prepare(runner);
        const auto outcome = runFor(runner);
        QVERIFY2(outcome.succeeded, qPrintable(outcome.message));
        QCOMPARE(sql(u"SELECT count(*) FROM software_versions WHERE name = '0.2.6'"_s), u"1"_s);
        QCOMPARE(effects().size(), 1);
        QCOMPARE(effects().constFirst().outcome, EffectOutcome::Succeeded);
        QCOMPARE(effects().constFirst().result.value(u"outcome"_s).toString(), u"already-applied"_s);
        QVERIFY(!ScheduledApplyQueue(scheduleDirectory()).pending(kRelease));
    }

    void nothingScheduledDoesNothing()
    {
        ScheduledScoringApply runner;
        prepare(runner);
        const auto outcome = runFor(runner);
        QVERIFY(!outcome.ran);
        QVERIFY(effects().isEmpty());
        QCOMPARE(sql(u"SELECT count(*) FROM software_versions WHERE name = '0.2.6'"_s), u"0"_s);
    }
};

QTEST_GUILESS_MAIN(TestScheduledScoringApply)
#include "tst_scheduledscoringapply.moc"
