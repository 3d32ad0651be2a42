// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace ra::notes {

struct DiffLine {
    enum class Op {
        Same,
        Removed,
        Added,
    };
    Op op = Op::Same;
    QString text;
    /// 1-based line in the old text (0 for added lines) and in the new text (0 for removed lines).
    int oldLine = 0;
    int newLine = 0;

    friend bool operator==(const DiffLine &, const DiffLine &) = default;
};

/// A shortest line diff of \a before and \a after (Myers' algorithm), for comparing revisions of the notes.
[[nodiscard]] QList<DiffLine> diffLines(const QString &before, const QString &after);

/// The diff as unified-style text: " ", "-" or "+" before each line.
[[nodiscard]] QString diffText(const QList<DiffLine> &diff);

} // namespace ra::notes
