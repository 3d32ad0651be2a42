// SPDX-License-Identifier: GPL-3.0-or-later
#include "packages/packageversion.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ra::packages {

QString expectedPackageVersion(const QString &tag, const QString &tagPrefix)
{
    if (!tagPrefix.isEmpty() && tag.startsWith(tagPrefix)) {
        return tag.mid(tagPrefix.size());
    }
    return tag;
}

QString checkPackageVersion(const QString &fileName, const QString &packageVersion, const QString &tag,
                            const QString &tagPrefix)
{
    const QString expected = expectedPackageVersion(tag, tagPrefix);
    if (packageVersion == expected) {
        return {};
    }
    // "1.14.0-3-g6da21a3a": git describe of a commit after a tag, i.e. not the tagged commit.
    static const QRegularExpression describe(u"^(.+)-(\\d+)-g([0-9a-f]{4,40})$"_s);
    const auto match = describe.match(packageVersion);
    QString why;
    if (match.hasMatch()) {
        why = u"it was built from commit %1, %2 commit(s) after tag %3, not from the tag. "
              "Use the artifacts of the run for the tag's commit."_s.arg(match.captured(3), match.captured(2),
                                                                         match.captured(1));
    } else {
        why = u"it was not built from this tag. Use the artifacts of the run for the tag's commit."_s;
    }
    return u"%1 has version %2 but release %3 needs %4: %5"_s.arg(fileName, packageVersion, tag, expected, why);
}

} // namespace ra::packages
