// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notes/commitclassifier.h"
#include "notes/notesinput.h"

#include <QJsonObject>

namespace ra::notes {

struct NotesEntry {
    ClassifiedCommit change;
    QString sha;
    /// The subject as the pull request was titled: without the "(#NNN)" suffix, prefix kept.
    QString pullRequestTitle;
    /// "@login" when the GitHub login is known, the author's name otherwise.
    QString credit;
};

struct NotesSection {
    ChangeKind kind = ChangeKind::Other;
    QList<NotesEntry> entries;
};

/// The generated notes: structured (for JSON and the lint) and as Markdown with marked blocks.
struct GeneratedNotes {
    QList<NotesSection> sections;
    /// One entry per pull request, oldest first, as GitHub's "What's Changed" lists them.
    QList<NotesEntry> pullRequests;
    QString markdown;

    [[nodiscard]] QJsonObject toJson() const;
};

/// Builds the notes for \a input. Pure: the same input always gives the same notes.
[[nodiscard]] GeneratedNotes generateNotes(const NotesInput &input);

/// "Debian 12 (Bookworm)" for "aleph-vm.debian-12.deb"; empty when the name is not a package of a known form.
[[nodiscard]] QString distributionOfAsset(const QString &assetName);

} // namespace ra::notes
