// SPDX-License-Identifier: GPL-3.0-or-later
// `release-assistant-cli table ...` end to end: the real executable on real files and a real PostgreSQL.
#include "clirunner.h"
#include "postgresserver.h"
#include "scoring/sampletable.h"
#include "scoring/tableformat.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ra::test;
using namespace ra::scoring;
using namespace Qt::StringLiterals;

class TestTableCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;

    QString sampleFile(const QString &name)
    {
        const QString path = m_directory.filePath(name);
        QString error;
        if (!saveTableFile(path, sampleTable(), &error)) {
            qFatal("%s", qPrintable(error));
        }
        return path;
    }

private Q_SLOTS:
    void annotatePrintsTheLabel_data()
    {
        QTest::addColumn<QString>("software");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("at");
        QTest::addColumn<QString>("label");
        QTest::newRow("latest") << u"aleph-vm"_s << u"0.2.5"_s << u"2023-04-15"_s << u"latest"_s;
        QTest::newRow("other") << u"aleph-vm"_s << u"0.2.5"_s << u"2021-03-30"_s << u"other"_s;
        QTest::newRow("outdated at replaced_on")
            << u"aleph-vm"_s << u"0.2.4"_s << u"2022-10-06T20:58:31Z"_s << u"outdated"_s;
        QTest::newRow("obsolete at + 14 d")
            << u"aleph-vm"_s << u"0.2.4"_s << u"2022-10-20T20:58:31Z"_s << u"obsolete"_s;
        QTest::newRow("prerelease") << u"pyaleph"_s << u"v0.5.0-rc1"_s << u"2023-04-10"_s << u"prerelease"_s;
        QTest::newRow("unknown") << u"pyaleph"_s << u"v0.A.B"_s << u"2023-03-30"_s << u"unknown"_s;
    }

    void annotatePrintsTheLabel()
    {
        QFETCH(QString, software);
        QFETCH(QString, version);
        QFETCH(QString, at);
        QFETCH(QString, label);
        const QString table = sampleFile(u"annotate.csv"_s);
        const CliRun run = runCli({u"table"_s, u"annotate"_s, u"--table"_s, table, u"--software"_s, software,
                                   u"--version"_s, version, u"--at"_s, at});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, label + u'\n');
        const CliRun json = runCli({u"--json"_s, u"table"_s, u"annotate"_s, u"--table"_s, table, u"--software"_s,
                                    software, u"--version"_s, version, u"--at"_s, at});
        QCOMPARE(json.json().object().value(u"label"_s).toString(), label);
    }

    void addWritesTheChangeSet()
    {
        const QString table = sampleFile(u"add.md"_s);
        const QStringList arguments{u"table"_s,     u"add"_s,   u"--table"_s, table,
                                    u"--version"_s, u"0.2.6"_s, u"--at"_s,    u"2023-01-10T12:00:00Z"_s};
        const CliRun run = runCli(arguments);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"+ aleph-vm 0.2.6 released_on=2023-01-10T12:00:00Z"_s), qPrintable(run.out));
        QVERIFY(run.out.contains(u"~ aleph-vm 0.2.5 replaced_on: null -> 2023-01-10T12:00:00Z"_s));
        QVERIFY2(run.err.contains(u"scored 'other'"_s), qPrintable(run.err));
        QString error;
        const auto rows = loadTableFile(table, &error);
        QVERIFY2(rows, qPrintable(error));
        QCOMPARE(rows->size(), 18);
        const CliRun annotate = runCli(
            {u"table"_s, u"annotate"_s, u"--table"_s, table, u"--version"_s, u"0.2.5"_s, u"--at"_s, u"2023-01-11"_s});
        QCOMPARE(annotate.out, u"outdated\n"_s);
        // Twice: nothing changes.
        const QByteArray before = [&] {
            QFile f(table);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        const CliRun again = runCli(arguments);
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains(u"already listed"_s));
        QFile file(table);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }

    void exportEveryFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("sql") << u"sql"_s;
        QTest::newRow("csv") << u"csv"_s;
        QTest::newRow("json") << u"json"_s;
        QTest::newRow("markdown") << u"markdown"_s;
    }

    void exportEveryFormat()
    {
        QFETCH(QString, format);
        const CliRun run =
            runCli({u"table"_s, u"export"_s, u"--table"_s, sampleFile(u"export.sql"_s), u"--format"_s, format});
        QCOMPARE(run.exitCode, 0);
        QString error;
        const auto rows = readTable(run.out, *formatFromName(format), &error);
        QVERIFY2(rows, qPrintable(error));
        QCOMPARE(*rows, sampleTable());
    }

    void validateReportsErrors()
    {
        QCOMPARE(runCli({u"table"_s, u"validate"_s, sampleFile(u"valid.json"_s)}).exitCode, 0);
        const QString bad = m_directory.filePath(u"bad.csv"_s);
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("software,name,released_on,replaced_on,prerelease\naleph-vm,v1.3.0,2024-11-04T10:00:00Z,,false\n");
        file.close();
        const CliRun run = runCli({u"table"_s, u"validate"_s, bad});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(u"error: row 1 (aleph-vm v1.3.0), name: aleph-vm reports its tag without a 'v'"_s),
                 qPrintable(run.out));
        const CliRun json = runCli({u"--json"_s, u"table"_s, u"validate"_s, bad});
        QCOMPARE(json.json().object().value(u"issues"_s).toArray().size(), 1);
    }

    void badInputExitsWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no subcommand") << QStringList{u"table"_s} << u"missing subcommand"_s;
        QTest::newRow("unknown subcommand")
            << QStringList{u"table"_s, u"drop"_s} << u"unknown subcommand 'table drop'"_s;
        QTest::newRow("missing options") << QStringList{u"table"_s, u"annotate"_s, u"--table"_s, u"x.csv"_s}
                                         << u"are required"_s;
        QTest::newRow("bad time") << QStringList{u"table"_s,     u"annotate"_s, u"--table"_s, u"x.csv"_s,
                                                 u"--version"_s, u"1"_s,        u"--at"_s,    u"soon"_s}
                                  << u"--at: 'soon' is not an ISO 8601 time"_s;
        QTest::newRow("missing file") << QStringList{u"table"_s, u"validate"_s, u"/nonexistent/t.csv"_s}
                                      << u"Cannot read '/nonexistent/t.csv'"_s;
        QTest::newRow("bad format") << QStringList{u"table"_s, u"export"_s,   u"--table"_s,
                                                   u"x.csv"_s, u"--format"_s, u"xml"_s}
                                    << u"--format must be"_s;
        QTest::newRow("both chains") << QStringList{u"table"_s,     u"add"_s,         u"--table"_s, u"x.csv"_s,
                                                    u"--version"_s, u"1.0.0"_s,       u"--at"_s,    u"2024-01-01"_s,
                                                    u"--stable"_s,  u"--prerelease"_s}
                                     << u"exclude each other"_s;
    }

    void badInputExitsWithTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliRun run = runCli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void addRefusalExitsWithOne()
    {
        const CliRun run = runCli({u"table"_s, u"add"_s, u"--table"_s, sampleFile(u"refuse.csv"_s), u"--version"_s,
                                   u"0.2.5"_s, u"--at"_s, u"2024-01-01"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"already listed"_s), qPrintable(run.err));
    }

    void applyToALiveDatabase()
    {
        PostgresServer server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        server.psql(u"ALTER DATABASE \"%1\" SET timezone TO 'UTC'"_s.arg(server.database()), &error);
        server.psql(
            u"CREATE TABLE software_versions (software varchar(30) not null, name varchar(30) not null, released_on timestamp not null, replaced_on timestamp, prerelease bool default false not null, UNIQUE (software, name));"_s +
                writeTable(sampleTable(), TableFormat::Sql),
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QStringList arguments{u"table"_s,     u"apply"_s,     u"--database"_s, server.connectionString(),
                                    u"--version"_s, u"0.3.0-rc1"_s, u"--at"_s,       u"2023-02-01T09:00:00Z"_s};

        const CliRun shown = runCli(arguments);
        QCOMPARE(shown.exitCode, 0);
        QVERIFY2(shown.out.contains(
                     u"+ aleph-vm 0.3.0-rc1 released_on=2023-02-01T09:00:00Z replaced_on=null prerelease=true"_s),
                 qPrintable(shown.out + shown.err));
        QVERIFY(shown.out.contains(u"re-run with --yes"_s));
        QCOMPARE(server.psql(u"SELECT count(*) FROM software_versions"_s), u"17"_s);

        const CliRun applied = runCli(arguments + QStringList{u"--yes"_s, u"--json"_s});
        QCOMPARE(applied.exitCode, 0);
        QCOMPARE(applied.json().object().value(u"outcome"_s).toString(), u"applied"_s);
        QCOMPARE(server.psql(u"SELECT prerelease FROM software_versions WHERE name = '0.3.0-rc1'"_s), u"t"_s);
        QCOMPARE(server.psql(
                     u"SELECT count(*) FROM software_versions WHERE replaced_on IS NULL AND software = 'aleph-vm'"_s),
                 u"2"_s);

        const CliRun twice = runCli(arguments + QStringList{u"--yes"_s});
        QCOMPARE(twice.exitCode, 0);
        QVERIFY(twice.out.contains(u"already listed"_s));
        QCOMPARE(server.psql(u"SELECT count(*) FROM software_versions"_s), u"18"_s);

        const CliRun unreachable = runCli({u"table"_s, u"apply"_s, u"--database"_s, u"host=/nonexistent dbname=x"_s,
                                           u"--version"_s, u"0.3.0"_s, u"--at"_s, u"2023-03-01"_s});
        QCOMPARE(unreachable.exitCode, 1);
        QVERIFY(unreachable.err.contains(u"Cannot connect to the scoring database"_s));

        // The playbook's [scoring] database serves when --database is not given.
        QTemporaryDir dir;
        QFile playbook(dir.filePath(u"project.playbook"_s));
        QVERIFY(playbook.open(QIODevice::WriteOnly));
        playbook.write(
            "[project]\nname = aleph-vm\nrepository = aleph-im/aleph-vm\n[pipeline]\nkind = attach-artifacts\n"
            "build-workflow = build.yml\n[scoring]\nkind = postgresql\n"
            "software = aleph-vm\ndatabase = " +
            server.connectionString().toUtf8() + "\n");
        playbook.close();
        const CliRun fromPlaybook =
            runCli({u"table"_s, u"apply"_s, u"--playbook"_s, playbook.fileName(), u"--version"_s, u"0.3.0-rc2"_s,
                    u"--at"_s, u"2023-02-08T09:00:00Z"_s, u"--yes"_s});
        QVERIFY2(fromPlaybook.exitCode == 0, qPrintable(fromPlaybook.err));
        QCOMPARE(server.psql(u"SELECT count(*) FROM software_versions WHERE name = '0.3.0-rc2'"_s), u"1"_s);
        const CliRun nowhere = runCli({u"table"_s, u"apply"_s, u"--version"_s, u"0.3.0"_s, u"--at"_s, u"2023-03-01"_s});
        QCOMPARE(nowhere.exitCode, 2);
        QVERIFY(nowhere.err.contains(u"--database is required"_s));
    }
};

QTEST_GUILESS_MAIN(TestTableCli)
#include "tst_tablecli.moc"
