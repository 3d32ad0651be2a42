// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "github/githubclient.h"
#include "notes/draftsync.h"
#include "notes/notesrevisions.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace ra {
class Journal;
}

namespace ra::notes {

/// How one synchronisation with the draft ended.
struct DraftSyncOutcome {
    SyncAction action = SyncAction::UpToDate;
    /// Network or journal failure; when set nothing else is meaningful and nothing was overwritten.
    QString error;
    qint64 releaseId = 0;
    /// The draft's body as read from GitHub (Load and Conflict: what the editor should offer).
    QString remoteBody;
    /// Conflict only: both versions in one text, to merge by hand (conflictText()).
    QString conflictText;
    /// The revision recorded in the journal by this sync (Create, Save, Load, a saved merge).
    std::optional<NotesRevision> revision;

    [[nodiscard]] bool ok() const
    {
        return error.isEmpty();
    }
};

/**
 * Synchronises the notes in the editor with the body of the release's GitHub draft, never overwriting a
 * change silently: a draft edited on github.com since the last sync is loaded when the editor has no
 * change of its own, and reported as a conflict (with both texts) when it has. Every text that ends up on
 * both sides is recorded as a revision in the journal, and each write to GitHub is a journal effect (intent
 * before the request, result after it) of the "notes" step.
 *
 * GitHub cannot make an update conditional on the body it replaces, so a web edit landing between the read
 * and the write of one sync can still be lost; the window is one round trip.
 */
class NotesDraftSync : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const DraftSyncOutcome &)>;

    /// \a release names the journal's release record (which must exist); \a tag is the draft's tag_name.
    NotesDraftSync(github::GitHubClient &client, Journal &journal, const github::RepositoryRef &repository,
                   const QString &release, const QString &tag, QObject *parent = nullptr);
    ~NotesDraftSync() override;

    /// The commit a new draft targets while its tag does not exist yet (empty: the default branch).
    void setTargetCommitish(const QString &commitish);
    /// The name a new draft gets (default: the tag, as aleph-vm's 2.x drafts are titled).
    void setReleaseName(const QString &name);

    /// Reads the draft and saves, loads, reports up to date or reports a conflict, as decideSync() says.
    void sync(const QString &localText, Done done);
    /// Reads the draft's body and records it as a revision when it differs from the last one: "load back".
    /// The editor must then show remoteBody, which is the new base (edits not saved before are replaced on
    /// purpose). Fails when there is no draft.
    void load(Done done);
    /// Saves the maintainer's merge of a conflict, but only when the draft still holds the body the
    /// conflict showed (\a remoteHashSeen, syncHash() of it); otherwise it reports a new conflict.
    void saveMerged(const QString &mergedText, const QString &remoteHashSeen, Done done);

    [[nodiscard]] bool busy() const;
    [[nodiscard]] const NotesRevisions &revisions() const;

private:
    using DraftFound = std::function<void(const std::optional<github::Release> &)>;
    void findDraft(Done done, DraftFound found);
    void write(const std::optional<github::Release> &draft, const QString &text, const QString &origin,
               SyncAction action, Done done);
    void finish(const Done &done, DraftSyncOutcome outcome);

    github::GitHubClient &m_client;
    Journal &m_journal;
    github::RepositoryRef m_repository;
    QString m_release;
    QString m_tag;
    QString m_targetCommitish;
    QString m_releaseName;
    NotesRevisions m_revisions;
    QPointer<net::Call> m_call;
};

} // namespace ra::notes
