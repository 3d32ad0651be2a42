// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/notestextnavigation.h"

#include <QTextCursor>
#include <QTextDocument>

namespace ra::notestext {

namespace {

Qt::CaseSensitivity sensitivity(bool caseSensitive)
{
    return caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
}

} // namespace

int positionOfLine(const QString &text, int line)
{
    int position = 0;
    for (int current = 1; current < line; ++current) {
        const qsizetype newline = text.indexOf(u'\n', position);
        if (newline < 0) {
            break;
        }
        position = int(newline) + 1;
    }
    return position;
}

int lineOfPosition(const QString &text, int position)
{
    return int(QStringView(text).left(qBound(0, position, int(text.size()))).count(u'\n')) + 1;
}

int findNext(const QString &text, const QString &query, int from, bool caseSensitive)
{
    if (query.isEmpty()) {
        return -1;
    }
    qsizetype found = text.indexOf(query, qBound(0, from, int(text.size())), sensitivity(caseSensitive));
    if (found < 0) {
        found = text.indexOf(query, 0, sensitivity(caseSensitive));
    }
    return int(found);
}

int findPrevious(const QString &text, const QString &query, int from, bool caseSensitive)
{
    if (query.isEmpty()) {
        return -1;
    }
    qsizetype found =
        from > 0 ? text.lastIndexOf(query, qMin(from, int(text.size())) - 1, sensitivity(caseSensitive)) : -1;
    if (found < 0) {
        found = text.lastIndexOf(query, sensitivity(caseSensitive));
    }
    return int(found);
}

int countOccurrences(const QString &text, const QString &query, bool caseSensitive)
{
    return query.isEmpty() ? 0 : int(text.count(query, sensitivity(caseSensitive)));
}

void replaceDocument(QTextDocument *document, const QString &text)
{
    if (document == nullptr) {
        return;
    }
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.insertText(text);
    cursor.endEditBlock();
}

} // namespace ra::notestext
