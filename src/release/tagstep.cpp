// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/tagstep.h"

#include "git/repository.h"

#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace ra::release {

namespace {

TagStatus::State stateForStatus(const QString &status)
{
    if (status == u"pushed"_s || status == u"already-pushed"_s) {
        return TagStatus::State::Pushed;
    }
    if (status == u"rejected"_s) {
        return TagStatus::State::Rejected;
    }
    if (status == u"conflict"_s) {
        return TagStatus::State::Conflict;
    }
    return TagStatus::State::Failed;
}

} // namespace

QString tagStateKey(TagStatus::State state)
{
    switch (state) {
    case TagStatus::State::NoPlan:
        return u"no-plan"_s;
    case TagStatus::State::ReadyToCreate:
        return u"ready-to-create"_s;
    case TagStatus::State::LocalOnly:
        return u"local-only"_s;
    case TagStatus::State::Pushing:
        return u"pushing"_s;
    case TagStatus::State::Pushed:
        return u"pushed"_s;
    case TagStatus::State::Rejected:
        return u"rejected"_s;
    case TagStatus::State::Conflict:
        return u"conflict"_s;
    case TagStatus::State::Failed:
        return u"failed"_s;
    case TagStatus::State::Interrupted:
        return u"interrupted"_s;
    }
    return {};
}

TagStep::TagStep(Journal *journal, QString release)
    : m_journal(journal)
    , m_release(std::move(release))
{
}

TagJournal TagStep::record() const
{
    return TagJournal(m_journal, m_release);
}

git::Result<git::TagPlan> TagStep::plan(const Request &request, const std::function<bool()> &cancelled)
{
    auto repository = git::Repository::open(request.clonePath);
    if (!repository) {
        return repository.error();
    }
    auto planned = git::planTag(*repository, request.version, request.revision.isEmpty() ? u"HEAD"_s : request.revision,
                                request.annotated, request.spelling, cancelled, request.upgradeScriptPatterns);
    if (!planned) {
        return planned;
    }
    git::TagPlan result = *planned;
    if (result.existingTag && result.existingTag->commitSha == result.commitSha) {
        result.hazards.removeIf([](const TagHazard &hazard) { return hazard.id == u"tag-exists"_s; });
    }
    return result;
}

StepPlan TagStep::operations(const git::TagPlan &plan, const Request &request) const
{
    StepPlan steps;
    steps.step = ReleaseStep::Tag;
    const TagStatus current = status(plan);
    switch (current.state) {
    case TagStatus::State::Pushed:
        steps.doneNote = current.message.isEmpty() ? tr("%1 is on the remote.").arg(plan.tag) : current.message;
        return steps;
    case TagStatus::State::Interrupted:
        steps.operations.append({PlannedOperation::Kind::Git,
                                 tr("ask %1 whether it has %2").arg(request.remote, plan.tag), request.remote,
                                 QJsonObject{{u"ref"_s, u"refs/tags/"_s + plan.tag}}, u"push-tag"_s, plan.tag});
        steps.blockers.append(current.message);
        return steps;
    case TagStatus::State::Conflict:
        steps.blockers.append(current.message);
        return steps;
    default:
        break;
    }
    if (!plan.existingTag) {
        if (plan.blocked()) {
            steps.blockers.append(
                tr("%1 cannot be created: a hazard is an error. Fix the version and plan again.").arg(plan.tag));
            return steps;
        }
        steps.operations.append({PlannedOperation::Kind::Git,
                                 tr("create the %1 tag %2 on %3 (%4)")
                                     .arg(plan.annotated ? tr("annotated") : tr("lightweight"), plan.tag,
                                          plan.commitSha.left(10), plan.commitSubject),
                                 request.clonePath,
                                 QJsonObject{{u"ref"_s, u"refs/tags/"_s + plan.tag},
                                             {u"commit"_s, plan.commitSha},
                                             {u"annotated"_s, plan.annotated}},
                                 u"create-tag"_s, plan.tag});
    }
    steps.operations.append(
        {PlannedOperation::Kind::Git,
         tr("push refs/tags/%1 to %2 (never forced), then verify it there").arg(plan.tag, request.remote),
         request.remote,
         QJsonObject{{u"refspec"_s, u"refs/tags/%1:refs/tags/%1"_s.arg(plan.tag)}, {u"commit"_s, plan.commitSha}},
         u"push-tag"_s, plan.tag});
    return steps;
}

TagStatus TagStep::status(const git::TagPlan &plan) const
{
    if (const auto last = record().lastPush(plan.tag, plan.commitSha)) {
        const QJsonObject result = last->result;
        TagStatus status;
        status.remoteMessages = result.value(u"remoteMessages"_s).toVariant().toStringList();
        status.remoteCommit = result.value(u"remoteCommit"_s).toString();
        switch (last->outcome) {
        case EffectOutcome::Uncertain:
            if (!last->error.isEmpty()) {
                status.state = TagStatus::State::Interrupted;
                status.message = last->error;
                return status;
            }
            [[fallthrough]];
        case EffectOutcome::Pending:
            status.state = TagStatus::State::Interrupted;
            status.message =
                tr("A push of %1 started on %2 and its outcome was never recorded (the app stopped). "
                   "Check the remote before doing anything else.")
                    .arg(plan.tag, QLocale().toString(last->intendedAt.toLocalTime(), QLocale::ShortFormat));
            return status;
        case EffectOutcome::Succeeded:
            status.state = TagStatus::State::Pushed;
            status.message = result.value(u"message"_s).toString();
            return status;
        case EffectOutcome::Failed:
            status.state = stateForStatus(result.value(u"status"_s).toString());
            status.message = last->error.isEmpty() ? result.value(u"message"_s).toString() : last->error;
            return status;
        }
    }
    if (plan.existingTag && plan.existingTag->commitSha != plan.commitSha) {
        return {TagStatus::State::Conflict,
                tr("The local tag %1 is on %2, not on %3. A tag is never moved: delete the local tag if it was never "
                   "pushed, or pick that commit.")
                    .arg(plan.tag, plan.existingTag->commitSha.left(10), plan.commitSha.left(10)),
                {},
                {}};
    }
    if (plan.existingTag) {
        return {TagStatus::State::LocalOnly,
                tr("%1 exists in the local clone and was not pushed by Release Assistant.").arg(plan.tag),
                {},
                {}};
    }
    return {TagStatus::State::ReadyToCreate, {}, {}, {}};
}

void TagStep::settleLocalEffects(const git::TagPlan &plan) const
{
    if (!m_journal || m_release.isEmpty()) {
        return;
    }
    const auto open = [](const std::optional<JournalEffect> &effect) {
        return effect && (effect->outcome == EffectOutcome::Pending || effect->outcome == EffectOutcome::Uncertain);
    };
    if (const auto created = m_journal->lastEffect(m_release, u"create-tag"_s, plan.tag); open(created)) {
        const bool there =
            plan.existingTag && plan.existingTag->commitSha == created->intent.value(u"commit"_s).toString();
        m_journal->finishEffect(created->id, there ? EffectOutcome::Succeeded : EffectOutcome::Failed,
                                {{u"reconciled"_s, true}},
                                there ? QString() : tr("The tag was not created before the interruption."));
    }
    if (const auto removed = m_journal->lastEffect(m_release, u"delete-tag"_s, plan.tag); open(removed)) {
        m_journal->finishEffect(removed->id, plan.existingTag ? EffectOutcome::Failed : EffectOutcome::Succeeded,
                                {{u"reconciled"_s, true}},
                                plan.existingTag ? tr("The tag was not removed before the interruption.") : QString());
    }
}

TagStep::Started TagStep::begin(const git::TagPlan &plan, const Request &request) const
{
    settleLocalEffects(plan);
    Started started;
    started.status = status(plan);
    auto refuse = [&started](TagStatus::State state, const QString &message) {
        started.refused = true;
        started.status.state = state;
        started.status.message = message;
        return started;
    };
    const TagJournal records = record();
    if (!records.canRecord()) {
        return refuse(started.status.state,
                      tr("The release journal is not open, so the push could not be recorded. Nothing was done."));
    }
    if (started.status.state == TagStatus::State::Pushed || started.status.state == TagStatus::State::Interrupted) {
        started.refused = true;
        return started;
    }
    if (plan.existingTag && plan.existingTag->commitSha != plan.commitSha) {
        return refuse(TagStatus::State::Conflict,
                      tr("The local tag %1 is on %2, not on %3. A tag is never moved: delete the local tag or pick "
                         "that commit.")
                          .arg(plan.tag, plan.existingTag->commitSha.left(10), plan.commitSha.left(10)));
    }
    QString error;
    if (!plan.existingTag) {
        if (plan.blocked()) {
            return refuse(started.status.state,
                          tr("%1 is not created: a hazard is an error. Fix the version and plan again.").arg(plan.tag));
        }
        if (!create(plan, request, &error)) {
            return refuse(TagStatus::State::Failed, error);
        }
        started.createdNow = true;
    }
    started.pushEffect = records.beginPush(plan.tag, plan.commitSha, request.remote, &error);
    if (started.pushEffect == 0) {
        return refuse(TagStatus::State::LocalOnly,
                      tr("The release journal refused the record, so the tag was not pushed: %1").arg(error));
    }
    started.status = {TagStatus::State::Pushing, tr("Pushing %1 to %2…").arg(plan.tag, request.remote), {}, {}};
    recordStep(StepState::InProgress, tr("Pushing %1").arg(plan.tag));
    return started;
}

TagStatus TagStep::finish(const Started &started, const git::TagPlan &plan, const Request &request,
                          const git::TagPushOutcome &outcome, bool keepLocalTag) const
{
    QString message = outcome.message;
    if (outcome.status == git::TagPushOutcome::Status::Unknown) {
        return finishUncertain(started, outcome);
    }
    const bool onRemote = outcome.remoteTag.exists && outcome.remoteTag.commitSha == plan.commitSha;
    if (!outcome.succeeded() && started.createdNow && !onRemote && !keepLocalTag) {
        auto repository = git::Repository::open(request.clonePath);
        if (repository && repository.value().deleteTag(plan.tag, plan.commitSha)) {
            message += u' ' + tr("The local tag %1 was removed again.").arg(plan.tag);
        }
    }
    record().finish(started.pushEffect, outcome.succeeded(), git::statusKey(outcome.status), message,
                    {{u"remoteMessages"_s, QJsonArray::fromStringList(outcome.remoteMessages)},
                     {u"remoteCommit"_s, outcome.remoteTag.commitSha}});
    recordStep(outcome.succeeded() ? StepState::Done : StepState::NeedsAttention, message);
    return {outcome.succeeded() ? TagStatus::State::Pushed : stateForStatus(git::statusKey(outcome.status)), message,
            outcome.remoteMessages, outcome.remoteTag.commitSha};
}

TagStatus TagStep::finishUncertain(const Started &started, const git::TagPushOutcome &outcome) const
{
    // The remote may have the tag: the local tag stays, and reconcile() settles the effect once the remote answers.
    const QString message = tr("Interrupted: check the remote. %1").arg(outcome.message);
    if (m_journal && !m_release.isEmpty() && started.pushEffect != 0) {
        m_journal->finishEffect(started.pushEffect, EffectOutcome::Uncertain,
                                {{u"status"_s, git::statusKey(outcome.status)},
                                 {u"message"_s, message},
                                 {u"remoteMessages"_s, QJsonArray::fromStringList(outcome.remoteMessages)},
                                 {u"remoteCommit"_s, outcome.remoteTag.commitSha}},
                                message);
    }
    recordStep(StepState::NeedsAttention, message);
    return {TagStatus::State::Interrupted, message, outcome.remoteMessages, outcome.remoteTag.commitSha};
}

TagStatus TagStep::reconcile(const git::TagPlan &plan, const git::Result<git::RemoteTag> &answer) const
{
    const TagJournal records = record();
    const auto pending = records.lastPush(plan.tag, plan.commitSha);
    const bool reconciling =
        pending && (pending->outcome == EffectOutcome::Pending || pending->outcome == EffectOutcome::Uncertain);
    TagStatus current = status(plan);
    if (!answer) {
        current.message = tr("The remote could not be asked about %1: %2").arg(plan.tag, answer.error().message());
        return current;
    }
    const git::RemoteTag remoteTag = *answer;
    QString status;
    QString message;
    if (!remoteTag.exists) {
        status = u"failed"_s;
        message = tr("The remote does not have %1: the push did not happen. You can push again.").arg(plan.tag);
    } else if (remoteTag.commitSha == plan.commitSha) {
        status = u"pushed"_s;
        message = tr("The remote has %1 on %2: the push went through.").arg(plan.tag, plan.commitSha.left(10));
    } else {
        status = u"conflict"_s;
        message = tr("The remote has %1 on another commit (%2). A tag is never moved: pick another version or ask who "
                     "pushed it.")
                      .arg(plan.tag, remoteTag.commitSha.left(10));
    }
    if (!reconciling) {
        current.message = message;
        current.remoteCommit = remoteTag.commitSha;
        return current;
    }
    records.finish(pending->id, status == u"pushed"_s, status, message,
                   {{u"remoteCommit"_s, remoteTag.commitSha}, {u"reconciled"_s, true}});
    recordStep(status == u"pushed"_s ? StepState::Done : StepState::NeedsAttention, message);
    TagStatus settled = this->status(plan);
    settled.message = message;
    return settled;
}

TagStatus TagStep::createAndPush(const git::TagPlan &plan, const Request &request,
                                 const git::CredentialProvider &credentials, bool keepLocalTag) const
{
    const Started started = begin(plan, request);
    if (started.refused) {
        return started.status;
    }
    git::TagPushRequest push = pushRequest(plan, request);
    push.credentials = credentials;
    return finish(started, plan, request, git::TagPusher::push(push), keepLocalTag);
}

bool TagStep::deleteLocalTag(const git::TagPlan &plan, const Request &request, QString *error) const
{
    if (!plan.existingTag) {
        return true;
    }
    if (status(plan).state == TagStatus::State::Pushed) {
        if (error) {
            *error = tr("%1 is on the remote: the local tag is kept.").arg(plan.tag);
        }
        return false;
    }
    const QString tagCommit = plan.existingTag->commitSha;
    const TagJournal records = record();
    const qint64 effect = records.beginDelete(plan.tag, tagCommit);
    auto repository = git::Repository::open(request.clonePath);
    const auto removed =
        repository ? repository.value().deleteTag(plan.tag, tagCommit) : git::Status(repository.error());
    records.finish(effect, bool(removed), {}, removed ? QString() : removed.error().message());
    if (!removed && error) {
        *error = tr("The local tag could not be removed: %1").arg(removed.error().message());
    }
    return bool(removed);
}

bool TagStep::create(const git::TagPlan &plan, const Request &request, QString *error) const
{
    const TagJournal records = record();
    QString why;
    const qint64 createEffect = records.beginCreate(plan.tag, plan.commitSha, plan.annotated, &why);
    if (createEffect == 0) {
        if (error) {
            *error = tr("The release journal refused the record, so nothing was done: %1").arg(why);
        }
        return false;
    }
    auto repository = git::Repository::open(request.clonePath);
    const auto created = repository
                             ? repository.value().createTag(plan.tag, plan.commitSha, plan.annotated, request.message)
                             : git::Result<git::TagInfo>(repository.error());
    records.finish(createEffect, bool(created), {}, created ? QString() : created.error().message());
    if (!created && error) {
        *error = tr("The tag could not be created: %1").arg(created.error().message());
    }
    return bool(created);
}

git::TagPushRequest TagStep::pushRequest(const git::TagPlan &plan, const Request &request)
{
    git::TagPushRequest push;
    push.repositoryPath = request.clonePath;
    push.remote = request.remote;
    push.tag = plan.tag;
    push.commitSha = plan.commitSha;
    return push;
}

void TagStep::recordStep(StepState state, const QString &note) const
{
    if (m_journal && !m_release.isEmpty()) {
        m_journal->setStepState(m_release, ReleaseStep::Tag, state, note);
    }
}

} // namespace ra::release
