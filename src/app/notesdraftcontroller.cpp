// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/notesdraftcontroller.h"

#include "app/githubaccountsettings.h"
#include "github/githubclient.h"
#include "journal/journal.h"
#include "notes/draftsync.h"
#include "notes/githubgeneratednotes.h"
#include "release/notesstep.h"
#include "release/publishstep.h"
#include "secrets/keychainsecretstore.h"

using namespace Qt::StringLiterals;

namespace ra {

NotesDraftController::NotesDraftController(QObject *parent)
    : QObject(parent)
{
}

NotesDraftController::~NotesDraftController() = default;

void NotesDraftController::setRelease(Journal *journal, const QString &release, const QString &tag)
{
    if (journal == m_journal && release == m_release && tag == m_tag) {
        return;
    }
    cancel();
    // The follow-up of the last save writes to this journal.
    m_follow.reset();
    m_journal = journal;
    m_release = release;
    m_tag = tag;
    m_sync.reset();
    clearConflict();
    setMessage({});
    m_comparisonReady = false;
    m_comparisonError.clear();
    m_comparison = {};
    m_comparisonDiff.setDiff({});
    Q_EMIT comparisonChanged();
    reloadRevisions();
}

void NotesDraftController::setRepository(const QString &repository)
{
    m_repository = github::RepositoryRef::parse(repository);
    m_sync.reset();
}

void NotesDraftController::setPlaybook(const Playbook &playbook)
{
    m_playbook = playbook;
    setRepository(playbook.repository);
}

void NotesDraftController::setRange(const QString &previousTag, const QString &targetCommit)
{
    m_previousTag = previousTag;
    m_targetCommit = targetCommit;
    if (m_sync) {
        m_sync->setTargetCommitish(targetCommit);
    }
}

void NotesDraftController::setTextSource(std::function<QString()> text)
{
    m_text = std::move(text);
}

void NotesDraftController::setGitHubClient(github::GitHubClient *client)
{
    cancel();
    // Both send through the client being replaced.
    m_follow.reset();
    m_sync.reset();
    m_ownClient.reset();
    m_client = client;
}

void NotesDraftController::setSecretStore(secrets::SecretStore *store)
{
    m_store = store;
}

bool NotesDraftController::busy() const
{
    return m_busy;
}

QString NotesDraftController::message() const
{
    return m_message;
}

bool NotesDraftController::messageIsError() const
{
    return m_messageIsError;
}

bool NotesDraftController::inConflict() const
{
    return m_inConflict;
}

QString NotesDraftController::conflictLocal() const
{
    return m_conflictLocal;
}

QString NotesDraftController::conflictRemote() const
{
    return m_conflictRemote;
}

QString NotesDraftController::conflictMerged() const
{
    return m_conflictMerged;
}

NotesRevisionModel *NotesDraftController::revisions()
{
    return &m_revisions;
}

NotesDiffModel *NotesDraftController::revisionDiff()
{
    return &m_revisionDiff;
}

int NotesDraftController::diffFrom() const
{
    return m_diffFrom;
}

int NotesDraftController::diffTo() const
{
    return m_diffTo;
}

QString NotesDraftController::lastSyncedHash() const
{
    return m_journal && !m_release.isEmpty() ? notes::NotesRevisions(*m_journal, m_release).lastSyncedHash()
                                             : QString();
}

bool NotesDraftController::comparing() const
{
    return m_comparing;
}

bool NotesDraftController::comparisonReady() const
{
    return m_comparisonReady;
}

QString NotesDraftController::comparisonError() const
{
    return m_comparisonError;
}

QString NotesDraftController::gitHubNotes() const
{
    return m_comparison.github;
}

QList<int> NotesDraftController::onlyOurs() const
{
    return m_comparison.onlyOurs;
}

QList<int> NotesDraftController::onlyGitHub() const
{
    return m_comparison.onlyGitHub;
}

QList<int> NotesDraftController::inBoth() const
{
    return m_comparison.inBoth;
}

NotesDiffModel *NotesDraftController::comparisonDiff()
{
    return &m_comparisonDiff;
}

void NotesDraftController::saveToDraft()
{
    if (!ready()) {
        return;
    }
    const QString local = m_text ? m_text() : QString();
    setBusy(true);
    setMessage(tr("Saving the notes to the draft of %1…").arg(m_tag));
    withClient([this, local](github::GitHubClient &client) {
        draftSync(client)->sync(
            local, [self = QPointer(this), generation = m_generation, local](const notes::DraftSyncOutcome &outcome) {
                if (self && generation == self->m_generation) {
                    self->handleOutcome(outcome, local);
                }
            });
    });
}

void NotesDraftController::loadFromDraft()
{
    if (!ready()) {
        return;
    }
    const QString local = m_text ? m_text() : QString();
    // What the editor held at the last sync: if it still holds it, loading loses nothing.
    const QString syncedHash = lastSyncedHash();
    setBusy(true);
    setMessage(tr("Loading the draft of %1…").arg(m_tag));
    withClient([this, local, syncedHash](github::GitHubClient &client) {
        draftSync(client)->load([self = QPointer(this), generation = m_generation, local,
                                 syncedHash](const notes::DraftSyncOutcome &outcome) {
            if (!self || generation != self->m_generation) {
                return;
            }
            self->reloadRevisions();
            if (!outcome.ok()) {
                self->setBusy(false);
                self->setMessage(outcome.error, true);
                Q_EMIT self->syncFinished();
            } else if (outcome.remoteBody == local) {
                self->finishSync(tr("The editor already holds the draft's text."), true);
            } else if (local.trimmed().isEmpty() || notes::syncHash(local) == syncedHash) {
                Q_EMIT self->textArrived(outcome.remoteBody);
                self->finishSync(tr("Loaded the draft's text into the editor."), true);
            } else {
                self->enterConflict(local, outcome.remoteBody, notes::conflictText(local, outcome.remoteBody),
                                    outcome.releaseId);
                self->finishSync(tr("The editor and the draft both changed since the last sync: merge them below."),
                                 false);
            }
        });
    });
}

void NotesDraftController::acceptMerge(const QString &mergedText)
{
    if (!m_inConflict || !ready()) {
        return;
    }
    const QString remoteHash = notes::syncHash(m_conflictRemote);
    setBusy(true);
    setMessage(tr("Saving the merged notes to the draft…"));
    withClient([this, mergedText, remoteHash](github::GitHubClient &client) {
        draftSync(client)->saveMerged(
            mergedText, remoteHash,
            [self = QPointer(this), generation = m_generation, mergedText](const notes::DraftSyncOutcome &outcome) {
                if (self && generation == self->m_generation) {
                    self->handleOutcome(outcome, mergedText);
                }
            });
    });
}

void NotesDraftController::keepMine()
{
    if (!m_inConflict || !ready()) {
        return;
    }
    // The draft's text is replaced knowingly: kept as a revision first, as `notes save --keep-mine` keeps it.
    QString error;
    release::NotesStep::recordOverwritten(*m_journal, m_release, m_conflictRemote, m_conflictReleaseId, &error);
    if (!error.isEmpty()) {
        setMessage(tr("The journal refused to keep the draft's text before replacing it: %1").arg(error), true);
        return;
    }
    reloadRevisions();
    acceptMerge(m_conflictLocal);
}

void NotesDraftController::takeTheirs()
{
    if (!m_inConflict || !ready()) {
        return;
    }
    // The draft keeps its text: loading it records it as a revision, and the editor takes it.
    setBusy(true);
    withClient([this](github::GitHubClient &client) {
        draftSync(client)->load(
            [self = QPointer(this), generation = m_generation](const notes::DraftSyncOutcome &outcome) {
                if (!self || generation != self->m_generation) {
                    return;
                }
                self->reloadRevisions();
                if (!outcome.ok()) {
                    self->setBusy(false);
                    self->setMessage(outcome.error, true);
                    Q_EMIT self->syncFinished();
                    return;
                }
                self->clearConflict();
                Q_EMIT self->textArrived(outcome.remoteBody);
                self->finishSync(tr("The editor now holds the draft's text."), true);
            });
    });
}

bool NotesDraftController::showDiff(int from, int to)
{
    if (!m_journal || m_release.isEmpty()) {
        return false;
    }
    const auto diff = notes::NotesRevisions(*m_journal, m_release).diff(from, to);
    m_diffFrom = diff ? from : 0;
    m_diffTo = diff ? to : 0;
    m_revisionDiff.setDiff(diff.value_or(QList<notes::DiffLine>()));
    Q_EMIT diffChanged();
    return diff.has_value();
}

QString NotesDraftController::revisionText(int number) const
{
    if (!m_journal || m_release.isEmpty()) {
        return {};
    }
    const auto revision = notes::NotesRevisions(*m_journal, m_release).revision(number);
    return revision ? revision->text : QString();
}

void NotesDraftController::fetchGitHubNotes()
{
    if (m_comparing || !ready()) {
        return;
    }
    m_comparing = true;
    m_comparisonError.clear();
    Q_EMIT comparisonChanged();
    const QString ours = m_text ? m_text() : QString();
    withClient([this, ours](github::GitHubClient &client) {
        const notes::GitHubNotesRange range{m_tag, m_targetCommit, m_previousTag};
        notes::fetchGitHubNotesSideBySide(
            client, *m_repository, range, ours,
            [self = QPointer(this), generation = m_generation](const github::Result<notes::NotesComparison> &result) {
                if (!self || generation != self->m_generation) {
                    return;
                }
                self->m_comparing = false;
                if (result.ok()) {
                    self->m_comparison = result.value;
                    self->m_comparisonReady = true;
                    self->m_comparisonDiff.setDiff(result.value.diff);
                } else {
                    self->m_comparisonError = result.error.toString();
                }
                Q_EMIT self->comparisonChanged();
            });
    });
}

void NotesDraftController::cancel()
{
    // Late answers of the abandoned requests are recognised by their generation and dropped.
    ++m_generation;
    if (m_comparing) {
        m_comparing = false;
        Q_EMIT comparisonChanged();
    }
    setBusy(false);
}

void NotesDraftController::withClient(const WithClient &work)
{
    if (m_client) {
        work(*m_client);
        return;
    }
    if (!m_store) {
        m_ownStore = std::make_unique<secrets::KeychainSecretStore>();
        m_store = m_ownStore.get();
    }
    GitHubAccountSettings::readToken(*m_store, [self = QPointer(this), generation = m_generation,
                                                work](const QString &token, const QString &, const QString &) {
        if (!self || generation != self->m_generation) {
            return;
        }
        if (!self->m_client) {
            self->m_ownClient = std::make_unique<github::GitHubClient>(GitHubAccountSettings::endpoints());
            self->m_client = self->m_ownClient.get();
        }
        if (!token.isEmpty()) {
            self->m_client->setToken(token);
        }
        work(*self->m_client);
    });
}

notes::NotesDraftSync *NotesDraftController::draftSync(github::GitHubClient &client)
{
    if (!m_sync) {
        m_sync = std::make_unique<notes::NotesDraftSync>(client, *m_journal, *m_repository, m_release, m_tag);
        m_sync->setTargetCommitish(m_targetCommit);
    }
    return m_sync.get();
}

void NotesDraftController::handleOutcome(const notes::DraftSyncOutcome &outcome, const QString &localText)
{
    reloadRevisions();
    if (!outcome.ok()) {
        setBusy(false);
        setMessage(outcome.error, true);
        Q_EMIT syncFinished();
        return;
    }
    switch (outcome.action) {
    case notes::SyncAction::Create:
        clearConflict();
        // A draft created just now: no review can have opened a tracking issue on it yet.
        finishSync(tr("Created the draft release %1 with the notes.").arg(m_tag), false);
        return;
    case notes::SyncAction::Save:
        if (m_inConflict) {
            clearConflict();
            Q_EMIT textArrived(localText);
            finishSync(tr("Saved the merged notes to the draft."), true);
        } else {
            finishSync(tr("Saved the notes to the draft."), true);
        }
        return;
    case notes::SyncAction::UpToDate:
        clearConflict();
        finishSync(tr("The draft already holds these notes."), false);
        return;
    case notes::SyncAction::Load:
        // Only the draft changed (edited on github.com): the editor takes it, nothing of ours is lost.
        Q_EMIT textArrived(outcome.remoteBody);
        finishSync(tr("The draft was edited on GitHub and the editor had no change of its own: loaded it."), true);
        return;
    case notes::SyncAction::Conflict:
        enterConflict(localText, outcome.remoteBody, outcome.conflictText, outcome.releaseId);
        finishSync(tr("The draft was edited on GitHub since the last sync, and so were these notes. Nothing was "
                      "overwritten: merge the two below."),
                   false);
        return;
    }
}

void NotesDraftController::finishSync(const QString &message, bool draftRead)
{
    if (!draftRead || !m_playbook || !m_client) {
        setBusy(false);
        setMessage(message);
        Q_EMIT syncFinished();
        return;
    }
    // Reviewers without push access read the notes on the tracking issue: an issue the review opened shows them
    // now, as after `notes save` (nothing is created before the review starts).
    setMessage(tr("%1 Bringing the tracking issue up to date…").arg(message));
    m_follow = std::make_unique<release::PublishStep>(
        *m_client, m_journal, release::PublishStep::Config::fromPlaybook(*m_playbook, *m_repository, m_tag));
    m_follow->followDraft(
        [self = QPointer(this), generation = m_generation, message](const release::PublishOutcome &followed) {
            if (self && generation == self->m_generation) {
                self->followFinished(followed, message);
            }
        });
}

void NotesDraftController::followFinished(const release::PublishOutcome &followed, const QString &message)
{
    setBusy(false);
    reloadRevisions();
    if (followed.ok) {
        setMessage(message);
    } else {
        // The draft holds the notes: only the reviewers' view lags, and the next status read retries it.
        setMessage(message + u' ' + tr("The tracking issue does not show these notes yet: %1").arg(followed.message));
    }
    Q_EMIT syncFinished();
}

void NotesDraftController::enterConflict(const QString &local, const QString &remote, const QString &merged,
                                         qint64 releaseId)
{
    m_inConflict = true;
    m_conflictReleaseId = releaseId;
    m_conflictLocal = local;
    m_conflictRemote = remote;
    m_conflictMerged = merged;
    Q_EMIT conflictChanged();
}

void NotesDraftController::clearConflict()
{
    if (!m_inConflict) {
        return;
    }
    m_inConflict = false;
    m_conflictReleaseId = 0;
    m_conflictLocal.clear();
    m_conflictRemote.clear();
    m_conflictMerged.clear();
    Q_EMIT conflictChanged();
}

void NotesDraftController::setBusy(bool busy)
{
    if (busy != m_busy) {
        m_busy = busy;
        Q_EMIT busyChanged();
    }
}

void NotesDraftController::setMessage(const QString &message, bool error)
{
    if (message != m_message || error != m_messageIsError) {
        m_message = message;
        m_messageIsError = error;
        Q_EMIT messageChanged();
    }
}

void NotesDraftController::reloadRevisions()
{
    m_revisions.setRevisions(m_journal && !m_release.isEmpty() ? notes::NotesRevisions(*m_journal, m_release).all()
                                                               : QList<notes::NotesRevision>());
    Q_EMIT revisionsChanged();
}

bool NotesDraftController::ready()
{
    if (m_busy) {
        return false;
    }
    if (!m_journal || m_release.isEmpty()) {
        setMessage(tr("Pick a release, or start one, to sync its notes."), true);
        return false;
    }
    if (!m_repository) {
        setMessage(tr("The playbook names no GitHub repository: there is no draft to sync with."), true);
        return false;
    }
    return true;
}

} // namespace ra
