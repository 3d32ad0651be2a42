// SPDX-License-Identifier: GPL-3.0-or-later
// The labelling rule and the validation of the scoring table, on the sample rows of aleph-scoring's own
// function test (reference facts §7.6).
#include "scoring/sampletable.h"
#include "scoring/tablevalidator.h"
#include "scoring/versiontable.h"

#include <QTest>

using namespace ra::scoring;
using namespace Qt::StringLiterals;

namespace {

QDateTime at(const QString &text)
{
    QString error;
    const QDateTime time = parseTimestamp(text, true, &error);
    if (!time.isValid()) {
        qFatal("bad test time %s: %s", qPrintable(text), qPrintable(error));
    }
    return time;
}

bool hasIssue(const QList<ValidationIssue> &issues, qsizetype row, const QString &column,
              ValidationIssue::Severity severity, const QString &text)
{
    return std::any_of(issues.begin(), issues.end(), [&](const ValidationIssue &issue) {
        return issue.row == row && issue.column == column && issue.severity == severity && issue.message.contains(text);
    });
}

} // namespace

class TestVersionTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleHasTheReferenceRows()
    {
        const QList<SoftwareVersion> rows = sampleTable();
        QCOMPARE(rows.size(), 17);
        QCOMPARE(rows.first(),
                 (SoftwareVersion{u"pyaleph"_s, u"v0.5.0-rc2"_s, at(u"2023-04-14T16:50:26Z"_s), std::nullopt, true}));
        QCOMPARE(rows.last(), (SoftwareVersion{u"aleph-vm"_s, u"0.2.0"_s, at(u"2022-03-31T09:55:27Z"_s),
                                               at(u"2022-05-19T16:02:22Z"_s), false}));
        QCOMPARE(VersionTable(rows).softwareNames(), (QStringList{u"aleph-vm"_s, u"pyaleph"_s}));
    }

    void annotate_data()
    {
        QTest::addColumn<QString>("software");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("time");
        QTest::addColumn<QString>("label");
        // The expected labels of aleph-scoring's test_software_versions_function.sql.
        QTest::newRow("rc1 while current") << u"pyaleph"_s << u"v0.5.0-rc1"_s << u"2023-04-10"_s << u"prerelease"_s;
        QTest::newRow("rc1 after rc2") << u"pyaleph"_s << u"v0.5.0-rc1"_s << u"2023-04-15"_s << u"outdated"_s;
        QTest::newRow("rc1 at 1681514423.850069")
            << u"pyaleph"_s << u"v0.5.0-rc1"_s << u"2023-04-14T23:20:23.850Z"_s << u"outdated"_s;
        QTest::newRow("rc2 at 1681514423.850069")
            << u"pyaleph"_s << u"v0.5.0-rc2"_s << u"2023-04-14T23:20:23.850Z"_s << u"prerelease"_s;
        QTest::newRow("rc2") << u"pyaleph"_s << u"v0.5.0-rc2"_s << u"2023-04-15"_s << u"prerelease"_s;
        QTest::newRow("no such version") << u"pyaleph"_s << u"v0.A.B"_s << u"2023-03-30"_s << u"unknown"_s;
        QTest::newRow("stable latest while rcs live") << u"pyaleph"_s << u"v0.4.7"_s << u"2023-03-30"_s << u"latest"_s;
        QTest::newRow("vm latest") << u"aleph-vm"_s << u"0.2.5"_s << u"2023-04-15"_s << u"latest"_s;
        QTest::newRow("vm before release") << u"aleph-vm"_s << u"0.2.5"_s << u"2021-03-30"_s << u"other"_s;
        // Every boundary, on 0.2.4 (released 2022-07-27T08:55:17Z, replaced 2022-10-06T20:58:31Z).
        QTest::newRow("1 ms before released_on")
            << u"aleph-vm"_s << u"0.2.4"_s << u"2022-07-27T08:55:16.999Z"_s << u"other"_s;
        QTest::newRow("exactly released_on") << u"aleph-vm"_s << u"0.2.4"_s << u"2022-07-27T08:55:17Z"_s << u"latest"_s;
        QTest::newRow("1 ms before replaced_on")
            << u"aleph-vm"_s << u"0.2.4"_s << u"2022-10-06T20:58:30.999Z"_s << u"latest"_s;
        QTest::newRow("exactly replaced_on")
            << u"aleph-vm"_s << u"0.2.4"_s << u"2022-10-06T20:58:31Z"_s << u"outdated"_s;
        QTest::newRow("1 ms before replaced_on + 14 d")
            << u"aleph-vm"_s << u"0.2.4"_s << u"2022-10-20T20:58:30.999Z"_s << u"outdated"_s;
        QTest::newRow("exactly replaced_on + 14 d")
            << u"aleph-vm"_s << u"0.2.4"_s << u"2022-10-20T20:58:31Z"_s << u"obsolete"_s;
        QTest::newRow("long after") << u"aleph-vm"_s << u"0.2.4"_s << u"2026-01-01"_s << u"obsolete"_s;
        // The same boundaries on a replaced pre-release (v0.5.0-rc1: 2023-03-28T13:16:11Z .. 2023-04-14T16:50:26Z).
        QTest::newRow("rc exactly released_on")
            << u"pyaleph"_s << u"v0.5.0-rc1"_s << u"2023-03-28T13:16:11Z"_s << u"prerelease"_s;
        QTest::newRow("rc 1 ms before released_on")
            << u"pyaleph"_s << u"v0.5.0-rc1"_s << u"2023-03-28T13:16:10.999Z"_s << u"other"_s;
        QTest::newRow("rc exactly replaced_on")
            << u"pyaleph"_s << u"v0.5.0-rc1"_s << u"2023-04-14T16:50:26Z"_s << u"outdated"_s;
        QTest::newRow("rc exactly replaced_on + 14 d")
            << u"pyaleph"_s << u"v0.5.0-rc1"_s << u"2023-04-28T16:50:26Z"_s << u"obsolete"_s;
        QTest::newRow("open row exactly released_on")
            << u"aleph-vm"_s << u"0.2.5"_s << u"2022-10-06T20:58:31Z"_s << u"latest"_s;
        QTest::newRow("open row 1 ms before")
            << u"aleph-vm"_s << u"0.2.5"_s << u"2022-10-06T20:58:30.999Z"_s << u"other"_s;
        QTest::newRow("offset converted to UTC")
            << u"aleph-vm"_s << u"0.2.4"_s << u"2022-10-06T22:58:31+02:00"_s << u"outdated"_s;
        // Exact comparison, as SQL '=' does: the spelling a node reports decides.
        QTest::newRow("v prefix on aleph-vm") << u"aleph-vm"_s << u"v0.2.5"_s << u"2023-04-15"_s << u"unknown"_s;
        QTest::newRow("pyaleph without v") << u"pyaleph"_s << u"0.4.7"_s << u"2023-03-30"_s << u"unknown"_s;
        QTest::newRow("software case") << u"Aleph-VM"_s << u"0.2.5"_s << u"2023-04-15"_s << u"unknown"_s;
        QTest::newRow("version of another software") << u"aleph-vm"_s << u"v0.4.7"_s << u"2023-03-30"_s << u"unknown"_s;
    }

    void annotate()
    {
        QFETCH(QString, software);
        QFETCH(QString, version);
        QFETCH(QString, time);
        QFETCH(QString, label);
        const VersionTable table(sampleTable());
        QCOMPARE(labelName(table.annotate(software, version, at(time))), label);
    }

    void gracePeriodIsConfigurable()
    {
        VersionTable table(sampleTable());
        table.setGracePeriod(std::chrono::days{7});
        QCOMPARE(table.annotate(u"aleph-vm"_s, u"0.2.4"_s, at(u"2022-10-13T20:58:30Z"_s)), VersionLabel::Outdated);
        QCOMPARE(table.annotate(u"aleph-vm"_s, u"0.2.4"_s, at(u"2022-10-13T20:58:31Z"_s)), VersionLabel::Obsolete);
        QCOMPARE(VersionTable().gracePeriod(), std::chrono::seconds(14 * 24 * 3600));
    }

    void invalidWindowFollowsTheSqlOrder()
    {
        // replaced_on before released_on (invalid, but the SQL still labels it): the outdated test wins.
        const SoftwareVersion row{u"aleph-vm"_s, u"1.0.0"_s, at(u"2024-01-10"_s), at(u"2024-01-05"_s), false};
        QCOMPARE(VersionTable::annotateRow(row, at(u"2024-01-07"_s)), VersionLabel::Outdated);
        QCOMPARE(VersionTable::annotateRow(row, at(u"2024-01-04"_s)), VersionLabel::Other);
        QCOMPARE(VersionTable::annotateRow(row, at(u"2024-02-01"_s)), VersionLabel::Obsolete);
    }

    void labelsRoundTripAndValidity()
    {
        for (VersionLabel label : {VersionLabel::Latest, VersionLabel::Prerelease, VersionLabel::Outdated,
                                   VersionLabel::Obsolete, VersionLabel::Other, VersionLabel::Unknown}) {
            QCOMPARE(labelFromName(labelName(label)), label);
        }
        QVERIFY(labelIsValidForScore(VersionLabel::Outdated));
        QVERIFY(!labelIsValidForScore(VersionLabel::Other));
        QVERIFY(!labelFromName(u"fresh"_s));
    }

    void sampleIsValid()
    {
        const QList<ValidationIssue> issues = TableValidator::validate(VersionTable(sampleTable()));
        QVERIFY2(issues.isEmpty(), qPrintable(issues.isEmpty() ? QString() : issues.first().message));
    }

    void validationFindsEachRule_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("column");
        QTest::addColumn<bool>("isError");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("software");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("releasedOn");
        QTest::addColumn<QString>("replacedOn");
        QTest::addColumn<bool>("prerelease");
        // Each case appends one row to the sample (row 17) unless it replaces one.
        QTest::newRow("v on aleph-vm") << 17 << u"name"_s << true << u"without a 'v'"_s << u"aleph-vm"_s << u"v0.2.6"_s
                                       << u"2023-01-01"_s << QString() << false;
        QTest::newRow("no v on pyaleph") << 17 << u"name"_s << true << u"with a 'v'"_s << u"pyaleph"_s << u"0.5.0"_s
                                         << u"2023-05-01"_s << QString() << false;
        QTest::newRow("white space") << 17 << u"name"_s << true << u"white space"_s << u"aleph-vm"_s << u"0.2.6 "_s
                                     << u"2020-01-01"_s << u"2020-02-01"_s << false;
        QTest::newRow("too long") << 17 << u"name"_s << true << u"longer than 30"_s << u"aleph-vm"_s
                                  << u"0.2.6-rc1234567890123456789012345"_s << u"2020-01-01"_s << u"2020-02-01"_s
                                  << true;
        QTest::newRow("empty software") << 17 << u"software"_s << true << u"software is empty"_s << u""_s << u"1.0.0"_s
                                        << u"2020-01-01"_s << u"2020-02-01"_s << false;
        QTest::newRow("replaced before released")
            << 17 << u"replaced_on"_s << true << u"must come after"_s << u"aleph-vm"_s << u"0.1.9"_s << u"2020-02-01"_s
            << u"2020-01-01"_s << false;
        QTest::newRow("replaced equal released")
            << 17 << u"replaced_on"_s << true << u"must come after"_s << u"aleph-vm"_s << u"0.1.9"_s << u"2020-02-01"_s
            << u"2020-02-01"_s << false;
        QTest::newRow("duplicate") << 17 << u"name"_s << true << u"listed twice"_s << u"aleph-vm"_s << u"0.2.5"_s
                                   << u"2019-01-01"_s << u"2019-02-01"_s << false;
        QTest::newRow("second open stable") << 17 << u"released_on"_s << true << u"overlap"_s << u"aleph-vm"_s
                                            << u"0.2.6"_s << u"2023-01-01"_s << QString() << false;
        QTest::newRow("stable inside another") << 17 << u"released_on"_s << true << u"overlap"_s << u"aleph-vm"_s
                                               << u"0.2.3-1"_s << u"2022-07-10"_s << u"2022-07-20"_s << false;
        QTest::newRow("pre-release flag on a final")
            << 17 << u"prerelease"_s << false << u"final version"_s << u"aleph-vm"_s << u"0.1.9"_s << u"2020-01-01"_s
            << u"2020-02-01"_s << true;
        QTest::newRow("stable flag on an rc")
            << 17 << u"prerelease"_s << false << u"pre-release version"_s << u"aleph-vm"_s << u"0.1.9-rc1"_s
            << u"2020-01-01"_s << u"2020-02-01"_s << false;
        QTest::newRow("not PEP 440") << 17 << u"name"_s << false << u"not a PEP 440"_s << u"aleph-vm"_s
                                     << u"1.14.0-3-g6da21a3a"_s << u"2020-01-01"_s << u"2020-02-01"_s << false;
        QTest::newRow("overlapping pre-releases") << 17 << u"released_on"_s << false << u"same time"_s << u"pyaleph"_s
                                                  << u"v0.5.0-rc3"_s << u"2023-04-20"_s << QString() << true;
        QTest::newRow("replaced by nothing") << 17 << u"replaced_on"_s << false << u"No version"_s << u"aleph-vm"_s
                                             << u"0.1.9"_s << u"2020-01-01"_s << u"2020-02-01"_s << false;
    }

    void validationFindsEachRule()
    {
        QFETCH(int, row);
        QFETCH(QString, column);
        QFETCH(bool, isError);
        QFETCH(QString, text);
        QFETCH(QString, software);
        QFETCH(QString, name);
        QFETCH(QString, releasedOn);
        QFETCH(QString, replacedOn);
        QFETCH(bool, prerelease);
        VersionTable table(sampleTable());
        table.rows().append({software, name, at(releasedOn),
                             replacedOn.isEmpty() ? std::nullopt : std::optional(at(replacedOn)), prerelease});
        const QList<ValidationIssue> issues = TableValidator::validate(table);
        QVERIFY2(hasIssue(issues, row, column,
                          isError ? ValidationIssue::Severity::Error : ValidationIssue::Severity::Warning, text),
                 qPrintable(issues.isEmpty() ? u"no issue"_s : issues.first().message));
        QCOMPARE(hasErrors(issues), isError);
    }

    void preReleaseNeverRetiresTheStableLine()
    {
        VersionTable table(sampleTable());
        // Retire v0.4.7 at the instant rc2 was released: a pre-release would be taking over the stable line.
        table.rows()[2].replacedOn = at(u"2023-04-14T16:50:26Z"_s);
        const QList<ValidationIssue> issues = TableValidator::validate(table);
        QVERIFY(hasIssue(issues, 2, u"replaced_on"_s, ValidationIssue::Severity::Error,
                         u"never retires the stable line"_s));
    }
};

QTEST_GUILESS_MAIN(TestVersionTable)
#include "tst_versiontable.moc"
