// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notes/linediff.h"

#include <QList>
#include <QString>

namespace ra::notes {

/// Our generated notes next to GitHub's own generated notes for the same range, for the maintainer to pick
/// from: both texts, which pull requests each one lists, and a line diff from ours to GitHub's.
struct NotesComparison {
    QString ours;
    QString github;
    /// Pull requests named in both, only in ours, only in GitHub's; each ascending.
    QList<int> inBoth;
    QList<int> onlyOurs;
    QList<int> onlyGitHub;
    QList<DiffLine> diff;
};

/// Pull request numbers a Markdown text names as "#N" or as a github.com/<repository>/pull/N link, ascending,
/// each once. Code spans and fenced blocks are included: GitHub links "#N" in neither, but a number there
/// still says the text is about that pull request.
[[nodiscard]] QList<int> pullRequestsMentioned(const QString &markdown, const QString &repository);

[[nodiscard]] NotesComparison compareNotes(const QString &ours, const QString &github, const QString &repository);

} // namespace ra::notes
