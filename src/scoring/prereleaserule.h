// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace ra::scoring {

/**
 * Whether a version string names a pre-release in PEP 440's reading (`1.0.0-rc1`, `0.4.0a1`, `1.10.0-dev`),
 * with pyaleph's leading `v` allowed. std::nullopt when the string is not a PEP 440 version at all (an
 * untagged build such as `1.14.0-3-g6da21a3a`, a stray tag such as `list`).
 */
[[nodiscard]] std::optional<bool> isPrereleaseVersion(const QString &version);

} // namespace ra::scoring
