// SPDX-License-Identifier: GPL-3.0-or-later
#include "git/pullrequests.h"

namespace ra::git {

namespace {

/// The longest number read as a pull request: more digits are something else (a hash, a date).
constexpr qsizetype MaxDigits = 9;

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isWordCharacter(QChar c)
{
    return isAsciiDigit(c) || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
}

/// How many ASCII digits start at \a from (stops counting past MaxDigits).
qsizetype digitsAt(QStringView text, qsizetype from)
{
    qsizetype count = 0;
    while (from + count < text.size() && count <= MaxDigits && isAsciiDigit(text[from + count])) {
        ++count;
    }
    return count;
}

} // namespace

QList<int> pullRequestNumbers(const QString &subject)
{
    // "(#123)" anywhere counts: GitHub appends it, and a squash of squashes keeps the inner ones too. Scanned by
    // hand: a regular expression per commit was a tenth of a history walk's time.
    QList<int> numbers;
    const auto add = [&numbers](QStringView digits) {
        const int number = digits.toInt();
        if (number > 0 && !numbers.contains(number)) {
            numbers.append(number);
        }
    };
    const QStringView text(subject);
    qsizetype at = 0;
    static constexpr QStringView merge = u"Merge pull request #";
    static constexpr QStringView suffix = u"(#";
    if (text.startsWith(merge)) {
        const qsizetype count = digitsAt(text, merge.size());
        const qsizetype end = merge.size() + count;
        if (count >= 1 && count <= MaxDigits && (end == text.size() || !isWordCharacter(text[end]))) {
            add(text.sliced(merge.size(), count));
            at = end;
        }
    }
    for (at = text.indexOf(suffix, at); at >= 0; at = text.indexOf(suffix, at)) {
        const qsizetype count = digitsAt(text, at + 2);
        const qsizetype end = at + 2 + count;
        if (count >= 1 && count <= MaxDigits && end < text.size() && text[end] == u')') {
            add(text.sliced(at + 2, count));
            at = end + 1;
        } else {
            at += 1;
        }
    }
    return numbers;
}

} // namespace ra::git
