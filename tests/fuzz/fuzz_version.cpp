// SPDX-License-Identifier: GPL-3.0-or-later
// Versions and tags come from users and from remote repositories: every version parser must take anything
// without crashing or hanging, and keep its promises when it accepts. The input is split at the first
// newline into two strings so that comparisons and hazard checks see pairs.
#include "core/debianversion.h"
#include "core/pep440version.h"
#include "core/semverversion.h"
#include "core/taghazardchecker.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

void require(bool condition)
{
    if (!condition) {
        std::abort();
    }
}

void checkPep440(const QString &text, const QString &other)
{
    QString error;
    const auto version = ra::Pep440Version::parse(text, &error);
    if (!version) {
        require(!error.isEmpty());
        return;
    }
    // The canonical form parses back to the same version and is a fixed point.
    const QString normalized = version->normalized();
    const auto again = ra::Pep440Version::parse(normalized);
    require(again.has_value());
    require(again->normalized() == normalized);
    require(ra::Pep440Version::compare(*version, *again) == 0);
    if (const auto second = ra::Pep440Version::parse(other)) {
        require(ra::Pep440Version::compare(*version, *second) == -ra::Pep440Version::compare(*second, *version));
    }
}

void checkSemVer(const QString &text, const QString &other)
{
    QString error;
    const auto version = ra::SemVerVersion::parse(text, &error);
    if (!version) {
        require(!error.isEmpty());
        return;
    }
    require(version->toString() == text);
    if (const auto second = ra::SemVerVersion::parse(other)) {
        require(ra::SemVerVersion::compare(*version, *second) == -ra::SemVerVersion::compare(*second, *version));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096) {
        return 0;
    }
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype newline = input.indexOf(u'\n');
    const QString first = newline < 0 ? input : input.left(newline);
    const QString second = newline < 0 ? QString() : input.mid(newline + 1);

    checkPep440(first, second);
    checkSemVer(first, second);
    require(ra::compareDebianVersions(first, second) == -ra::compareDebianVersions(second, first));

    const ra::TagSpelling spelling = ra::TagSpelling::alephVm();
    if (const auto version = spelling.versionFromTag(first)) {
        if (const auto tag = spelling.tagFor(*version)) {
            require(spelling.isCanonical(*tag));
        }
    }
    const auto hazards = ra::TagHazardChecker().check(first, second.split(u'\n'), {second});
    for (const ra::TagHazard &hazard : hazards) {
        require(!hazard.id.isEmpty() && !hazard.message.isEmpty());
    }
    return 0;
}
