// SPDX-License-Identifier: GPL-3.0-or-later
#include "git/pullrequests.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ra::git {

QList<int> pullRequestNumbers(const QString &subject)
{
    // "(#123)" anywhere counts: GitHub appends it, and a squash of squashes keeps the inner ones too.
    static const QRegularExpression pattern(u"\\(#(\\d{1,9})\\)|^Merge pull request #(\\d{1,9})\\b"_s);
    QList<int> numbers;
    auto matches = pattern.globalMatch(subject);
    while (matches.hasNext()) {
        const auto match = matches.next();
        const QString digits = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
        const int number = digits.toInt();
        if (number > 0 && !numbers.contains(number)) {
            numbers.append(number);
        }
    }
    return numbers;
}

} // namespace ra::git
