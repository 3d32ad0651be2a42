// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/stagingstepcontroller.h"

#include "app/githubaccountsettings.h"
#include "app/releasesession.h"
#include "git/describe.h"
#include "git/repository.h"
#include "github/githubclient.h"
#include "journal/journal.h"
#include "net/httpclient.h"
#include "secrets/secretstore.h"
#include "staging/stagingchecker.h"
#include "staging/stagingplan.h"
#include "staging/stagingsignoff.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace ra {

namespace {

const QString repositoryPathKey = u"repository.path"_s;
const QString revisionKey = u"staging.revision"_s;
const QString lastCheckKey = u"staging.lastcheck"_s;
const QString signOffKey = u"staging.signoff"_s;

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
    rememberValue(repositoryPathKey, path);
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
    rememberValue(revisionKey, revision);
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
    return m_freshReport && m_freshReport->verdict == staging::Verdict::Pass && !m_busy;
}

bool StagingStepController::canOverride() const
{
    return m_freshReport && m_freshReport->verdict != staging::Verdict::Pass && !m_busy;
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
    staging::StagingPlan plan = staging::StagingPlan::fromPlaybook(m_playbook);
    // The release workflow runs on the tag push, after this step: no run of it can exist for the candidate yet.
    if (!m_playbook.releaseWorkflow.isEmpty() && m_playbook.releaseWorkflow != m_playbook.buildWorkflow) {
        plan.workflows.removeAll(m_playbook.releaseWorkflow);
    }
    // aleph-vm's build names each artifact after the .deb it holds, which is the asset name.
    plan.expectedArtifacts = m_playbook.expectedAssets;
    plan.commitSha = m_commitSha;
    plan.expectedVersion = m_expectedVersion;
    return plan;
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
    } else if (auto repository = git::Repository::open(m_repositoryPath); !repository) {
        m_candidateError = repository.error().message();
    } else {
        // Staging runs what was merged to main: the remote's main when the clone has it, else the checkout.
        const QStringList candidates =
            m_revision.isEmpty() ? QStringList{u"origin/main"_s, u"HEAD"_s} : QStringList{m_revision};
        for (const QString &candidate : candidates) {
            if (const auto sha = repository->resolveCommit(candidate)) {
                m_resolvedRevision = candidate;
                m_commitSha = *sha;
                break;
            } else if (candidate == candidates.constLast()) {
                m_candidateError = sha.error().message();
            }
        }
        if (!m_commitSha.isEmpty()) {
            m_commitSubject =
                repository->commitSubject(m_commitSha).ok() ? *repository->commitSubject(m_commitSha) : QString();
            if (const auto describe = git::describeCommit(*repository, m_commitSha)) {
                m_expectedVersion = *describe;
            } else {
                m_candidateError = tr("git describe found no tag below %1 (%2), so the staging servers' version cannot "
                                      "be compared.")
                                       .arg(m_commitSha.left(10), describe.error().message());
            }
        }
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
        // A staging node that does not answer within seconds is a finding, not something to wait for.
        m_nodes->retryPolicy().setLimits(
            {2, std::chrono::milliseconds(500), std::chrono::milliseconds(2000), std::chrono::milliseconds(5000)});
        m_nodes->setConnectTimeout(10000);
        m_nodes->setStallTimeout(30000);
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
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    m_freshReport = report;
    const QJsonObject json = report.toJson();
    Journal *journal = this->journal();
    if (journal && !release().isEmpty()) {
        QString error;
        if (!journal->setValue(release(), lastCheckKey, QJsonObject{{u"at"_s, at}, {u"report"_s, json}}, &error)) {
            setMessage(tr("The report could not be kept in the journal: %1").arg(error));
        }
        if (!signedOff()) {
            const bool passed = report.verdict == staging::Verdict::Pass;
            recordStep(passed ? StepState::InProgress : StepState::NeedsAttention,
                       passed ? tr("Every staging check passed; waiting for the sign-off") : report.problems.value(0));
        }
    }
    setBusy(false);
    showReport(json, at, true);
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
    if (!canSignOff()) {
        setMessage(m_freshReport ? tr("The checks did not pass: override them with a reason instead.")
                                 : tr("Run the checks first: a sign-off records what was just checked."));
        return false;
    }
    return recordSignOff({});
}

bool StagingStepController::overrideWithReason(const QString &reason)
{
    if (!m_freshReport) {
        setMessage(tr("Run the checks first: an override records what was just checked."));
        return false;
    }
    if (reason.trimmed().isEmpty()) {
        setMessage(tr("Say why the failing checks can be overridden: the reason is kept with the release."));
        return false;
    }
    return recordSignOff(reason);
}

bool StagingStepController::recordSignOff(const QString &reason)
{
    Journal *journal = this->journal();
    if (!journal || release().isEmpty()) {
        setMessage(tr("The release journal is not open, so the sign-off could not be recorded."));
        return false;
    }
    if (m_signer.trimmed().isEmpty()) {
        setMessage(tr("Say who signs off."));
        return false;
    }
    QString error;
    if (!staging::StagingSignOff::record(*journal, release(), *m_freshReport, m_signer.trimmed(), reason, &error)) {
        setMessage(tr("The sign-off was not recorded: %1").arg(error));
        return false;
    }
    // StagingSignOff marked the step Done in the journal; the step list shows it at once.
    if (StepStatus *status = session()->steps()->status(ReleaseStep::Staging)) {
        status->setState(StepState::Done);
    }
    loadSignOff();
    setMessage(reason.isEmpty() ? tr("Sign-off recorded.") : tr("Override recorded with its reason."));
    return true;
}

void StagingStepController::loadFromJournal()
{
    m_freshReport.reset();
    const Journal *journal = this->journal();
    const QString name = release();
    QString path;
    QString revision;
    QJsonObject lastCheck;
    if (journal && !name.isEmpty()) {
        path = journal->value(name, repositoryPathKey).toString();
        // A maintainer releases from the same clone every time: the last release's clone is a good guess.
        const QStringList releases = journal->releases();
        for (qsizetype i = 0; path.isEmpty() && i < releases.size(); ++i) {
            path = journal->value(releases.at(i), repositoryPathKey).toString();
        }
        revision = journal->value(name, revisionKey).toString();
        lastCheck = journal->value(name, lastCheckKey).toObject();
    }
    // The open project's clone is the release's clone: the page never asks for it again.
    m_repositoryPath = session() && session()->projectOpen() ? session()->clonePath() : path;
    m_revision = revision;
    loadSignOff();
    if (lastCheck.isEmpty() && signedOff()) {
        lastCheck = QJsonObject{{u"at"_s, m_signOff.value(u"at"_s)}, {u"report"_s, m_signOff.value(u"report"_s)}};
    }
    showReport(lastCheck.value(u"report"_s).toObject(), lastCheck.value(u"at"_s).toString(), false);
    refresh();
}

void StagingStepController::loadSignOff()
{
    const Journal *journal = this->journal();
    m_signOff = journal && !release().isEmpty() ? journal->value(release(), signOffKey).toObject() : QJsonObject();
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

void StagingStepController::rememberValue(const QString &key, const QString &value)
{
    Journal *journal = this->journal();
    if (journal && !release().isEmpty()) {
        journal->setValue(release(), key, value);
    }
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
