// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/sampletable.h"
#include "scoring/tableformat.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ra::scoring;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ra::scoring::TableFormat)

namespace {

QDateTime at(const QString &text)
{
    return parseTimestamp(text, true, nullptr);
}

/// The sample plus rows with every awkward value a writer must escape.
QList<SoftwareVersion> awkwardRows()
{
    QList<SoftwareVersion> rows = sampleTable();
    rows.append({u"odd, \"quoted\" | soft'ware"_s, u"1.0.0'rc|1\\x"_s, at(u"2024-02-29T23:59:59.123Z"_s),
                 at(u"2024-03-01T00:00:00.001Z"_s), true});
    rows.append({u"aleph-vm"_s, u"2.1.1"_s, at(u"2026-09-15T08:00:00Z"_s), std::nullopt, false});
    return rows;
}

} // namespace

class TestTableFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<TableFormat>("format");
        QTest::newRow("sql") << TableFormat::Sql;
        QTest::newRow("csv") << TableFormat::Csv;
        QTest::newRow("json") << TableFormat::Json;
        QTest::newRow("markdown") << TableFormat::Markdown;
    }

    void roundTrip()
    {
        QFETCH(TableFormat, format);
        const QList<SoftwareVersion> rows = awkwardRows();
        const QString text = writeTable(rows, format);
        QString error;
        const auto back = readTable(text, format, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, rows);
        QCOMPARE(writeTable(*back, format), text);
        // Through every other format and back.
        for (TableFormat other : {TableFormat::Sql, TableFormat::Csv, TableFormat::Json, TableFormat::Markdown}) {
            const auto converted = readTable(writeTable(*back, other), other, &error);
            QVERIFY2(converted, qPrintable(error));
            QCOMPARE(writeTable(*converted, format), text);
        }
        // And through a file.
        QTemporaryDir directory;
        const QString path = directory.filePath(u"table."_s + formatName(format));
        QVERIFY2(saveTableFile(path, rows, &error), qPrintable(error));
        QCOMPARE(loadTableFile(path, &error).value_or(QList<SoftwareVersion>()), rows);
    }

    void exactForms()
    {
        const QList<SoftwareVersion> rows{
            {u"aleph-vm"_s, u"0.2.4"_s, at(u"2022-07-27T08:55:17Z"_s), at(u"2022-10-06T20:58:31Z"_s), false}};
        QCOMPARE(
            writeTable(rows, TableFormat::Sql),
            u"BEGIN;\nINSERT INTO software_versions\nVALUES ('aleph-vm', '0.2.4', '2022-07-27T08:55:17Z', '2022-10-06T20:58:31Z', false);\nCOMMIT;\n"_s);
        QCOMPARE(
            writeTable(rows, TableFormat::Csv),
            u"software,name,released_on,replaced_on,prerelease\naleph-vm,0.2.4,2022-07-27T08:55:17Z,2022-10-06T20:58:31Z,false\n"_s);
        QCOMPARE(
            writeTable(rows, TableFormat::Markdown),
            u"| software | name | released_on | replaced_on | prerelease |\n|---|---|---|---|---|\n| aleph-vm | 0.2.4 | 2022-07-27T08:55:17Z | 2022-10-06T20:58:31Z | false |\n"_s);
    }

    void readsTheScoringProjectsOwnFile()
    {
        // aleph-scoring's test_software_versions_function.sql: DELETE, indented INSERTs, trailing SELECTs with casts.
        const QString text =
            u"BEGIN;\n       DELETE FROM software_versions WHERE software = 'pyaleph';\n\n"
            u"       INSERT INTO software_versions\n       VALUES ('pyaleph', 'v0.5.0-rc2', '2023-04-14T16:50:26Z', "
            u"null, true);\n"
            u"COMMIT;\n\nSELECT annotate_version('pyaleph', 'v0.5.0-rc1', '2023-04-10'::timestamp) as prerelease_1;\n"_s;
        QString error;
        const auto rows = readTable(text, TableFormat::Sql, &error);
        QVERIFY2(rows, qPrintable(error));
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().name, u"v0.5.0-rc2"_s);
    }

    void readsOtherSqlSpellings()
    {
        const QString text =
            u"/* hand written */ insert into public.\"software_versions\" (name, software, released_on, prerelease)\n"
            u"values ('1.0.0', 'aleph-vm', '2024-08-01 10:00:00'::timestamp, DEFAULT), ('1.0.1', 'aleph-vm', '2024-08-27 10:00:00', 'f') -- two rows\n"_s;
        QString error;
        const auto rows = readTable(text, TableFormat::Sql, &error);
        QVERIFY2(rows, qPrintable(error));
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(1),
                 (SoftwareVersion{u"aleph-vm"_s, u"1.0.1"_s, at(u"2024-08-27T10:00:00Z"_s), std::nullopt, false}));
    }

    void errorsSayWhere_data()
    {
        QTest::addColumn<TableFormat>("format");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("sql update") << TableFormat::Sql << u"UPDATE software_versions SET name = 'x';"_s
                                    << u"only INSERT"_s;
        QTest::newRow("sql open string") << TableFormat::Sql << u"INSERT INTO software_versions VALUES ('a"_s
                                         << u"never closed"_s;
        QTest::newRow("sql wrong table") << TableFormat::Sql << u"INSERT INTO nodes VALUES ('a');"_s
                                         << u"line 1: expected 'software_versions'"_s;
        QTest::newRow("sql offset")
            << TableFormat::Sql
            << u"\nINSERT INTO software_versions VALUES ('a', 'b', '2023-01-01T00:00:00+02:00', null, false);"_s
            << u"line 2: released_on"_s;
        QTest::newRow("sql arity") << TableFormat::Sql << u"INSERT INTO software_versions VALUES ('a', 'b');"_s
                                   << u"expected ','"_s;
        QTest::newRow("csv header") << TableFormat::Csv << u"software,name\na,b\n"_s << u"header"_s;
        QTest::newRow("csv bad time") << TableFormat::Csv
                                      << u"software,name,released_on,replaced_on,prerelease\na,b,yesterday,,false\n"_s
                                      << u"record 2: released_on"_s;
        QTest::newRow("csv bad bool") << TableFormat::Csv
                                      << u"software,name,released_on,replaced_on,prerelease\na,b,2023-01-01,,maybe\n"_s
                                      << u"prerelease"_s;
        QTest::newRow("json not array") << TableFormat::Json << u"{\"rows\": []}"_s << u"array"_s;
        QTest::newRow("json type") << TableFormat::Json << u"[{\"software\": 1}]"_s
                                   << u"row 1: 'software' must be a string"_s;
        QTest::newRow("markdown no table") << TableFormat::Markdown << u"hello"_s << u"not a table row"_s;
        QTest::newRow("markdown cells")
            << TableFormat::Markdown
            << u"| software | name | released_on | replaced_on | prerelease |\n|---|---|---|---|---|\n| a | b |\n"_s
            << u"line 3: expected 5 values"_s;
    }

    void errorsSayWhere()
    {
        QFETCH(TableFormat, format);
        QFETCH(QString, text);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!readTable(text, format, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void timestamps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("formatted");
        QTest::newRow("date") << u"2023-04-10"_s << u"2023-04-10T00:00:00Z"_s;
        QTest::newRow("space") << u"2023-04-10 13:14:15"_s << u"2023-04-10T13:14:15Z"_s;
        QTest::newRow("microseconds of zeros") << u"2023-04-10T13:14:15.250000Z"_s << u"2023-04-10T13:14:15.250Z"_s;
        QTest::newRow("+00:00") << u"2023-04-10T13:14:15+00:00"_s << u"2023-04-10T13:14:15Z"_s;
        QTest::newRow("sub-millisecond") << u"2023-04-10T13:14:15.250001Z"_s << QString();
        QTest::newRow("offset") << u"2023-04-10T13:14:15+02:00"_s << QString();
        QTest::newRow("february 30") << u"2023-02-30"_s << QString();
    }

    void timestamps()
    {
        QFETCH(QString, text);
        QFETCH(QString, formatted);
        QString error;
        const QDateTime time = parseTimestamp(text, false, &error);
        QCOMPARE(time.isValid() ? formatTimestamp(time) : QString(), formatted);
        QCOMPARE(error.isEmpty(), !formatted.isEmpty());
    }

    void formatNames()
    {
        QCOMPARE(formatFromPath(u"/x/table.md"_s), TableFormat::Markdown);
        QCOMPARE(formatFromName(u"SQL"_s), TableFormat::Sql);
        QVERIFY(!formatFromPath(u"table.txt"_s));
        QString error;
        QVERIFY(!loadTableFile(u"/nonexistent/table.csv"_s, &error));
        QVERIFY(error.contains(u"Cannot read"_s));
    }
};

QTEST_GUILESS_MAIN(TestTableFormat)
#include "tst_tableformat.moc"
