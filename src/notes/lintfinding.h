// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ra::notes {

enum class LintSeverity {
    Warning,
    Error,
};

/// One problem the lint found in a notes document, tied to a 1-based line.
struct LintFinding {
    int line = 0;
    LintSeverity severity = LintSeverity::Warning;
    /// Stable rule key: pr-out-of-range, commit-out-of-range, asset-name, tag-mismatch, body-limit,
    /// empty-section, broken-link.
    QString rule;
    QString message;

    friend bool operator==(const LintFinding &, const LintFinding &) = default;
};

[[nodiscard]] QString severityName(LintSeverity severity);

} // namespace ra::notes
