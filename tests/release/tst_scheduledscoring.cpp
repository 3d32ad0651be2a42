// SPDX-License-Identifier: GPL-3.0-or-later
// Step 3's change scheduled for the publication, as the release engine's use case, against a real PostgreSQL
// started by the test: applied with the publication time and the schedule forgotten, a table changed since the
// review left alone with step 3 needing attention, a crash after the intent settled without a second row,
// nothing scheduled doing nothing, and no password reaching the journal.
#include "release/scheduledscoring.h"

#include "release/steppolicy.h"
#include "scoring/postgresversionstore.h"
#include "scoring/sampletable.h"
#include "scoring/scheduledapply.h"
#include "scoring/tableformat.h"

#include "postgresserver.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ra;
using namespace ra::scoring;
using namespace Qt::StringLiterals;
using release::ScheduledScoring;

namespace {

const QString kRelease = u"0.2.6"_s;

QDateTime at(const QString &text)
{
    return parseTimestamp(text, true, nullptr);
}

} // namespace

class TestScheduledScoring : public QObject
{
    Q_OBJECT

private:
    ra::test::PostgresServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<Journal> m_journal;
    const QDateTime m_publishedAt = at(u"2023-01-12T08:30:00Z"_s);

    QString scheduleDirectory() const
    {
        return m_dir.filePath(u"schedule"_s);
    }

    ScheduledScoring engine() const
    {
        return ScheduledScoring(m_journal.get(), kRelease, scheduleDirectory());
    }

    void schedule(const QString &connectionString)
    {
        QString error;
        const auto changes = ReleaseChangeSet::plan(
            VersionTable(sampleTable()), {u"aleph-vm"_s, kRelease, at(u"2023-01-10T12:00:00Z"_s), std::nullopt, false},
            &error);
        QVERIFY2(changes, qPrintable(error));
        ScheduledApply apply;
        apply.release = kRelease;
        apply.connectionString = connectionString;
        apply.changes = *changes;
        apply.expectedDigest = PostgresVersionStore::digest(sampleTable());
        QVERIFY2(ScheduledApplyQueue(scheduleDirectory()).schedule(apply, &error), qPrintable(error));
    }

    QString sql(const QString &statement) const
    {
        QString error;
        const QString answer = m_server.psql(statement, &error);
        return error.isEmpty() ? answer : u"error: "_s + error;
    }

    /// Runs a statement; returns psql's error, empty when it went through.
    QString exec(const QString &statement) const
    {
        QString error;
        m_server.psql(statement, &error);
        return error;
    }

    QString releasedOn(const QString &name) const
    {
        return sql(
            u"SELECT to_char(released_on, 'YYYY-MM-DD HH24:MI') FROM software_versions WHERE name = '%1'"_s.arg(name));
    }

    QString replacedOn(const QString &name) const
    {
        return sql(
            u"SELECT to_char(replaced_on, 'YYYY-MM-DD HH24:MI') FROM software_versions WHERE name = '%1'"_s.arg(name));
    }

    QList<JournalEffect> effects() const
    {
        return m_journal->effects(kRelease, u"scoring-table"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        PostgresVersionStore store(m_server.connectionString());
        QVERIFY2(store.createTable(&error), qPrintable(error));
    }

    void init()
    {
        QCOMPARE(exec(u"DELETE FROM software_versions"_s), QString());
        QCOMPARE(exec(writeTable(sampleTable(), TableFormat::Sql)), QString());
        ScheduledApplyQueue(scheduleDirectory()).cancel(kRelease);
        QString error;
        QFile::remove(m_dir.filePath(u"journal.sqlite"_s));
        m_journal = Journal::open(m_dir.filePath(u"journal.sqlite"_s), &error);
        QVERIFY2(m_journal, qPrintable(error));
        QVERIFY(m_journal->createRelease(kRelease, {}));
    }

    void cleanup()
    {
        m_journal.reset();
    }

    void appliesWithThePublishTimeThenForgetsTheSchedule()
    {
        schedule(m_server.connectionString());
        const ScheduledScoring::Outcome outcome = engine().run(m_publishedAt, {});
        QVERIFY(outcome.ran);
        QVERIFY2(outcome.succeeded, qPrintable(outcome.message));
        QVERIFY2(outcome.message.contains(u"2023-01-12T08:30"_s), qPrintable(outcome.message));
        QCOMPARE(releasedOn(kRelease), u"2023-01-12 08:30"_s);
        QCOMPARE(replacedOn(u"0.2.5"_s), u"2023-01-12 08:30"_s);
        QVERIFY(!ScheduledApplyQueue(scheduleDirectory()).pending(kRelease));

        const QList<JournalEffect> recorded = effects();
        QCOMPARE(recorded.size(), 1);
        const JournalEffect &effect = recorded.constFirst();
        QCOMPARE(effect.action, u"apply-scoring"_s);
        QCOMPARE(effect.key, kRelease);
        QCOMPARE(effect.outcome, EffectOutcome::Succeeded);
        QCOMPARE(effect.intent.value(u"connection"_s).toString(), m_server.connectionString());
        QCOMPARE(effect.intent.value(u"changes"_s).toObject().value(u"insert"_s).toObject().value(u"name"_s).toString(),
                 kRelease);
        QCOMPARE(effect.result.value(u"outcome"_s).toString(), u"applied"_s);
        QCOMPARE(m_journal->value(kRelease, u"review.publishedAt"_s).toString(), u"2023-01-12T08:30:00Z"_s);
        QCOMPARE(m_journal->stepState(kRelease, ReleaseStep::ScoringTable), StepState::Done);
        QCOMPARE(release::StepPolicy::verdict(*m_journal, kRelease, ReleaseStep::ScoringTable).state, StepState::Done);

        // A later run (the page opened again, `review publish` run again) finds nothing left to do.
        const ScheduledScoring::Outcome again = engine().run(m_publishedAt, {});
        QVERIFY(!again.ran);
        QCOMPARE(effects().size(), 1);
        QCOMPARE(sql(u"SELECT count(*) FROM software_versions WHERE name = '0.2.6'"_s), u"1"_s);
    }

    void aTableChangedSinceTheReviewIsLeftAlone()
    {
        schedule(m_server.connectionString());
        QCOMPARE(exec(u"UPDATE software_versions SET prerelease = true WHERE name = '0.2.4'"_s), QString());
        const ScheduledScoring::Outcome outcome = engine().run(m_publishedAt, {});
        QVERIFY(outcome.ran);
        QVERIFY(!outcome.succeeded);
        QVERIFY2(outcome.message.contains(u"not applied"_s), qPrintable(outcome.message));
        QVERIFY2(outcome.hint.contains(u"step 3"_s), qPrintable(outcome.hint));
        QCOMPARE(sql(u"SELECT count(*) FROM software_versions WHERE name = '0.2.6'"_s), u"0"_s);
        QCOMPARE(replacedOn(u"0.2.5"_s), QString());
        // Kept for the maintainer to review again in step 3.
        QVERIFY(ScheduledApplyQueue(scheduleDirectory()).pending(kRelease));
        QCOMPARE(effects().size(), 1);
        QCOMPARE(effects().constFirst().outcome, EffectOutcome::Failed);
        QCOMPARE(effects().constFirst().result.value(u"outcome"_s).toString(), u"conflict"_s);
        QCOMPARE(m_journal->stepState(kRelease, ReleaseStep::ScoringTable), StepState::NeedsAttention);
        QCOMPARE(m_journal->stepNote(kRelease, ReleaseStep::ScoringTable), outcome.message);
        QCOMPARE(release::StepPolicy::verdict(*m_journal, kRelease, ReleaseStep::ScoringTable).state,
                 StepState::NeedsAttention);
    }

    void aCrashAfterTheIntentIsSettledWithoutASecondRow_data()
    {
        QTest::addColumn<bool>("written");
        QTest::newRow("the change reached the table") << true;
        QTest::newRow("the change never reached the table") << false;
    }

    void aCrashAfterTheIntentIsSettledWithoutASecondRow()
    {
        QFETCH(bool, written);
        schedule(m_server.connectionString());
        {
            // The process that stopped: the intent is recorded, the result never is.
            const ScheduledScoring::Started started = engine().begin(m_publishedAt);
            QVERIFY(!started.refused);
            if (written) {
                QCOMPARE(ScheduledScoring::apply(started, {}).outcome, PostgresVersionStore::Outcome::Applied);
            }
        }
        QCOMPARE(effects().constFirst().outcome, EffectOutcome::Pending);
        QCOMPARE(release::StepPolicy::verdict(*m_journal, kRelease, ReleaseStep::ScoringTable).state,
                 StepState::NeedsAttention);

        const ScheduledScoring::Outcome outcome = engine().run(m_publishedAt, {});
        QVERIFY2(outcome.succeeded, qPrintable(outcome.message));
        if (written) {
            QVERIFY2(outcome.message.contains(u"went through"_s), qPrintable(outcome.message));
        }
        QCOMPARE(sql(u"SELECT count(*) FROM software_versions WHERE name = '0.2.6'"_s), u"1"_s);
        QCOMPARE(releasedOn(kRelease), u"2023-01-12 08:30"_s);
        const QList<JournalEffect> recorded = effects();
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded.constFirst().outcome, EffectOutcome::Succeeded);
        QCOMPARE(recorded.constFirst().result.value(u"reconciled"_s).toBool(), true);
        QCOMPARE(recorded.constFirst().result.value(u"outcome"_s).toString(),
                 written ? u"already-applied"_s : u"applied"_s);
        QVERIFY(!ScheduledApplyQueue(scheduleDirectory()).pending(kRelease));
        QCOMPARE(release::StepPolicy::verdict(*m_journal, kRelease, ReleaseStep::ScoringTable).state, StepState::Done);
    }

    void nothingScheduledDoesNothing()
    {
        const ScheduledScoring::Outcome outcome = engine().run(m_publishedAt, {});
        QVERIFY(!outcome.ran);
        QVERIFY(outcome.message.isEmpty());
        QVERIFY(effects().isEmpty());
        QCOMPARE(m_journal->stepState(kRelease, ReleaseStep::ScoringTable), StepState::NotStarted);
        QCOMPARE(sql(u"SELECT count(*) FROM software_versions WHERE name = '0.2.6'"_s), u"0"_s);
        // The publication time is still what step 7 dates the announcement from.
        QCOMPARE(m_journal->value(kRelease, u"review.publishedAt"_s).toString(), u"2023-01-12T08:30:00Z"_s);
    }

    void withoutThePublicationTimeNothingIsGuessed()
    {
        schedule(m_server.connectionString());
        const ScheduledScoring::Outcome outcome = engine().run(QDateTime(), {});
        QVERIFY(outcome.ran);
        QVERIFY(!outcome.succeeded);
        QVERIFY(effects().isEmpty());
        QCOMPARE(sql(u"SELECT count(*) FROM software_versions WHERE name = '0.2.6'"_s), u"0"_s);
        QVERIFY(ScheduledApplyQueue(scheduleDirectory()).pending(kRelease));
        QCOMPARE(m_journal->stepState(kRelease, ReleaseStep::ScoringTable), StepState::NeedsAttention);
    }

    void aPasswordNeverReachesTheJournal()
    {
        schedule(m_server.connectionString() + u" password=hunter2"_s);
        const ScheduledScoring::Outcome outcome = engine().run(m_publishedAt, {});
        QVERIFY(!outcome.succeeded);
        QVERIFY(!outcome.message.contains(u"hunter2"_s));
        const JournalEffect effect = effects().constFirst();
        QCOMPARE(effect.intent.value(u"connection"_s).toString(), m_server.connectionString());
        QVERIFY(!effect.error.contains(u"hunter2"_s));
        QVERIFY(!m_journal->stepNote(kRelease, ReleaseStep::ScoringTable).contains(u"hunter2"_s));
    }

    void redactedConnectionDropsEveryPassword_data()
    {
        QTest::addColumn<QString>("connection");
        QTest::addColumn<QString>("redacted");
        QTest::newRow("none") << u"host=db port=5432 dbname=scoring"_s << u"host=db port=5432 dbname=scoring"_s;
        QTest::newRow("key=value") << u"host=db password=s3cret user=ra"_s << u"host=db user=ra"_s;
        QTest::newRow("quoted, first") << u"PASSWORD = 'a b\\' c' host=db"_s << u"host=db"_s;
        QTest::newRow("uri") << u"postgresql://ra:s3cret@db/scoring"_s << u"postgresql://ra@db/scoring"_s;
    }

    void redactedConnectionDropsEveryPassword()
    {
        QFETCH(QString, connection);
        QFETCH(QString, redacted);
        QCOMPARE(ScheduledScoring::redactedConnection(connection), redacted);
    }
};

QTEST_GUILESS_MAIN(TestScheduledScoring)
#include "tst_scheduledscoring.moc"
