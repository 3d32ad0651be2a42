// SPDX-License-Identifier: GPL-3.0-or-later
// Step 3's controller: the change set of a release shown before writing, applied to a table file (refusing a
// file changed on disk) and to a real PostgreSQL started by the test harness, where a change made by someone
// else between reading and applying is detected and nothing is written; scheduling for the publish step.
#include "app/releasesession.h"
#include "app/scoringdatabase.h"
#include "app/scoringeditor.h"
#include "postgresserver.h"
#include "scoring/postgresversionstore.h"
#include "scoring/sampletable.h"
#include "scoring/scheduledapply.h"
#include "scoring/tableformat.h"
#include "secrets/memorysecretstore.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;
using namespace ra::scoring;
using namespace Qt::StringLiterals;

namespace {

constexpr int kDatabaseTimeout = 30000;

QDateTime at(const QString &text)
{
    return parseTimestamp(text, true, nullptr);
}

} // namespace

class TestScoringEditor : public QObject
{
    Q_OBJECT

private:
    ra::test::PostgresServer m_server;
    QTemporaryDir m_dir;
    secrets::MemorySecretStore m_secrets;

    /// An editor on the live table, as a maintainer has it after "Connect".
    std::unique_ptr<ScoringEditor> connectedEditor()
    {
        auto editor = std::make_unique<ScoringEditor>();
        editor->setSecretStore(&m_secrets);
        editor->setScheduleDirectory(m_dir.filePath(u"schedule"_s));
        editor->setConnectionString(m_server.connectionString());
        editor->connectDatabase();
        if (!editor->busy()) {
            qWarning() << "connectDatabase did not start:" << editor->error();
            return nullptr;
        }
        if (!QTest::qWaitFor([&] { return !editor->busy(); }, kDatabaseTimeout) ||
            editor->source() != ScoringEditor::Database) {
            qWarning() << "cannot read the table:" << editor->error();
            return nullptr;
        }
        editor->plan()->setRelease(u"0.2.6"_s);
        editor->plan()->setReleaseTime(u"2023-01-10T12:00:00Z"_s);
        return editor;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The editor remembers the last file and connection in QSettings: keep that out of the tests' home.
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

    void init()
    {
        QString error;
        m_server.psql(u"DELETE FROM software_versions"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_server.psql(writeTable(sampleTable(), TableFormat::Sql), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void startsOnTheSampleWithNothingToChange()
    {
        ScoringEditor editor;
        QCOMPARE(editor.source(), ScoringEditor::Sample);
        QCOMPARE(editor.table()->rowCount(), 17);
        QCOMPARE(editor.timeline()->rowCount(), 17);
        QCOMPARE(editor.graceDays(), 14);
        QCOMPARE(editor.plan()->software(), u"aleph-vm"_s);
        QVERIFY(!editor.plan()->hasChanges());
        QVERIFY(!editor.canApply());
        QVERIFY(editor.plan()->note().contains(u"Pick or start a release"_s));
        // Filtering the rows filters the timeline too.
        editor.rows()->setSoftware(u"pyaleph"_s);
        QCOMPARE(editor.timeline()->rowCount(), 11);
    }

    void showsTheChangeSetBeforeWriting()
    {
        ScoringEditor editor;
        QSignalSpy changed(editor.plan(), &ScoringReleasePlan::changed);
        editor.plan()->setReleaseTime(u"2023-01-10T12:00:00Z"_s);
        editor.plan()->setRelease(u"0.2.6"_s);
        QVERIFY(changed.size() >= 1);
        QVERIFY(editor.plan()->hasChanges());
        QCOMPARE(editor.plan()->diffLines(),
                 QStringList({u"+ aleph-vm 0.2.6 released_on=2023-01-10T12:00:00Z replaced_on=null prerelease=false"_s,
                              u"~ aleph-vm 0.2.5 replaced_on: null -> 2023-01-10T12:00:00Z"_s}));
        QVERIFY2(editor.plan()->warnings().constFirst().contains(u"scored 'other'"_s),
                 qPrintable(editor.plan()->warnings().join(u'\n')));
        QVERIFY(editor.plan()->warnings().join(u'\n').contains(u"'obsolete' at 2023-01-24T12:00:00Z"_s));
        QVERIFY(editor.plan()->sql().contains(u"INSERT INTO software_versions"_s));
        QVERIFY(editor.canApply());
        // Scheduling is for the live database only.
        QVERIFY(!editor.canSchedule());

        editor.plan()->setReleaseTime(u"soon"_s);
        QVERIFY(!editor.plan()->hasChanges());
        QVERIFY(editor.plan()->note().startsWith(u"Release time:"_s));
        editor.plan()->setReleaseTime(u"2022-01-01T00:00:00Z"_s);
        QVERIFY2(editor.plan()->note().contains(u"must come after the current one's"_s),
                 qPrintable(editor.plan()->note()));
        // A pre-release only retires the previous pre-release, never the stable line.
        editor.plan()->setSoftware(u"pyaleph"_s);
        editor.plan()->setRelease(u"v0.5.0-rc3"_s);
        editor.plan()->setReleaseTime(u"2023-05-01T00:00:00Z"_s);
        QCOMPARE(editor.plan()->diffLines().constLast(),
                 u"~ pyaleph v0.5.0-rc2 replaced_on: null -> 2023-05-01T00:00:00Z"_s);
        QCOMPARE(editor.plan()->diffLines().size(), 2);
    }

    void appliesToATableFile()
    {
        const QString path = m_dir.filePath(u"versions.sql"_s);
        QString error;
        QVERIFY2(saveTableFile(path, sampleTable(), &error), qPrintable(error));
        // The release picked in the window is the one listed, and the step list learns it is done.
        ReleaseSession session(m_dir.filePath(u"journal.sqlite"_s));
        QVERIFY2(session.startRelease(u"0.2.6"_s), qPrintable(session.lastError()));
        ScoringEditor editor;
        editor.setSession(&session);
        QCOMPARE(editor.plan()->release(), u"0.2.6"_s);
        QVERIFY2(editor.openFile(QUrl::fromLocalFile(path).toString()), qPrintable(editor.error()));
        QCOMPARE(editor.source(), ScoringEditor::File);
        QCOMPARE(editor.tablePath(), path);
        editor.plan()->setReleaseTime(u"2023-01-10T12:00:00Z"_s);
        QSignalSpy applied(&editor, &ScoringEditor::applied);
        editor.apply();
        QCOMPARE(applied.size(), 1);
        QVERIFY2(editor.error().isEmpty(), qPrintable(editor.error()));

        const auto rows = loadTableFile(path, &error);
        QVERIFY2(rows, qPrintable(error));
        VersionTable written(*rows);
        QCOMPARE(written.rows().size(), 18);
        QCOMPARE(written.annotate(u"aleph-vm"_s, u"0.2.6"_s, at(u"2023-01-10T12:00:00Z"_s)), VersionLabel::Latest);
        QCOMPARE(written.annotate(u"aleph-vm"_s, u"0.2.5"_s, at(u"2023-01-24T12:00:00Z"_s)), VersionLabel::Obsolete);
        QVERIFY(!editor.table()->modified());
        QCOMPARE(session.steps()->status(u"scoring-table"_s)->state(), StepState::Done);
        // Applying twice changes nothing.
        QVERIFY(!editor.plan()->hasChanges());
        QVERIFY(editor.plan()->note().contains(u"already listed"_s));
        // The listing is one step of the undo history.
        QVERIFY(editor.table()->canUndo());
        editor.table()->undo();
        QCOMPARE(editor.table()->rowCount(), 17);
        QVERIFY(editor.table()->modified());
        QVERIFY(editor.plan()->hasChanges());
    }

    void refusesToOverwriteAFileChangedOnDisk()
    {
        const QString path = m_dir.filePath(u"shared.csv"_s);
        QString error;
        QVERIFY(saveTableFile(path, sampleTable(), &error));
        ScoringEditor editor;
        QVERIFY(editor.openFile(path));
        QVERIFY(editor.table()->setData(editor.table()->index(0, ScoringTableModel::NameColumn), u"v9.9.9"_s));
        const QList<SoftwareVersion> theirs = sampleTable().mid(1);
        QVERIFY(saveTableFile(path, theirs, &error));

        QVERIFY(!editor.save());
        QVERIFY2(editor.error().contains(u"changed on disk"_s), qPrintable(editor.error()));
        QCOMPARE(loadTableFile(path, &error).value(), theirs);
        editor.reload();
        QCOMPARE(editor.table()->rowCount(), 16);
        QVERIFY(!editor.table()->modified());
    }

    void openingAMissingFileKeepsTheRows()
    {
        ScoringEditor editor;
        QVERIFY(!editor.openFile(m_dir.filePath(u"missing.sql"_s)));
        QVERIFY(editor.error().startsWith(u"Cannot open the table file"_s));
        QCOMPARE(editor.source(), ScoringEditor::Sample);
        QCOMPARE(editor.table()->rowCount(), 17);
        QVERIFY(!editor.saveAs(m_dir.filePath(u"table.txt"_s)));
        QVERIFY(editor.saveAs(m_dir.filePath(u"copy.json"_s)));
        QCOMPARE(editor.source(), ScoringEditor::File);
        QCOMPARE(loadTableFile(m_dir.filePath(u"copy.json"_s), nullptr).value(), sampleTable());
    }

    void appliesToTheLiveDatabaseInOneTransaction()
    {
        const std::unique_ptr<ScoringEditor> editor = connectedEditor();
        QVERIFY(editor);
        QVERIFY(editor->table()->readOnly());
        QCOMPARE(editor->table()->rowCount(), 17);
        QVERIFY(editor->sourceText().contains(u"software_versions"_s));
        QVERIFY(editor->canApply());
        QVERIFY(editor->canSchedule());

        QSignalSpy applied(editor.get(), &ScoringEditor::applied);
        editor->apply();
        QVERIFY(editor->busy());
        QTRY_VERIFY_WITH_TIMEOUT(!editor->busy(), kDatabaseTimeout);
        QVERIFY2(editor->error().isEmpty(), qPrintable(editor->error()));
        QVERIFY2(editor->status().startsWith(u"Applied"_s), qPrintable(editor->status()));
        QCOMPARE(applied.size(), 1);
        QCOMPARE(m_server.psql(u"SELECT released_on FROM software_versions WHERE name = '0.2.6'"_s),
                 u"2023-01-10 12:00:00"_s);
        QCOMPARE(m_server.psql(u"SELECT replaced_on FROM software_versions WHERE name = '0.2.5'"_s),
                 u"2023-01-10 12:00:00"_s);
        // The table was read again: the release is listed and there is nothing left to apply.
        QCOMPARE(editor->table()->rowCount(), 18);
        QVERIFY(!editor->plan()->hasChanges());
        QVERIFY(editor->plan()->note().contains(u"already listed"_s));
    }

    void detectsAChangeMadeSinceTheTableWasRead()
    {
        const std::unique_ptr<ScoringEditor> editor = connectedEditor();
        QVERIFY(editor);
        QVERIFY(editor->plan()->hasChanges());
        // Someone else edits a row the change set does not touch.
        QString error;
        m_server.psql(
            u"UPDATE software_versions SET released_on = released_on + interval '1 second' WHERE name = 'v0.3.3'"_s,
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        QSignalSpy applied(editor.get(), &ScoringEditor::applied);
        editor->apply();
        QTRY_VERIFY_WITH_TIMEOUT(!editor->busy(), kDatabaseTimeout);
        QVERIFY2(editor->error().contains(u"changed since it was read"_s), qPrintable(editor->error()));
        QVERIFY(applied.isEmpty());
        QCOMPARE(m_server.psql(u"SELECT count(*) FROM software_versions WHERE name = '0.2.6'"_s), u"0"_s);
        QCOMPARE(m_server.psql(
                     u"SELECT count(*) FROM software_versions WHERE replaced_on IS NULL AND software = 'aleph-vm'"_s),
                 u"1"_s);

        // Reading again and applying works.
        editor->reload();
        QTRY_VERIFY_WITH_TIMEOUT(!editor->busy(), kDatabaseTimeout);
        editor->apply();
        QTRY_VERIFY_WITH_TIMEOUT(!editor->busy(), kDatabaseTimeout);
        QVERIFY2(editor->error().isEmpty(), qPrintable(editor->error()));
        QCOMPARE(m_server.psql(u"SELECT count(*) FROM software_versions WHERE name = '0.2.6'"_s), u"1"_s);
    }

    void schedulesTheApplyForThePublishStep()
    {
        const std::unique_ptr<ScoringEditor> editor = connectedEditor();
        QVERIFY(editor);
        QVERIFY(!editor->scheduled());
        QVERIFY(editor->schedule());
        QVERIFY(editor->scheduled());
        const ScheduledApplyQueue queue(m_dir.filePath(u"schedule"_s));
        const std::optional<ScheduledApply> pending = queue.pending(u"0.2.6"_s);
        QVERIFY(pending);
        QCOMPARE(pending->changes, *editor->plan()->changeSet());
        QCOMPARE(pending->connectionString, m_server.connectionString());
        QCOMPARE(pending->expectedDigest, PostgresVersionStore::digest(sampleTable()));
        // Nothing was written yet.
        QCOMPARE(m_server.psql(u"SELECT count(*) FROM software_versions WHERE name = '0.2.6'"_s), u"0"_s);
        QVERIFY(editor->cancelSchedule());
        QVERIFY(!editor->scheduled());
        QVERIFY(!queue.pending(u"0.2.6"_s));
    }

    void connectionProblemsAreExplained()
    {
        ScoringEditor editor;
        editor.setSecretStore(&m_secrets);
        editor.connectDatabase();
        QVERIFY(!editor.busy());
        QVERIFY(editor.error().contains(u"connection string"_s));

        editor.setConnectionString(u"host=%1 port=1 user=nobody dbname=none"_s.arg(m_dir.path()));
        editor.connectDatabase();
        QTRY_VERIFY_WITH_TIMEOUT(!editor.busy(), kDatabaseTimeout);
        QVERIFY2(editor.error().startsWith(u"Cannot connect to the scoring database"_s), qPrintable(editor.error()));
        QCOMPARE(editor.source(), ScoringEditor::Sample);

        editor.setConnectionString(u"host=db password=oops"_s);
        editor.connectDatabase();
        QTRY_VERIFY_WITH_TIMEOUT(!editor.busy(), kDatabaseTimeout);
        QVERIFY2(editor.error().contains(u"keep it in the keychain"_s), qPrintable(editor.error()));
    }
};

QTEST_GUILESS_MAIN(TestScoringEditor)
#include "tst_scoringeditor.moc"
