// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace ra {

/// Cuts a long announcement into posts of a thread.
class ThreadSplitter
{
public:
    /// Length of a candidate post in the network's unit.
    using Measure = std::function<int(const QString &)>;

    ThreadSplitter(Measure measure, int limit);

    /// Appends " (i/n)" to every post when the text takes more than one.
    void setNumbered(bool numbered);

    /// Splits \a text into posts that each measure at most the limit: at paragraph and line breaks first,
    /// then after sentences, then between words, and only as a last resort inside a word. A URL is never
    /// cut (a URL longer than the limit stays whole in its own post). Whitespace at the cuts is dropped;
    /// nothing else is lost or reordered. An empty or blank text gives no post.
    [[nodiscard]] QStringList split(const QString &text) const;

private:
    [[nodiscard]] QStringList splitWithSuffixWidth(const QString &text, int total) const;
    [[nodiscard]] QString suffix(int index, int total) const;

    Measure m_measure;
    int m_limit;
    bool m_numbered = false;
};

} // namespace ra
