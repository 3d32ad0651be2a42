// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/notespreviewmodel.h"

#include "markdown/markdownrenderer.h"

#include <algorithm>

namespace ra {

int NotesPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

QVariant NotesPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    if (role == HtmlRole || role == Qt::DisplayRole) {
        return markdown::previewStyleSheet() + m_runs.at(index.row());
    }
    return {};
}

QHash<int, QByteArray> NotesPreviewModel::roleNames() const
{
    return {{HtmlRole, "html"}};
}

void NotesPreviewModel::setRuns(const QStringList &runsHtml)
{
    const qsizetype oldCount = m_runs.size();
    const qsizetype newCount = runsHtml.size();
    qsizetype prefix = 0;
    while (prefix < oldCount && prefix < newCount && m_runs.at(prefix) == runsHtml.at(prefix)) {
        ++prefix;
    }
    qsizetype suffix = 0;
    while (suffix < oldCount - prefix && suffix < newCount - prefix &&
           m_runs.at(oldCount - 1 - suffix) == runsHtml.at(newCount - 1 - suffix)) {
        ++suffix;
    }
    // Rows [prefix, oldCount - suffix) become [prefix, newCount - suffix): the first of them change in place.
    const qsizetype oldMiddle = oldCount - prefix - suffix;
    const qsizetype newMiddle = newCount - prefix - suffix;
    const qsizetype common = std::min(oldMiddle, newMiddle);
    for (qsizetype i = 0; i < common; ++i) {
        m_runs[prefix + i] = runsHtml.at(prefix + i);
    }
    if (common > 0) {
        Q_EMIT dataChanged(index(int(prefix)), index(int(prefix + common - 1)), {HtmlRole, Qt::DisplayRole});
    }
    if (newMiddle > oldMiddle) {
        const int first = int(prefix + common);
        beginInsertRows({}, first, int(first + newMiddle - oldMiddle - 1));
        for (qsizetype i = common; i < newMiddle; ++i) {
            m_runs.insert(prefix + i, runsHtml.at(prefix + i));
        }
        endInsertRows();
    } else if (oldMiddle > newMiddle) {
        const int first = int(prefix + common);
        beginRemoveRows({}, first, int(first + oldMiddle - newMiddle - 1));
        m_runs.remove(first, oldMiddle - newMiddle);
        endRemoveRows();
    }
    if (oldCount != newCount) {
        Q_EMIT countChanged();
    }
}

} // namespace ra
