// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ra::review {

/// The release tracking issue: where the reviewers, who work on other machines, leave their verdicts.
class TrackingIssue
{
public:
    /// "Release {tag}" unless \a titleTemplate (with "{tag}") gives another spelling.
    [[nodiscard]] static QString title(const QString &tag, const QString &titleTemplate = {});
    /// A checklist that mirrors the steps of the release procedure, and how to approve.
    [[nodiscard]] static QString body(const QString &tag, const QString &draftUrl);
};

} // namespace ra::review
