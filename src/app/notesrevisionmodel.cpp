// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/notesrevisionmodel.h"

#include <QLocale>

#include <algorithm>

namespace ra {

int NotesRevisionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_revisions.size());
}

QVariant NotesRevisionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const notes::NotesRevision &revision = m_revisions.at(index.row());
    switch (role) {
    case NumberRole:
        return revision.number;
    case HashRole:
        return revision.hash;
    case ShortHashRole:
        return revision.hash.left(12);
    case OriginRole:
        return revision.origin;
    case SavedAtRole:
        return QLocale().toString(revision.savedAt.toLocalTime(), QLocale::ShortFormat);
    case LineCountRole:
        return int(revision.text.count(QLatin1Char('\n'))) + (revision.text.endsWith(QLatin1Char('\n')) ? 0 : 1);
    case TextRole:
    case Qt::DisplayRole:
        return revision.text;
    default:
        return {};
    }
}

QHash<int, QByteArray> NotesRevisionModel::roleNames() const
{
    return {{NumberRole, "number"}, {HashRole, "hash"},       {ShortHashRole, "shortHash"},
            {OriginRole, "origin"}, {SavedAtRole, "savedAt"}, {LineCountRole, "lineCount"},
            {TextRole, "text"}};
}

void NotesRevisionModel::setRevisions(const QList<notes::NotesRevision> &revisions)
{
    beginResetModel();
    m_revisions = revisions;
    // The newest revision is the one the maintainer compares against most: it goes on top.
    std::reverse(m_revisions.begin(), m_revisions.end());
    endResetModel();
    Q_EMIT countChanged();
}

} // namespace ra
