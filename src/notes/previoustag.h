// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "git/result.h"
#include "git/taginfo.h"
#include "git/versionorder.h"

#include <QList>
#include <QString>

#include <optional>

namespace ra::notes {

/// Which rule chose the tag a release's notes start from.
enum class PreviousTagRule {
    /// A final release: the newest final tag older than it, release candidates skipped.
    PreviousFinal,
    /// A pre-release: the newest tag of any kind older than it.
    PreviousOfAnyKind,
};

/// The start of a release's notes and history range, and why.
struct PreviousTagChoice {
    QString tag;
    PreviousTagRule rule = PreviousTagRule::PreviousFinal;

    friend bool operator==(const PreviousTagChoice &, const PreviousTagChoice &) = default;
};

/**
 * The tag the notes of \a release start from when the maintainer names none, the same for the app and the
 * command line: aleph-vm's notes of a final release cover everything since the previous final release (the
 * release candidates in between are folded in), those of a pre-release what changed since the tag just before
 * it, whatever its kind. "Older" is by version, never by date: aleph-vm's tag history is not monotonic.
 * Tags that name no version ("list", "rm") are never chosen. std::nullopt when \a release names no version
 * or no version tag is older than it.
 */
[[nodiscard]] std::optional<PreviousTagChoice>
choosePreviousTag(const QList<git::TagInfo> &tags, const QString &release, const git::VersionOrder &order);

/// The same choice among the tags of the clone at \a repositoryPath, ordered as the project's tags are; an
/// error when the clone cannot be read, \a release names no version or nothing precedes it.
[[nodiscard]] git::Result<PreviousTagChoice> choosePreviousTag(const QString &repositoryPath, const QString &release);

/// Why \a choice is the start of the notes of \a release, in English for the command line: "1.0.0, the
/// previous final release (1.1.0 is a final release: release candidates are skipped)".
[[nodiscard]] QString explainPreviousTag(const PreviousTagChoice &choice, const QString &release);

/// "previous-final" or "previous-of-any-kind", for JSON output.
[[nodiscard]] QString previousTagRuleKey(PreviousTagRule rule);

} // namespace ra::notes
