// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace ra::review {

enum class Verdict { Approve, Changes };

/// "approve" or "changes".
[[nodiscard]] QString verdictKey(Verdict verdict);
[[nodiscard]] std::optional<Verdict> verdictFromKey(const QString &key);

/**
 * The machine-readable part of an approval comment, an HTML comment GitHub does not render:
 *   <!-- release-assistant:approval v1 release=1.15.0 digest=sha256:<hex> verdict=approve -->
 * The release is percent-encoded (a tag may contain "-->" or spaces would split it). Whoever can comment can
 * write a marker: who approved comes from the comment's author, never from the marker.
 */
struct ApprovalMarker {
    QString release;
    QString digest; ///< "sha256:<64 hex>"
    Verdict verdict = Verdict::Approve;

    [[nodiscard]] QString format() const;
    /// The one marker in \a commentBody; nullopt when there is none, more than one (ambiguous), or it is
    /// malformed (unknown version, missing or repeated field, bad digest or verdict).
    [[nodiscard]] static std::optional<ApprovalMarker> parse(const QString &commentBody);

    friend bool operator==(const ApprovalMarker &, const ApprovalMarker &) = default;
};

} // namespace ra::review
