// SPDX-License-Identifier: GPL-3.0-or-later
// Debian versions come from the control files of downloaded packages and from tags: the comparison must be an
// order on any strings, as dpkg's is. The input's first three lines are three versions: the comparison is
// reflexive, antisymmetric and transitive, and ignores the spellings dpkg ignores (a zero epoch, leading
// zeros of a number).
#include "core/debianversion.h"
#include "fuzzsupport.h"

using ra::fuzz::require;

namespace {

int compare(const QString &a, const QString &b)
{
    const int result = ra::compareDebianVersions(a, b);
    require(result >= -1 && result <= 1);
    require(ra::compareDebianVersions(b, a) == -result);
    return result;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096) {
        return 0;
    }
    QStringList versions = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)).split(u'\n');
    while (versions.size() < 3) {
        versions.append(QString());
    }
    const QString &a = versions.at(0);
    const QString &b = versions.at(1);
    const QString &c = versions.at(2);
    require(compare(a, a) == 0);
    const int ab = compare(a, b);
    const int bc = compare(b, c);
    const int ac = compare(a, c);
    if (ab <= 0 && bc <= 0) {
        require(ac <= 0);
    }
    if (ab == 0) {
        require(ac == bc);
    }
    // A version without an epoch has epoch 0, and numbers compare without their leading zeros.
    if (!a.contains(u':') && a == a.trimmed()) {
        require(compare(QStringLiteral("0:") + a, a) == 0);
        require(compare(QStringLiteral("00:") + a, a) == 0);
    }
    return 0;
}
