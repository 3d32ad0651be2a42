// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/tagstepcontroller.h"

#include "app/releasesession.h"
#include "git/repository.h"
#include "secrets/secretstore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace ra {

namespace {

const QString tokenKey = u"github/token"_s;

TagStepController::State stateForStatus(const QString &status)
{
    if (status == u"pushed"_s || status == u"already-pushed"_s) {
        return TagStepController::Pushed;
    }
    if (status == u"rejected"_s) {
        return TagStepController::Rejected;
    }
    if (status == u"conflict"_s) {
        return TagStepController::Conflict;
    }
    return TagStepController::Failed;
}

QString describeStage(const git::PushProgress &progress)
{
    switch (progress.stage) {
    case git::PushProgress::Stage::Connecting:
        return TagStepController::tr("Connecting to the remote…");
    case git::PushProgress::Stage::Checking:
        return TagStepController::tr("Checking what the remote has…");
    case git::PushProgress::Stage::Packing:
        return TagStepController::tr("Packing objects…");
    case git::PushProgress::Stage::Sending:
        return TagStepController::tr("Sending objects (%1 of %2)…").arg(progress.current).arg(progress.total);
    case git::PushProgress::Stage::Verifying:
        return TagStepController::tr("Verifying the tag on the remote…");
    }
    return {};
}

} // namespace

TagStepController::TagStepController(QObject *parent)
    : StepController(ReleaseStep::Tag, parent)
{
    connect(&m_pushWatcher, &QFutureWatcherBase::finished, this, &TagStepController::pushFinished);
    connect(&m_checkWatcher, &QFutureWatcherBase::finished, this, [this] {
        const auto answer = m_checkWatcher.result();
        setBusy(false);
        const auto pending = record().lastPush(tag(), commitSha());
        const bool reconciling =
            pending && (pending->outcome == EffectOutcome::Pending || pending->outcome == EffectOutcome::Uncertain);
        if (!answer) {
            setState(reconciling ? Interrupted : m_state,
                     tr("The remote could not be asked about %1: %2").arg(tag(), answer.error().message()));
            Q_EMIT operationFinished();
            return;
        }
        const git::RemoteTag remoteTag = *answer;
        QString status;
        QString message;
        if (!remoteTag.exists) {
            status = u"failed"_s;
            message = tr("The remote does not have %1: the push did not happen. You can push again.").arg(tag());
        } else if (remoteTag.commitSha == commitSha()) {
            status = u"pushed"_s;
            message = tr("The remote has %1 on %2: the push went through.").arg(tag(), commitSha().left(10));
        } else {
            status = u"conflict"_s;
            message = tr("The remote has %1 on another commit (%2). A tag is never moved: pick another version or "
                         "ask who pushed it.")
                          .arg(tag(), remoteTag.commitSha.left(10));
        }
        if (reconciling) {
            record().finish(pending->id, status == u"pushed"_s, status, message,
                            {{u"remoteCommit"_s, remoteTag.commitSha}, {u"reconciled"_s, true}});
            recordStep(status == u"pushed"_s ? StepState::Done : StepState::NeedsAttention, message);
            refresh();
        } else {
            m_remoteCommit = remoteTag.commitSha;
            setState(m_state, message, m_remoteMessages, remoteTag.commitSha);
        }
        Q_EMIT operationFinished();
    });
}

TagStepController::~TagStepController()
{
    // The workers post progress to this object; they must be done before it goes.
    m_pushWatcher.waitForFinished();
    m_checkWatcher.waitForFinished();
}

void TagStepController::releaseChanged()
{
    loadFromJournal();
    refresh();
}

QString TagStepController::repositoryPath() const
{
    return m_repositoryPath;
}

void TagStepController::setRepositoryPath(const QString &path)
{
    if (path == m_repositoryPath) {
        return;
    }
    m_repositoryPath = path;
    record().remember(u"repository.path"_s, path);
    Q_EMIT repositoryPathChanged();
    refresh();
}

QString TagStepController::revision() const
{
    return m_revision;
}

void TagStepController::setRevision(const QString &revision)
{
    if (revision == m_revision) {
        return;
    }
    m_revision = revision;
    m_revisionOrigin = tr("chosen by hand");
    record().remember(u"tag.revision"_s, revision);
    Q_EMIT revisionChanged();
    refresh();
}

QString TagStepController::revisionOrigin() const
{
    return m_revisionOrigin;
}

QString TagStepController::remote() const
{
    return m_remote;
}

void TagStepController::setRemote(const QString &remote)
{
    if (remote != m_remote) {
        m_remote = remote;
        record().remember(u"tag.remote"_s, remote);
        Q_EMIT remoteChanged();
    }
}

QString TagStepController::sshKeyPath() const
{
    return m_sshKeyPath;
}

void TagStepController::setSshKeyPath(const QString &path)
{
    if (path != m_sshKeyPath) {
        m_sshKeyPath = path;
        Q_EMIT sshKeyPathChanged();
    }
}

bool TagStepController::planned() const
{
    return m_plan.has_value();
}

QString TagStepController::planError() const
{
    return m_planError;
}

QString TagStepController::tag() const
{
    return m_plan ? m_plan->tag : QString();
}

QString TagStepController::commitSha() const
{
    return m_plan ? m_plan->commitSha : QString();
}

QString TagStepController::commitSubject() const
{
    return m_plan ? m_plan->commitSubject : QString();
}

QString TagStepController::previousTag() const
{
    return m_plan ? m_plan->previousTag : QString();
}

bool TagStepController::annotated() const
{
    return m_plan && m_plan->annotated;
}

QString TagStepController::describeResult() const
{
    return m_plan ? m_plan->describe.result : QString();
}

QString TagStepController::describeWarning() const
{
    return m_plan ? m_plan->describe.warning : QString();
}

bool TagStepController::blocked() const
{
    return m_plan && !m_plan->existingTag && m_plan->blocked();
}

HazardListModel *TagStepController::hazards()
{
    return &m_hazards;
}

VersionProposalModel *TagStepController::proposals()
{
    return &m_proposals;
}

TagStepController::State TagStepController::state() const
{
    return m_state;
}

QString TagStepController::message() const
{
    return m_message;
}

QStringList TagStepController::remoteMessages() const
{
    return m_remoteMessages;
}

QString TagStepController::remoteCommit() const
{
    return m_remoteCommit;
}

bool TagStepController::localTagExists() const
{
    return m_localTagExists;
}

bool TagStepController::busy() const
{
    return m_busy;
}

QString TagStepController::progressText() const
{
    return m_progressText;
}

double TagStepController::progress() const
{
    return m_progress;
}

void TagStepController::refresh()
{
    m_plan.reset();
    m_planError.clear();
    m_localTagExists = false;
    if (!session() || release().isEmpty()) {
        m_planError = tr("Pick a release, or start one, to plan its tag.");
    } else if (m_repositoryPath.isEmpty()) {
        m_planError = tr("Choose the local clone of %1 that the tag goes into.").arg(session()->projectName());
    } else if (auto repository = git::Repository::open(m_repositoryPath); !repository) {
        m_planError = repository.error().message();
    } else if (auto plan = git::planTag(*repository, release(), m_revision.isEmpty() ? u"HEAD"_s : m_revision, false);
               !plan) {
        m_planError = plan.error().message();
    } else {
        m_plan = *plan;
        m_localTagExists = m_plan->existingTag.has_value();
        if (m_plan->existingTag && m_plan->existingTag->commitSha == m_plan->commitSha) {
            // The tag on the intended commit is this step's own work (or its resumption), not a hazard.
            m_plan->hazards.removeIf([](const TagHazard &hazard) { return hazard.id == u"tag-exists"_s; });
        }
    }
    m_hazards.setHazards(m_plan ? m_plan->hazards : QList<TagHazard>());
    planProposals();
    Q_EMIT planChanged();
    updateStateFromJournal();
}

void TagStepController::createAndPush(const QString &passphrase)
{
    if (m_busy || !m_plan || m_state == Pushed || m_state == Interrupted) {
        return;
    }
    const TagStepRecord records = record();
    if (!records.canRecord()) {
        setState(m_state, tr("The release journal is not open, so the push could not be recorded. Nothing was "
                             "done."));
        return;
    }
    if (m_plan->existingTag && m_plan->existingTag->commitSha != m_plan->commitSha) {
        setState(Conflict, tr("The local tag %1 is on %2, not on %3. A tag is never moved: delete the local tag or "
                              "pick that commit.")
                               .arg(tag(), m_plan->existingTag->commitSha.left(10), commitSha().left(10)));
        return;
    }
    QString error;
    m_createdForThisPush = false;
    if (!m_plan->existingTag) {
        if (m_plan->blocked()) {
            setState(m_state,
                     tr("%1 is not created: a hazard is an error. Fix the version and plan again.").arg(tag()));
            return;
        }
        const qint64 createEffect = records.beginCreate(tag(), commitSha(), annotated(), &error);
        if (createEffect == 0) {
            setState(m_state, tr("The release journal refused the record, so nothing was done: %1").arg(error));
            return;
        }
        auto repository = git::Repository::open(m_repositoryPath);
        const auto created = repository ? repository.value().createTag(tag(), commitSha(), annotated(), QString())
                                        : git::Result<git::TagInfo>(repository.error());
        records.finish(createEffect, bool(created), {}, created ? QString() : created.error().message());
        if (!created) {
            setState(Failed, tr("The tag could not be created: %1").arg(created.error().message()));
            return;
        }
        m_createdForThisPush = true;
        m_localTagExists = true;
    }
    m_pushEffect = records.beginPush(tag(), commitSha(), m_remote, &error);
    if (m_pushEffect == 0) {
        setState(LocalOnly, tr("The release journal refused the record, so the tag was not pushed: %1").arg(error));
        return;
    }
    setBusy(true);
    m_progressText = tr("Connecting to the remote…");
    m_progress = -1;
    Q_EMIT progressChanged();
    setState(Pushing, tr("Pushing %1 to %2…").arg(tag(), m_remote));
    recordStep(StepState::InProgress, tr("Pushing %1").arg(tag()));
    if (!remoteIsHttps()) {
        startPush(passphrase, {});
        return;
    }
    secretStore().read(tokenKey, [this, passphrase](const secrets::SecretValue &value) {
        startPush(passphrase, value.found ? value.value : QString());
    });
}

void TagStepController::checkRemote()
{
    if (m_busy || !m_plan) {
        return;
    }
    setBusy(true);
    m_progressText = tr("Asking the remote about %1…").arg(tag());
    m_progress = -1;
    Q_EMIT progressChanged();
    m_checkWatcher.setFuture(QtConcurrent::run(&git::TagPusher::remoteTag, pushRequest()));
}

void TagStepController::deleteLocalTag()
{
    if (m_busy || !m_plan || !m_plan->existingTag || m_state == Pushed) {
        return;
    }
    const QString tagCommit = m_plan->existingTag->commitSha;
    const qint64 effect = record().beginDelete(tag(), tagCommit);
    auto repository = git::Repository::open(m_repositoryPath);
    const auto removed = repository ? repository.value().deleteTag(tag(), tagCommit) : git::Status(repository.error());
    record().finish(effect, bool(removed), {}, removed ? QString() : removed.error().message());
    refresh();
    if (!removed) {
        setState(m_state, tr("The local tag could not be removed: %1").arg(removed.error().message()));
    }
}

void TagStepController::loadFromJournal()
{
    const TagStepRecord::Choices choices = record().choices();
    m_repositoryPath = choices.repositoryPath;
    m_revision = choices.revision;
    m_revisionOrigin = choices.revisionOrigin;
    m_remote = choices.remote;
    Q_EMIT repositoryPathChanged();
    Q_EMIT revisionChanged();
    Q_EMIT remoteChanged();
}

TagStepRecord TagStepController::record() const
{
    return TagStepRecord(journal(), release());
}

void TagStepController::planProposals()
{
    QList<VersionProposalModel::Row> rows;
    if (m_plan) {
        for (const VersionProposal &proposal : std::as_const(m_plan->proposals)) {
            rows.append({proposal, rows.isEmpty(), proposal.tag == m_plan->tag});
        }
    }
    m_proposals.setRows(rows);
}

void TagStepController::updateStateFromJournal()
{
    if (m_busy && m_state == Pushing) {
        return;
    }
    if (!m_plan) {
        setState(NoPlan, m_planError);
        return;
    }
    if (const auto last = record().lastPush(tag(), commitSha())) {
        const QJsonObject result = last->result;
        const QStringList remoteMessages = result.value(u"remoteMessages"_s).toVariant().toStringList();
        const QString remoteCommit = result.value(u"remoteCommit"_s).toString();
        switch (last->outcome) {
        case EffectOutcome::Pending:
        case EffectOutcome::Uncertain:
            setState(Interrupted,
                     tr("A push of %1 started on %2 and its outcome was never recorded (the app stopped). Check the "
                        "remote before doing anything else.")
                         .arg(tag(), QLocale().toString(last->intendedAt.toLocalTime(), QLocale::ShortFormat)));
            return;
        case EffectOutcome::Succeeded:
            setState(Pushed, result.value(u"message"_s).toString(), remoteMessages, remoteCommit);
            return;
        case EffectOutcome::Failed:
            setState(stateForStatus(result.value(u"status"_s).toString()),
                     last->error.isEmpty() ? result.value(u"message"_s).toString() : last->error, remoteMessages,
                     remoteCommit);
            return;
        }
    }
    if (m_plan->existingTag && m_plan->existingTag->commitSha != m_plan->commitSha) {
        setState(Conflict, tr("The local tag %1 is on %2, not on %3. A tag is never moved: delete the local tag if it "
                              "was never pushed, or pick that commit.")
                               .arg(tag(), m_plan->existingTag->commitSha.left(10), commitSha().left(10)));
    } else if (m_plan->existingTag) {
        setState(LocalOnly, tr("%1 exists in the local clone and was not pushed by Release Assistant.").arg(tag()));
    } else {
        setState(ReadyToCreate, {});
    }
}

void TagStepController::setState(State state, const QString &message, const QStringList &remoteMessages,
                                 const QString &remoteCommit)
{
    m_state = state;
    m_message = message;
    m_remoteMessages = remoteMessages;
    m_remoteCommit = remoteCommit;
    Q_EMIT stateChanged();
}

void TagStepController::setBusy(bool busy)
{
    if (busy != m_busy) {
        m_busy = busy;
        Q_EMIT busyChanged();
    }
}

void TagStepController::startPush(const QString &passphrase, const QString &token)
{
    git::TagPushRequest request = pushRequest();
    request.credentials = git::agentKeyOrToken(m_sshKeyPath, passphrase, token);
    request.progress = [this](const git::PushProgress &progress) {
        const QString text = describeStage(progress);
        const double fraction = progress.total > 0 ? double(progress.current) / progress.total : -1;
        QMetaObject::invokeMethod(
            this,
            [this, text, fraction] {
                m_progressText = text;
                m_progress = fraction;
                Q_EMIT progressChanged();
            },
            Qt::QueuedConnection);
    };
    m_pushWatcher.setFuture(git::TagPusher::pushAsync(request));
}

void TagStepController::pushFinished()
{
    const git::TagPushOutcome outcome = m_pushWatcher.result();
    QString message = outcome.message;
    const bool onRemote = outcome.remoteTag.exists && outcome.remoteTag.commitSha == commitSha();
    if (!outcome.succeeded() && m_createdForThisPush && !onRemote) {
        // Like the CLI: a tag that did not reach the remote would mislead git describe and the next attempt.
        auto repository = git::Repository::open(m_repositoryPath);
        if (repository && repository.value().deleteTag(tag(), commitSha())) {
            message += u' ' + tr("The local tag %1 was removed again.").arg(tag());
        }
    }
    record().finish(m_pushEffect, outcome.succeeded(), git::statusKey(outcome.status), message,
                    {{u"remoteMessages"_s, QJsonArray::fromStringList(outcome.remoteMessages)},
                     {u"remoteCommit"_s, outcome.remoteTag.commitSha}});
    m_pushEffect = 0;
    m_createdForThisPush = false;
    recordStep(outcome.succeeded() ? StepState::Done : StepState::NeedsAttention, message);
    m_progressText.clear();
    m_progress = -1;
    Q_EMIT progressChanged();
    setBusy(false);
    refresh();
    Q_EMIT operationFinished();
}

git::TagPushRequest TagStepController::pushRequest() const
{
    git::TagPushRequest request;
    request.repositoryPath = m_repositoryPath;
    request.remote = m_remote;
    request.tag = tag();
    request.commitSha = commitSha();
    return request;
}

bool TagStepController::remoteIsHttps() const
{
    if (m_remote.startsWith(u"https://"_s)) {
        return true;
    }
    auto repository = git::Repository::open(m_repositoryPath);
    const auto remotes = repository ? repository->remotes() : git::Result<QList<git::RemoteInfo>>(repository.error());
    if (!remotes) {
        return false;
    }
    for (const git::RemoteInfo &remote : *remotes) {
        if (remote.name == m_remote) {
            const QString url = remote.pushUrl.isEmpty() ? remote.url : remote.pushUrl;
            return url.startsWith(u"https://"_s);
        }
    }
    return false;
}

} // namespace ra
