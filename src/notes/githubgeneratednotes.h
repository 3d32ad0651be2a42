// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "github/githubclient.h"
#include "notes/notescomparison.h"

#include <functional>

namespace ra::notes {

/// The range GitHub's generated notes are asked for: the same one our generator used.
struct GitHubNotesRange {
    /// The release tag; it may not exist yet (then targetCommitish is required by GitHub).
    QString tag;
    /// The release commit, sent so that a tag that is not pushed yet still gives the right range.
    QString targetCommitish;
    /// Range start (previous_tag_name); empty lets GitHub pick the previous release itself.
    QString previousTag;
};

/// Asks GitHub to generate notes for \a range (POST /releases/generate-notes, which stores nothing) and
/// reports them next to \a ourNotes: the pair the notes page shows side by side to pick from.
net::Call *fetchGitHubNotesSideBySide(github::GitHubClient &client, const github::RepositoryRef &repository,
                                      const GitHubNotesRange &range, const QString &ourNotes,
                                      std::function<void(const github::Result<NotesComparison> &)> done);

} // namespace ra::notes
