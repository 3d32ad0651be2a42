// SPDX-License-Identifier: GPL-3.0-or-later
// The scoring table as the editor page shows it: the rows of aleph-scoring's sample, inline edits checked
// by the validator, add and delete with undo, and the sorted, filtered view — under QAbstractItemModelTester.
#include "app/scoringtablemodel.h"
#include "app/scoringtableproxy.h"
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

class TestScoringTableModel : public QObject
{
    Q_OBJECT

private:
    ScoringTableModel m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    int rowOf(const QString &software, const QString &name) const
    {
        return int(m_model.table().indexOf(software, name));
    }

    QModelIndex cell(const QString &software, const QString &name, int column) const
    {
        return m_model.index(rowOf(software, name), column);
    }

private Q_SLOTS:
    void init()
    {
        m_model.setTable(VersionTable(sampleTable()));
        m_model.setNow(at(u"2023-04-15T00:00:00Z"_s));
        m_tester = std::make_unique<QAbstractItemModelTester>(&m_model,
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
    }

    void showsTheSampleRowsAndTheirLabels()
    {
        QCOMPARE(m_model.rowCount(), 17);
        QCOMPARE(m_model.columnCount(), int(ScoringTableModel::ColumnCount));
        const QList<QByteArray> roles = m_model.roleNames().values();
        for (const char *role :
             {"software", "name", "released_on", "replaced_on", "prerelease", "message", "cellMessage"}) {
            QVERIFY2(roles.contains(role), role);
        }
        QCOMPARE(m_model.errorCount(), 0);
        QCOMPARE(m_model.warningCount(), 0);
        QVERIFY(!m_model.modified());

        const QModelIndex rc1 = cell(u"pyaleph"_s, u"v0.5.0-rc1"_s, ScoringTableModel::ReleasedOnColumn);
        QCOMPARE(rc1.data().toString(), u"2023-03-28T13:16:11Z"_s);
        QCOMPARE(rc1.data(ScoringTableModel::ReplacedOnRole).toString(), u"2023-04-14T16:50:26Z"_s);
        QCOMPARE(rc1.data(ScoringTableModel::PrereleaseRole).toBool(), true);
        // The labels of aleph-scoring's own test, on 2023-04-15.
        QCOMPARE(cell(u"pyaleph"_s, u"v0.5.0-rc1"_s, ScoringTableModel::LabelColumn).data().toString(), u"outdated"_s);
        QCOMPARE(cell(u"pyaleph"_s, u"v0.5.0-rc2"_s, ScoringTableModel::LabelColumn).data().toString(),
                 u"prerelease"_s);
        QCOMPARE(cell(u"aleph-vm"_s, u"0.2.5"_s, ScoringTableModel::LabelColumn).data().toString(), u"latest"_s);
        QCOMPARE(cell(u"pyaleph"_s, u"v0.4.6"_s, ScoringTableModel::LabelColumn).data().toString(), u"obsolete"_s);
        QVERIFY(!(cell(u"aleph-vm"_s, u"0.2.5"_s, ScoringTableModel::LabelColumn).flags() & Qt::ItemIsEditable));
        QVERIFY(cell(u"aleph-vm"_s, u"0.2.5"_s, ScoringTableModel::NameColumn).flags() & Qt::ItemIsEditable);
        QCOMPARE(m_model.headerData(ScoringTableModel::ReleasedOnColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
                 u"Released on (UTC)"_s);
    }

    void anEditIsValidatedInPlaceAndUndoable()
    {
        const QModelIndex name = cell(u"aleph-vm"_s, u"0.2.5"_s, ScoringTableModel::NameColumn);
        QSignalSpy changed(&m_model, &QAbstractItemModel::dataChanged);
        QVERIFY(m_model.setData(name, u"v0.2.5"_s));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(name.data().toString(), u"v0.2.5"_s);
        QCOMPARE(m_model.errorCount(), 1);
        QCOMPARE(name.data(ScoringTableModel::CellSeverityRole).toString(), u"error"_s);
        QVERIFY2(name.data(ScoringTableModel::CellMessageRole).toString().contains(u"without a 'v'"_s),
                 qPrintable(name.data(ScoringTableModel::CellMessageRole).toString()));
        QVERIFY(name.data(ScoringTableModel::MessageRole).toString().contains(u"scored unknown"_s));
        // Only the cell the finding is about is marked.
        QVERIFY(name.siblingAtColumn(ScoringTableModel::ReleasedOnColumn)
                    .data(ScoringTableModel::CellSeverityRole)
                    .toString()
                    .isEmpty());
        QVERIFY(m_model.problems().constFirst().contains(u"aleph-vm v0.2.5"_s));
        QVERIFY(m_model.modified());
        QVERIFY(m_model.canUndo());

        m_model.undo();
        QCOMPARE(name.data().toString(), u"0.2.5"_s);
        QCOMPARE(m_model.errorCount(), 0);
        QVERIFY(!m_model.modified());
        m_model.redo();
        QCOMPARE(name.data().toString(), u"v0.2.5"_s);
        QVERIFY(m_model.modified());
    }

    void crossRowRulesFollowEdits()
    {
        // Clearing replaced_on of 0.2.4 makes it overlap 0.2.5: two stable versions current at once.
        const QModelIndex replaced = cell(u"aleph-vm"_s, u"0.2.4"_s, ScoringTableModel::ReplacedOnColumn);
        QVERIFY(m_model.setData(replaced, QString()));
        QVERIFY(!m_model.row(replaced.row()).replacedOn.has_value());
        QCOMPARE(m_model.errorCount(), 1);
        QVERIFY(m_model.problems().constFirst().contains(u"overlap"_s));
        // A replaced_on before released_on is named on its own cell.
        QVERIFY(m_model.setData(replaced, u"2022-07-01T00:00:00Z"_s));
        QCOMPARE(replaced.data(ScoringTableModel::CellSeverityRole).toString(), u"error"_s);
        QVERIFY(replaced.data(Qt::ToolTipRole).toString().contains(u"must come after released_on"_s));
        // The prerelease flag takes a bool, and a final version in the pre-release chain is a warning.
        const QModelIndex flag = cell(u"aleph-vm"_s, u"0.2.0"_s, ScoringTableModel::PrereleaseColumn);
        QVERIFY(m_model.setData(flag, true));
        QCOMPARE(flag.data(Qt::EditRole).toBool(), true);
        QCOMPARE(flag.data(ScoringTableModel::CellSeverityRole).toString(), u"warning"_s);
    }

    void unreadableValuesAreRefusedWithAReason()
    {
        const QModelIndex released = cell(u"aleph-vm"_s, u"0.2.5"_s, ScoringTableModel::ReleasedOnColumn);
        QSignalSpy errorChanged(&m_model, &ScoringTableModel::lastEditErrorChanged);
        QVERIFY(!m_model.setData(released, u"next tuesday"_s));
        QCOMPARE(errorChanged.size(), 1);
        QVERIFY2(m_model.lastEditError().startsWith(u"released_on:"_s), qPrintable(m_model.lastEditError()));
        QCOMPARE(released.data().toString(), u"2022-10-06T20:58:31Z"_s);
        QVERIFY(!m_model.canUndo());
        QVERIFY(!m_model.setData(cell(u"aleph-vm"_s, u"0.2.5"_s, ScoringTableModel::PrereleaseColumn), u"maybe"_s));
        // An offset is converted to UTC, as the column has no time zone; the error is cleared.
        QVERIFY(m_model.setData(released, u"2022-10-06T22:58:31+02:00"_s));
        QVERIFY(m_model.lastEditError().isEmpty());
        QCOMPARE(released.data().toString(), u"2022-10-06T20:58:31Z"_s);
        QVERIFY(!m_model.canUndo());
    }

    void rowsAreAddedAndDeletedWithUndo()
    {
        const int added = m_model.addRow(u"aleph-vm"_s);
        QCOMPARE(added, 17);
        QCOMPARE(m_model.rowCount(), 18);
        QCOMPARE(m_model.row(added).software, u"aleph-vm"_s);
        QCOMPARE(m_model.row(added).releasedOn, at(u"2023-04-15T00:00:00Z"_s));
        QVERIFY(m_model.index(added, ScoringTableModel::NameColumn)
                    .data(ScoringTableModel::CellMessageRole)
                    .toString()
                    .contains(u"empty"_s));
        QVERIFY(m_model.setData(m_model.index(added, ScoringTableModel::NameColumn), u" 0.2.6 "_s));
        QCOMPARE(m_model.row(added).name, u"0.2.6"_s);

        const SoftwareVersion first = m_model.row(0);
        QVERIFY(m_model.deleteRow(0));
        QCOMPARE(m_model.rowCount(), 17);
        QVERIFY(m_model.undoText().startsWith(u"Delete"_s));
        m_model.undo();
        QCOMPARE(m_model.rowCount(), 18);
        QCOMPARE(m_model.row(0), first);
        m_model.undo();
        QVERIFY(m_model.row(added).name.isEmpty());
        m_model.undo();
        QCOMPARE(m_model.rowCount(), 17);
        QVERIFY(!m_model.modified());
        QVERIFY(!m_model.canUndo());
        QVERIFY(!m_model.deleteRow(17));
    }

    void aChangeSetIsOneUndoStep()
    {
        QList<SoftwareVersion> rows = m_model.table().rows();
        rows[rowOf(u"aleph-vm"_s, u"0.2.5"_s)].replacedOn = at(u"2023-01-10T12:00:00Z"_s);
        rows.append({u"aleph-vm"_s, u"0.2.6"_s, at(u"2023-01-10T12:00:00Z"_s), std::nullopt, false});
        m_model.replaceRows(rows, u"List aleph-vm 0.2.6"_s);
        QCOMPARE(m_model.table().rows(), rows);
        QCOMPARE(m_model.errorCount(), 0);
        QCOMPARE(m_model.undoText(), u"List aleph-vm 0.2.6"_s);
        m_model.undo();
        QCOMPARE(m_model.table().rows(), sampleTable());
        m_model.markSaved();
        QVERIFY(!m_model.modified());
    }

    void aLiveTableIsReadOnly()
    {
        m_model.setTable(VersionTable(sampleTable()), true);
        QVERIFY(m_model.readOnly());
        const QModelIndex name = m_model.index(0, ScoringTableModel::NameColumn);
        QVERIFY(!(name.flags() & Qt::ItemIsEditable));
        QVERIFY(!m_model.setData(name, u"0.9.9"_s));
        QCOMPARE(m_model.addRow(u"aleph-vm"_s), -1);
        QVERIFY(!m_model.deleteRow(0));
        QCOMPARE(m_model.rowCount(), 17);
    }

    void theProxySortsAndFilters()
    {
        ScoringTableProxy proxy(&m_model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Newest first by default.
        QCOMPARE(proxy.sortedColumn(), int(ScoringTableModel::ReleasedOnColumn));
        QVERIFY(proxy.descending());
        QCOMPARE(proxy.index(0, ScoringTableModel::NameColumn).data().toString(), u"v0.5.0-rc2"_s);
        QCOMPARE(proxy.index(16, ScoringTableModel::NameColumn).data().toString(), u"0.2.0"_s);

        QSignalSpy softwareChanged(&proxy, &ScoringTableProxy::softwareChanged);
        proxy.setSoftware(u"aleph-vm"_s);
        QCOMPARE(softwareChanged.size(), 1);
        QCOMPARE(proxy.rowCount(), 6);
        proxy.sortBy(ScoringTableModel::NameColumn);
        QVERIFY(!proxy.descending());
        QCOMPARE(proxy.index(0, ScoringTableModel::NameColumn).data().toString(), u"0.2.0"_s);
        proxy.sortBy(ScoringTableModel::NameColumn);
        QVERIFY(proxy.descending());
        QCOMPARE(proxy.index(0, ScoringTableModel::NameColumn).data().toString(), u"0.2.5"_s);
        // The current version (no replaced_on) sorts after every replaced one.
        proxy.sortBy(ScoringTableModel::ReplacedOnColumn);
        QCOMPARE(proxy.index(5, ScoringTableModel::NameColumn).data().toString(), u"0.2.5"_s);

        const int source = proxy.sourceRow(5);
        QCOMPARE(source, rowOf(u"aleph-vm"_s, u"0.2.5"_s));
        QCOMPARE(proxy.proxyRow(source), 5);
        QCOMPARE(proxy.proxyRow(rowOf(u"pyaleph"_s, u"v0.4.7"_s)), -1);

        // Edits go through the proxy to the table, and a row that no longer matches the filter leaves it.
        QVERIFY(proxy.setData(proxy.index(5, ScoringTableModel::SoftwareColumn), u"pyaleph"_s));
        QCOMPARE(proxy.rowCount(), 5);
        m_model.undo();
        QCOMPARE(proxy.rowCount(), 6);
        proxy.setSoftware({});
        QCOMPARE(proxy.rowCount(), 17);
    }
};

QTEST_GUILESS_MAIN(TestScoringTableModel)
#include "tst_scoringtablemodel.moc"
