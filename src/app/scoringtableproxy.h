// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>
#include <QtQmlIntegration>

namespace ra {

class ScoringTableModel;

/// The scoring table as the editor lists it: only one software's rows when asked, sorted by any column
/// (times as instants, a current version's empty replaced_on after every date), newest first by default.
class ScoringTableProxy : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by ScoringEditor")

    Q_PROPERTY(QString software READ software WRITE setSoftware NOTIFY softwareChanged)
    Q_PROPERTY(int sortedColumn READ sortedColumn NOTIFY sortChanged)
    Q_PROPERTY(bool descending READ descending NOTIFY sortChanged)

public:
    explicit ScoringTableProxy(ScoringTableModel *table, QObject *parent = nullptr);

    /// The software whose rows are listed; empty lists every row.
    [[nodiscard]] QString software() const;
    void setSoftware(const QString &software);
    [[nodiscard]] int sortedColumn() const;
    [[nodiscard]] bool descending() const;

    /// Sorts by \a column; the same column again reverses the order.
    Q_INVOKABLE void sortBy(int column);
    /// The table's row shown at \a row, or -1.
    Q_INVOKABLE int sourceRow(int row) const;
    /// Where the table's row \a sourceRow is shown, or -1 when the filter hides it.
    Q_INVOKABLE int proxyRow(int sourceRow) const;

Q_SIGNALS:
    void softwareChanged();
    void sortChanged();

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    [[nodiscard]] bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    ScoringTableModel *m_table;
    QString m_software;
};

} // namespace ra
