// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace ra::scoring {

/// The labels of aleph-scoring's `annotate_version()`.
enum class VersionLabel {
    Latest,
    Prerelease,
    Outdated,
    Obsolete,
    Other,
    Unknown,
};

/// The label as the SQL function spells it ("latest", ...).
[[nodiscard]] QString labelName(VersionLabel label);
[[nodiscard]] std::optional<VersionLabel> labelFromName(const QString &name);
/// Whether the scoring counts a measurement with this label as a valid version.
[[nodiscard]] bool labelIsValidForScore(VersionLabel label);

} // namespace ra::scoring
