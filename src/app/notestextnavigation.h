// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QTextDocument;

/// Positions, lines and searches in the notes text, for the editor of the notes page. Positions are character
/// offsets into the text, lines are 1-based; searches wrap around the end of the text.
namespace ra::notestext {

/// The position where \a line starts; past the last line, the start of the last line.
[[nodiscard]] int positionOfLine(const QString &text, int line);
[[nodiscard]] int lineOfPosition(const QString &text, int position);
/// The next occurrence of \a query at or after \a from, else the first one; -1 when there is none.
[[nodiscard]] int findNext(const QString &text, const QString &query, int from, bool caseSensitive);
/// The last occurrence starting before \a from, else the last one; -1 when there is none.
[[nodiscard]] int findPrevious(const QString &text, const QString &query, int from, bool caseSensitive);
[[nodiscard]] int countOccurrences(const QString &text, const QString &query, bool caseSensitive);
/// Replaces the whole of \a document with \a text as one undoable edit.
void replaceDocument(QTextDocument *document, const QString &text);

} // namespace ra::notestext
