// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/versionscheme.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace ra::review {

/// The flags sent with {"draft": false} (api-contracts.md §1.2, aleph-vm facts §10.5).
struct PublishFlags {
    /// Set for every pre-release version: CI never sets it, and an unflagged rc becomes releases/latest.
    bool prerelease = false;
    /// "true" only for a final release newer than every published final one; else "false" (a string: a JSON
    /// boolean is refused with 422).
    QString makeLatest = QStringLiteral("false");
    /// Why, for the confirmation and --dry-run.
    QString explanation;

    /// Decides for \a tag given the tags of the published (non-draft) final releases; nullopt with \a error
    /// when \a tag is not a version of \a scheme. Published tags that are not versions are ignored.
    [[nodiscard]] static std::optional<PublishFlags>
    decide(VersionScheme scheme, const QString &tag, const QStringList &publishedFinalTags, QString *error = nullptr);
};

} // namespace ra::review
