// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/notesdiffmodel.h"
#include "app/notesrevisionmodel.h"
#include "core/playbook.h"
#include "github/repositoryref.h"
#include "notes/notescomparison.h"
#include "notes/notesdraftsync.h"

#include <QObject>
#include <QPointer>
#include <QtQmlIntegration>

#include <functional>
#include <memory>
#include <optional>

namespace ra {

class Journal;
namespace github {
class GitHubClient;
}
namespace secrets {
class SecretStore;
}
namespace release {
class PublishStep;
struct PublishOutcome;
} // namespace release

/**
 * The GitHub side of the notes workbench: saving the editor's text to the release's draft and loading it
 * back (never overwriting a web edit silently: a conflict shows both texts and waits for the maintainer's
 * merge), the revisions kept in the journal with a diff between any two, and GitHub's own generated notes
 * for the same range next to ours. Notes saved to the draft or loaded from it are put on the tracking issue when
 * the review already opened one (release::PublishStep::followDraft(), as `notes save` does), so that reviewers
 * without push access see them; a failure there is a warning in the message, the draft keeps the notes.
 */
class NotesDraftController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by NotesWorkbench.draft")

    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY messageChanged)
    Q_PROPERTY(bool inConflict READ inConflict NOTIFY conflictChanged)
    Q_PROPERTY(QString conflictLocal READ conflictLocal NOTIFY conflictChanged)
    Q_PROPERTY(QString conflictRemote READ conflictRemote NOTIFY conflictChanged)
    Q_PROPERTY(QString conflictMerged READ conflictMerged NOTIFY conflictChanged)
    Q_PROPERTY(ra::NotesRevisionModel *revisions READ revisions CONSTANT)
    Q_PROPERTY(ra::NotesDiffModel *revisionDiff READ revisionDiff CONSTANT)
    Q_PROPERTY(int diffFrom READ diffFrom NOTIFY diffChanged)
    Q_PROPERTY(int diffTo READ diffTo NOTIFY diffChanged)
    Q_PROPERTY(QString lastSyncedHash READ lastSyncedHash NOTIFY revisionsChanged)
    Q_PROPERTY(bool comparing READ comparing NOTIFY comparisonChanged)
    Q_PROPERTY(bool comparisonReady READ comparisonReady NOTIFY comparisonChanged)
    Q_PROPERTY(QString comparisonError READ comparisonError NOTIFY comparisonChanged)
    Q_PROPERTY(QString gitHubNotes READ gitHubNotes NOTIFY comparisonChanged)
    Q_PROPERTY(QList<int> onlyOurs READ onlyOurs NOTIFY comparisonChanged)
    Q_PROPERTY(QList<int> onlyGitHub READ onlyGitHub NOTIFY comparisonChanged)
    Q_PROPERTY(QList<int> inBoth READ inBoth NOTIFY comparisonChanged)
    Q_PROPERTY(ra::NotesDiffModel *comparisonDiff READ comparisonDiff CONSTANT)

public:
    explicit NotesDraftController(QObject *parent = nullptr);
    ~NotesDraftController() override;

    /// The release whose draft this is (journal record \a release, draft tag \a tag); null journal: none.
    void setRelease(Journal *journal, const QString &release, const QString &tag);
    void setRepository(const QString &repository);
    /// The project's playbook: its repository (as setRepository()) and the review settings the tracking issue is
    /// kept with. Without one, the tracking issue is left to step 6.
    void setPlaybook(const Playbook &playbook);
    /// The range the notes cover: a new draft targets \a targetCommit, GitHub's notes start at \a previousTag.
    void setRange(const QString &previousTag, const QString &targetCommit);
    /// Where the editor's current text is read from.
    void setTextSource(std::function<QString()> text);
    /// Tests point the controller at the GitHub twin; otherwise a client is built from the settings.
    void setGitHubClient(github::GitHubClient *client);
    /// Where the token is read ("github/token"); the system keychain when never set.
    void setSecretStore(secrets::SecretStore *store);

    [[nodiscard]] bool busy() const;
    [[nodiscard]] QString message() const;
    [[nodiscard]] bool messageIsError() const;
    [[nodiscard]] bool inConflict() const;
    [[nodiscard]] QString conflictLocal() const;
    [[nodiscard]] QString conflictRemote() const;
    [[nodiscard]] QString conflictMerged() const;
    [[nodiscard]] NotesRevisionModel *revisions();
    [[nodiscard]] NotesDiffModel *revisionDiff();
    [[nodiscard]] int diffFrom() const;
    [[nodiscard]] int diffTo() const;
    [[nodiscard]] QString lastSyncedHash() const;
    [[nodiscard]] bool comparing() const;
    [[nodiscard]] bool comparisonReady() const;
    [[nodiscard]] QString comparisonError() const;
    [[nodiscard]] QString gitHubNotes() const;
    [[nodiscard]] QList<int> onlyOurs() const;
    [[nodiscard]] QList<int> onlyGitHub() const;
    [[nodiscard]] QList<int> inBoth() const;
    [[nodiscard]] NotesDiffModel *comparisonDiff();

    /// Saves the editor's text to the draft (creating it), or loads a web edit, or reports a conflict.
    Q_INVOKABLE void saveToDraft();
    /// Loads the draft's text into the editor; when the editor changed since the last sync, a conflict instead.
    Q_INVOKABLE void loadFromDraft();
    /// Resolves the conflict with \a mergedText: saved to the draft (if the draft did not change meanwhile).
    Q_INVOKABLE void acceptMerge(const QString &mergedText);
    /// Resolves the conflict with the editor's version; the draft's text it replaces is kept as a revision.
    Q_INVOKABLE void keepMine();
    /// Resolves the conflict with the draft's version, loaded into the editor.
    Q_INVOKABLE void takeTheirs();
    /// Shows the diff from revision \a from to revision \a to in revisionDiff.
    Q_INVOKABLE bool showDiff(int from, int to);
    /// The text of revision \a number (empty when there is none).
    Q_INVOKABLE QString revisionText(int number) const;
    /// Asks GitHub for its generated notes of the same range, to show next to ours.
    Q_INVOKABLE void fetchGitHubNotes();
    Q_INVOKABLE void cancel();

Q_SIGNALS:
    void busyChanged();
    void messageChanged();
    void conflictChanged();
    void diffChanged();
    void revisionsChanged();
    void comparisonChanged();
    /// The editor must now hold \a text (loaded from the draft, or a saved merge).
    void textArrived(const QString &text);
    /// A save, load or merge ended (message says how).
    void syncFinished();

private:
    using WithClient = std::function<void(github::GitHubClient &client)>;
    void withClient(const WithClient &work);
    notes::NotesDraftSync *draftSync(github::GitHubClient &client);
    void handleOutcome(const notes::DraftSyncOutcome &outcome, const QString &localText);
    /// Ends a save or load with \a message, after bringing the tracking issue up to date when \a draftRead holds
    /// the draft's notes now.
    void finishSync(const QString &message, bool draftRead);
    void followFinished(const release::PublishOutcome &followed, const QString &message);
    void enterConflict(const QString &local, const QString &remote, const QString &merged, qint64 releaseId);
    void clearConflict();
    void setBusy(bool busy);
    void setMessage(const QString &message, bool error = false);
    void reloadRevisions();
    [[nodiscard]] bool ready();

    Journal *m_journal = nullptr;
    QString m_release;
    QString m_tag;
    std::optional<github::RepositoryRef> m_repository;
    QString m_previousTag;
    QString m_targetCommit;
    std::function<QString()> m_text;

    QPointer<github::GitHubClient> m_client;
    std::unique_ptr<github::GitHubClient> m_ownClient;
    QPointer<secrets::SecretStore> m_store;
    std::unique_ptr<secrets::SecretStore> m_ownStore;
    std::unique_ptr<notes::NotesDraftSync> m_sync;
    std::optional<Playbook> m_playbook;
    /// The tracking issue's follow-up of the last save or load: kept until the next one (or another release or
    /// client), since its callback runs inside it; a cancelled one's answer is dropped by its generation.
    std::unique_ptr<release::PublishStep> m_follow;
    int m_generation = 0;

    bool m_busy = false;
    QString m_message;
    bool m_messageIsError = false;
    bool m_inConflict = false;
    qint64 m_conflictReleaseId = 0;
    QString m_conflictLocal;
    QString m_conflictRemote;
    QString m_conflictMerged;
    NotesRevisionModel m_revisions;
    NotesDiffModel m_revisionDiff;
    int m_diffFrom = 0;
    int m_diffTo = 0;

    bool m_comparing = false;
    bool m_comparisonReady = false;
    QString m_comparisonError;
    notes::NotesComparison m_comparison;
    NotesDiffModel m_comparisonDiff;
};

} // namespace ra
