// SPDX-License-Identifier: GPL-3.0-or-later
// Step 3's two front ends over the one use case, against a real PostgreSQL: `table apply` and the app's apply-now
// leave the same journal effects, the same step state and the same table; `table schedule` / `table unschedule` and
// the app's schedule / cancel leave the same schedule and step state and write nothing; `table apply` killed
// (SIGKILL) right after each journal record of its apply and run again lists the release exactly once.
#include "app/releasesession.h"
#include "app/scoringdatabase.h"
#include "app/scoringeditor.h"
#include "app/steplistmodel.h"
#include "journal/journal.h"
#include "scoring/postgresversionstore.h"
#include "scoring/sampletable.h"
#include "scoring/scheduledapply.h"
#include "scoring/tableformat.h"
#include "secrets/memorysecretstore.h"

#include "clirunner.h"
#include "postgresserver.h"

#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;
using namespace ra::scoring;
using namespace Qt::StringLiterals;
using ra::test::runCli;

namespace {

const QString kRelease = u"0.2.6"_s;
const QString kAt = u"2023-01-10T12:00:00Z"_s;
constexpr int kDatabaseTimeout = 30000;

/// An effect as both front ends must leave it: what, on what, how it ended, and what was sent (without ids and
/// times, which differ between two runs).
QJsonObject comparable(const JournalEffect &effect)
{
    QJsonObject intent = effect.intent;
    return {{u"step"_s, effect.step},
            {u"action"_s, effect.action},
            {u"key"_s, effect.key},
            {u"outcome"_s, outcomeKey(effect.outcome)},
            {u"intent"_s, intent},
            {u"result"_s, effect.result.value(u"outcome"_s)},
            {u"reconciled"_s, effect.result.value(u"reconciled"_s)},
            {u"error"_s, effect.error}};
}

} // namespace

class TestScoringParity : public QObject
{
    Q_OBJECT

private:
    ra::test::PostgresServer m_server;
    QTemporaryDir m_dir;
    secrets::MemorySecretStore m_secrets;

    void resetTable()
    {
        QString error;
        m_server.psql(u"DELETE FROM software_versions"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_server.psql(writeTable(sampleTable(), TableFormat::Sql), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    [[nodiscard]] QString table() const
    {
        return m_server.psql(u"SELECT software, name, released_on, replaced_on, prerelease FROM software_versions "
                             "ORDER BY software, name"_s);
    }

    [[nodiscard]] QString path(const QString &name) const
    {
        return m_dir.filePath(name);
    }

    [[nodiscard]] static QList<QJsonObject> effectsOf(const QString &journalPath)
    {
        QList<QJsonObject> list;
        const auto journal = Journal::open(journalPath);
        if (!journal) {
            return list;
        }
        for (const JournalEffect &effect : journal->effects(kRelease)) {
            list.append(comparable(effect));
        }
        return list;
    }

    [[nodiscard]] static std::pair<StepState, QString> stepOf(const QString &journalPath)
    {
        const auto journal = Journal::open(journalPath);
        return journal ? std::pair{journal->stepState(kRelease, ReleaseStep::ScoringTable),
                                   journal->stepNote(kRelease, ReleaseStep::ScoringTable)}
                       : std::pair{StepState::NotStarted, QString()};
    }

    /// The app's step 3 on the live table, as a maintainer has it after picking the release and "Connect".
    std::unique_ptr<ScoringEditor> connectedEditor(ReleaseSession &session, const QString &scheduleDirectory)
    {
        auto editor = std::make_unique<ScoringEditor>();
        editor->setSecretStore(&m_secrets);
        editor->setScheduleDirectory(scheduleDirectory);
        editor->setSession(&session);
        editor->setConnectionString(m_server.connectionString());
        editor->connectDatabase();
        if (!QTest::qWaitFor([&] { return !editor->busy(); }, kDatabaseTimeout) ||
            editor->source() != ScoringEditor::Database) {
            qWarning() << "cannot read the table:" << editor->error();
            return nullptr;
        }
        editor->plan()->setReleaseTime(kAt);
        return editor;
    }

    [[nodiscard]] QStringList tableOptions(const QString &journal, const QString &schedule) const
    {
        return {u"--database"_s, m_server.connectionString(), u"--at"_s, kAt, u"--journal"_s,
                journal,         u"--schedule-dir"_s,         schedule};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_server.psql(u"ALTER DATABASE \"%1\" SET timezone TO 'UTC'"_s.arg(m_server.database()), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        PostgresVersionStore store(m_server.connectionString());
        QVERIFY2(store.createTable(&error), qPrintable(error));
        bool stored = false;
        m_secrets.write(QString::fromLatin1(ScoringDatabase::kPasswordKey), u"not-needed-with-trust"_s,
                        [&](const net::Error &) { stored = true; });
        QTRY_VERIFY(stored);
    }

    void tableApplyAndTheAppsApplyNowLeaveTheSameEffects()
    {
        resetTable();
        const QString cliJournal = path(u"apply-cli.sqlite"_s);
        const auto cli = runCli(QStringList{u"table"_s, u"apply"_s, u"--version"_s, kRelease, u"--yes"_s} +
                                tableOptions(cliJournal, path(u"apply-cli-schedule"_s)));
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.out + cli.err));
        const QString cliTable = table();
        QVERIFY(cliTable.contains(u"0.2.6"_s));

        resetTable();
        const QString appJournal = path(u"apply-app.sqlite"_s);
        {
            ReleaseSession session(appJournal);
            QVERIFY(session.startRelease(kRelease));
            const auto editor = connectedEditor(session, path(u"apply-app-schedule"_s));
            QVERIFY(editor);
            QCOMPARE(editor->plan()->release(), kRelease);
            QCOMPARE(editor->applyState(), u"ready-to-apply"_s);
            QCOMPARE(editor->plannedStatements().size(), 4);
            QSignalSpy applied(editor.get(), &ScoringEditor::applied);
            editor->apply();
            QTRY_VERIFY_WITH_TIMEOUT(!editor->busy(), kDatabaseTimeout);
            QVERIFY2(editor->error().isEmpty(), qPrintable(editor->error()));
            QCOMPARE(applied.size(), 1);
            QCOMPARE(editor->applyState(), u"applied"_s);
            // The step list follows what the worker recorded.
            QCOMPARE(session.steps()->index(2).data(StepListModel::StateRole).value<StepListModel::State>(),
                     StepListModel::Done);
        }
        QCOMPARE(table(), cliTable);

        const QList<QJsonObject> cliEffects = effectsOf(cliJournal);
        QCOMPARE(cliEffects.size(), 1);
        QCOMPARE(cliEffects.constFirst().value(u"outcome"_s).toString(), u"succeeded"_s);
        QCOMPARE(effectsOf(appJournal), cliEffects);
        QCOMPARE(stepOf(appJournal), stepOf(cliJournal));
        QCOMPARE(stepOf(cliJournal).first, StepState::Done);
    }

    void tableScheduleAndTheAppsScheduleLeaveTheSameSchedule()
    {
        resetTable();
        const QString cliJournal = path(u"schedule-cli.sqlite"_s);
        const QString cliSchedule = path(u"schedule-cli"_s);
        const auto cli = runCli(QStringList{u"--json"_s, u"table"_s, u"schedule"_s, u"--release"_s, kRelease} +
                                tableOptions(cliJournal, cliSchedule));
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.out + cli.err));
        QVERIFY(cli.json().object().value(u"scheduled"_s).toBool());

        const QString appJournal = path(u"schedule-app.sqlite"_s);
        const QString appSchedule = path(u"schedule-app"_s);
        ReleaseSession session(appJournal);
        QVERIFY(session.startRelease(kRelease));
        const auto editor = connectedEditor(session, appSchedule);
        QVERIFY(editor);
        QVERIFY(editor->schedule());
        QVERIFY(editor->scheduled());
        QCOMPARE(editor->applyState(), u"scheduled"_s);

        const auto fromCli = ScheduledApplyQueue(cliSchedule).pending(kRelease);
        const auto fromApp = ScheduledApplyQueue(appSchedule).pending(kRelease);
        QVERIFY(fromCli && fromApp);
        QCOMPARE(fromApp->toJson(), fromCli->toJson());
        QCOMPARE(fromCli->connectionString, m_server.connectionString());
        QCOMPARE(fromCli->expectedDigest, PostgresVersionStore::digest(sampleTable()));
        QCOMPARE(stepOf(appJournal), stepOf(cliJournal));
        QCOMPARE(stepOf(cliJournal).first, StepState::InProgress);
        // Nothing is written before the publication, and nothing is an effect yet.
        QCOMPARE(m_server.psql(u"SELECT count(*) FROM software_versions WHERE name = '0.2.6'"_s), u"0"_s);
        QVERIFY(effectsOf(cliJournal).isEmpty());
        QVERIFY(effectsOf(appJournal).isEmpty());

        const auto unscheduled = runCli({u"table"_s, u"unschedule"_s, u"--release"_s, kRelease, u"--journal"_s,
                                         cliJournal, u"--schedule-dir"_s, cliSchedule});
        QVERIFY2(unscheduled.exitCode == 0, qPrintable(unscheduled.err));
        QVERIFY(editor->cancelSchedule());
        QVERIFY(!ScheduledApplyQueue(cliSchedule).pending(kRelease));
        QVERIFY(!ScheduledApplyQueue(appSchedule).pending(kRelease));
        QCOMPARE(stepOf(appJournal), stepOf(cliJournal));
        const auto again = runCli({u"table"_s, u"unschedule"_s, u"--release"_s, kRelease, u"--journal"_s, cliJournal,
                                   u"--schedule-dir"_s, cliSchedule});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(u"Nothing is scheduled"_s), qPrintable(again.out));
    }

    void tableApplyKilledAfterEachRecordListsTheReleaseOnce_data()
    {
        QTest::addColumn<int>("killAfter");
        QTest::addRow("after the apply's intent") << 1;
        QTest::addRow("after the apply's result") << 2;
    }

    void tableApplyKilledAfterEachRecordListsTheReleaseOnce()
    {
        QFETCH(int, killAfter);
        resetTable();
        const QString journal = path(u"kill-%1.sqlite"_s.arg(killAfter));
        const QStringList arguments = QStringList{u"table"_s, u"apply"_s, u"--version"_s, kRelease, u"--yes"_s} +
                                      tableOptions(journal, path(u"kill-schedule"_s));
        QProcessEnvironment killing = QProcessEnvironment::systemEnvironment();
        killing.insert(u"RA_KILL_AFTER_EFFECT_RECORD"_s, QString::number(killAfter));
        QCOMPARE(runCli(arguments, {}, killing).exitCode, -1); // killed, not exited
        QCOMPARE(effectsOf(journal).constFirst().value(u"outcome"_s).toString(),
                 killAfter == 1 ? u"pending"_s : u"succeeded"_s);

        const auto resumed = runCli(arguments);
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.out + resumed.err));
        QCOMPARE(m_server.psql(u"SELECT count(*) FROM software_versions WHERE name = '0.2.6'"_s), u"1"_s);
        const QList<QJsonObject> effects = effectsOf(journal);
        QCOMPARE(effects.constLast().value(u"outcome"_s).toString(), u"succeeded"_s);
        QCOMPARE(effects.size(), killAfter == 1 ? 2 : 1);
        if (killAfter == 1) {
            // Killed before the transaction: the table said so, and the re-run applied it.
            QCOMPARE(effects.constFirst().value(u"outcome"_s).toString(), u"failed"_s);
            QCOMPARE(effects.constFirst().value(u"reconciled"_s).toBool(), true);
        }
        QCOMPARE(stepOf(journal).first, StepState::Done);
    }
};

QTEST_GUILESS_MAIN(TestScoringParity)
#include "tst_scoringparity.moc"
