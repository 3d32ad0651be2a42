// SPDX-License-Identifier: GPL-3.0-or-later
#include "git/releasetags.h"

#include <algorithm>

namespace ra::git {

ReleaseTags sortReleaseTags(const QList<TagInfo> &tags, const VersionOrder &order)
{
    ReleaseTags result;
    for (const TagInfo &tag : tags) {
        // Comparing a tag with itself is the cheapest way to ask "is this a version?".
        (order.compare(tag.name, tag.name) ? result.versions : result.others).append(tag);
    }
    std::stable_sort(result.versions.begin(), result.versions.end(), [&order](const TagInfo &a, const TagInfo &b) {
        return order.compare(a.name, b.name).value_or(0) < 0;
    });
    return result;
}

std::optional<TagInfo> previousReleaseTag(const QList<TagInfo> &tags, const QString &version, const VersionOrder &order)
{
    if (!order.compare(version, version)) {
        return std::nullopt;
    }
    const bool wantFinal = !order.isPrerelease(version);
    std::optional<TagInfo> best;
    for (const TagInfo &tag : tags) {
        const auto relation = order.compare(tag.name, version);
        if (!relation || *relation >= 0 || (wantFinal && order.isPrerelease(tag.name))) {
            continue;
        }
        if (!best || order.compare(tag.name, best->name).value_or(0) > 0) {
            best = tag;
        }
    }
    return best;
}

} // namespace ra::git
