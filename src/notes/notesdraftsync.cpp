// SPDX-License-Identifier: GPL-3.0-or-later
#include "notes/notesdraftsync.h"

#include "core/releasestep.h"
#include "journal/journal.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ra::notes {

namespace {

DraftSyncOutcome failure(const QString &error, qint64 releaseId = 0)
{
    DraftSyncOutcome outcome;
    outcome.error = error;
    outcome.releaseId = releaseId;
    return outcome;
}

DraftSyncOutcome outcomeOf(SyncAction action, qint64 releaseId, const QString &remoteBody = {})
{
    DraftSyncOutcome outcome;
    outcome.action = action;
    outcome.releaseId = releaseId;
    outcome.remoteBody = remoteBody;
    return outcome;
}

} // namespace

NotesDraftSync::NotesDraftSync(github::GitHubClient &client, Journal &journal, const github::RepositoryRef &repository,
                               const QString &release, const QString &tag, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
    , m_repository(repository)
    , m_release(release)
    , m_tag(tag)
    , m_releaseName(tag)
    , m_revisions(journal, release)
{
}

// A request still in flight finishes on its own; its callback sees this object gone and does nothing.
NotesDraftSync::~NotesDraftSync() = default;

void NotesDraftSync::setTargetCommitish(const QString &commitish)
{
    m_targetCommitish = commitish;
}

void NotesDraftSync::setReleaseName(const QString &name)
{
    m_releaseName = name;
}

bool NotesDraftSync::busy() const
{
    return !m_call.isNull();
}

const NotesRevisions &NotesDraftSync::revisions() const
{
    return m_revisions;
}

void NotesDraftSync::finish(const Done &done, DraftSyncOutcome outcome)
{
    m_call = nullptr;
    done(outcome);
}

void NotesDraftSync::findDraft(Done done, DraftFound found)
{
    if (busy()) {
        done(failure(u"A synchronisation with the draft is already running; wait for it."_s));
        return;
    }
    m_call = m_client.findReleaseByTag(
        m_repository, m_tag,
        [self = QPointer(this), done, found](const github::Result<std::optional<github::Release>> &result) {
            if (!self) {
                return;
            }
            if (!result.ok()) {
                self->finish(done, failure(result.error.toString()));
                return;
            }
            if (result.value && !result.value->draft) {
                // Published notes went through review (step 6); changing them is not this step's business.
                self->finish(done,
                             failure(u"Release %1 is already published; its notes are no longer a draft. Edit them on "
                                     u"GitHub if they must change."_s.arg(self->m_tag),
                                     result.value->id));
                return;
            }
            found(result.value);
        });
}

void NotesDraftSync::write(const std::optional<github::Release> &draft, const QString &text, const QString &origin,
                           SyncAction action, Done done)
{
    const QString hash = syncHash(text);
    const QJsonObject intent{{u"hash"_s, hash},
                             {u"length"_s, text.size()},
                             {u"origin"_s, origin},
                             {u"releaseId"_s, draft ? QString::number(draft->id) : QString()}};
    QString error;
    const qint64 effect =
        m_journal.beginEffect(m_release, stepKey(ReleaseStep::Notes),
                              draft ? u"update-notes-draft"_s : u"create-notes-draft"_s, m_tag, intent, &error);
    if (effect == 0) {
        finish(done, failure(u"The journal refused to record the save: %1"_s.arg(error)));
        return;
    }
    auto written = [self = QPointer(this), done, text, origin, hash, action,
                    effect](const github::Result<github::Release> &result) {
        if (!self) {
            return;
        }
        if (!result.ok()) {
            // A timeout may have landed on GitHub: the next sync reads the draft and settles it.
            const auto outcome =
                result.error.kind == net::ErrorKind::Timeout ? EffectOutcome::Uncertain : EffectOutcome::Failed;
            self->m_journal.finishEffect(effect, outcome, {}, result.error.toString());
            self->finish(done, failure(result.error.toString()));
            return;
        }
        DraftSyncOutcome outcome = outcomeOf(action, result.value.id);
        QString journalError;
        const bool finished = self->m_journal.finishEffect(
            effect, EffectOutcome::Succeeded, {{u"releaseId"_s, QString::number(result.value.id)}, {u"hash"_s, hash}},
            {}, &journalError);
        if (finished) {
            outcome.revision = self->m_revisions.record(text, origin, result.value.id, &journalError);
        }
        if (!outcome.revision) {
            // The draft holds the text, the journal does not know: the next sync finds them equal and records it.
            outcome.error =
                u"The draft was saved but the journal could not record the revision: %1"_s.arg(journalError);
        }
        self->finish(done, outcome);
    };
    github::ReleaseFields fields;
    fields.body = text;
    if (draft) {
        m_call = m_client.updateRelease(m_repository, draft->id, fields, written);
        return;
    }
    fields.tagName = m_tag;
    fields.name = m_releaseName;
    fields.draft = true;
    if (!m_targetCommitish.isEmpty()) {
        fields.targetCommitish = m_targetCommitish;
    }
    m_call = m_client.createRelease(m_repository, fields, written);
}

void NotesDraftSync::sync(const QString &localText, Done done)
{
    findDraft(done, [this, localText, done](const std::optional<github::Release> &draft) {
        const QString lastHash = m_revisions.lastSyncedHash();
        const SyncAction action =
            decideSync(localText, draft ? std::optional<QString>(draft->body) : std::nullopt, lastHash);
        DraftSyncOutcome outcome = outcomeOf(action, draft ? draft->id : 0);
        switch (action) {
        case SyncAction::Create:
        case SyncAction::Save:
            write(draft, localText, u"saved"_s, action, done);
            return;
        case SyncAction::UpToDate:
            // Equal texts that were never recorded (first sync of a matching draft, or a crash after the
            // write): record them so that the next sync has a base to compare against.
            if (syncHash(localText) != lastHash) {
                outcome.revision = m_revisions.record(localText, u"saved"_s, draft->id, &outcome.error);
            }
            break;
        case SyncAction::Load:
            outcome.remoteBody = draft->body;
            outcome.revision = m_revisions.record(draft->body, u"loaded"_s, draft->id, &outcome.error);
            break;
        case SyncAction::Conflict:
            outcome.remoteBody = draft->body;
            outcome.conflictText = conflictText(localText, draft->body);
            break;
        }
        finish(done, outcome);
    });
}

void NotesDraftSync::load(Done done)
{
    findDraft(done, [this, done](const std::optional<github::Release> &draft) {
        if (!draft) {
            finish(done, failure(u"There is no draft release for %1 yet. Save the notes to create it."_s.arg(m_tag)));
            return;
        }
        DraftSyncOutcome outcome = outcomeOf(SyncAction::Load, draft->id, draft->body);
        if (syncHash(draft->body) != m_revisions.lastSyncedHash()) {
            outcome.revision = m_revisions.record(draft->body, u"loaded"_s, draft->id, &outcome.error);
        }
        finish(done, outcome);
    });
}

void NotesDraftSync::saveMerged(const QString &mergedText, const QString &remoteHashSeen, Done done)
{
    findDraft(done, [this, mergedText, remoteHashSeen, done](const std::optional<github::Release> &draft) {
        if (draft && syncHash(draft->body) != remoteHashSeen) {
            // Edited on the web again while the maintainer was merging: merge again, against the new text.
            DraftSyncOutcome outcome = outcomeOf(SyncAction::Conflict, draft->id, draft->body);
            outcome.conflictText = conflictText(mergedText, draft->body);
            finish(done, outcome);
            return;
        }
        if (draft && syncHash(draft->body) == syncHash(mergedText)) {
            DraftSyncOutcome outcome = outcomeOf(SyncAction::UpToDate, draft->id);
            outcome.revision = m_revisions.record(mergedText, u"merged"_s, draft->id, &outcome.error);
            finish(done, outcome);
            return;
        }
        write(draft, mergedText, u"merged"_s, draft ? SyncAction::Save : SyncAction::Create, done);
    });
}

} // namespace ra::notes
