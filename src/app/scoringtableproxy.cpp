// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/scoringtableproxy.h"

#include "app/scoringtablemodel.h"

using namespace ra::scoring;

namespace ra {

namespace {

/// A sortable stand-in for a time: an empty replaced_on means "still current", later than any date.
qint64 sortKey(const std::optional<QDateTime> &time)
{
    return time ? time->toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
}

} // namespace

ScoringTableProxy::ScoringTableProxy(ScoringTableModel *table, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_table(table)
{
    setSourceModel(table);
    setDynamicSortFilter(true);
    sort(ScoringTableModel::ReleasedOnColumn, Qt::DescendingOrder);
}

QString ScoringTableProxy::software() const
{
    return m_software;
}

void ScoringTableProxy::setSoftware(const QString &software)
{
    if (m_software == software) {
        return;
    }
    m_software = software;
    invalidateRowsFilter();
    Q_EMIT softwareChanged();
}

int ScoringTableProxy::sortedColumn() const
{
    return sortColumn();
}

bool ScoringTableProxy::descending() const
{
    return sortOrder() == Qt::DescendingOrder;
}

void ScoringTableProxy::sortBy(int column)
{
    if (column < 0 || column >= ScoringTableModel::ColumnCount) {
        return;
    }
    const bool reverse = column == sortColumn() && sortOrder() == Qt::AscendingOrder;
    sort(column, reverse ? Qt::DescendingOrder : Qt::AscendingOrder);
    Q_EMIT sortChanged();
}

int ScoringTableProxy::sourceRow(int row) const
{
    return mapToSource(index(row, 0)).row();
}

int ScoringTableProxy::proxyRow(int sourceRow) const
{
    return mapFromSource(m_table->index(sourceRow, 0)).row();
}

bool ScoringTableProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    Q_UNUSED(sourceParent)
    return m_software.isEmpty() || m_table->row(sourceRow).software == m_software;
}

bool ScoringTableProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const SoftwareVersion &a = m_table->row(left.row());
    const SoftwareVersion &b = m_table->row(right.row());
    // Equal keys fall back to software and release time, so the order never depends on the file's.
    const auto tieBreak = std::tie(a.software, a.releasedOn) < std::tie(b.software, b.releasedOn);
    const auto compare = [&](const auto &x, const auto &y) {
        return x < y || (!(y < x) && tieBreak);
    };
    switch (left.column()) {
    case ScoringTableModel::SoftwareColumn:
        return compare(a.software, b.software);
    case ScoringTableModel::NameColumn:
        return compare(a.name, b.name);
    case ScoringTableModel::ReleasedOnColumn:
        return compare(a.releasedOn, b.releasedOn);
    case ScoringTableModel::ReplacedOnColumn:
        return compare(sortKey(a.replacedOn), sortKey(b.replacedOn));
    case ScoringTableModel::PrereleaseColumn:
        return compare(a.prerelease, b.prerelease);
    case ScoringTableModel::LabelColumn:
        return compare(left.data().toString(), right.data().toString());
    }
    return tieBreak;
}

} // namespace ra
