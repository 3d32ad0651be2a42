// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/notesdiffmodel.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ra {

namespace {

int countOf(const QList<notes::DiffLine> &diff, notes::DiffLine::Op op)
{
    return int(std::count_if(diff.cbegin(), diff.cend(), [op](const notes::DiffLine &line) { return line.op == op; }));
}

} // namespace

int NotesDiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_diff.size());
}

QVariant NotesDiffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const notes::DiffLine &line = m_diff.at(index.row());
    switch (role) {
    case OpRole:
        switch (line.op) {
        case notes::DiffLine::Op::Same:
            return u"same"_s;
        case notes::DiffLine::Op::Removed:
            return u"removed"_s;
        case notes::DiffLine::Op::Added:
            return u"added"_s;
        }
        return {};
    case TextRole:
    case Qt::DisplayRole:
        return line.text;
    case OldLineRole:
        return line.oldLine;
    case NewLineRole:
        return line.newLine;
    default:
        return {};
    }
}

QHash<int, QByteArray> NotesDiffModel::roleNames() const
{
    return {{OpRole, "op"}, {TextRole, "text"}, {OldLineRole, "oldLine"}, {NewLineRole, "newLine"}};
}

void NotesDiffModel::setDiff(const QList<notes::DiffLine> &diff)
{
    beginResetModel();
    m_diff = diff;
    endResetModel();
    Q_EMIT countChanged();
}

const QList<notes::DiffLine> &NotesDiffModel::diff() const
{
    return m_diff;
}

int NotesDiffModel::added() const
{
    return countOf(m_diff, notes::DiffLine::Op::Added);
}

int NotesDiffModel::removed() const
{
    return countOf(m_diff, notes::DiffLine::Op::Removed);
}

int NotesDiffModel::firstChange() const
{
    const auto found = std::find_if(m_diff.cbegin(), m_diff.cend(),
                                    [](const notes::DiffLine &line) { return line.op != notes::DiffLine::Op::Same; });
    return found == m_diff.cend() ? -1 : int(found - m_diff.cbegin());
}

} // namespace ra
