// SPDX-License-Identifier: GPL-3.0-or-later
#include "notes/linediff.h"

#include <QStringList>

#include <vector>

namespace ra::notes {

namespace {

using Lines = QStringList;

// Myers' O((N+M)D) greedy algorithm on the lines between the common prefix and suffix. It keeps one V array
// per edit distance to walk the path back, which is fine for release notes (D stays small).
QList<DiffLine> myers(const Lines &a, const Lines &b, int aOffset, int bOffset)
{
    const int n = int(a.size());
    const int m = int(b.size());
    const int max = n + m;
    std::vector<std::vector<int>> trace;
    std::vector<int> v(size_t(2 * max + 3), 0);
    const int offset = max + 1;
    int found = -1;
    for (int d = 0; d <= max && found < 0; ++d) {
        trace.push_back(v);
        for (int k = -d; k <= d; k += 2) {
            int x = (k == -d || (k != d && v[size_t(offset + k - 1)] < v[size_t(offset + k + 1)]))
                        ? v[size_t(offset + k + 1)]
                        : v[size_t(offset + k - 1)] + 1;
            int y = x - k;
            while (x < n && y < m && a.at(x) == b.at(y)) {
                ++x;
                ++y;
            }
            v[size_t(offset + k)] = x;
            if (x >= n && y >= m) {
                found = d;
                break;
            }
        }
    }
    QList<DiffLine> reversed;
    int x = n;
    int y = m;
    for (int d = found; d > 0; --d) {
        const std::vector<int> &previous = trace[size_t(d)];
        const int k = x - y;
        const bool down = k == -d || (k != d && previous[size_t(offset + k - 1)] < previous[size_t(offset + k + 1)]);
        const int previousK = down ? k + 1 : k - 1;
        const int previousX = previous[size_t(offset + previousK)];
        const int previousY = previousX - previousK;
        while (x > previousX && y > previousY) {
            --x;
            --y;
            reversed.append({DiffLine::Op::Same, a.at(x), aOffset + x + 1, bOffset + y + 1});
        }
        if (down) {
            --y;
            reversed.append({DiffLine::Op::Added, b.at(y), 0, bOffset + y + 1});
        } else {
            --x;
            reversed.append({DiffLine::Op::Removed, a.at(x), aOffset + x + 1, 0});
        }
    }
    while (x > 0 && y > 0) {
        --x;
        --y;
        reversed.append({DiffLine::Op::Same, a.at(x), aOffset + x + 1, bOffset + y + 1});
    }
    std::reverse(reversed.begin(), reversed.end());
    return reversed;
}

} // namespace

QList<DiffLine> diffLines(const QString &before, const QString &after)
{
    const Lines a = before.split(QLatin1Char('\n'));
    const Lines b = after.split(QLatin1Char('\n'));
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.at(prefix) == b.at(prefix)) {
        ++prefix;
    }
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
           a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix)) {
        ++suffix;
    }
    QList<DiffLine> diff;
    for (qsizetype i = 0; i < prefix; ++i) {
        diff.append({DiffLine::Op::Same, a.at(i), int(i + 1), int(i + 1)});
    }
    diff.append(myers(a.mid(prefix, a.size() - prefix - suffix), b.mid(prefix, b.size() - prefix - suffix), int(prefix),
                      int(prefix)));
    for (qsizetype i = suffix; i > 0; --i) {
        const qsizetype ai = a.size() - i;
        const qsizetype bi = b.size() - i;
        diff.append({DiffLine::Op::Same, a.at(ai), int(ai + 1), int(bi + 1)});
    }
    return diff;
}

QString diffText(const QList<DiffLine> &diff)
{
    QStringList lines;
    lines.reserve(diff.size());
    for (const DiffLine &line : diff) {
        const QChar sign = line.op == DiffLine::Op::Same      ? QLatin1Char(' ')
                           : line.op == DiffLine::Op::Removed ? QLatin1Char('-')
                                                              : QLatin1Char('+');
        lines.append(sign + line.text);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace ra::notes
