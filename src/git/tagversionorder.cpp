// SPDX-License-Identifier: GPL-3.0-or-later
#include "git/tagversionorder.h"

namespace ra::git {

VersionOrder tagVersionOrder(const TagSpelling &spelling)
{
    VersionOrder order;
    order.compare = [spelling](const QString &a, const QString &b) -> std::optional<int> {
        const auto left = spelling.versionFromTag(a);
        const auto right = spelling.versionFromTag(b);
        if (!left || !right) {
            return std::nullopt;
        }
        return Pep440Version::compare(*left, *right);
    };
    order.isPrerelease = [spelling](const QString &tag) {
        const auto version = spelling.versionFromTag(tag);
        return version && version->isPrerelease();
    };
    return order;
}

} // namespace ra::git
