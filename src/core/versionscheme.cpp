// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/versionscheme.h"

#include "core/pep440version.h"
#include "core/semverversion.h"

#include <algorithm>
#include <variant>

using namespace Qt::StringLiterals;

namespace ra {

namespace {

using AnyVersion = std::variant<Pep440Version, SemVerVersion>;

std::optional<AnyVersion> parseAny(VersionScheme scheme, const QString &text, QString *error)
{
    if (scheme == VersionScheme::SemVer) {
        if (auto v = SemVerVersion::parse(text, error)) {
            return AnyVersion{*v};
        }
        return std::nullopt;
    }
    if (auto v = Pep440Version::parse(text, error)) {
        return AnyVersion{*v};
    }
    return std::nullopt;
}

int compareAny(const AnyVersion &a, const AnyVersion &b)
{
    if (const auto *x = std::get_if<Pep440Version>(&a)) {
        return Pep440Version::compare(*x, std::get<Pep440Version>(b));
    }
    return SemVerVersion::compare(std::get<SemVerVersion>(a), std::get<SemVerVersion>(b));
}

} // namespace

QString schemeKey(VersionScheme scheme)
{
    return scheme == VersionScheme::SemVer ? u"semver"_s : u"pep440"_s;
}

std::optional<VersionScheme> schemeFromKey(const QString &key)
{
    if (key == u"pep440") {
        return VersionScheme::Pep440;
    }
    if (key == u"semver") {
        return VersionScheme::SemVer;
    }
    return std::nullopt;
}

std::optional<QString> normalizeVersion(VersionScheme scheme, const QString &text, QString *error)
{
    const auto v = parseAny(scheme, text, error);
    if (!v) {
        return std::nullopt;
    }
    if (const auto *pep = std::get_if<Pep440Version>(&*v)) {
        return pep->normalized();
    }
    return std::get<SemVerVersion>(*v).toString();
}

std::optional<int> compareVersions(VersionScheme scheme, const QString &a, const QString &b, QString *error)
{
    const auto x = parseAny(scheme, a, error);
    if (!x) {
        return std::nullopt;
    }
    const auto y = parseAny(scheme, b, error);
    if (!y) {
        return std::nullopt;
    }
    return compareAny(*x, *y);
}

std::optional<QStringList> sortVersions(VersionScheme scheme, const QStringList &versions, QString *error)
{
    QList<std::pair<AnyVersion, QString>> parsed;
    parsed.reserve(versions.size());
    for (const QString &text : versions) {
        auto v = parseAny(scheme, text, error);
        if (!v) {
            return std::nullopt;
        }
        parsed.append({std::move(*v), text});
    }
    std::stable_sort(parsed.begin(), parsed.end(),
                     [](const auto &x, const auto &y) { return compareAny(x.first, y.first) < 0; });
    QStringList sorted;
    sorted.reserve(parsed.size());
    for (const auto &entry : parsed) {
        sorted.append(entry.second);
    }
    return sorted;
}

} // namespace ra
