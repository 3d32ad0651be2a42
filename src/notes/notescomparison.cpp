// SPDX-License-Identifier: GPL-3.0-or-later
#include "notes/notescomparison.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ra::notes {

namespace {

QList<int> sorted(const QSet<int> &numbers)
{
    QList<int> list(numbers.cbegin(), numbers.cend());
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace

QList<int> pullRequestsMentioned(const QString &markdown, const QString &repository)
{
    QSet<int> numbers;
    // Same shape as the lint's rule, so the comparison and the lint agree on what "mentioned" means.
    static const QRegularExpression mention(u"(?<![\\w&/#])#(\\d{1,6})\\b"_s);
    static const QRegularExpression url(u"github\\.com/([^/\\s]+/[^/\\s]+)/pull/(\\d+)"_s);
    auto it = mention.globalMatch(markdown);
    while (it.hasNext()) {
        numbers.insert(it.next().captured(1).toInt());
    }
    auto urls = url.globalMatch(markdown);
    while (urls.hasNext()) {
        const auto match = urls.next();
        if (match.captured(1).compare(repository, Qt::CaseInsensitive) == 0) {
            numbers.insert(match.captured(2).toInt());
        }
    }
    return sorted(numbers);
}

NotesComparison compareNotes(const QString &ours, const QString &github, const QString &repository)
{
    NotesComparison comparison;
    comparison.ours = ours;
    comparison.github = QString(github).replace(u"\r\n"_s, u"\n"_s);
    const QList<int> ourList = pullRequestsMentioned(ours, repository);
    const QList<int> theirList = pullRequestsMentioned(comparison.github, repository);
    const QSet<int> ourNumbers(ourList.cbegin(), ourList.cend());
    const QSet<int> theirNumbers(theirList.cbegin(), theirList.cend());
    comparison.inBoth = sorted(QSet<int>(ourNumbers).intersect(theirNumbers));
    comparison.onlyOurs = sorted(QSet<int>(ourNumbers).subtract(theirNumbers));
    comparison.onlyGitHub = sorted(QSet<int>(theirNumbers).subtract(ourNumbers));
    comparison.diff = diffLines(ours, comparison.github);
    return comparison;
}

} // namespace ra::notes
