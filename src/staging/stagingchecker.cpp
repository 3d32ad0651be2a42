// SPDX-License-Identifier: GPL-3.0-or-later
#include "staging/stagingchecker.h"

#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ra::staging {

namespace {

QUrl nodeUrl(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString prefix = base.path();
    while (prefix.endsWith(u'/')) {
        prefix.chop(1);
    }
    url.setPath(prefix + path);
    return url;
}

/// True when \a response is a web page: no /status route of a node answers HTML, a proxy or a portal does.
bool isHtmlPage(const net::Response &response)
{
    return response.header("content-type").toLower().contains("text/html") || response.body.trimmed().startsWith('<');
}

/**
 * Why the answer of \a path is not the node's, in words: what came back and what to do. \a expectedStatus is the
 * status the check wants; an error of kind None means the answer is the node's.
 */
net::Error answerError(const net::Response &response, const QString &path, int expectedStatus)
{
    net::Error error = response.error;
    error.httpStatus = response.status;
    const int status = response.status;
    if (status == 0) {
        return error; // no HTTP answer: the transport error already says what happened
    }
    if (error.kind == net::ErrorKind::Redirect || (status >= 300 && status < 400)) {
        error.kind = net::ErrorKind::Redirect;
        error.message = StagingChecker::tr("%1 answered with a redirect (HTTP %2) instead of the node's answer")
                            .arg(path)
                            .arg(status);
        error.hint = StagingChecker::tr("Check the node's URL in the playbook (scheme, host and port), then check "
                                        "again.");
        return error;
    }
    if (isHtmlPage(response)) {
        error.kind = net::ErrorKind::Unreadable;
        error.message = StagingChecker::tr("%1 answered with an HTML page (HTTP %2) from %3 instead of the node's "
                                           "JSON: a proxy or a captive portal answered")
                            .arg(path)
                            .arg(status)
                            .arg(response.url.host());
        error.hint = StagingChecker::tr("Check the network's proxy and the node's URL in the playbook, then check "
                                        "again.");
        return error;
    }
    if (status == expectedStatus) {
        return {};
    }
    if (status == 429 || status >= 500) {
        error.kind = status == 429 ? net::ErrorKind::RateLimited : net::ErrorKind::Server;
        error.message = StagingChecker::tr("%1 answered HTTP %2: the node is busy or failing").arg(path).arg(status);
        error.hint = StagingChecker::tr("Wait a minute and check again.");
        return error;
    }
    if (status == 404 || status == 410) {
        error.kind = net::ErrorKind::NotFound;
        error.message = StagingChecker::tr("%1 answered HTTP %2: no aleph-vm supervisor answers it at this URL")
                            .arg(path)
                            .arg(status);
        error.hint = StagingChecker::tr("Check the node's URL in the playbook, then check again.");
        return error;
    }
    error.kind = net::ErrorKind::Validation;
    error.message = StagingChecker::tr("%1 answered HTTP %2 instead of %3").arg(path).arg(status).arg(expectedStatus);
    error.hint = StagingChecker::tr("Check the node's URL in the playbook and the node's logs, then check again.");
    return error;
}

} // namespace

StagingChecker::StagingChecker(github::GitHubClient &github, net::HttpClient &nodes, QObject *parent)
    : QObject(parent)
    , m_github(github)
    , m_nodes(nodes)
{
}

StagingChecker::~StagingChecker()
{
    cancel(); // the calls outlive this checker; their callbacks must not reach it
}

bool StagingChecker::isRunning() const
{
    return m_running;
}

QString StagingChecker::versionFromServerHeader(const QByteArray &header)
{
    static const QRegularExpression pattern(u"aleph-vm/(\\S+)"_s);
    const auto match = pattern.match(QString::fromLatin1(header));
    return match.hasMatch() ? match.captured(1) : QString();
}

QStringList StagingChecker::falseFlags(const QJsonObject &object, const QString &prefix)
{
    QStringList flags;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = prefix.isEmpty() ? it.key() : prefix + u'.' + it.key();
        if (it->isBool() && !it->toBool()) {
            flags.append(key);
        } else if (it->isObject()) {
            flags.append(falseFlags(it->toObject(), key));
        }
    }
    return flags;
}

void StagingChecker::run(const StagingPlan &plan)
{
    cancel();
    ++m_generation;
    m_plan = plan;
    m_report = {};
    m_report.repository = plan.repository.toString();
    m_report.commitSha = plan.commitSha;
    m_report.expectedVersion = plan.expectedVersion;
    m_running = true;
    m_pending = 1 + int(plan.nodes.size());
    checkWorkflows();
    for (int i = 0; i < plan.nodes.size(); ++i) {
        checkNode(i);
    }
}

void StagingChecker::cancel()
{
    ++m_generation;
    const auto calls = m_calls;
    m_calls.clear();
    for (const auto &call : calls) {
        if (call) {
            call->cancel();
        }
    }
    m_running = false;
}

void StagingChecker::checkWorkflows()
{
    Q_EMIT progress(tr("Reading the workflow runs of %1").arg(m_plan.commitSha.left(12)));
    github::RunFilter filter;
    filter.headSha = m_plan.commitSha;
    const int generation = m_generation;
    m_calls.append(m_github.listWorkflowRuns(
        m_plan.repository, filter, [this, generation](const github::Result<QList<github::WorkflowRun>> &runs) {
            if (generation != m_generation) {
                return;
            }
            if (!runs.ok()) {
                m_report.githubError = runs.error;
                m_report.problems.append(tr("GitHub could not list the workflow runs: %1").arg(runs.error.toString()));
                oneDone();
                return;
            }
            qint64 buildRun = 0;
            for (const QString &workflow : std::as_const(m_plan.workflows)) {
                WorkflowResult result;
                result.workflow = workflow;
                for (const github::WorkflowRun &run : runs.value) {
                    if (run.workflowFile() == workflow && (!result.found || run.id > result.run.id)) {
                        result.run = run;
                        result.found = true;
                    }
                }
                if (!result.found) {
                    result.verdict = workflow == m_plan.buildWorkflow ? Verdict::Fail : Verdict::Warning;
                    result.summary = tr("no run for this commit");
                } else if (result.run.status != u"completed"_s) {
                    result.verdict = Verdict::Warning;
                    result.summary = tr("still %1").arg(QString(result.run.status).replace(u'_', u' '));
                } else if (result.run.conclusion == u"success"_s) {
                    result.verdict = Verdict::Pass;
                    result.summary = result.run.conclusion;
                } else {
                    result.verdict = Verdict::Fail;
                    result.summary = result.run.conclusion.isEmpty() ? tr("no conclusion") : result.run.conclusion;
                }
                if (result.verdict != Verdict::Pass) {
                    m_report.problems.append(tr("Workflow %1: %2").arg(workflow, result.summary));
                }
                if (workflow == m_plan.buildWorkflow && result.found) {
                    buildRun = result.run.id;
                }
                m_report.workflows.append(result);
            }
            if (buildRun != 0) {
                checkArtifacts(buildRun);
            } else {
                oneDone();
            }
        }));
}

void StagingChecker::checkArtifacts(qint64 runId)
{
    Q_EMIT progress(tr("Reading the artifacts of run %1").arg(runId));
    const int generation = m_generation;
    m_calls.append(m_github.listRunArtifacts(
        m_plan.repository, runId, [this, generation](const github::Result<QList<github::Artifact>> &artifacts) {
            if (generation != m_generation) {
                return;
            }
            if (!artifacts.ok()) {
                m_report.githubError = artifacts.error;
                m_report.problems.append(tr("GitHub could not list the artifacts: %1").arg(artifacts.error.toString()));
                oneDone();
                return;
            }
            QStringList seen;
            for (const github::Artifact &artifact : artifacts.value) {
                ArtifactResult result{artifact, false, artifact.expired ? Verdict::Warning : Verdict::Pass};
                if (artifact.expired) {
                    m_report.problems.append(
                        tr("Artifact %1 has expired; re-run the build to attach packages").arg(artifact.name));
                }
                seen.append(artifact.name);
                m_report.artifacts.append(result);
            }
            for (const QString &name : std::as_const(m_plan.expectedArtifacts)) {
                if (!seen.contains(name)) {
                    ArtifactResult missing;
                    missing.artifact.name = name;
                    missing.missing = true;
                    missing.verdict = Verdict::Warning;
                    m_report.problems.append(tr("Artifact %1 is missing from the build run").arg(name));
                    m_report.artifacts.append(missing);
                }
            }
            oneDone();
        }));
}

void StagingChecker::checkNode(int index)
{
    const StagingNode &node = m_plan.nodes.at(index);
    NodeResult result;
    result.name = node.name.isEmpty() ? node.url.host() : node.name;
    result.url = node.url;
    m_report.nodes.append(result);
    Q_EMIT progress(tr("Asking %1 for its version").arg(node.url.toString()));
    const int generation = m_generation;
    const int outstanding = 1 + int(node.checks.size());
    auto remaining = std::make_shared<int>(outstanding);
    auto nodeDone = [this, index, remaining] {
        if (--*remaining > 0) {
            return;
        }
        NodeResult &n = m_report.nodes[index];
        const QString reported = n.serverHeaderVersion.isEmpty() ? n.configVersion : n.serverHeaderVersion;
        n.version = compareVersions(reported, m_plan.expectedVersion, m_plan.commitSha);
        n.verdict = n.error.isError() || !n.version.matches ? Verdict::Fail : Verdict::Pass;
        if (n.error.isError()) {
            m_report.problems.append(tr("Staging node %1: %2").arg(n.name, n.error.toString()));
        } else if (!n.version.matches) {
            m_report.problems.append(tr("Staging node %1 %2").arg(n.name, n.version.explanation));
        }
        if (!n.serverHeaderVersion.isEmpty() && !n.configVersion.isEmpty() &&
            n.serverHeaderVersion != n.configVersion) {
            n.verdict = worst(n.verdict, Verdict::Warning);
            m_report.problems.append(tr("Staging node %1 reports %2 in its Server header but %3 in /status/config")
                                         .arg(n.name, n.serverHeaderVersion, n.configVersion));
        }
        for (const CheckResult &check : std::as_const(n.checks)) {
            n.verdict = worst(n.verdict, check.verdict);
            if (check.verdict != Verdict::Pass) {
                const QString why =
                    !check.error.isEmpty() ? check.error
                    : check.failures.isEmpty()
                        ? tr("HTTP %1").arg(check.status)
                        : tr("HTTP %1, failing: %2").arg(check.status).arg(check.failures.join(u", "_s));
                m_report.problems.append(tr("Staging node %1 %2: %3").arg(n.name, check.path, why));
            }
        }
        oneDone();
    };

    net::Call *config = m_nodes.send(net::Request("GET", nodeUrl(node.url, u"/status/config"_s)));
    m_calls.append(config);
    connect(config, &net::Call::finished, this, [this, generation, index, nodeDone](const net::Response &response) {
        if (generation != m_generation) {
            return;
        }
        NodeResult &n = m_report.nodes[index];
        n.serverHeaderVersion = versionFromServerHeader(response.header("server"));
        net::Error error = answerError(response, u"/status/config"_s, 200);
        const auto object = response.jsonObject();
        if (!error.isError()) {
            n.configVersion = object ? object->value(u"version"_s).toString() : QString();
        }
        if (!error.isError() && n.configVersion.isEmpty()) {
            error.kind = net::ErrorKind::Unreadable;
            error.httpStatus = response.status;
            error.message = tr("/status/config answered HTTP %1 without a version (%2)")
                                .arg(response.status)
                                .arg(object ? tr("no \"version\" field") : tr("not JSON, or JSON cut short"));
            error.hint = tr("Check again; when it stays so, a proxy may be answering instead of the node.");
        }
        if (error.isError()) {
            n.error = error;
        }
        nodeDone();
    });
    for (const NodeCheck &check : node.checks) {
        net::Call *call = m_nodes.send(net::Request("GET", nodeUrl(node.url, check.path)));
        m_calls.append(call);
        connect(call, &net::Call::finished, this,
                [this, generation, index, check, nodeDone](const net::Response &response) {
                    if (generation != m_generation) {
                        return;
                    }
                    CheckResult checkResult;
                    checkResult.path = check.path;
                    checkResult.expectedStatus = check.expectedStatus;
                    checkResult.status = response.status;
                    const net::Error error = answerError(response, check.path, check.expectedStatus);
                    if (response.status != 0 && !isHtmlPage(response)) {
                        checkResult.failures = falseFlags(QJsonDocument::fromJson(response.body).object());
                    }
                    if (error.isError() && checkResult.failures.isEmpty()) {
                        checkResult.error = error.toString();
                    }
                    checkResult.verdict = error.isError() ? Verdict::Fail : Verdict::Pass;
                    m_report.nodes[index].checks.append(checkResult);
                    if (m_report.nodes[index].serverHeaderVersion.isEmpty()) {
                        m_report.nodes[index].serverHeaderVersion = versionFromServerHeader(response.header("server"));
                    }
                    nodeDone();
                });
    }
}

void StagingChecker::oneDone()
{
    if (--m_pending == 0) {
        finish();
    }
}

void StagingChecker::finish()
{
    Verdict verdict = m_report.githubError.isError() ? Verdict::Fail : Verdict::Pass;
    if (m_plan.commitSha.isEmpty()) {
        verdict = Verdict::Fail;
    }
    for (const auto &w : std::as_const(m_report.workflows)) {
        verdict = worst(verdict, w.verdict);
    }
    for (const auto &a : std::as_const(m_report.artifacts)) {
        verdict = worst(verdict, a.verdict);
    }
    for (const auto &n : std::as_const(m_report.nodes)) {
        verdict = worst(verdict, n.verdict);
    }
    if (m_plan.nodes.isEmpty()) {
        verdict = worst(verdict, Verdict::Warning);
        m_report.problems.append(tr("No staging server is configured; the deployed version was not checked"));
    }
    m_report.verdict = verdict;
    m_running = false;
    m_calls.clear();
    Q_EMIT finished(m_report);
}

} // namespace ra::staging
