// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/notesstep.h"

#include "git/repository.h"
#include "git/tagversionorder.h"
#include "github/githubclient.h"
#include "github/syncwaiter.h"
#include "notes/notesdraftsync.h"
#include "notes/notesrange.h"
#include "notes/previoustag.h"
#include "release/publishstep.h"
#include "release/release.h"

#include <QEventLoop>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ra::release {

namespace {

const QString textKey = QString::fromLatin1(NotesStep::TextValue);
const QString previousTagKey = QString::fromLatin1(NotesStep::PreviousTagValue);
/// The release commit chosen in step 2, while the tag does not exist.
const QString revisionKey = u"tag.revision"_s;
/// The last conflict reported: the hashes of the draft's text and of the notes it was compared with.
const QString conflictKey = u"notes.conflict"_s;

notes::DraftSyncOutcome waitForSync(const std::function<void(notes::NotesDraftSync::Done)> &start)
{
    QEventLoop loop;
    std::optional<notes::DraftSyncOutcome> outcome;
    start([&outcome, &loop](const notes::DraftSyncOutcome &done) {
        outcome = done;
        loop.quit();
    });
    if (!outcome) {
        loop.exec();
    }
    return *outcome;
}

NotesSaveResult::Outcome outcomeOf(notes::SyncAction action)
{
    switch (action) {
    case notes::SyncAction::Create:
        return NotesSaveResult::Outcome::Created;
    case notes::SyncAction::Save:
        return NotesSaveResult::Outcome::Saved;
    case notes::SyncAction::UpToDate:
        return NotesSaveResult::Outcome::UpToDate;
    case notes::SyncAction::Load:
        return NotesSaveResult::Outcome::Loaded;
    case notes::SyncAction::Conflict:
        break;
    }
    return NotesSaveResult::Outcome::Conflict;
}

} // namespace

NotesStep::NotesStep(Release &release, github::GitHubClient &client)
    : m_release(release)
    , m_client(client)
{
}

std::optional<NotesRangeChoice> NotesStep::chooseRange(const QList<git::TagInfo> &tags, const QString &tag,
                                                       const QString &chosenStart, const QString &revision,
                                                       const git::VersionOrder &order)
{
    NotesRangeChoice choice;
    if (!chosenStart.isEmpty()) {
        choice.from = chosenStart;
    } else if (const auto previous = notes::choosePreviousTag(tags, tag, order)) {
        choice.from = previous->tag;
        choice.rule = previous->rule;
    } else {
        return std::nullopt;
    }
    choice.tagExists =
        std::any_of(tags.cbegin(), tags.cend(), [&tag](const git::TagInfo &info) { return info.name == tag; });
    choice.end = choice.tagExists ? tag : (revision.isEmpty() ? u"HEAD"_s : revision);
    return choice;
}

std::optional<notes::NotesRevision> NotesStep::recordOverwritten(Journal &journal, const QString &release,
                                                                 const QString &remoteBody, qint64 releaseId,
                                                                 QString *error)
{
    notes::NotesRevisions revisions(journal, release);
    if (notes::syncHash(remoteBody) == revisions.lastSyncedHash()) {
        return std::nullopt;
    }
    return revisions.record(remoteBody, QString::fromLatin1(OverwrittenOrigin), releaseId, error);
}

NotesStepState NotesStep::stateAfterSync(notes::SyncAction action, int lintErrors)
{
    if (action == notes::SyncAction::Conflict) {
        return {StepState::NeedsAttention, tr("The draft was edited on GitHub: the notes need a merge")};
    }
    if (lintErrors > 0) {
        return {StepState::NeedsAttention, tr("The notes are in the draft with %n lint error(s)", "", lintErrors)};
    }
    return {StepState::Done, tr("The notes are in the draft")};
}

NotesLintSetup NotesStep::lintSetup(const Release &release)
{
    NotesLintSetup setup;
    const Project &project = release.project();
    const QString tag = release.tag();
    setup.context.repository = project.repository().toString();
    setup.context.tag = tag;
    setup.context.expectedAssets = project.playbook().expectedAssets;
    if (!project.hasClone()) {
        setup.rangeProblem = tr("no clone: pull requests and commits are not checked against the release range");
        return setup;
    }
    auto repository = git::Repository::open(project.clonePath());
    if (!repository) {
        setup.rangeProblem = repository.error().message();
        return setup;
    }
    const auto tags = repository->tags();
    if (!tags) {
        setup.rangeProblem = tags.error().message();
        return setup;
    }
    const Journal &journal = release.journal();
    const auto choice =
        chooseRange(*tags, tag, journal.value(tag, previousTagKey).toString(),
                    journal.value(tag, revisionKey).toString(), git::tagVersionOrder(project.playbook().tagSpelling));
    if (!choice) {
        setup.rangeProblem = tr("no release tag older than %1 in the clone: the range is not checked").arg(tag);
        return setup;
    }

    notes::NotesRangeRequest request;
    request.repositoryPath = project.clonePath();
    request.from = choice->from;
    request.to = choice->end;
    request.tag = tag;
    request.gitHubRepository = setup.context.repository;
    request.assetNames = setup.context.expectedAssets;
    const auto range = notes::readNotesRange(request);
    if (!range) {
        setup.rangeProblem = range.error().message();
        return setup;
    }
    setup.context = range->lintContext;
    if (const auto commit = repository->resolveCommit(choice->end)) {
        setup.targetCommit = *commit;
    }
    return setup;
}

QList<notes::LintFinding> NotesStep::lint(const QString &text, const notes::LintContext &context)
{
    QList<notes::LintFinding> findings = notes::lintNotes(text, context);
    const QStringList lines = QString(text).replace(u"\r\n"_s, u"\n"_s).split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        // What conflictText() writes around each side: left in, it would be published.
        if (lines.at(i).startsWith(u"<<<<<<< "_s) || lines.at(i).startsWith(u">>>>>>> "_s)) {
            findings.append({int(i) + 1, notes::LintSeverity::Error, u"conflict-marker"_s,
                             tr("A conflict marker is left from a merge: keep the text the draft must hold and "
                                "remove the <<<<<<<, ======= and >>>>>>> lines.")});
        }
    }
    std::stable_sort(findings.begin(), findings.end(),
                     [](const notes::LintFinding &a, const notes::LintFinding &b) { return a.line < b.line; });
    return findings;
}

int NotesStep::errorCount(const QList<notes::LintFinding> &findings)
{
    return int(std::count_if(findings.cbegin(), findings.cend(), [](const notes::LintFinding &finding) {
        return finding.severity == notes::LintSeverity::Error;
    }));
}

const NotesLintSetup &NotesStep::setup()
{
    if (!m_setup) {
        m_setup = lintSetup(m_release);
    }
    return *m_setup;
}

std::optional<NotesStep::ConflictSeen> NotesStep::conflictSeen() const
{
    const QJsonObject seen = m_release.journal().value(m_release.tag(), conflictKey).toObject();
    if (seen.isEmpty()) {
        return std::nullopt;
    }
    return ConflictSeen{seen.value(u"remoteHash"_s).toString(), seen.value(u"localHash"_s).toString()};
}

bool NotesStep::isMergeOf(const QString &text, const QString &remoteBody) const
{
    // Edited since the conflict, against the very draft it showed: the maintainer merged. Unchanged, it is the
    // same conflict again (saving it would overwrite the web edit).
    const auto seen = conflictSeen();
    return seen && seen->remoteHash == notes::syncHash(remoteBody) && seen->localHash != notes::syncHash(text);
}

NotesSaveResult NotesStep::refusal(QList<notes::LintFinding> findings) const
{
    NotesSaveResult result;
    result.outcome = NotesSaveResult::Outcome::LintRefused;
    const int errors = errorCount(findings);
    result.findings = std::move(findings);
    result.message = tr("The notes have %n lint error(s): nothing was sent to GitHub.", "", errors);
    result.hint = tr("Fix each error at its line, then save again.");
    return result;
}

std::optional<NotesSaveResult> NotesStep::prepare(const QString &text)
{
    QList<notes::LintFinding> findings = lint(text, setup().context);
    if (errorCount(findings) > 0) {
        return refusal(std::move(findings));
    }
    QString error;
    if (!m_release.journal().setValue(m_release.tag(), textKey, text, &error)) {
        NotesSaveResult result;
        result.message = tr("The journal refused to keep the notes: %1").arg(error);
        result.hint = tr("Nothing was sent. Check that the journal's folder is writable, then save again.");
        return result;
    }
    return std::nullopt;
}

NotesSaveResult NotesStep::save(const QString &text)
{
    if (auto refused = prepare(text)) {
        return *refused;
    }
    return syncText(text);
}

NotesSaveResult NotesStep::syncText(const QString &text)
{
    Journal &journal = m_release.journal();
    const QString tag = m_release.tag();
    notes::NotesDraftSync sync(m_client, journal, m_release.project().repository(), tag, tag);
    sync.setTargetCommitish(setup().targetCommit);
    notes::DraftSyncOutcome outcome =
        waitForSync([&sync, &text](notes::NotesDraftSync::Done done) { sync.sync(text, std::move(done)); });
    if (outcome.ok() && outcome.action == notes::SyncAction::Conflict && isMergeOf(text, outcome.remoteBody)) {
        const QString seen = notes::syncHash(outcome.remoteBody);
        outcome = waitForSync(
            [&sync, &text, &seen](notes::NotesDraftSync::Done done) { sync.saveMerged(text, seen, std::move(done)); });
    }
    return finish(outcome, text);
}

NotesSaveResult NotesStep::keepMine(const QString &text)
{
    if (auto refused = prepare(text)) {
        return *refused;
    }
    Journal &journal = m_release.journal();
    const QString tag = m_release.tag();
    const github::RepositoryRef repository = m_release.project().repository();
    const auto found =
        github::waitFor<std::optional<github::Release>>([&](github::Callback<std::optional<github::Release>> done) {
            return m_client.findReleaseByTag(repository, tag, std::move(done));
        });
    if (!found.ok()) {
        notes::DraftSyncOutcome failed;
        failed.error = found.error.toString();
        return finish(failed, text);
    }
    const std::optional<github::Release> &draft = found.value;
    const notes::SyncAction action =
        draft && draft->draft
            ? notes::decideSync(text, draft->body, notes::NotesRevisions(journal, tag).lastSyncedHash())
            : notes::SyncAction::UpToDate;
    if (action != notes::SyncAction::Conflict && action != notes::SyncAction::Load) {
        // Nothing GitHub holds would be replaced (or the release is out, which the sync reports): a plain save.
        return syncText(text);
    }
    QString error;
    const auto overwritten = recordOverwritten(journal, tag, draft->body, draft->id, &error);
    if (!error.isEmpty()) {
        NotesSaveResult result;
        result.message = tr("The journal refused to keep the draft's text before replacing it: %1").arg(error);
        result.hint = tr("Nothing was sent. Check that the journal's folder is writable, then save again.");
        return result;
    }
    notes::NotesDraftSync sync(m_client, journal, repository, tag, tag);
    sync.setTargetCommitish(setup().targetCommit);
    const QString seen = notes::syncHash(draft->body);
    NotesSaveResult result = finish(waitForSync([&sync, &text, &seen](notes::NotesDraftSync::Done done) {
                                        sync.saveMerged(text, seen, std::move(done));
                                    }),
                                    text);
    result.overwritten = overwritten;
    if (result.ok() && overwritten) {
        result.message +=
            u' ' + tr("The draft's text edited on GitHub is kept as revision %1.").arg(overwritten->number);
    }
    return result;
}

NotesSaveResult NotesStep::finish(const notes::DraftSyncOutcome &outcome, const QString &text)
{
    NotesSaveResult result;
    result.releaseId = outcome.releaseId;
    result.revision = outcome.revision;
    if (!outcome.ok()) {
        result.message = outcome.error;
        result.hint = tr("Nothing was overwritten. Fix what the message says (the connection, the token), then "
                         "save again.");
        return result;
    }
    Journal &journal = m_release.journal();
    const QString tag = m_release.tag();
    result.outcome = outcomeOf(outcome.action);
    result.remoteBody = outcome.remoteBody;
    result.conflictText = outcome.conflictText;
    // What the draft holds now is what the state is about: after a load, the draft's text.
    const QString held = outcome.action == notes::SyncAction::Load ? outcome.remoteBody : text;
    result.findings = lint(held, setup().context);
    switch (outcome.action) {
    case notes::SyncAction::Create:
        result.message = tr("Created the draft release %1 with the notes.").arg(tag);
        break;
    case notes::SyncAction::Save:
        result.message = tr("Saved the notes to the draft of %1.").arg(tag);
        break;
    case notes::SyncAction::UpToDate:
        result.message = tr("The draft of %1 already holds these notes.").arg(tag);
        break;
    case notes::SyncAction::Load:
        result.message = tr("The draft of %1 was edited on GitHub and the notes had not changed since the last sync: "
                            "the draft's text is the notes now.")
                             .arg(tag);
        journal.setValue(tag, textKey, outcome.remoteBody);
        break;
    case notes::SyncAction::Conflict:
        result.message = tr("The draft of %1 was edited on GitHub and the notes changed too since the last sync: "
                            "nothing was saved.")
                             .arg(tag);
        result.hint = tr("Merge both versions into the notes, then save again: the edited notes are taken as your "
                         "merge of this draft.");
        break;
    }
    // A save a crash cut short (its intent still open) is settled by what the draft holds now: the last save that
    // may have written it holds it if the draft has its text; an earlier one was superseded and wrote nothing that
    // stayed.
    const bool draftKept = outcome.action == notes::SyncAction::Load || outcome.action == notes::SyncAction::Conflict;
    const QString draftHash = notes::syncHash(draftKept ? outcome.remoteBody : text);
    const QList<JournalEffect> saves = journal.effects(tag, stepKey(ReleaseStep::Notes));
    qint64 lastWriter = 0;
    for (const JournalEffect &save : saves) {
        if (save.outcome != EffectOutcome::Failed) {
            lastWriter = std::max(lastWriter, save.id);
        }
    }
    for (const JournalEffect &open : saves) {
        if (open.outcome != EffectOutcome::Pending && open.outcome != EffectOutcome::Uncertain) {
            continue;
        }
        const bool reached = open.id == lastWriter && open.intent.value(u"hash"_s).toString() == draftHash;
        journal.finishEffect(open.id, reached ? EffectOutcome::Succeeded : EffectOutcome::Failed,
                             {{u"reconciled"_s, true}, {u"releaseId"_s, QString::number(outcome.releaseId)}},
                             reached ? QString()
                                     : tr("The draft does not hold what this save sent, or a later save replaced it."));
    }
    if (outcome.action == notes::SyncAction::Conflict) {
        journal.setValue(tag, conflictKey,
                         QJsonObject{{u"remoteHash"_s, notes::syncHash(outcome.remoteBody)},
                                     {u"localHash"_s, notes::syncHash(text)}});
    } else if (conflictSeen()) {
        // Settled: a later conflict is judged against its own draft.
        journal.setValue(tag, conflictKey, QJsonObject());
    }
    const NotesStepState state = stateAfterSync(outcome.action, errorCount(result.findings));
    if (m_release.recordStepState(ReleaseStep::Notes, state.state, state.note)) {
        result.recorded = state;
    }
    if (outcome.action == notes::SyncAction::Save || outcome.action == notes::SyncAction::Load) {
        followOnTrackingIssue(result);
    }
    return result;
}

void NotesStep::followOnTrackingIssue(NotesSaveResult &result)
{
    const Project &project = m_release.project();
    PublishStep review(m_client, &m_release.journal(),
                       PublishStep::Config::fromPlaybook(project.playbook(), project.repository(), m_release.tag()));
    const PublishOutcome followed = review.followDraftBlocking();
    if (!followed.ok) {
        // The draft holds the notes: only the reviewers' view lags, and the next status read retries it.
        result.warning = tr("The tracking issue does not show these notes yet: %1").arg(followed.message);
        result.message += u' ' + result.warning;
    }
}

NotesSaveResult NotesStep::preview(const QString &text, bool keepingMine)
{
    QList<notes::LintFinding> findings = lint(text, setup().context);
    if (errorCount(findings) > 0) {
        return refusal(std::move(findings));
    }
    const github::RepositoryRef repository = m_release.project().repository();
    const QString tag = m_release.tag();
    const auto found =
        github::waitFor<std::optional<github::Release>>([&](github::Callback<std::optional<github::Release>> done) {
            return m_client.findReleaseByTag(repository, tag, std::move(done));
        });
    NotesSaveResult result;
    if (!found.ok()) {
        result.message = found.error.toString();
        result.hint = tr("Check the connection and the token, then try again.");
        return result;
    }
    const std::optional<github::Release> &draft = found.value;
    if (draft && !draft->draft) {
        result.releaseId = draft->id;
        result.message = tr("Release %1 is already published; its notes are no longer a draft.").arg(tag);
        return result;
    }
    notes::SyncAction action = notes::decideSync(text, draft ? std::optional(draft->body) : std::nullopt,
                                                 notes::NotesRevisions(m_release.journal(), tag).lastSyncedHash());
    if (action == notes::SyncAction::Conflict && isMergeOf(text, draft->body)) {
        action = notes::SyncAction::Save;
    }
    const bool replacing = keepingMine && (action == notes::SyncAction::Conflict || action == notes::SyncAction::Load);
    if (replacing) {
        action = notes::SyncAction::Save;
    }
    result.outcome = outcomeOf(action);
    result.releaseId = draft ? draft->id : 0;
    result.remoteBody =
        action == notes::SyncAction::Load || action == notes::SyncAction::Conflict ? draft->body : QString();
    if (action == notes::SyncAction::Conflict) {
        result.conflictText = notes::conflictText(text, draft->body);
    }
    result.findings = lint(action == notes::SyncAction::Load ? draft->body : text, setup().context);
    github::ReleaseFields fields;
    fields.body = text;
    switch (action) {
    case notes::SyncAction::Create:
        fields.tagName = tag;
        fields.name = tag;
        fields.draft = true;
        if (!setup().targetCommit.isEmpty()) {
            fields.targetCommitish = setup().targetCommit;
        }
        result.request = {
            {u"method"_s, u"POST"_s}, {u"path"_s, repository.apiPath() + u"/releases"_s}, {u"json"_s, fields.toJson()}};
        result.message = tr("Would create the draft release %1 with the notes.").arg(tag);
        break;
    case notes::SyncAction::Save:
        result.request = {{u"method"_s, u"PATCH"_s},
                          {u"path"_s, repository.apiPath() + u"/releases/"_s + QString::number(draft->id)},
                          {u"json"_s, fields.toJson()}};
        result.message = replacing ? tr("Would replace the draft of %1, edited on GitHub since the last sync, with "
                                        "the notes (its text kept as a revision).")
                                         .arg(tag)
                                   : tr("Would save the notes to the draft of %1.").arg(tag);
        break;
    case notes::SyncAction::UpToDate:
        result.message = tr("The draft of %1 already holds these notes: nothing would be sent.").arg(tag);
        break;
    case notes::SyncAction::Load:
        result.message = tr("The draft of %1 was edited on GitHub and the notes had not changed since the last "
                            "sync: its text would be loaded, nothing sent.")
                             .arg(tag);
        break;
    case notes::SyncAction::Conflict:
        result.message =
            tr("The draft of %1 was edited on GitHub and the notes changed too: nothing would be sent.").arg(tag);
        break;
    }
    return result;
}

} // namespace ra::release
