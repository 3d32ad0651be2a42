// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/approvalmarker.h"

#include <QString>

namespace ra::review {

/// The comment a reviewer posts on the release tracking issue: a sentence people read, then the marker the
/// assistant reads.
class ApprovalComment
{
public:
    /// Longest reason kept: GitHub refuses comments over 65,536 characters.
    static constexpr int MaxReasonLength = 60000;

    /// \a reason explains a change request (ignored for an approval); \a assetCount is shown to readers.
    [[nodiscard]] static QString compose(const ApprovalMarker &marker, const QString &reason, int assetCount);
};

} // namespace ra::review
