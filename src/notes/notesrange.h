// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "git/result.h"
#include "notes/notesinput.h"
#include "notes/noteslinter.h"

#include <QStringList>

namespace ra::notes {

/// Which release range to read, and what the caller knows about the release.
struct NotesRangeRequest {
    QString repositoryPath;
    /// The previous release tag (range start, excluded).
    QString from;
    /// The release commit (range end, included): a tag, branch or sha.
    QString to = QStringLiteral("HEAD");
    /// The release's tag name; empty: \a to when it names a tag, else unknown (the tag rules of the lint
    /// are skipped and the notes are titled with \a to).
    QString tag;
    /// "owner/name" on GitHub.
    QString gitHubRepository = QStringLiteral("aleph-im/aleph-vm");
    QStringList assetNames;
    /// Known GitHub logins by author e-mail, added to those read from GitHub noreply addresses.
    QHash<QString, QString> loginsByEmail;
};

/// A release range read from the clone: the generator's input and the lint's context for the same range.
struct NotesRange {
    NotesInput input;
    LintContext lintContext;
    /// Whether the release tag came from the request or from \a to (false: input.tag is only a label).
    bool tagKnown = false;
};

/// Walks from..to (all parents, so that pull requests merged with a merge commit count as in range) and
/// gathers everything generation and lint need. Blocking: call it off the UI thread.
[[nodiscard]] git::Result<NotesRange> readNotesRange(const NotesRangeRequest &request);

/// "login" for "12345+login@users.noreply.github.com" or "login@users.noreply.github.com", else empty.
[[nodiscard]] QString loginFromNoReplyEmail(const QString &email);

} // namespace ra::notes
