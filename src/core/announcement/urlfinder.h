// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace ra {

/// A run of text, in UTF-16 code units of the QString it was found in.
struct TextRange {
    qsizetype start = 0;
    qsizetype length = 0;

    [[nodiscard]] qsizetype end() const
    {
        return start + length;
    }
    [[nodiscard]] bool contains(qsizetype position) const
    {
        return position >= start && position < start + length;
    }
    friend bool operator==(const TextRange &, const TextRange &) = default;
};

/// Finds the URLs that the networks turn into links: with an http(s) scheme, or without one when the host
/// ends in a known top-level domain ("example.com", "t.co/x"), as twitter-text extracts them. Trailing
/// sentence punctuation and unbalanced closing brackets are left out of the URL, so "see x.com/a." links
/// "x.com/a". A schemeless host on a two-letter country domain needs a path ("foo.jp" alone is no link),
/// except the common short-link domains .co and .tv.
/// With \a requireScheme, only "http://" and "https://" links count (Mastodon links nothing else).
[[nodiscard]] QList<TextRange> findUrls(const QString &text, bool requireScheme = false);

} // namespace ra
