// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ra {

/// Compares two Debian package versions as `dpkg --compare-versions` does ([epoch:]upstream[-revision],
/// with "~" sorting before everything). Needed because aleph-vm's package version is the git tag itself,
/// and dpkg reads "1.0.0-rc1" as upstream 1.0.0, revision rc1: it sorts after "1.0.0".
/// Epochs are compared as numbers of any length (digits, never converted to an integer that could wrap).
/// Returns -1, 0 or 1.
[[nodiscard]] int compareDebianVersions(const QString &a, const QString &b);

} // namespace ra
