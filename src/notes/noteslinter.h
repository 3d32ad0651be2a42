// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notes/lintfinding.h"

#include <QList>
#include <QSet>
#include <QStringList>

namespace ra::notes {

/// GitHub refuses release bodies longer than this many characters.
inline constexpr qsizetype gitHubBodyLimit = 125000;

/// What the notes are checked against. Range rules run only when rangeKnown is true.
struct LintContext {
    QString repository = QStringLiteral("aleph-im/aleph-vm");
    QString tag;
    QString previousTag;
    bool rangeKnown = false;
    QSet<int> pullRequestsInRange;
    QStringList commitShasInRange;
    /// Asset names a download link may name; empty means "not known", and the rule is skipped.
    QStringList expectedAssets;
};

/// Checks \a text; findings are sorted by line.
[[nodiscard]] QList<LintFinding> lintNotes(const QString &text, const LintContext &context);

} // namespace ra::notes
