// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>
#include <optional>

namespace ra::git {

/// How release tags compare, given to the git layer by its caller (the app and the CLI build it from the
/// playbook's version scheme and tag spelling), so that the git layer stays independent of version rules.
struct VersionOrder {
    /// -1, 0 or 1 for two tag names; std::nullopt when either tag does not name a version ("list", "rm").
    std::function<std::optional<int>(const QString &a, const QString &b)> compare;
    /// True when the tag names a pre-release (rc, alpha, beta, dev). Only asked about version tags.
    std::function<bool(const QString &tag)> isPrerelease;
};

} // namespace ra::git
