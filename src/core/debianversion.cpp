// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/debianversion.h"

#include <algorithm>

namespace ra {

namespace {

struct DebianParts {
    /// Digits without leading zeros ("" for epoch 0), compared as text: no integer type can overflow.
    QString epoch;
    QString upstream;
    QString revision;
};

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

DebianParts split(const QString &version)
{
    DebianParts parts;
    QString rest = version.trimmed();
    const qsizetype colon = rest.indexOf(u':');
    if (colon > 0) {
        const QStringView epoch = QStringView(rest).left(colon);
        if (std::all_of(epoch.cbegin(), epoch.cend(), isDigit)) {
            qsizetype first = 0;
            while (first < epoch.size() && epoch.at(first) == u'0') {
                ++first;
            }
            parts.epoch = epoch.mid(first).toString();
            rest = rest.mid(colon + 1);
        }
    }
    // The revision is what follows the last hyphen: "1.0.0-rc1" is upstream 1.0.0, revision rc1.
    const qsizetype hyphen = rest.lastIndexOf(u'-');
    if (hyphen >= 0) {
        parts.revision = rest.mid(hyphen + 1);
        rest = rest.left(hyphen);
    }
    parts.upstream = rest;
    return parts;
}

bool isLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// dpkg's order() of a non-digit character: "~" before the end of the string, letters before other signs.
int order(QChar c)
{
    if (isDigit(c)) {
        return 0;
    }
    if (isLetter(c)) {
        return c.unicode();
    }
    if (c == u'~') {
        return -1;
    }
    return c.unicode() + 256;
}

// A port of dpkg's verrevcmp() (lib/dpkg/version.c).
int verrevcmp(const QString &a, const QString &b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() || j < b.size()) {
        int firstDiff = 0;
        while ((i < a.size() && !isDigit(a.at(i))) || (j < b.size() && !isDigit(b.at(j)))) {
            const int ac = i < a.size() ? order(a.at(i)) : 0;
            const int bc = j < b.size() ? order(b.at(j)) : 0;
            if (ac != bc) {
                return ac - bc;
            }
            ++i;
            ++j;
        }
        while (i < a.size() && a.at(i) == u'0') {
            ++i;
        }
        while (j < b.size() && b.at(j) == u'0') {
            ++j;
        }
        while (i < a.size() && isDigit(a.at(i)) && j < b.size() && isDigit(b.at(j))) {
            if (!firstDiff) {
                firstDiff = a.at(i).unicode() - b.at(j).unicode();
            }
            ++i;
            ++j;
        }
        if (i < a.size() && isDigit(a.at(i))) {
            return 1;
        }
        if (j < b.size() && isDigit(b.at(j))) {
            return -1;
        }
        if (firstDiff) {
            return firstDiff;
        }
    }
    return 0;
}

int sign(qint64 value)
{
    return (value > 0) - (value < 0);
}

} // namespace

int compareDebianVersions(const QString &a, const QString &b)
{
    const DebianParts x = split(a);
    const DebianParts y = split(b);
    if (x.epoch.size() != y.epoch.size()) {
        return x.epoch.size() < y.epoch.size() ? -1 : 1;
    }
    if (const int c = x.epoch.compare(y.epoch)) {
        return sign(c);
    }
    if (const int c = verrevcmp(x.upstream, y.upstream)) {
        return sign(c);
    }
    return sign(verrevcmp(x.revision, y.revision));
}

} // namespace ra
