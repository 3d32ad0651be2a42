// SPDX-License-Identifier: GPL-3.0-or-later
// Step 3 as the release engine's use case, against a real PostgreSQL started by the test: the exact statements
// planned (password redacted), a journaled apply (intent, one transaction, result), a re-run after a kill between
// the intent and the result that writes nothing twice, a COMMIT whose answer is lost recorded as uncertain and
// settled from the table, a table changed since it was read left alone, the change scheduled for the publication,
// and ScoringRunner settling what a crash left open in a release run.
#include "release/release.h"
#include "release/scoringrunner.h"
#include "release/scoringstep.h"
#include "release/steppolicy.h"
#include "scoring/sampletable.h"
#include "scoring/tableformat.h"

#include "faultproxy.h"
#include "postgresserver.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrentRun>

#include <atomic>

using namespace ra;
using namespace ra::scoring;
using namespace Qt::StringLiterals;
using release::ScoringStatus;
using release::ScoringStep;

namespace {

const QString kRelease = u"0.2.6"_s;
constexpr int kDatabaseTimeout = 30000;

QDateTime at(const QString &text)
{
    return parseTimestamp(text, true, nullptr);
}

} // namespace

class TestScoringStep : public QObject
{
    Q_OBJECT

private:
    ra::test::PostgresServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<Journal> m_journal;

    [[nodiscard]] QString scheduleDirectory() const
    {
        return m_dir.filePath(u"schedule"_s);
    }

    [[nodiscard]] ScoringStep step() const
    {
        return ScoringStep(m_journal.get(), kRelease, scheduleDirectory());
    }

    /// What a front end applies: the change set of 0.2.6 planned against the table read now.
    [[nodiscard]] ScoringStep::Request request(const QString &connection) const
    {
        QString error;
        const auto snapshot = ScoringStep::read(m_server.connectionString(), u"software_versions"_s, {}, &error);
        if (!snapshot) {
            qFatal("cannot read the table: %s", qPrintable(error));
        }
        const auto changes = ReleaseChangeSet::plan(
            VersionTable(snapshot->rows), {u"aleph-vm"_s, kRelease, at(u"2023-01-10T12:00:00Z"_s), std::nullopt, false},
            &error);
        ScoringStep::Request request;
        request.connectionString = connection;
        request.changes = changes.value_or(ReleaseChangeSet());
        request.expectedDigest = snapshot->digest;
        return request;
    }

    [[nodiscard]] QString sql(const QString &statement) const
    {
        QString error;
        const QString answer = m_server.psql(statement, &error);
        return error.isEmpty() ? answer : u"error: "_s + error;
    }

    /// Runs a statement; returns psql's error, empty when it went through.
    [[nodiscard]] QString exec(const QString &statement) const
    {
        QString error;
        m_server.psql(statement, &error);
        return error;
    }

    [[nodiscard]] QString rows026() const
    {
        return sql(u"SELECT count(*) FROM software_versions WHERE name = '0.2.6'"_s);
    }

    [[nodiscard]] QList<SoftwareVersion> tableRows() const
    {
        QString error;
        const auto snapshot = ScoringStep::read(m_server.connectionString(), u"software_versions"_s, {}, &error);
        return snapshot ? snapshot->rows : QList<SoftwareVersion>();
    }

    [[nodiscard]] QList<JournalEffect> effects() const
    {
        return m_journal->effects(kRelease, u"scoring-table"_s);
    }

    [[nodiscard]] StepState verdict() const
    {
        return release::StepPolicy::verdict(*m_journal, kRelease, ReleaseStep::ScoringTable).state;
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
        QCOMPARE(exec(u"DELETE FROM software_versions"_s), QString());
        QCOMPARE(exec(writeTable(sampleTable(), TableFormat::Sql)), QString());
        QFile::remove(m_dir.filePath(u"journal.sqlite"_s));
        QString error;
        m_journal = Journal::open(m_dir.filePath(u"journal.sqlite"_s), &error);
        QVERIFY2(m_journal, qPrintable(error));
        QVERIFY(m_journal->createRelease(kRelease, {}));
        step().unschedule();
    }

    void cleanup()
    {
        m_journal.reset();
    }

    void planListsTheExactStatementsWithoutThePassword()
    {
        ScoringStep::Request change = request(m_server.connectionString());
        change.connectionString += u" password=hunter2"_s;
        const release::StepPlan plan = step().plan(change);
        QCOMPARE(plan.operations.size(), 4);
        QStringList statements;
        for (const release::PlannedOperation &operation : plan.operations) {
            QCOMPARE(operation.kind, release::PlannedOperation::Kind::Database);
            QCOMPARE(operation.action, u"apply-scoring"_s);
            QCOMPARE(operation.key, kRelease);
            QVERIFY2(!operation.target.contains(u"hunter2"_s), qPrintable(operation.target));
            QVERIFY(operation.target.contains(u"dbname="_s));
            statements.append(operation.payload.value(u"statement"_s).toString());
        }
        QCOMPARE(statements.at(0), u"BEGIN; LOCK TABLE software_versions IN SHARE ROW EXCLUSIVE MODE"_s);
        QCOMPARE(
            statements.at(1),
            u"UPDATE software_versions SET replaced_on = CAST('2023-01-10T12:00:00Z' AS timestamp) WHERE software = "
            "'aleph-vm' AND name = '0.2.5' AND replaced_on IS NOT DISTINCT FROM NULL"_s);
        QCOMPARE(statements.at(2),
                 u"INSERT INTO software_versions (software, name, released_on, replaced_on, prerelease) VALUES "
                 "('aleph-vm', '0.2.6', CAST('2023-01-10T12:00:00Z' AS timestamp), NULL, false)"_s);
        QCOMPARE(statements.at(3), u"COMMIT"_s);
        QCOMPARE(plan.operations.at(0).payload.value(u"expectedDigest"_s).toString().toLatin1(),
                 PostgresVersionStore::digest(sampleTable()));
        // Planning sends nothing and records nothing.
        QCOMPARE(rows026(), u"0"_s);
        QVERIFY(effects().isEmpty());

        QCOMPARE(step().execute(request(m_server.connectionString()), {}).state, ScoringStatus::State::Applied);
        const release::StepPlan done = step().plan(request(m_server.connectionString()));
        QVERIFY(done.isDone());
        QVERIFY2(done.doneNote.contains(kRelease), qPrintable(done.doneNote));
    }

    void appliesBetweenAnIntentAndItsResult()
    {
        const ScoringStep::Request change = request(m_server.connectionString());
        QCOMPARE(step().status(change.changes).state, ScoringStatus::State::ReadyToApply);
        const ScoringStatus status = step().execute(change, {});
        QCOMPARE(status.state, ScoringStatus::State::Applied);
        QCOMPARE(status.outcome, u"applied"_s);
        QCOMPARE(rows026(), u"1"_s);
        QCOMPARE(sql(u"SELECT replaced_on FROM software_versions WHERE name = '0.2.5'"_s), u"2023-01-10 12:00:00"_s);

        const QList<JournalEffect> recorded = effects();
        QCOMPARE(recorded.size(), 1);
        const JournalEffect &effect = recorded.constFirst();
        QCOMPARE(effect.action, u"apply-scoring"_s);
        QCOMPARE(effect.key, kRelease);
        QCOMPARE(effect.outcome, EffectOutcome::Succeeded);
        QCOMPARE(effect.intent.value(u"connection"_s).toString(), m_server.connectionString());
        QCOMPARE(effect.intent.value(u"table"_s).toString(), u"software_versions"_s);
        QCOMPARE(effect.intent.value(u"changes"_s).toObject(), change.changes.toJson());
        QCOMPARE(effect.intent.value(u"expectedDigest"_s).toString().toLatin1(), change.expectedDigest);
        QCOMPARE(effect.result.value(u"outcome"_s).toString(), u"applied"_s);
        QCOMPARE(m_journal->stepState(kRelease, ReleaseStep::ScoringTable), StepState::Done);
        QCOMPARE(verdict(), StepState::Done);
        QCOMPARE(step().status().state, ScoringStatus::State::Applied);

        // The same change again (a stale page): the table holds it, nothing is written twice.
        const ScoringStatus again = step().execute(change, {});
        QCOMPARE(again.state, ScoringStatus::State::Applied);
        QCOMPARE(again.outcome, u"already-applied"_s);
        QCOMPARE(rows026(), u"1"_s);
    }

    void aRunKilledBetweenIntentAndResultAppliesNothingTwice_data()
    {
        QTest::addColumn<bool>("written");
        QTest::newRow("the transaction committed before the kill") << true;
        QTest::newRow("killed before the transaction") << false;
    }

    void aRunKilledBetweenIntentAndResultAppliesNothingTwice()
    {
        QFETCH(bool, written);
        const ScoringStep::Request change = request(m_server.connectionString());
        {
            // The process that was killed: its intent is durable, its result never is.
            const ScoringStep::Started started = step().begin(change);
            QVERIFY(!started.refused);
            if (written) {
                QCOMPARE(ScoringStep::apply(started, {}).outcome, PostgresVersionStore::Outcome::Applied);
            }
        }
        QCOMPARE(effects().constFirst().outcome, EffectOutcome::Pending);
        QCOMPARE(verdict(), StepState::NeedsAttention);
        QCOMPARE(step().status().state, ScoringStatus::State::Uncertain);
        // Nothing new starts while the earlier apply is unknown.
        QVERIFY(step().begin(change).refused);

        // The re-run reads the table first.
        const ScoringStatus status = step().execute(change, {});
        QCOMPARE(status.state, ScoringStatus::State::Applied);
        QCOMPARE(rows026(), u"1"_s);
        const QList<JournalEffect> recorded = effects();
        QCOMPARE(recorded.constFirst().result.value(u"reconciled"_s).toBool(), true);
        if (written) {
            QVERIFY2(status.message.contains(u"went through"_s), qPrintable(status.message));
            QCOMPARE(recorded.size(), 1);
            QCOMPARE(recorded.constFirst().outcome, EffectOutcome::Succeeded);
        } else {
            QCOMPARE(recorded.size(), 2);
            QCOMPARE(recorded.constFirst().outcome, EffectOutcome::Failed);
            QCOMPARE(recorded.constLast().outcome, EffectOutcome::Succeeded);
        }
        QCOMPARE(verdict(), StepState::Done);
    }

    void aLostCommitAnswerIsUncertainUntilTheTableIsRead_data()
    {
        QTest::addColumn<bool>("databaseGone");
        QTest::newRow("the table cannot be read again: uncertain") << true;
        QTest::newRow("the table read again holds the change") << false;
    }

    void aLostCommitAnswerIsUncertainUntilTheTableIsRead()
    {
        QFETCH(bool, databaseGone);
        ra::test::FaultProxy proxy;
        QVERIFY(proxy.listen());
        proxy.forwardToSocket(m_server.socketDirectory() + u"/.s.PGSQL.%1"_s.arg(m_server.port()));
        // The server commits; the proxy resets the connection in place of its answer.
        proxy.resetAnswerTo("COMMIT");
        const QString connection = u"host=127.0.0.1 port=%1 user=%2 dbname=%3 sslmode=disable"_s.arg(proxy.port())
                                       .arg(m_server.user(), m_server.database());
        const ScoringStep::Request change = request(connection);
        const ScoringStep::Started started = step().begin(change);
        QVERIFY(!started.refused);
        // The password is asked for each connection: the second one, which reads the table again after the lost
        // answer, finds the database gone when the test says so.
        std::atomic<int> connections = 0;
        const ScoringStep::PasswordProvider password = [&]() -> QString {
            if (++connections == 2 && databaseGone) {
                QMetaObject::invokeMethod(&proxy, &ra::test::FaultProxy::shutDown, Qt::BlockingQueuedConnection);
            }
            return {};
        };
        QFuture<ScoringStep::ApplyResult> applying =
            QtConcurrent::run([started, password] { return ScoringStep::apply(started, password); });
        QVERIFY(QTest::qWaitFor([&] { return applying.isFinished(); }, kDatabaseTimeout));
        const ScoringStep::ApplyResult result = applying.result();
        QVERIFY(proxy.resets() >= 1);
        // The change is in the table: the COMMIT went through.
        QCOMPARE(rows026(), u"1"_s);

        const ScoringStatus finished = step().finish(started, result);
        if (!databaseGone) {
            QCOMPARE(result.outcome, PostgresVersionStore::Outcome::Applied);
            QCOMPARE(finished.state, ScoringStatus::State::Applied);
            QCOMPARE(effects().constFirst().outcome, EffectOutcome::Succeeded);
            return;
        }
        QVERIFY(result.uncertain);
        QCOMPARE(finished.state, ScoringStatus::State::Uncertain);
        QCOMPARE(finished.outcome, u"unknown"_s);
        QVERIFY(!finished.hint.isEmpty());
        QCOMPARE(effects().constFirst().outcome, EffectOutcome::Uncertain);
        QCOMPARE(verdict(), StepState::NeedsAttention);
        QCOMPARE(step().status().state, ScoringStatus::State::Uncertain);

        // Reading the table settles it as done; applying again writes nothing.
        const ScoringStatus settled = step().reconcile(tableRows());
        QCOMPARE(settled.state, ScoringStatus::State::Applied);
        QCOMPARE(effects().constFirst().outcome, EffectOutcome::Succeeded);
        QCOMPARE(effects().constFirst().result.value(u"reconciled"_s).toBool(), true);
        QCOMPARE(verdict(), StepState::Done);
        ScoringStep::Request direct = change;
        direct.connectionString = m_server.connectionString();
        QCOMPARE(step().execute(direct, {}).state, ScoringStatus::State::Applied);
        QCOMPARE(rows026(), u"1"_s);
    }

    void aTableChangedSinceItWasReadIsLeftAlone()
    {
        const ScoringStep::Request change = request(m_server.connectionString());
        QCOMPARE(exec(u"UPDATE software_versions SET released_on = released_on + interval '1 second' WHERE name = "
                      "'v0.3.3'"_s),
                 QString());
        const ScoringStatus status = step().execute(change, {});
        QCOMPARE(status.state, ScoringStatus::State::Conflict);
        QVERIFY2(status.message.contains(u"changed since it was read"_s), qPrintable(status.message));
        QVERIFY(!status.hint.isEmpty());
        QCOMPARE(rows026(), u"0"_s);
        QCOMPARE(effects().constFirst().outcome, EffectOutcome::Failed);
        QCOMPARE(effects().constFirst().result.value(u"outcome"_s).toString(), u"conflict"_s);
        QCOMPARE(verdict(), StepState::NeedsAttention);
        QCOMPARE(step().status().state, ScoringStatus::State::Conflict);
    }

    void anUnreachableDatabaseFailsWithoutDoubt()
    {
        ScoringStep::Request change = request(m_server.connectionString());
        change.connectionString = u"host=%1 port=1 user=nobody dbname=none"_s.arg(m_dir.path());
        const ScoringStatus status = step().execute(change, {});
        QCOMPARE(status.state, ScoringStatus::State::Failed);
        QVERIFY2(status.message.startsWith(u"Cannot connect to the scoring database"_s), qPrintable(status.message));
        QCOMPARE(effects().constFirst().outcome, EffectOutcome::Failed);
    }

    void aPasswordNeverReachesTheJournal()
    {
        ScoringStep::Request change = request(m_server.connectionString());
        change.connectionString += u" password=hunter2"_s;
        const ScoringStatus status = step().execute(change, {});
        QCOMPARE(status.state, ScoringStatus::State::Failed);
        const JournalEffect effect = effects().constFirst();
        QCOMPARE(effect.intent.value(u"connection"_s).toString(), m_server.connectionString());
        QVERIFY(!effect.error.contains(u"hunter2"_s));
        QVERIFY(!status.message.contains(u"hunter2"_s));
        QVERIFY(!m_journal->stepNote(kRelease, ReleaseStep::ScoringTable).contains(u"hunter2"_s));
    }

    void withoutAJournalItAppliesUnrecorded()
    {
        const ScoringStep unrecorded(nullptr, kRelease, scheduleDirectory());
        QCOMPARE(unrecorded.execute(request(m_server.connectionString()), {}).state, ScoringStatus::State::Applied);
        QCOMPARE(rows026(), u"1"_s);
        QVERIFY(effects().isEmpty());
    }

    void schedulesForThePublicationAndApplyingNowDropsTheSchedule()
    {
        const ScoringStep::Request change = request(m_server.connectionString());
        QString error;
        QVERIFY2(step().schedule(change, &error), qPrintable(error));
        const auto scheduled = step().scheduled();
        QVERIFY(scheduled);
        QCOMPARE(scheduled->release, kRelease);
        QCOMPARE(scheduled->connectionString, m_server.connectionString());
        QCOMPARE(scheduled->changes, change.changes);
        QCOMPARE(scheduled->expectedDigest, change.expectedDigest);
        QCOMPARE(step().status().state, ScoringStatus::State::Scheduled);
        QCOMPARE(m_journal->stepState(kRelease, ReleaseStep::ScoringTable), StepState::InProgress);
        QCOMPARE(rows026(), u"0"_s);
        QVERIFY(effects().isEmpty());

        QVERIFY(step().unschedule());
        QVERIFY(!step().scheduled());
        QVERIFY(!step().unschedule());

        // Scheduled, then applied now after all: the publication must not move released_on afterwards.
        QVERIFY2(step().schedule(change, &error), qPrintable(error));
        QCOMPARE(step().execute(change, {}).state, ScoringStatus::State::Applied);
        QVERIFY(!step().scheduled());

        ScoringStep::Request nothing = change;
        nothing.changes = ReleaseChangeSet();
        QVERIFY(!step().schedule(nothing, &error));
        QVERIFY2(error.contains(u"nothing to schedule"_s), qPrintable(error));
    }

    void theRunnerSettlesWhatACrashLeftOpen()
    {
        QTemporaryDir dir;
        QFile playbook(dir.filePath(u"project.playbook"_s));
        QVERIFY(playbook.open(QIODevice::WriteOnly));
        playbook.write(
            "[project]\nname = aleph-vm\nrepository = aleph-im/aleph-vm\n[pipeline]\nkind = attach-artifacts\n"
            "build-workflow = build.yml\n[scoring]\nkind = postgresql\nsoftware = aleph-vm\n");
        playbook.close();
        release::ProjectError projectError;
        const auto project = release::Project::fromPlaybook(playbook.fileName(), {}, &projectError);
        QVERIFY2(project, qPrintable(projectError.message));
        QString error;
        const auto opened =
            release::Release::open(*project, *m_journal, kRelease, release::Release::Access::Drive, &error);
        QVERIFY2(opened, qPrintable(error));
        release::ScoringRunner runner(scheduleDirectory());

        // Nothing reviewed: a person decides.
        QCOMPARE(release::runOutcomeKey(runner.run(*opened).outcome), u"needs-person"_s);
        // Scheduled: step 6 finishes it.
        const ScoringStep::Request change = request(m_server.connectionString());
        QVERIFY(step().schedule(change, &error));
        QCOMPARE(release::runOutcomeKey(runner.run(*opened).outcome), u"deferred"_s);
        QVERIFY(step().unschedule());
        // An apply killed after its COMMIT: the run reads the table and records it as done.
        const ScoringStep::Started started = step().begin(change);
        QCOMPARE(ScoringStep::apply(started, {}).outcome, PostgresVersionStore::Outcome::Applied);
        const release::StepRunResult settled = runner.run(*opened);
        QCOMPARE(release::runOutcomeKey(settled.outcome), u"done"_s);
        QCOMPARE(effects().constFirst().outcome, EffectOutcome::Succeeded);
        QCOMPARE(opened->verdict(ReleaseStep::ScoringTable).state, StepState::Done);
        QCOMPARE(rows026(), u"1"_s);
    }
};

QTEST_GUILESS_MAIN(TestScoringStep)
#include "tst_scoringstep.moc"
