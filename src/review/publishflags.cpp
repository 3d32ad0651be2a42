// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/publishflags.h"

#include "core/pep440version.h"
#include "core/semverversion.h"

using namespace Qt::StringLiterals;

namespace ra::review {

namespace {

/// SemVer tags are often spelled "v1.2.3"; PEP 440 accepts the "v" itself.
QString semverText(const QString &tag)
{
    return tag.startsWith(u'v') || tag.startsWith(u'V') ? tag.mid(1) : tag;
}

std::optional<bool> isPrerelease(VersionScheme scheme, const QString &tag, QString *error)
{
    if (scheme == VersionScheme::SemVer) {
        const auto version = SemVerVersion::parse(semverText(tag), error);
        return version ? std::optional(version->isPrerelease()) : std::nullopt;
    }
    const auto version = Pep440Version::parse(tag, error);
    return version ? std::optional(version->isPrerelease()) : std::nullopt;
}

std::optional<int> compare(VersionScheme scheme, const QString &a, const QString &b)
{
    return scheme == VersionScheme::SemVer ? compareVersions(scheme, semverText(a), semverText(b))
                                           : compareVersions(scheme, a, b);
}

} // namespace

std::optional<PublishFlags> PublishFlags::decide(VersionScheme scheme, const QString &tag,
                                                 const QStringList &publishedFinalTags, QString *error)
{
    const auto pre = isPrerelease(scheme, tag, error);
    if (!pre) {
        return std::nullopt;
    }
    PublishFlags flags;
    flags.prerelease = *pre;
    if (flags.prerelease) {
        flags.explanation =
            u"%1 is a pre-release: it is flagged as one and does not become the latest release"_s.arg(tag);
        return flags;
    }
    for (const QString &other : publishedFinalTags) {
        if (other == tag) {
            continue;
        }
        const auto order = compare(scheme, tag, other);
        if (order && *order <= 0 && !isPrerelease(scheme, other, nullptr).value_or(true)) {
            flags.explanation =
                u"%1 is a final release, but %2 is newer and stays the latest release"_s.arg(tag, other);
            return flags;
        }
    }
    flags.makeLatest = u"true"_s;
    flags.explanation = u"%1 is the newest final release: it becomes the latest release"_s.arg(tag);
    return flags;
}

} // namespace ra::review
