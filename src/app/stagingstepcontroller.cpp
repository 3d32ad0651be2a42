// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/stagingstepcontroller.h"

#include "app/githubaccountsettings.h"
#include "app/releasesession.h"
#include "github/githubclient.h"
#include "journal/journal.h"
#include "net/httpclient.h"
#include "release/tagjournal.h"
#include "sandbox/demoenvironment.h"
#include "secrets/secretstore.h"
#include "staging/stagingchecker.h"
#include "staging/stagingplan.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace ra {

namespace {

const QString repositoryPathKey = u"repository.path"_s;

QString localTime(const QString &isoUtc)
{
    const QDateTime at = QDateTime::fromString(isoUtc, Qt::ISODate);
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : isoUtc;
}

} // namespace

StagingStepController::StagingStepController(QObject *parent)
    : StepController(ReleaseStep::Staging, parent)
{
    m_playbook = ReleaseSession::fallbackPlaybook();
    m_signer = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
}

StagingStepController::~StagingStepController()
{
    // The checker's calls outlive it; cancelling first keeps their callbacks away from this object.
    if (m_checker) {
        m_checker->cancel();
    }
}

void StagingStepController::projectChanged()
{
    if (const auto playbook = openPlaybook()) {
        setPlaybook(*playbook);
    }
    // The demo's maintainer signs the demo off (the command-line tool's demo signs as its account too), not
    // whoever runs the app.
    if (session() && session()->demoMode()) {
        setSigner(sandbox::DemoEnvironment::maintainer().login);
    }
    releaseChanged();
}

void StagingStepController::releaseChanged()
{
    cancel();
    loadFromJournal();
}

QString StagingStepController::repositoryPath() const
{
    return m_repositoryPath;
}

void StagingStepController::setRepositoryPath(const QString &path)
{
    if (path == m_repositoryPath) {
        return;
    }
    m_repositoryPath = path;
    release::TagJournal(journal(), release()).remember(repositoryPathKey, path);
    refresh();
}

QString StagingStepController::revision() const
{
    return m_revision;
}

void StagingStepController::setRevision(const QString &revision)
{
    if (revision == m_revision) {
        return;
    }
    m_revision = revision;
    step().rememberRevision(revision);
    refresh();
}

QString StagingStepController::resolvedRevision() const
{
    return m_resolvedRevision;
}

QString StagingStepController::commitSha() const
{
    return m_commitSha;
}

QString StagingStepController::commitSubject() const
{
    return m_commitSubject;
}

QString StagingStepController::expectedVersion() const
{
    return m_expectedVersion;
}

QString StagingStepController::candidateError() const
{
    return m_candidateError;
}

QString StagingStepController::repository() const
{
    return m_playbook.repository;
}

QStringList StagingStepController::serverUrls() const
{
    QStringList urls;
    for (const StagingServer &server : m_playbook.stagingServers) {
        urls.append(server.url);
    }
    return urls;
}

StagingWorkflowModel *StagingStepController::workflows()
{
    return &m_workflows;
}

StagingArtifactModel *StagingStepController::artifacts()
{
    return &m_artifacts;
}

StagingServerModel *StagingStepController::servers()
{
    return &m_servers;
}

bool StagingStepController::hasReport() const
{
    return !m_reportJson.isEmpty();
}

bool StagingStepController::reportIsFresh() const
{
    return m_freshReport.has_value();
}

QString StagingStepController::reportCommit() const
{
    return m_reportJson.value(u"commit"_s).toString();
}

QString StagingStepController::checkedAt() const
{
    return m_checkedAt.isEmpty() ? QString() : localTime(m_checkedAt);
}

QString StagingStepController::verdict() const
{
    return m_reportJson.value(u"verdict"_s).toString();
}

QStringList StagingStepController::problems() const
{
    QStringList problems;
    const QJsonArray array = m_reportJson.value(u"problems"_s).toArray();
    for (const QJsonValue &problem : array) {
        problems.append(problem.toString());
    }
    return problems;
}

bool StagingStepController::canSignOff() const
{
    return m_freshReport && release::StagingStep::canSignOff(*m_freshReport) && !m_busy;
}

bool StagingStepController::canOverride() const
{
    return m_freshReport && release::StagingStep::canOverride(*m_freshReport) && !m_busy;
}

bool StagingStepController::busy() const
{
    return m_busy;
}

QString StagingStepController::progressText() const
{
    return m_progressText;
}

QString StagingStepController::message() const
{
    return m_message;
}

QString StagingStepController::signer() const
{
    return m_signer;
}

void StagingStepController::setSigner(const QString &signer)
{
    if (signer != m_signer) {
        m_signer = signer;
        Q_EMIT signerChanged();
    }
}

bool StagingStepController::signedOff() const
{
    return !m_signOff.isEmpty();
}

bool StagingStepController::overridden() const
{
    return !m_signOff.value(u"override_reason"_s).toString().isEmpty();
}

QString StagingStepController::signOffText() const
{
    if (m_signOff.isEmpty()) {
        return {};
    }
    const QString who = m_signOff.value(u"signer"_s).toString();
    const QString when = localTime(m_signOff.value(u"at"_s).toString());
    const QString commit = m_signOff.value(u"report"_s).toObject().value(u"commit"_s).toString().left(10);
    const QString reason = m_signOff.value(u"override_reason"_s).toString();
    if (reason.isEmpty()) {
        return tr("Signed off by %1 on %2 for commit %3: every check passed.").arg(who, when, commit);
    }
    return tr("Overridden by %1 on %2 for commit %3 (checks: %4). Reason: %5")
        .arg(who, when, commit, m_signOff.value(u"verdict"_s).toString(), reason);
}

void StagingStepController::setEndpoints(const github::Endpoints &endpoints)
{
    m_endpoints = endpoints;
}

void StagingStepController::setPlaybook(const Playbook &playbook)
{
    m_playbook = playbook;
    Q_EMIT candidateChanged();
}

staging::StagingPlan StagingStepController::plan() const
{
    return release::StagingStep::checks(m_playbook, m_commitSha, m_expectedVersion);
}

void StagingStepController::refresh()
{
    m_resolvedRevision.clear();
    m_commitSha.clear();
    m_commitSubject.clear();
    m_expectedVersion.clear();
    m_candidateError.clear();
    if (!session() || release().isEmpty()) {
        m_candidateError = tr("Pick a release, or start one, to check its candidate commit.");
    } else if (m_repositoryPath.isEmpty()) {
        m_candidateError = tr("Choose the local clone of %1: the candidate commit and its git describe come from it.")
                               .arg(session()->projectName());
    } else {
        const release::StagingCandidate candidate =
            release::StagingStep::resolveCandidate(m_repositoryPath, m_revision);
        m_resolvedRevision = candidate.resolvedRevision;
        m_commitSha = candidate.commitSha;
        m_commitSubject = candidate.subject;
        m_expectedVersion = candidate.expectedVersion;
        m_candidateError = candidate.error;
    }
    Q_EMIT candidateChanged();
}

void StagingStepController::runChecks()
{
    if (m_busy) {
        return;
    }
    if (m_commitSha.isEmpty()) {
        setMessage(m_candidateError.isEmpty() ? tr("There is no candidate commit to check.") : m_candidateError);
        return;
    }
    setMessage({});
    setBusy(true);
    m_progressText = tr("Reading the GitHub token…");
    Q_EMIT progressChanged();
    const int generation = ++m_generation;
    GitHubAccountSettings::readToken(secretStore(), [self = QPointer(this), generation](
                                                        const QString &token, const QString &, const QString &error) {
        if (self && generation == self->m_generation) {
            self->startChecks(token, error);
        }
    });
}

void StagingStepController::startChecks(const QString &token, const QString &tokenProblem)
{
    m_github = std::make_unique<github::GitHubClient>(m_endpoints.value_or(GitHubAccountSettings::endpoints()));
    if (!token.isEmpty()) {
        m_github->setToken(token);
    }
    if (m_nodes == nullptr) {
        m_nodes = std::make_unique<net::HttpClient>();
        release::StagingStep::configureNodeClient(*m_nodes);
    }
    m_checker = std::make_unique<staging::StagingChecker>(*m_github, *m_nodes);
    connect(m_checker.get(), &staging::StagingChecker::progress, this, [this](const QString &text) {
        m_progressText = text;
        Q_EMIT progressChanged();
    });
    connect(m_checker.get(), &staging::StagingChecker::finished, this, &StagingStepController::checksDone);
    if (token.isEmpty()) {
        setMessage(tokenProblem.isEmpty()
                       ? tr("No GitHub token: asking GitHub anonymously (60 requests an hour). Sign in under Settings.")
                       : tr("The keychain could not give the GitHub token (%1): asking GitHub anonymously.")
                             .arg(tokenProblem));
    }
    m_checker->run(plan());
}

void StagingStepController::checksDone(const staging::StagingReport &report)
{
    m_freshReport = report;
    QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (journal() && !release().isEmpty()) {
        QString error;
        if (step().recordCheck(report, &error)) {
            at = step().status().checkedAt;
            session()->reloadStepStates();
        } else {
            setMessage(tr("The report could not be kept in the journal: %1").arg(error));
        }
    }
    setBusy(false);
    showReport(report.toJson(), at, true);
    Q_EMIT checksFinished();
}

void StagingStepController::cancel()
{
    ++m_generation;
    if (m_checker) {
        m_checker->cancel();
    }
    setBusy(false);
}

bool StagingStepController::signOff()
{
    QString error;
    if (m_busy || !step().signOff(m_freshReport ? &*m_freshReport : nullptr, m_signer, &error)) {
        setMessage(m_busy ? tr("Wait for the checks to finish: a sign-off records what was just checked.") : error);
        return false;
    }
    signOffRecorded(tr("Sign-off recorded."));
    return true;
}

bool StagingStepController::overrideWithReason(const QString &reason)
{
    QString error;
    if (m_busy || !step().overrideChecks(m_freshReport ? &*m_freshReport : nullptr, m_signer, reason, &error)) {
        setMessage(m_busy ? tr("Wait for the checks to finish: an override records what was just checked.") : error);
        return false;
    }
    signOffRecorded(tr("Override recorded with its reason."));
    return true;
}

void StagingStepController::signOffRecorded(const QString &message)
{
    // The engine marked the step Done in the journal; the step list shows it at once.
    if (session()) {
        session()->reloadStepStates();
    }
    loadSignOff();
    setMessage(message);
}

void StagingStepController::loadFromJournal()
{
    m_freshReport.reset();
    const release::StagingStatus status = step().status();
    // The open project's clone is the release's clone: the page never asks for it again. Without one, a
    // maintainer releases from the same clone every time: the last release's clone is a good guess.
    m_repositoryPath = session() && session()->projectOpen()
                           ? session()->clonePath()
                           : release::TagJournal(journal(), release()).choices().repositoryPath;
    m_revision = step().revision();
    m_signOff = status.signOff;
    Q_EMIT signOffChanged();
    showReport(status.lastReport, status.checkedAt, false);
    refresh();
}

void StagingStepController::loadSignOff()
{
    m_signOff = step().status().signOff;
    Q_EMIT signOffChanged();
}

void StagingStepController::showReport(const QJsonObject &report, const QString &checkedAt, bool fresh)
{
    if (!fresh) {
        m_freshReport.reset();
    }
    m_reportJson = report;
    m_checkedAt = checkedAt;
    m_workflows.setRows(report.value(u"workflows"_s).toArray());
    m_artifacts.setRows(report.value(u"artifacts"_s).toArray());
    m_servers.setRows(report.value(u"nodes"_s).toArray());
    Q_EMIT reportChanged();
}

release::StagingStep StagingStepController::step() const
{
    return release::StagingStep(journal(), release());
}

void StagingStepController::setBusy(bool busy)
{
    if (m_busy != busy) {
        m_busy = busy;
        Q_EMIT busyChanged();
        Q_EMIT reportChanged(); // canSignOff and canOverride follow busy
    }
}

void StagingStepController::setMessage(const QString &message)
{
    if (m_message != message) {
        m_message = message;
        Q_EMIT messageChanged();
    }
}

} // namespace ra
