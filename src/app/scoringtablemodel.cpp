// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/scoringtablemodel.h"

#include "app/scoringeditcommand.h"
#include "scoring/tablevalidator.h"

using namespace Qt::StringLiterals;
using namespace ra::scoring;

namespace ra {

namespace {

QString severityName(ValidationIssue::Severity severity)
{
    return severity == ValidationIssue::Severity::Error ? u"error"_s : u"warning"_s;
}

std::optional<bool> parseBool(const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool) {
        return value.toBool();
    }
    const QString text = value.toString().trimmed().toLower();
    if (text == u"true"_s || text == u"yes"_s || text == u"1"_s || text == u"t"_s) {
        return true;
    }
    if (text == u"false"_s || text == u"no"_s || text == u"0"_s || text == u"f"_s) {
        return false;
    }
    return std::nullopt;
}

} // namespace

ScoringTableModel::ScoringTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    connect(&m_undo, &QUndoStack::cleanChanged, this, &ScoringTableModel::modifiedChanged);
    connect(&m_undo, &QUndoStack::indexChanged, this, &ScoringTableModel::undoStateChanged);
    connect(&m_undo, &QUndoStack::undoTextChanged, this, &ScoringTableModel::undoStateChanged);
    connect(&m_undo, &QUndoStack::redoTextChanged, this, &ScoringTableModel::undoStateChanged);
}

int ScoringTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows().size());
}

int ScoringTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ScoringTableModel::columnKey(int column)
{
    switch (column) {
    case SoftwareColumn:
        return u"software"_s;
    case NameColumn:
        return u"name"_s;
    case ReleasedOnColumn:
        return u"released_on"_s;
    case ReplacedOnColumn:
        return u"replaced_on"_s;
    case PrereleaseColumn:
        return u"prerelease"_s;
    case LabelColumn:
        return u"label"_s;
    default:
        return {};
    }
}

QList<ValidationIssue> ScoringTableModel::issuesOf(int row, const QString &column) const
{
    QList<ValidationIssue> found;
    for (const ValidationIssue &issue : m_issues) {
        if (issue.row == row && (column.isEmpty() || issue.column == column)) {
            found.append(issue);
        }
    }
    return found;
}

QVariant ScoringTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const SoftwareVersion &version = m_table.rows().at(index.row());
    const auto messages = [](const QList<ValidationIssue> &issues) {
        QStringList lines;
        for (const ValidationIssue &issue : issues) {
            lines.append(issue.message);
        }
        return lines.join(u'\n');
    };
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case SoftwareColumn:
            return version.software;
        case NameColumn:
            return version.name;
        case ReleasedOnColumn:
            return version.releasedOn.isValid() ? formatTimestamp(version.releasedOn) : QString();
        case ReplacedOnColumn:
            return version.replacedOn ? formatTimestamp(*version.replacedOn) : QString();
        case PrereleaseColumn:
            return role == Qt::EditRole ? QVariant(version.prerelease)
                                        : QVariant(version.prerelease ? tr("yes") : tr("no"));
        case LabelColumn:
            return labelName(VersionTable::annotateRow(version, now(), m_table.gracePeriod()));
        }
        return {};
    case Qt::ToolTipRole:
    case CellMessageRole:
        return messages(issuesOf(index.row(), columnKey(index.column())));
    case CellSeverityRole: {
        const QList<ValidationIssue> issues = issuesOf(index.row(), columnKey(index.column()));
        return issues.isEmpty() ? QString()
                                : severityName(hasErrors(issues) ? ValidationIssue::Severity::Error
                                                                 : ValidationIssue::Severity::Warning);
    }
    case MessageRole:
        return messages(issuesOf(index.row(), {}));
    case SoftwareRole:
        return version.software;
    case NameRole:
        return version.name;
    case ReleasedOnRole:
        return version.releasedOn.isValid() ? formatTimestamp(version.releasedOn) : QString();
    case ReplacedOnRole:
        return version.replacedOn ? formatTimestamp(*version.replacedOn) : QString();
    case PrereleaseRole:
        return version.prerelease;
    case LabelRole:
        return labelName(VersionTable::annotateRow(version, now(), m_table.gracePeriod()));
    case ColumnKeyRole:
        return columnKey(index.column());
    }
    return {};
}

QVariant ScoringTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole) {
        return {};
    }
    if (orientation == Qt::Vertical) {
        return section + 1;
    }
    switch (section) {
    case SoftwareColumn:
        return tr("Software");
    case NameColumn:
        return tr("Version");
    case ReleasedOnColumn:
        return tr("Released on (UTC)");
    case ReplacedOnColumn:
        return tr("Replaced on (UTC)");
    case PrereleaseColumn:
        return tr("Pre-release");
    case LabelColumn:
        return tr("Scored now");
    }
    return {};
}

Qt::ItemFlags ScoringTableModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_readOnly && index.column() != LabelColumn) {
        flags |= Qt::ItemIsEditable;
    }
    return flags;
}

bool ScoringTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        (role != Qt::EditRole && role != Qt::DisplayRole) || !(flags(index) & Qt::ItemIsEditable)) {
        return false;
    }
    const SoftwareVersion before = m_table.rows().at(index.row());
    SoftwareVersion after = before;
    QString error;
    switch (index.column()) {
    case SoftwareColumn:
        after.software = value.toString().trimmed();
        break;
    case NameColumn:
        // Surrounding blanks are typing slips; blanks inside stay, for the validator to point out.
        after.name = value.toString().trimmed();
        break;
    case ReleasedOnColumn:
        after.releasedOn = parseTimestamp(value.toString().trimmed(), true, &error);
        if (!after.releasedOn.isValid()) {
            setLastEditError(tr("released_on: %1.").arg(error));
            return false;
        }
        break;
    case ReplacedOnColumn: {
        const QString text = value.toString().trimmed();
        if (text.isEmpty()) {
            after.replacedOn.reset();
            break;
        }
        const QDateTime time = parseTimestamp(text, true, &error);
        if (!time.isValid()) {
            setLastEditError(tr("replaced_on: %1, or leave it empty for the current version.").arg(error));
            return false;
        }
        after.replacedOn = time;
        break;
    }
    case PrereleaseColumn: {
        const std::optional<bool> flag = parseBool(value);
        if (!flag) {
            setLastEditError(tr("prerelease: write true or false."));
            return false;
        }
        after.prerelease = *flag;
        break;
    }
    default:
        return false;
    }
    setLastEditError({});
    if (after != before) {
        m_undo.push(new ScoringEditCommand(this, ScoringEditCommand::Kind::Edit, index.row(), before, after,
                                           tr("Edit %1 of %2").arg(columnKey(index.column()), describe(before))));
    }
    return true;
}

QHash<int, QByteArray> ScoringTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert({
        {SoftwareRole, "software"},
        {NameRole, "name"},
        {ReleasedOnRole, "released_on"},
        {ReplacedOnRole, "replaced_on"},
        {PrereleaseRole, "prerelease"},
        {MessageRole, "message"},
        {CellMessageRole, "cellMessage"},
        {CellSeverityRole, "cellSeverity"},
        {LabelRole, "label"},
        {ColumnKeyRole, "columnKey"},
    });
    return names;
}

void ScoringTableModel::setTable(const VersionTable &table, bool readOnly)
{
    beginResetModel();
    m_table = table;
    m_undo.clear();
    m_undo.setClean();
    revalidate();
    endResetModel();
    if (m_readOnly != readOnly) {
        m_readOnly = readOnly;
        Q_EMIT readOnlyChanged();
    }
    setLastEditError({});
    Q_EMIT undoStateChanged();
}

const VersionTable &ScoringTableModel::table() const
{
    return m_table;
}

const SoftwareVersion &ScoringTableModel::row(int row) const
{
    return m_table.rows().at(row);
}

void ScoringTableModel::replaceRows(const QList<SoftwareVersion> &rows, const QString &text)
{
    const QList<SoftwareVersion> current = m_table.rows();
    m_undo.beginMacro(text);
    const int common = int(std::min(current.size(), rows.size()));
    for (int i = 0; i < common; ++i) {
        if (current.at(i) != rows.at(i)) {
            m_undo.push(
                new ScoringEditCommand(this, ScoringEditCommand::Kind::Edit, i, current.at(i), rows.at(i), text));
        }
    }
    for (int i = int(current.size()) - 1; i >= common; --i) {
        m_undo.push(new ScoringEditCommand(this, ScoringEditCommand::Kind::Remove, i, current.at(i), {}, text));
    }
    for (int i = common; i < rows.size(); ++i) {
        m_undo.push(new ScoringEditCommand(this, ScoringEditCommand::Kind::Insert, i, {}, rows.at(i), text));
    }
    m_undo.endMacro();
}

int ScoringTableModel::addRow(const QString &software)
{
    if (m_readOnly) {
        return -1;
    }
    const QDateTime released = QDateTime::fromSecsSinceEpoch(now().toSecsSinceEpoch(), QTimeZone::UTC);
    const SoftwareVersion added{software.isEmpty() ? u"aleph-vm"_s : software, QString(), released, std::nullopt,
                                false};
    const int at = rowCount();
    m_undo.push(new ScoringEditCommand(this, ScoringEditCommand::Kind::Insert, at, {}, added,
                                       tr("Add a %1 row").arg(added.software)));
    return at;
}

bool ScoringTableModel::deleteRow(int row)
{
    if (m_readOnly || row < 0 || row >= rowCount()) {
        return false;
    }
    const SoftwareVersion removed = m_table.rows().at(row);
    m_undo.push(new ScoringEditCommand(this, ScoringEditCommand::Kind::Remove, row, removed, {},
                                       tr("Delete %1").arg(describe(removed))));
    return true;
}

void ScoringTableModel::undo()
{
    m_undo.undo();
}

void ScoringTableModel::redo()
{
    m_undo.redo();
}

void ScoringTableModel::markSaved()
{
    m_undo.setClean();
}

bool ScoringTableModel::readOnly() const
{
    return m_readOnly;
}

bool ScoringTableModel::modified() const
{
    return !m_undo.isClean();
}

bool ScoringTableModel::canUndo() const
{
    return m_undo.canUndo();
}

bool ScoringTableModel::canRedo() const
{
    return m_undo.canRedo();
}

QString ScoringTableModel::undoText() const
{
    return m_undo.undoText();
}

QString ScoringTableModel::redoText() const
{
    return m_undo.redoText();
}

int ScoringTableModel::errorCount() const
{
    return int(std::count_if(m_issues.begin(), m_issues.end(), [](const ValidationIssue &issue) {
        return issue.severity == ValidationIssue::Severity::Error;
    }));
}

int ScoringTableModel::warningCount() const
{
    return int(m_issues.size()) - errorCount();
}

const QList<ValidationIssue> &ScoringTableModel::issues() const
{
    return m_issues;
}

QStringList ScoringTableModel::problems() const
{
    QStringList lines;
    for (const ValidationIssue &issue : m_issues) {
        const QString where =
            issue.row >= 0 && issue.row < rowCount() ? describe(m_table.rows().at(issue.row)) : QString();
        const QString severity = issue.severity == ValidationIssue::Severity::Error ? tr("Error") : tr("Warning");
        lines.append(
            tr("%1 in row %2 (%3), %4: %5").arg(severity).arg(issue.row + 1).arg(where, issue.column, issue.message));
    }
    return lines;
}

QStringList ScoringTableModel::softwareNames() const
{
    return m_table.softwareNames();
}

QString ScoringTableModel::lastEditError() const
{
    return m_lastEditError;
}

QDateTime ScoringTableModel::now() const
{
    return m_now.value_or(QDateTime::currentDateTimeUtc());
}

void ScoringTableModel::setNow(const QDateTime &now)
{
    m_now = now.toUTC();
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, LabelColumn), index(rowCount() - 1, LabelColumn), {Qt::DisplayRole, LabelRole});
    }
}

void ScoringTableModel::storeRow(int row, const SoftwareVersion &value)
{
    m_table.rows()[row] = value;
    revalidate();
    // The validator looks across rows (overlaps, duplicates), so any row's findings may have changed.
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ScoringTableModel::storeInsertion(int row, const SoftwareVersion &value)
{
    beginInsertRows({}, row, row);
    m_table.rows().insert(row, value);
    revalidate();
    endInsertRows();
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ScoringTableModel::storeRemoval(int row)
{
    beginRemoveRows({}, row, row);
    m_table.rows().removeAt(row);
    revalidate();
    endRemoveRows();
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

void ScoringTableModel::revalidate()
{
    m_issues = TableValidator::validate(m_table);
    Q_EMIT validationChanged();
}

void ScoringTableModel::setLastEditError(const QString &error)
{
    if (m_lastEditError != error) {
        m_lastEditError = error;
        Q_EMIT lastEditErrorChanged();
    }
}

QString ScoringTableModel::describe(const SoftwareVersion &row)
{
    return row.name.isEmpty() ? row.software : row.software + u' ' + row.name;
}

} // namespace ra
