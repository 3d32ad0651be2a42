// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the fuzz targets: how a broken invariant stops the run, and how one input becomes several.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace ra::fuzz {

/// Aborts when \a condition is false, so libFuzzer keeps the input as a reproducer and the replay test fails.
inline void require(bool condition)
{
    if (!condition) {
        std::abort();
    }
}

/// The input as bytes (a deep copy: the parsers may keep it beyond the call).
[[nodiscard]] inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// \a input cut at every \a separator into at most \a maxParts pieces (the last keeps the rest), so that one
/// input can feed a parser that takes several strings. Seeds write the separator between the pieces.
[[nodiscard]] inline QList<QByteArray> splitInput(const QByteArray &input, QByteArrayView separator, int maxParts)
{
    QList<QByteArray> parts;
    qsizetype from = 0;
    while (parts.size() < maxParts - 1) {
        const qsizetype at = input.indexOf(separator, from);
        if (at < 0) {
            break;
        }
        parts.append(input.mid(from, at - from));
        from = at + separator.size();
    }
    parts.append(input.mid(from));
    return parts;
}

} // namespace ra::fuzz
