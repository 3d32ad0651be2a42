// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline of the scoring table on aleph-scoring's sample rows (reference facts §7.6): each bar's
// windows end exactly at released_on, replaced_on and replaced_on + 14 days, the labels on both sides of
// each boundary are the scoring's, and the bars follow edits of the table.
#include "app/scoringtablemodel.h"
#include "app/scoringtimelinemodel.h"
#include "scoring/sampletable.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
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

class TestScoringTimelineModel : public QObject
{
    Q_OBJECT

private:
    ScoringTableModel m_table;
    std::unique_ptr<ScoringTimelineModel> m_timeline;

    int barOf(const QString &software, const QString &name) const
    {
        for (int row = 0; row < m_timeline->rowCount(); ++row) {
            if (m_timeline->bar(row).version.software == software && m_timeline->bar(row).version.name == name) {
                return row;
            }
        }
        return -1;
    }

private Q_SLOTS:
    void init()
    {
        m_table.setTable(VersionTable(sampleTable()));
        m_timeline = std::make_unique<ScoringTimelineModel>(&m_table);
        m_timeline->setNow(at(u"2023-04-15T00:00:00Z"_s));
    }

    void oneBarPerVersionGroupedBySoftware()
    {
        QAbstractItemModelTester tester(m_timeline.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m_timeline->rowCount(), 17);
        QCOMPARE(m_timeline->bar(0).version.name, u"0.2.0"_s);
        QCOMPARE(m_timeline->bar(5).version.name, u"0.2.5"_s);
        QCOMPARE(m_timeline->bar(6).version.name, u"v0.3.3"_s);
        QCOMPARE(m_timeline->bar(16).version.name, u"v0.5.0-rc2"_s);
        const QList<QByteArray> roles = m_timeline->roleNames().values();
        for (const char *role : {"name", "windowStart", "windowEnd", "outdatedEnd", "label", "open"}) {
            QVERIFY2(roles.contains(role), role);
        }
    }

    void windowsEndExactlyAtTheTableTimes_data()
    {
        QTest::addColumn<QString>("software");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("released");
        QTest::addColumn<QString>("replaced");
        QTest::addColumn<QString>("obsolete");
        QTest::addColumn<QString>("window");
        QTest::newRow("pre-release") << u"pyaleph"_s << u"v0.5.0-rc1"_s << u"2023-03-28T13:16:11Z"_s
                                     << u"2023-04-14T16:50:26Z"_s << u"2023-04-28T16:50:26Z"_s << u"prerelease"_s;
        QTest::newRow("stable") << u"aleph-vm"_s << u"0.2.4"_s << u"2022-07-27T08:55:17Z"_s << u"2022-10-06T20:58:31Z"_s
                                << u"2022-10-20T20:58:31Z"_s << u"latest"_s;
        QTest::newRow("three hours") << u"pyaleph"_s << u"v0.4.0"_s << u"2022-10-17T10:25:44Z"_s
                                     << u"2022-10-17T13:11:47Z"_s << u"2022-10-31T13:11:47Z"_s << u"latest"_s;
    }

    void windowsEndExactlyAtTheTableTimes()
    {
        QFETCH(QString, software);
        QFETCH(QString, name);
        QFETCH(QString, released);
        QFETCH(QString, replaced);
        QFETCH(QString, obsolete);
        QFETCH(QString, window);
        const int row = barOf(software, name);
        QVERIFY(row >= 0);
        const ScoringTimelineModel::Bar &bar = m_timeline->bar(row);
        QCOMPARE(bar.windowStart, at(released));
        QCOMPARE(bar.windowEnd, at(replaced));
        QCOMPARE(bar.outdatedEnd, at(obsolete));

        // On both sides of each boundary, the label aleph-scoring's annotate_version() gives.
        const auto labelAt = [&](const QDateTime &time) {
            return m_timeline->labelAt(row, time);
        };
        QCOMPARE(labelAt(bar.windowStart.addMSecs(-1)), u"other"_s);
        QCOMPARE(labelAt(bar.windowStart), window);
        QCOMPARE(labelAt(bar.windowEnd->addMSecs(-1)), window);
        QCOMPARE(labelAt(*bar.windowEnd), u"outdated"_s);
        QCOMPARE(labelAt(bar.outdatedEnd->addMSecs(-1)), u"outdated"_s);
        QCOMPARE(labelAt(*bar.outdatedEnd), u"obsolete"_s);

        // The positions the view draws are those instants on the shown range, in order.
        const QModelIndex index = m_timeline->index(row);
        QCOMPARE(index.data(ScoringTimelineModel::WindowStartRole).toDouble(), m_timeline->position(bar.windowStart));
        QCOMPARE(index.data(ScoringTimelineModel::WindowEndRole).toDouble(), m_timeline->position(*bar.windowEnd));
        QCOMPARE(index.data(ScoringTimelineModel::OutdatedEndRole).toDouble(), m_timeline->position(*bar.outdatedEnd));
        QVERIFY(index.data(ScoringTimelineModel::WindowStartRole).toDouble() <
                index.data(ScoringTimelineModel::WindowEndRole).toDouble());
        QVERIFY(index.data(ScoringTimelineModel::WindowEndRole).toDouble() <
                index.data(ScoringTimelineModel::OutdatedEndRole).toDouble());
        QVERIFY(!index.data(ScoringTimelineModel::OpenRole).toBool());
        QVERIFY(index.data(ScoringTimelineModel::DetailsRole).toString().contains(replaced.left(10)));
    }

    void aCurrentVersionRunsToTheEdge()
    {
        const int row = barOf(u"aleph-vm"_s, u"0.2.5"_s);
        const QModelIndex index = m_timeline->index(row);
        QVERIFY(index.data(ScoringTimelineModel::OpenRole).toBool());
        QVERIFY(!m_timeline->bar(row).windowEnd.has_value());
        QCOMPARE(index.data(ScoringTimelineModel::WindowEndRole).toDouble(), 1.0);
        QCOMPARE(index.data(ScoringTimelineModel::LabelRole).toString(), u"latest"_s);
        QVERIFY(index.data(ScoringTimelineModel::ValidNowRole).toBool());
    }

    void todayAndTheValidVersions()
    {
        // The expected labels of aleph-scoring's test file, on 2023-04-15.
        QCOMPARE(m_timeline->validNow(),
                 QStringList({u"aleph-vm 0.2.5 (latest)"_s, u"pyaleph v0.4.7 (latest)"_s,
                              u"pyaleph v0.5.0-rc1 (outdated)"_s, u"pyaleph v0.5.0-rc2 (prerelease)"_s}));
        const double today = m_timeline->todayPosition();
        QCOMPARE(today, m_timeline->position(at(u"2023-04-15T00:00:00Z"_s)));
        QVERIFY(today > 0.5 && today < 1.0);
        QVERIFY(m_timeline->rangeStart() < at(u"2022-03-31T09:55:27Z"_s));
        QVERIFY(m_timeline->rangeEnd() > at(u"2023-04-28T16:50:26Z"_s));
        QVERIFY(m_timeline->todayText().contains(u"2023-04-15 00:00"_s));

        const QVariantList ticks = m_timeline->ticks();
        QVERIFY(ticks.size() >= 4);
        double previous = -1;
        for (const QVariant &tick : ticks) {
            const double position = tick.toMap().value(u"position"_s).toDouble();
            QVERIFY(position > previous && position <= 1.0);
            QVERIFY(!tick.toMap().value(u"text"_s).toString().isEmpty());
            previous = position;
        }
        // Fewer marks when the view is narrow: years instead of months.
        m_timeline->setMaxTicks(3);
        QVERIFY(m_timeline->ticks().size() <= 3);
        QVERIFY(m_timeline->ticks().size() >= 1);
    }

    void filterAndSpan()
    {
        QSignalSpy range(m_timeline.get(), &ScoringTimelineModel::rangeChanged);
        m_timeline->setSoftware(u"aleph-vm"_s);
        QCOMPARE(m_timeline->rowCount(), 6);
        m_timeline->setSpanDays(90);
        QCOMPARE(m_timeline->rangeStart(), at(u"2023-01-15T00:00:00Z"_s));
        QVERIFY(m_timeline->rangeEnd() > at(u"2023-04-15T00:00:00Z"_s));
        // Versions that ended before the range start sit at its left edge.
        QCOMPARE(m_timeline->index(0).data(ScoringTimelineModel::WindowStartRole).toDouble(), 0.0);
        QCOMPARE(range.size(), 2);
    }

    void followsTheTable()
    {
        QAbstractItemModelTester tester(m_timeline.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int tableRow = int(m_table.table().indexOf(u"aleph-vm"_s, u"0.2.5"_s));
        QVERIFY(
            m_table.setData(m_table.index(tableRow, ScoringTableModel::ReplacedOnColumn), u"2023-04-10T00:00:00Z"_s));
        const int row = barOf(u"aleph-vm"_s, u"0.2.5"_s);
        QCOMPARE(m_timeline->bar(row).outdatedEnd, at(u"2023-04-24T00:00:00Z"_s));
        QCOMPARE(m_timeline->index(row).data(ScoringTimelineModel::LabelRole).toString(), u"outdated"_s);
        m_table.deleteRow(tableRow);
        QCOMPARE(m_timeline->rowCount(), 16);
        QCOMPARE(barOf(u"aleph-vm"_s, u"0.2.5"_s), -1);
        m_table.undo();
        QCOMPARE(m_timeline->rowCount(), 17);
    }
};

QTEST_GUILESS_MAIN(TestScoringTimelineModel)
#include "tst_scoringtimelinemodel.moc"
