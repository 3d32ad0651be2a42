// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "git/taginfo.h"
#include "git/versionorder.h"

#include <QList>
#include <optional>

namespace ra::git {

/// The tags of a repository split into release tags, sorted by version (oldest first), and the rest.
struct ReleaseTags {
    QList<TagInfo> versions;
    /// Tags that name no version ("list", "rm"), in name order.
    QList<TagInfo> others;
};

/// Sorts \a tags with \a order. Tags naming the same version keep their name order.
[[nodiscard]] ReleaseTags sortReleaseTags(const QList<TagInfo> &tags, const VersionOrder &order);

/**
 * The tag a release of \a version follows (the start of its notes and history range):
 * for a final release the newest *final* tag older than it, skipping release candidates (1.9.1 after 1.9.0,
 * not after 1.9.1-rc1); for a pre-release the newest tag of any kind older than it. History is not
 * monotonic, so "older" is by version, never by date. std::nullopt when there is none.
 */
[[nodiscard]] std::optional<TagInfo> previousReleaseTag(const QList<TagInfo> &tags, const QString &version,
                                                        const VersionOrder &order);

} // namespace ra::git
