// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/releasestep.h"
#include "git/taginfo.h"
#include "git/versionorder.h"
#include "notes/draftsync.h"
#include "notes/lintfinding.h"
#include "notes/noteslinter.h"
#include "notes/notesrevisions.h"
#include "notes/previoustag.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ra {
class Journal;
}

namespace ra::github {
class GitHubClient;
}

namespace ra::notes {
struct DraftSyncOutcome;
}

namespace ra::release {

class Release;

/// Where step 4 stands after a synchronisation with the draft, and the note shown with it.
struct NotesStepState {
    StepState state = StepState::InProgress;
    QString note;

    friend bool operator==(const NotesStepState &, const NotesStepState &) = default;
};

/// Where the notes of a release start and end in the clone, by the rule the app and the command line share.
struct NotesRangeChoice {
    /// The range start, excluded: the tag chosen by hand in step 4, else the previous tag (notes::choosePreviousTag()).
    QString from;
    /// How from was chosen; std::nullopt when it was chosen by hand.
    std::optional<notes::PreviousTagRule> rule;
    /// The range end, included: the release's tag when it exists, else the commit chosen in step 2, else HEAD.
    QString end;
    bool tagExists = false;
};

/// What a release's notes are checked against, and the commit a draft created now targets.
struct NotesLintSetup {
    notes::LintContext context;
    /// The commit the release range ends at (the tag, else the commit chosen in step 2, else HEAD); empty
    /// without a clone (a new draft then targets the default branch).
    QString targetCommit;
    /// Why pull requests and commits are not checked against the range; empty when they are.
    QString rangeProblem;
};

/// How saving the notes to the draft ended.
struct NotesSaveResult {
    enum class Outcome {
        Created, ///< the draft was created with the notes
        Saved, ///< the draft now holds the notes (an update, or a maintainer's merge of a conflict)
        UpToDate, ///< the draft already held them
        Loaded, ///< the draft was edited on GitHub and the notes had not changed since: remoteBody is the notes now
        Conflict, ///< both changed since the last sync: nothing was written, conflictText holds both
        LintRefused, ///< the lint found an error: nothing was sent
        Failed, ///< GitHub or the journal failed; message says what, and nothing was overwritten
    };
    Outcome outcome = Outcome::Failed;
    QString message;
    QString hint;
    /// The lint findings of the text the draft holds now (after a load: the draft's), sorted by line.
    QList<notes::LintFinding> findings;
    /// Loaded and Conflict: the draft's body as GitHub returned it.
    QString remoteBody;
    /// Conflict: both versions in one text, to merge by hand.
    QString conflictText;
    /// The revision this save recorded in the journal, if any.
    std::optional<notes::NotesRevision> revision;
    /// Keep mine: the draft's text edited on GitHub that the notes replaced, kept as a revision.
    std::optional<notes::NotesRevision> overwritten;
    qint64 releaseId = 0;
    /// What was recorded as step 4's state (nothing after a refusal, a failure or a dry run).
    std::optional<NotesStepState> recorded;
    /// A dry run: the request a save would send ({method, path, json}), empty when it would send none.
    QJsonObject request;
    /// A problem that does not fail the save (also at the end of message): the tracking issue could not be
    /// brought up to date with the notes.
    QString warning;

    /// True when the draft and the notes agree now (Created, Saved, UpToDate, Loaded).
    [[nodiscard]] bool ok() const;
    [[nodiscard]] int lintErrors() const;
    /// outcome, message, findings (line, severity, rule, message), errors, warnings, and releaseId, revision,
    /// overwritten, step (state, note) and request when set: what `notes save --json` prints.
    [[nodiscard]] QJsonObject toJson() const;
};

/// "created", "saved", "up-to-date", "loaded", "conflict", "lint-error", "failed".
[[nodiscard]] QString notesOutcomeKey(NotesSaveResult::Outcome outcome);

/**
 * Step 4 finished the same way from every front end: the notes are linted with the project's playbook (and the
 * release range when the project has a clone), refused while the lint has an error, then synchronised with the
 * release's GitHub draft through notes::NotesDraftSync (journaled: create, save, load, conflict, never an
 * overwrite of a web edit), and step 4's state is recorded by stateAfterSync(), the rule the app's workbench
 * follows too. Notes saved to the draft (or loaded from it) are put on the tracking issue when the review already
 * opened one (PublishStep::followDraft()), so that reviewers without push access see them. A conflict is remembered in
 * the journal, so that the next save of an edited text is taken as the maintainer's merge of the draft the conflict
 * showed (and a further web edit is a new conflict).
 *
 * save() and preview() block in a local event loop until GitHub answered: the command line and the release run
 * call them; the app drives NotesDraftSync itself and shares only the rule.
 */
class NotesStep
{
    Q_DECLARE_TR_FUNCTIONS(NotesStep)

public:
    /// Journal value: the notes as the app's editor holds them. A front end that saves other notes leaves them
    /// there, so that the app opens on the notes the draft holds instead of older ones it would save back.
    static constexpr auto TextValue = "notes.text";
    /// Journal value: the range start chosen by hand in the app.
    static constexpr auto PreviousTagValue = "notes.previousTag";
    /// The origin of the revision that keeps the draft's text a "keep mine" replaced.
    static constexpr auto OverwrittenOrigin = "overwritten";

    /// \a client carries the token; it must live in the calling thread.
    NotesStep(Release &release, github::GitHubClient &client);

    /// The range of the notes of release \a tag among the clone's \a tags ordered by \a order: from
    /// \a chosenStart when set, else the previous tag; to the tag when it exists, else \a revision, else HEAD.
    /// std::nullopt when nothing was chosen and no tag precedes \a tag.
    [[nodiscard]] static std::optional<NotesRangeChoice> chooseRange(const QList<git::TagInfo> &tags,
                                                                     const QString &tag, const QString &chosenStart,
                                                                     const QString &revision,
                                                                     const git::VersionOrder &order);
    /// Keep mine, before the notes replace a draft edited on GitHub since the last sync: records the draft's
    /// text \a remoteBody (of draft \a releaseId) as an "overwritten" revision of \a release, so that nothing of
    /// it is lost and the overwrite is knowing (the draft's text becomes the last one this machine saw). The
    /// write that follows is NotesDraftSync::saveMerged() with syncHash(\a remoteBody): it happens only while the
    /// draft still holds that text. Returns std::nullopt, without \a error, when \a remoteBody is the last
    /// revision already (nothing to keep).
    static std::optional<notes::NotesRevision> recordOverwritten(Journal &journal, const QString &release,
                                                                 const QString &remoteBody, qint64 releaseId,
                                                                 QString *error = nullptr);

    /// Step 4's state once a sync ended without error: a conflict needs attention; otherwise the draft holds
    /// the notes, which is done when the lint found no error in them and needs attention when it did.
    [[nodiscard]] static NotesStepState stateAfterSync(notes::SyncAction action, int lintErrors);
    /// The lint context of \a release: repository, tag and expected assets from the playbook, the range read
    /// from the clone as the app reads it (its start chosen in step 4, else the previous tag by the usual rule;
    /// its end the tag, else the commit chosen in step 2, else HEAD). Blocking: it walks the history.
    [[nodiscard]] static NotesLintSetup lintSetup(const Release &release);
    /// The playbook's lint, and an error for every conflict marker left from a merge, sorted by line.
    [[nodiscard]] static QList<notes::LintFinding> lint(const QString &text, const notes::LintContext &context);
    [[nodiscard]] static int errorCount(const QList<notes::LintFinding> &findings);

    /// lintSetup() of the release, read once.
    [[nodiscard]] const NotesLintSetup &setup();

    /// Lints \a text, then saves it to the draft, loads a web edit or reports a conflict, and records step 4's
    /// state. The release must be open for driving (its record exists, its lock is held).
    NotesSaveResult save(const QString &text);
    /// save(), except that a draft edited on GitHub since the last revision this machine saw (a conflict, or an
    /// edit save() would load) is overwritten knowingly with \a text, its text kept by recordOverwritten(): what
    /// the app's "Keep mine" does.
    NotesSaveResult keepMine(const QString &text);
    /// What save() (keepMine() when \a keepingMine) would do, after reading the draft: the request it would send,
    /// if any. Writes nothing, to GitHub or to the journal.
    [[nodiscard]] NotesSaveResult preview(const QString &text, bool keepingMine = false);

private:
    struct ConflictSeen {
        QString remoteHash;
        QString localHash;
    };
    [[nodiscard]] std::optional<ConflictSeen> conflictSeen() const;
    [[nodiscard]] bool isMergeOf(const QString &text, const QString &remoteBody) const;
    /// Lints \a text and keeps it as the editor's text: the refusal, or std::nullopt to go on.
    std::optional<NotesSaveResult> prepare(const QString &text);
    /// Synchronises \a text with the draft (save, load, conflict, or a maintainer's merge) and finishes.
    NotesSaveResult syncText(const QString &text);
    NotesSaveResult finish(const notes::DraftSyncOutcome &outcome, const QString &text);
    /// PublishStep::followDraft() after the draft's notes changed; a failure there is \a result's warning.
    void followOnTrackingIssue(NotesSaveResult &result);
    [[nodiscard]] NotesSaveResult refusal(QList<notes::LintFinding> findings) const;

    Release &m_release;
    github::GitHubClient &m_client;
    std::optional<NotesLintSetup> m_setup;
};

} // namespace ra::release
