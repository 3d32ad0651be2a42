// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/tagstepcontroller.h"

#include "app/releasesession.h"
#include "git/repository.h"
#include "secrets/secretstore.h"

#include <QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace ra {

namespace {

const QString tokenKey = u"github/token"_s;

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
    connect(&m_planWatcher, &QFutureWatcherBase::finished, this, &TagStepController::planReady);
    connect(&m_pushWatcher, &QFutureWatcherBase::finished, this, &TagStepController::pushFinished);
    connect(&m_checkWatcher, &QFutureWatcherBase::finished, this, [this] {
        setBusy(false);
        if (m_plan) {
            const release::TagStatus status = step().reconcile(*m_plan, m_checkWatcher.result());
            if (session()) {
                session()->reloadStepStates();
            }
            showStatus(status);
        }
        Q_EMIT operationFinished();
    });
}

TagStepController::~TagStepController()
{
    // The workers post progress to this object; they must be done before it goes.
    m_planWatcher.waitForFinished();
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
    step().record().remember(u"repository.path"_s, path);
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
    step().record().remember(u"tag.revision"_s, revision);
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
        step().record().remember(u"tag.remote"_s, remote);
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

bool TagStepController::planning() const
{
    return m_planning;
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
    ++m_planGeneration;
    if (m_planWatcher.isRunning()) {
        // The running walk is for older inputs: stop it; planReady() starts again with the newer ones.
        m_planWatcher.cancel();
        return;
    }
    QString unplannable;
    if (!session() || release().isEmpty()) {
        unplannable = tr("Pick a release, or start one, to plan its tag.");
    } else if (m_repositoryPath.isEmpty()) {
        unplannable = tr("Choose the local clone of %1 that the tag goes into.").arg(session()->projectName());
    }
    if (unplannable.isEmpty()) {
        // The plan on screen stays until the new one is ready, so the page never flickers to empty.
        m_watchedGeneration = m_planGeneration;
        m_planning = true;
        Q_EMIT planningChanged();
        m_planCancelled = false;
        m_planWatcher.setFuture(QtConcurrent::run(
            [](QPromise<git::Result<git::TagPlan>> &promise, const release::TagStep::Request &request) {
                promise.addResult(release::TagStep::plan(request, [&promise] { return promise.isCanceled(); }));
            },
            request()));
        return;
    }
    m_plan.reset();
    m_planError = unplannable;
    m_localTagExists = false;
    m_hazards.setHazards({});
    planProposals();
    Q_EMIT planChanged();
    updateStateFromJournal();
}

void TagStepController::planReady()
{
    m_planning = false;
    if (m_watchedGeneration != m_planGeneration) {
        refresh();
        if (m_planning) {
            return;
        }
        Q_EMIT planningChanged();
        return;
    }
    m_plan.reset();
    m_planError.clear();
    if (m_planCancelled || m_planWatcher.future().resultCount() == 0) {
        m_planError = tr("Planning was cancelled. Plan again when you are ready.");
    } else if (const git::Result<git::TagPlan> plan = m_planWatcher.result(); plan) {
        m_plan = *plan;
    } else {
        m_planError = plan.error().message();
    }
    m_localTagExists = m_plan && m_plan->existingTag.has_value();
    m_hazards.setHazards(m_plan ? m_plan->hazards : QList<TagHazard>());
    planProposals();
    Q_EMIT planChanged();
    Q_EMIT planningChanged();
    updateStateFromJournal();
}

void TagStepController::cancelPlan()
{
    if (m_planWatcher.isRunning()) {
        m_planCancelled = true;
        m_planWatcher.cancel();
    }
}

void TagStepController::createAndPush(const QString &passphrase)
{
    if (m_busy || m_planning || !m_plan || m_state == Pushed || m_state == Interrupted) {
        return;
    }
    m_started = step().begin(*m_plan, request());
    if (m_started.refused) {
        showStatus(m_started.status);
        return;
    }
    m_localTagExists = true;
    if (session()) {
        session()->reloadStepStates();
    }
    setBusy(true);
    m_progressText = tr("Connecting to the remote…");
    m_progress = -1;
    Q_EMIT progressChanged();
    showStatus(m_started.status);
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
    m_checkWatcher.setFuture(
        QtConcurrent::run(&git::TagPusher::remoteTag, release::TagStep::pushRequest(*m_plan, request())));
}

void TagStepController::deleteLocalTag()
{
    if (m_busy || !m_plan || !m_plan->existingTag || m_state == Pushed) {
        return;
    }
    QString error;
    if (step().deleteLocalTag(*m_plan, request(), &error)) {
        m_localTagExists = false;
    } else {
        setState(m_state, error);
    }
    refresh();
}

void TagStepController::loadFromJournal()
{
    const release::TagJournal::Choices choices = step().record().choices();
    // The open project's clone is the release's clone: the page never asks for it again.
    const bool projectOpen = session() && session()->project() && session()->project()->hasClone();
    m_repositoryPath = projectOpen ? session()->clonePath() : choices.repositoryPath;
    m_revision = choices.revision;
    m_revisionOrigin = choices.revisionOrigin;
    const bool remoteChosen =
        !step().record().canRecord() || !journal()->value(release(), u"tag.remote"_s).toString().isEmpty();
    m_remote = projectOpen && !remoteChosen ? session()->project()->remoteName() : choices.remote;
    Q_EMIT repositoryPathChanged();
    Q_EMIT revisionChanged();
    Q_EMIT remoteChanged();
}

release::TagStep TagStepController::step() const
{
    return release::TagStep(journal(), release());
}

release::TagStep::Request TagStepController::request() const
{
    release::TagStep::Request request;
    request.clonePath = m_repositoryPath;
    request.version = release();
    request.revision = m_revision.isEmpty() ? u"HEAD"_s : m_revision;
    request.remote = m_remote;
    if (session()) {
        request.spelling = session()->tagSpelling();
        request.upgradeScriptPatterns = session()->playbook().upgradeScriptPatterns;
    }
    return request;
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
    showStatus(step().status(*m_plan));
}

void TagStepController::showStatus(const release::TagStatus &status)
{
    setState(static_cast<State>(status.state), status.message, status.remoteMessages, status.remoteCommit);
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
    git::TagPushRequest push = release::TagStep::pushRequest(*m_plan, request());
    push.credentials = git::agentKeyOrToken(m_sshKeyPath, passphrase, token);
    push.progress = [this](const git::PushProgress &progress) {
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
    m_pushWatcher.setFuture(git::TagPusher::pushAsync(push));
}

void TagStepController::pushFinished()
{
    const release::TagStatus status = step().finish(m_started, *m_plan, request(), m_pushWatcher.result());
    m_started = {};
    if (session()) {
        session()->reloadStepStates();
    }
    m_progressText.clear();
    m_progress = -1;
    Q_EMIT progressChanged();
    setBusy(false);
    showStatus(status);
    refresh();
    Q_EMIT operationFinished();
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
