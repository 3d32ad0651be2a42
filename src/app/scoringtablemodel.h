// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scoring/validationissue.h"
#include "scoring/versiontable.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QUndoStack>
#include <QtQmlIntegration>

#include <optional>

namespace ra {

/**
 * The rows of the node-scoring version table as the editor shows them: one column per table column plus
 * the label the scoring gives each version now. Every edit is checked by TableValidator and its findings
 * are shown on the row and the cell they concern; every edit, addition and deletion can be undone.
 */
class ScoringTableModel : public QAbstractTableModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by ScoringEditor")

    Q_PROPERTY(bool readOnly READ readOnly NOTIFY readOnlyChanged)
    Q_PROPERTY(bool modified READ modified NOTIFY modifiedChanged)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY undoStateChanged)
    Q_PROPERTY(bool canRedo READ canRedo NOTIFY undoStateChanged)
    Q_PROPERTY(QString undoText READ undoText NOTIFY undoStateChanged)
    Q_PROPERTY(QString redoText READ redoText NOTIFY undoStateChanged)
    Q_PROPERTY(int errorCount READ errorCount NOTIFY validationChanged)
    Q_PROPERTY(int warningCount READ warningCount NOTIFY validationChanged)
    Q_PROPERTY(QStringList problems READ problems NOTIFY validationChanged)
    Q_PROPERTY(QStringList softwareNames READ softwareNames NOTIFY validationChanged)
    Q_PROPERTY(QString lastEditError READ lastEditError NOTIFY lastEditErrorChanged)

public:
    enum Column {
        SoftwareColumn,
        NameColumn,
        ReleasedOnColumn,
        ReplacedOnColumn,
        PrereleaseColumn,
        LabelColumn, ///< the label the scoring gives the version now; read only
        ColumnCount,
    };
    Q_ENUM(Column)

    enum Role {
        SoftwareRole = Qt::UserRole + 1,
        NameRole,
        ReleasedOnRole,
        ReplacedOnRole,
        PrereleaseRole,
        MessageRole, ///< every finding about the row, one per line
        CellMessageRole, ///< the findings about this cell
        CellSeverityRole, ///< "error", "warning" or "" for this cell
        LabelRole, ///< "latest", "outdated", ... now
        ColumnKeyRole, ///< the table's column name ("released_on"), or "label"
    };
    Q_ENUM(Role)

    explicit ScoringTableModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Parses the text (or bool) for the cell; a value that is not a time or is otherwise unreadable is
    /// refused with lastEditError saying why. What parses is kept and checked by TableValidator.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// Shows \a table; forgets the undo history. \a readOnly: rows change only through a change set.
    void setTable(const scoring::VersionTable &table, bool readOnly = false);
    [[nodiscard]] const scoring::VersionTable &table() const;
    [[nodiscard]] const scoring::SoftwareVersion &row(int row) const;
    /// Replaces the rows with \a rows as one undoable step called \a text (a release's change set).
    void replaceRows(const QList<scoring::SoftwareVersion> &rows, const QString &text);

    /// Adds an empty row of \a software released now, and returns its row. Undoable.
    Q_INVOKABLE int addRow(const QString &software);
    /// Deletes \a row. Undoable.
    Q_INVOKABLE bool deleteRow(int row);
    Q_INVOKABLE void undo();
    Q_INVOKABLE void redo();
    /// The current rows are what is stored: modified becomes false.
    void markSaved();

    [[nodiscard]] bool readOnly() const;
    [[nodiscard]] bool modified() const;
    [[nodiscard]] bool canUndo() const;
    [[nodiscard]] bool canRedo() const;
    [[nodiscard]] QString undoText() const;
    [[nodiscard]] QString redoText() const;
    [[nodiscard]] int errorCount() const;
    [[nodiscard]] int warningCount() const;
    [[nodiscard]] const QList<scoring::ValidationIssue> &issues() const;
    /// Every finding as "Row 3 (aleph-vm 0.2.4), name: …".
    [[nodiscard]] QStringList problems() const;
    [[nodiscard]] QStringList softwareNames() const;
    [[nodiscard]] QString lastEditError() const;

    /// The instant the label column is computed for; the current time unless set (tests fix it).
    [[nodiscard]] QDateTime now() const;
    void setNow(const QDateTime &now);

    /// The column's name in the table ("software", "released_on", ...), as ValidationIssue names it.
    [[nodiscard]] static QString columnKey(int column);

Q_SIGNALS:
    void readOnlyChanged();
    void modifiedChanged();
    void undoStateChanged();
    void validationChanged();
    void lastEditErrorChanged();

private:
    friend class ScoringEditCommand;
    // The primitives the undo commands call.
    void storeRow(int row, const scoring::SoftwareVersion &value);
    void storeInsertion(int row, const scoring::SoftwareVersion &value);
    void storeRemoval(int row);

    void revalidate();
    void setLastEditError(const QString &error);
    [[nodiscard]] QList<scoring::ValidationIssue> issuesOf(int row, const QString &column) const;
    [[nodiscard]] static QString describe(const scoring::SoftwareVersion &row);

    scoring::VersionTable m_table;
    QList<scoring::ValidationIssue> m_issues;
    QUndoStack m_undo;
    bool m_readOnly = false;
    QString m_lastEditError;
    std::optional<QDateTime> m_now;
};

} // namespace ra
