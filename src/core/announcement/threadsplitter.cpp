// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/announcement/threadsplitter.h"

#include "core/announcement/urlfinder.h"

#include <QTextBoundaryFinder>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ra {

namespace {

// How good a place to cut is; a higher level is tried first.
enum CutLevel { Hard = 0, Word = 1, Sentence = 2, Line = 3, Paragraph = 4 };

bool insideUrl(const QList<TextRange> &urls, qsizetype position)
{
    // A cut at position p separates p-1 and p; it breaks a URL when both sides lie in it.
    return std::any_of(urls.cbegin(), urls.cend(),
                       [position](const TextRange &url) { return position > url.start && position < url.end(); });
}

// The level of a cut just before \a position, where text[position-1] is whitespace, or -1 if it is none.
int whitespaceCutLevel(const QString &text, qsizetype position)
{
    const QChar before = text.at(position - 1);
    if (before == u'\n') {
        return (position >= 2 && text.at(position - 2) == u'\n') ? Paragraph : Line;
    }
    if (!before.isSpace()) {
        return -1;
    }
    qsizetype p = position - 1;
    while (p > 0 && text.at(p - 1).isSpace() && text.at(p - 1) != u'\n') {
        --p;
    }
    if (p > 0 && u".!?…"_s.contains(text.at(p - 1))) {
        return Sentence;
    }
    return Word;
}

QString trimmed(QStringView text)
{
    return text.trimmed().toString();
}

} // namespace

ThreadSplitter::ThreadSplitter(Measure measure, int limit)
    : m_measure(std::move(measure))
    , m_limit(limit)
{
}

void ThreadSplitter::setNumbered(bool numbered)
{
    m_numbered = numbered;
}

QString ThreadSplitter::suffix(int index, int total) const
{
    return m_numbered ? u" (%1/%2)"_s.arg(index).arg(total) : QString();
}

QStringList ThreadSplitter::split(const QString &text) const
{
    const QString whole = trimmed(text);
    if (whole.isEmpty()) {
        return {};
    }
    if (m_measure(whole) <= m_limit) {
        return {whole};
    }
    if (!m_numbered) {
        return splitWithSuffixWidth(whole, 0);
    }
    // The suffix takes room, and its width depends on the number of posts: settle it by iteration.
    int total = 2;
    for (int round = 0; round < 8; ++round) {
        const QStringList parts = splitWithSuffixWidth(whole, total);
        if (int(parts.size()) == total) {
            QStringList numbered;
            for (int i = 0; i < total; ++i) {
                numbered.append(parts.at(i) + suffix(i + 1, total));
            }
            return numbered;
        }
        total = int(parts.size());
    }
    return splitWithSuffixWidth(whole, 0);
}

QStringList ThreadSplitter::splitWithSuffixWidth(const QString &text, int total) const
{
    const QList<TextRange> urls = findUrls(text);
    QStringList posts;
    qsizetype start = 0;
    const qsizetype size = text.size();
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
    while (start < size) {
        while (start < size && text.at(start).isSpace()) {
            ++start;
        }
        if (start >= size) {
            break;
        }
        const QString tail = suffix(int(posts.size()) + 1, total);
        const auto fits = [&](qsizetype end) {
            return m_measure(trimmed(QStringView(text).mid(start, end - start)) + tail) <= m_limit;
        };
        if (fits(size)) {
            posts.append(trimmed(QStringView(text).mid(start)));
            break;
        }
        // The best cut that fits: the highest level, and the furthest position within it. Lengths grow
        // with the text outside URLs, so the scan stops at the first cut that no longer fits.
        qsizetype best[Paragraph + 1] = {-1, -1, -1, -1, -1};
        for (qsizetype position = start + 1; position < size; ++position) {
            const int level = whitespaceCutLevel(text, position);
            if (level < Word || insideUrl(urls, position)) {
                continue;
            }
            if (!fits(position)) {
                break;
            }
            best[level] = position;
        }
        qsizetype cut = -1;
        for (int level = Paragraph; level >= Word && cut < 0; --level) {
            if (best[level] > start) {
                cut = best[level];
            }
        }
        if (cut < 0) {
            // One word longer than a post: cut it between graphemes, never inside a URL.
            graphemes.setPosition(start);
            for (qsizetype position = graphemes.toNextBoundary(); position > start && position < size;
                 position = graphemes.toNextBoundary()) {
                if (insideUrl(urls, position)) {
                    continue;
                }
                if (!fits(position)) {
                    break;
                }
                cut = position;
            }
        }
        if (cut < 0) {
            // Not one grapheme fits beside the suffix, or a URL longer than the limit starts here: take the
            // smallest piece that breaks no URL.
            graphemes.setPosition(start);
            cut = graphemes.toNextBoundary();
            while (cut > 0 && cut < size && insideUrl(urls, cut)) {
                cut = graphemes.toNextBoundary();
            }
            if (cut <= start) {
                cut = size;
            }
        }
        const QString post = trimmed(QStringView(text).mid(start, cut - start));
        if (!post.isEmpty()) {
            posts.append(post);
        }
        start = cut;
    }
    return posts;
}

} // namespace ra
