// SPDX-License-Identifier: GPL-3.0-or-later
#include "notes/githubgeneratednotes.h"

namespace ra::notes {

net::Call *fetchGitHubNotesSideBySide(github::GitHubClient &client, const github::RepositoryRef &repository,
                                      const GitHubNotesRange &range, const QString &ourNotes,
                                      std::function<void(const github::Result<NotesComparison> &)> done)
{
    return client.generateNotes(
        repository, range.tag, range.targetCommitish, range.previousTag,
        [repository, ourNotes, done = std::move(done)](const github::Result<github::GeneratedNotes> &generated) {
            github::Result<NotesComparison> result;
            result.error = generated.error;
            if (generated.ok()) {
                result.value = compareNotes(ourNotes, generated.value.body, repository.toString());
            }
            done(result);
        });
}

} // namespace ra::notes
