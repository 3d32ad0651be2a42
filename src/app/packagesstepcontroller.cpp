// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/packagesstepcontroller.h"

#include "app/githubaccountsettings.h"
#include "app/releasesession.h"
#include "journal/journal.h"
#include "secrets/secretstore.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QLocale>
#include <QStandardPaths>
#include <QtConcurrentRun>

using namespace Qt::StringLiterals;
using ra::packages::PackageItem;
using ra::release::PackagesStep;

namespace ra {

namespace {

/// How often a transfer's progress crosses to the UI thread; state changes always do.
constexpr qint64 progressIntervalMs = 100;

} // namespace

PackagesStepController::PackagesStepController(QObject *parent)
    : StepController(ReleaseStep::Packages, parent)
{
    setPlaybook(ReleaseSession::fallbackPlaybook());
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &PackagesStepController::runFinished);
}

PackagesStepController::~PackagesStepController()
{
    // The worker posts its progress to this object; it must be done before the object goes.
    m_cancel = true;
    m_watcher.waitForFinished();
}

void PackagesStepController::projectChanged()
{
    if (const auto playbook = openPlaybook()) {
        setPlaybook(*playbook);
    }
    releaseChanged();
}

void PackagesStepController::releaseChanged()
{
    Q_EMIT tagChanged();
    loadFromJournal();
}

PackagesStepController::Mode PackagesStepController::mode() const
{
    return m_mode;
}

void PackagesStepController::setMode(Mode mode)
{
    if (mode != m_mode) {
        m_mode = mode;
        Q_EMIT modeChanged();
    }
}

QString PackagesStepController::tag() const
{
    return release();
}

QString PackagesStepController::repository() const
{
    return m_playbook.repository;
}

QString PackagesStepController::commit() const
{
    return m_commit;
}

void PackagesStepController::setCommit(const QString &commit)
{
    if (commit.trimmed() != m_commit) {
        m_commit = commit.trimmed();
        m_commitOrigin = tr("chosen by hand");
        PackagesStep(journal(), release()).rememberCommit(m_commit);
        Q_EMIT configurationChanged();
    }
}

QString PackagesStepController::commitOrigin() const
{
    return m_commitOrigin;
}

QString PackagesStepController::runId() const
{
    return m_runId;
}

void PackagesStepController::setRunId(const QString &runId)
{
    if (runId.trimmed() != m_runId) {
        m_runId = runId.trimmed();
        PackagesStep(journal(), release()).rememberRunId(m_runId);
        Q_EMIT configurationChanged();
    }
}

QStringList PackagesStepController::expectedNames() const
{
    return m_playbook.expectedAssets;
}

bool PackagesStepController::sha256Sums() const
{
    return m_sha256Sums;
}

void PackagesStepController::setSha256Sums(bool enabled)
{
    if (enabled != m_sha256Sums) {
        m_sha256Sums = enabled;
        Q_EMIT configurationChanged();
    }
}

PackagesItemModel *PackagesStepController::packages()
{
    return &m_packages;
}

bool PackagesStepController::busy() const
{
    return m_busy;
}

bool PackagesStepController::cancelling() const
{
    return m_busy && m_cancel;
}

QString PackagesStepController::progressText() const
{
    return m_progressText;
}

double PackagesStepController::progress() const
{
    return m_busy ? PackagesStep::progressOf(m_packages.items(), m_mode == VerifyDraft ? PackagesStep::Mode::Verify
                                                                                       : PackagesStep::Mode::Attach)
                  : -1.0;
}

PackagesStepController::Outcome PackagesStepController::outcome() const
{
    return m_outcome;
}

QString PackagesStepController::message() const
{
    return m_message;
}

QStringList PackagesStepController::unexpectedAssets() const
{
    return m_unexpected;
}

QString PackagesStepController::finishedAt() const
{
    const QDateTime at = QDateTime::fromString(m_finishedAt, Qt::ISODate);
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

QStringList PackagesStepController::plannedRequests() const
{
    return m_plannedRequests;
}

void PackagesStepController::setEndpoints(const github::Endpoints &endpoints)
{
    m_endpoints = endpoints;
}

void PackagesStepController::setPlaybook(const Playbook &playbook)
{
    m_playbook = playbook;
    setMode(playbook.pipelineKind == PipelineKind::DraftByCi ? VerifyDraft : AttachArtifacts);
    Q_EMIT configurationChanged();
    if (!m_busy) {
        showPendingRows();
    }
}

void PackagesStepController::setWorkDirectory(const QString &path)
{
    m_workDirectory = path;
}

QString PackagesStepController::workDirectory() const
{
    if (!m_workDirectory.isEmpty()) {
        return m_workDirectory;
    }
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).filePath(u"packages/"_s + release());
}

github::Endpoints PackagesStepController::endpoints() const
{
    return m_endpoints.value_or(GitHubAccountSettings::endpoints());
}

packages::AttachOptions PackagesStepController::options() const
{
    packages::AttachOptions options;
    options.repository = github::RepositoryRef::parse(m_playbook.repository).value_or(github::RepositoryRef{});
    options.uploadsUrl = endpoints().uploads;
    options.tag = release();
    options.tagPrefix = m_playbook.tagSpelling.prefix;
    options.runId = m_runId.toLongLong();
    options.commit = m_commit;
    options.expectedNames = m_playbook.expectedAssets;
    options.workDir = workDirectory();
    options.sha256Sums = m_sha256Sums;
    return options;
}

void PackagesStepController::start()
{
    if (m_busy) {
        return;
    }
    Journal *journal = this->journal();
    if (!journal || release().isEmpty()) {
        m_outcome = Failed;
        m_message = tr("Pick a release first: its uploads are recorded in its journal.");
        Q_EMIT outcomeChanged();
        return;
    }
    if (m_mode == AttachArtifacts && m_runId.toLongLong() <= 0 && m_commit.isEmpty()) {
        m_outcome = Failed;
        m_message = tr("Say which CI run built the packages: its run id, or the commit that was tagged.");
        Q_EMIT outcomeChanged();
        return;
    }
    m_cancel = false;
    setBusy(true);
    m_progressText = tr("Reading the GitHub token…");
    Q_EMIT progressChanged();
    const int generation = ++m_generation;
    GitHubAccountSettings::readToken(secretStore(), [self = QPointer(this), generation](
                                                        const QString &token, const QString &, const QString &error) {
        if (self && generation == self->m_generation) {
            self->launch(token, error);
        }
    });
}

void PackagesStepController::launch(const QString &token, const QString &tokenProblem)
{
    if (m_cancel) {
        m_outcome = Cancelled;
        m_message = tr("Cancelled before anything was sent.");
        setBusy(false);
        Q_EMIT outcomeChanged();
        return;
    }
    if (token.isEmpty()) {
        m_outcome = Failed;
        m_message = tokenProblem.isEmpty() ? tr("No GitHub token: GitHub refuses artifact downloads and uploads "
                                                "without one. Sign in under Settings.")
                                           : tr("The keychain could not give the GitHub token: %1").arg(tokenProblem);
        setBusy(false);
        Q_EMIT outcomeChanged();
        return;
    }
    m_outcome = NotRun;
    m_message.clear();
    m_unexpected.clear();
    Q_EMIT outcomeChanged();
    showPendingRows();
    const bool verify = m_mode == VerifyDraft;
    m_progressText =
        verify ? tr("Verifying the draft of %1…").arg(release()) : tr("Looking for the draft of %1…").arg(release());
    Q_EMIT progressChanged();
    m_stepShownInProgress = false;
    PackagesStep::Request request{verify ? PackagesStep::Mode::Verify : PackagesStep::Mode::Attach, options()};
    // Step 6's settings, as ReleasePlanner::packagesRequest() gives them: a tracking issue the review already
    // opened shows the packages attached.
    request.review = release::PublishStep::Config::fromPlaybook(m_playbook, request.options.repository, release());
    m_watcher.setFuture(QtConcurrent::run(&PackagesStepController::run, journal()->databasePath(), release(), request,
                                          endpoints(), token, &m_cancel, this));
}

PackagesStep::Outcome PackagesStepController::run(const QString &journalPath, const QString &release,
                                                  const PackagesStep::Request &request,
                                                  const github::Endpoints &endpoints, const QString &token,
                                                  const std::atomic_bool *cancel, PackagesStepController *receiver)
{
    // The journal and the transport belong to the thread that made them: this worker gets its own.
    QString error;
    const auto journal = Journal::open(journalPath, &error);
    if (!journal) {
        PackagesStep::Outcome outcome;
        outcome.mode = request.mode;
        outcome.message = error;
        return outcome;
    }
    github::GitHubClient client(endpoints);
    client.setToken(token);
    QHash<int, std::pair<PackageItem::State, QElapsedTimer>> lastPosted;
    const auto progress = [receiver, &lastPosted](int index, const PackageItem &item) {
        auto &[state, timer] = lastPosted[index];
        const bool transferTick = state == item.state && timer.isValid() && item.done != item.total;
        if (transferTick && timer.elapsed() < progressIntervalMs) {
            return;
        }
        state = item.state;
        timer.start();
        // Queued to the UI thread; the controller waits for this worker before it is destroyed.
        QMetaObject::invokeMethod(
            receiver, [receiver, index, item] { receiver->itemUpdated(index, item); }, Qt::QueuedConnection);
    };
    return PackagesStep(journal.get(), release).execute(request, client, progress, cancel);
}

void PackagesStepController::itemUpdated(int index, const PackageItem &item)
{
    if (!m_busy) {
        return;
    }
    if (!m_stepShownInProgress) {
        // The worker recorded step 5 in progress before its first report: the step list shows it now.
        m_stepShownInProgress = true;
        if (ReleaseSession *current = session()) {
            current->reloadStepStates();
        }
    }
    m_packages.updateItem(index, item);
    m_progressText = tr("%1: %2").arg(item.name, PackagesItemModel::stateText(item.state));
    Q_EMIT progressChanged();
}

void PackagesStepController::runFinished()
{
    showOutcome(m_watcher.result());
    if (ReleaseSession *current = session()) {
        // The worker recorded the run and step 5's state through its own journal connection.
        current->reloadStepStates();
    }
    setBusy(false);
    Q_EMIT outcomeChanged();
    Q_EMIT finished();
}

void PackagesStepController::showOutcome(const PackagesStep::Outcome &outcome)
{
    if (!outcome.items.isEmpty()) {
        m_packages.setItems(outcome.items);
    }
    switch (outcome.result) {
    case PackagesStep::Outcome::Result::Succeeded:
        m_outcome = Succeeded;
        break;
    case PackagesStep::Outcome::Result::Cancelled:
        m_outcome = Cancelled;
        break;
    case PackagesStep::Outcome::Result::Failed:
        m_outcome = Failed;
        break;
    }
    // The packages are on the draft even when the tracking issue could not show them: a warning, not a failure.
    m_message = outcome.warning.isEmpty() ? outcome.message : outcome.message + u' ' + outcome.warning;
    m_unexpected = outcome.unexpected;
    m_finishedAt = outcome.finishedAt.isValid() ? outcome.finishedAt.toString(Qt::ISODate) : QString();
}

void PackagesStepController::cancel()
{
    if (!m_busy || m_cancel) {
        return;
    }
    m_cancel = true;
    m_progressText = tr("Cancelling at the next safe point…");
    Q_EMIT progressChanged();
    Q_EMIT busyChanged();
    if (!m_watcher.isRunning()) {
        // Still waiting for the token: nothing was sent.
        ++m_generation;
        launch({}, {});
    }
}

void PackagesStepController::planRequests()
{
    m_plannedRequests = packages::AttachPlan::requests(endpoints(), options());
    Q_EMIT plannedRequestsChanged();
}

void PackagesStepController::loadFromJournal()
{
    Journal *journal = this->journal();
    const QString name = release();
    m_outcome = NotRun;
    m_message.clear();
    m_unexpected.clear();
    m_finishedAt.clear();
    const PackagesStep step(journal, name);
    const PackagesStep::Choices choices = step.choices();
    m_commit = choices.commit;
    m_commitOrigin = choices.commitOrigin;
    m_runId = choices.runId;
    const std::optional<PackagesStep::Outcome> lastRun = step.status().lastRun;
    if (lastRun) {
        showOutcome(*lastRun);
        // A transfer cut by a restart did not finish: it is waiting to be resumed.
        m_packages.setItems(PackagesItemModel::itemsFromJson(lastRun->toJson().value(u"packages"_s).toArray()));
    } else {
        showPendingRows();
    }
    Q_EMIT configurationChanged();
    Q_EMIT outcomeChanged();
}

void PackagesStepController::showPendingRows()
{
    QList<PackageItem> items;
    for (const QString &name : std::as_const(m_playbook.expectedAssets)) {
        PackageItem item;
        item.name = name;
        items.append(item);
    }
    m_packages.setItems(items);
}

void PackagesStepController::setBusy(bool busy)
{
    if (m_busy != busy) {
        m_busy = busy;
        Q_EMIT busyChanged();
        Q_EMIT progressChanged();
    }
}

} // namespace ra
