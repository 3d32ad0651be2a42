// SPDX-License-Identifier: GPL-3.0-or-later
#include "stagingdriver.h"

#include "githubbench.h"
#include "staging/stagingchecker.h"
#include "stagingnodetwin.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace ra::test {

namespace {

const QString NodeName = u"ovh-staging"_s;
const QString Sha = u"6da21a3a0123456789abcdef0123456789abcdef"_s;
const QString Workflow = u"build-deb-package-and-integration-tests.yml"_s;

} // namespace

QString StagingDriver::name() const
{
    return u"staging node"_s;
}

Expect StagingDriver::expectation(Fault fault) const
{
    return httpExpectation(fault, true, false, false);
}

CellOutcome StagingDriver::run(Fault fault)
{
    CellOutcome outcome;
    GitHubBench bench;
    StagingNodeTwin node;
    if (!bench.start() || !node.start()) {
        outcome.observed = u"the twins did not start"_s;
        return outcome;
    }
    bench.twin().addRun(u".github/workflows/"_s + Workflow, u"Build Packages"_s, Sha, u"success"_s);
    staging::StagingPlan plan;
    plan.repository = bench.repo();
    plan.commitSha = Sha;
    plan.expectedVersion = node.version;
    plan.workflows = {Workflow};
    plan.buildWorkflow = Workflow;
    QUrl nodeUrl = node.url();
    if (fault == Fault::Down) {
        nodeUrl = closedUrl();
    }
    for (const QString &path : {u"/status/config"_s, u"/status/check/fastapi"_s, u"/status/check/host"_s}) {
        injectHttpFault(node.server(), "GET", path, fault, bench.portal().url());
    }
    plan.nodes = {{NodeName, nodeUrl, staging::StagingPlan::defaultChecks()}};

    // The nodes' transport as `staging check` sets it up, on the fake clock and with a short stall timeout.
    net::HttpClient nodes;
    nodes.retryPolicy().setLimits(
        {2, std::chrono::milliseconds(500), std::chrono::milliseconds(2000), std::chrono::milliseconds(5000)});
    nodes.setConnectTimeout(2000);
    nodes.setStallTimeout(StallTimeoutMs);
    const auto clock = std::make_shared<FakeClock>();
    nodes.setClock(clock);

    staging::StagingChecker checker(bench.client(), nodes);
    std::optional<staging::StagingReport> report;
    QObject::connect(&checker, &staging::StagingChecker::finished,
                     [&](const staging::StagingReport &result) { report = result; });
    checker.run(plan);
    if (!QTest::qWaitFor([&] { return report.has_value(); }, 20000)) {
        outcome.hung = true;
        outcome.observed = u"the check never finished"_s;
        return outcome;
    }
    const staging::NodeResult result = report->nodes.value(0);
    QStringList problems;
    for (const QString &problem : std::as_const(report->problems)) {
        if (problem.contains(NodeName)) {
            problems.append(problem);
        }
    }
    outcome.succeeded = result.verdict == staging::Verdict::Pass && problems.isEmpty();
    outcome.attempts = node.server().requestCount("GET", u"/status/config"_s);
    outcome.message = problems.join(u" / "_s);
    outcome.observed = u"node verdict %1, version \"%2\""_s.arg(staging::verdictKey(result.verdict),
                                                                result.serverHeaderVersion + result.configVersion);
    outcome.serviceNames = {NodeName};
    outcome.waits = clock->waits;
    outcome.leak = bench.portal().leaks({GitHubBench::Token});
    return outcome;
}

} // namespace ra::test
