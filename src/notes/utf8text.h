// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace ra::notes {

/// Where bytes that should be UTF-8 are not: enough for the maintainer to find the spot in an editor.
struct Utf8Problem {
    /// 1-based line of the first invalid sequence (lines end at "\n").
    int line = 0;
    /// 0-based offset of its first byte from the start of the bytes (a byte-order mark counts).
    qsizetype byteOffset = 0;
    /// The first invalid sequence itself: a stray byte, or the start of a sequence cut short.
    QByteArray firstSequence;
    /// How many invalid sequences there are in all (each would have become one U+FFFD).
    int invalidSequences = 0;

    /// The first sequence as "0xE9" or "0xE2 0x82".
    [[nodiscard]] QString firstSequenceHex() const;
    /// "<source> is not valid UTF-8: line 3, byte offset 57 (0xE9) is the first of 2 invalid byte sequences".
    [[nodiscard]] QString message(const QString &source) const;
    /// What to do about it, for the line under message().
    [[nodiscard]] static QString advice();

    friend bool operator==(const Utf8Problem &, const Utf8Problem &) = default;
};

/// Bytes read as notes: the text, or where they stop being UTF-8.
struct Utf8Text {
    /// The decoded text without a leading byte-order mark; empty when there is a problem.
    QString text;
    std::optional<Utf8Problem> problem;

    [[nodiscard]] bool ok() const
    {
        return !problem.has_value();
    }
};

/**
 * Decodes \a bytes as strict UTF-8 (RFC 3629, the Unicode standard's table of well-formed sequences): a
 * continuation byte with no lead, a sequence cut short (also at the end), an overlong form, a UTF-16
 * surrogate and a code point past U+10FFFF are all errors. Nothing is replaced by U+FFFD: notes that went
 * through a wrong encoding must be saved again, not published with the damage. A leading byte-order mark is
 * dropped from the text.
 */
[[nodiscard]] Utf8Text decodeNotesText(QByteArrayView bytes);

} // namespace ra::notes
