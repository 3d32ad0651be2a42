// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ra::packages {

/// The Debian version a package built from release tag \a tag must carry. aleph-vm's packaging writes
/// `git describe --tags` into the control file, so a build of the tagged commit carries the tag name itself
/// (reference facts §3); a tag prefix such as "v" (\a tagPrefix) is not part of a Debian version.
[[nodiscard]] QString expectedPackageVersion(const QString &tag, const QString &tagPrefix = {});

/// Empty when \a packageVersion is what a build of \a tag carries; otherwise the message that refuses it
/// (naming \a fileName, both versions and what to do).
[[nodiscard]] QString checkPackageVersion(const QString &fileName, const QString &packageVersion, const QString &tag,
                                          const QString &tagPrefix = {});

} // namespace ra::packages
