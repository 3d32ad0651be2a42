// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace ra::notes {

/// A run of lines of a notes document: either text the maintainer owns or a generated block between
/// `<!-- ra:generated section=<id> hash=<hash> -->` and `<!-- ra:end -->` marker lines.
struct MarkedSegment {
    bool generated = false;
    QString section;
    /// Hash of the block's content when it was generated; empty for text and for blocks without one.
    QString recordedHash;
    /// The lines between the markers (or the text lines), joined with '\n'.
    QString content;
    /// 1-based line of the segment's first line (the opening marker for a block).
    int firstLine = 1;
    /// A block with no line at all between its markers (content "" would be one empty line).
    bool bare = false;

    /// True when the maintainer changed a generated block since it was generated.
    [[nodiscard]] bool edited() const;
    friend bool operator==(const MarkedSegment &, const MarkedSegment &) = default;
};

struct MarkerProblem {
    int line = 0;
    QString message;
};

/// A notes document split into segments. Malformed markers never lose text: they stay in text segments and
/// are reported as problems.
struct MarkedText {
    QList<MarkedSegment> segments;
    QList<MarkerProblem> problems;

    [[nodiscard]] const MarkedSegment *block(const QString &section) const;
    /// The document again; for any parsed input this is exactly the input.
    [[nodiscard]] QString toString() const;
};

[[nodiscard]] MarkedText parseMarkedText(const QString &text);
/// Short content hash recorded in the opening marker (12 hex digits of SHA-256).
[[nodiscard]] QString blockHash(const QString &content);
/// \a content wrapped in markers for \a section, with its hash.
[[nodiscard]] QString markedBlock(const QString &section, const QString &content);

/// A generated block the maintainer had edited: the edit is kept in the document and the fresh text offered.
struct BlockConflict {
    QString section;
    QString edited;
    QString generated;
};

struct Regeneration {
    QString text;
    QStringList updated;
    QStringList added;
    QStringList removed;
    QList<BlockConflict> conflicts;
    QList<MarkerProblem> problems;
};

/// Refreshes the generated blocks of \a current with those of \a fresh, keeping every line the maintainer
/// wrote outside the blocks and every block the maintainer edited (reported as a conflict).
[[nodiscard]] Regeneration regenerate(const QString &current, const QString &fresh);

} // namespace ra::notes
