// SPDX-License-Identifier: GPL-3.0-or-later
#include "githubapidriver.h"

#include "github/syncwaiter.h"
#include "githubbench.h"

using namespace Qt::StringLiterals;

namespace ra::test {

QString GitHubApiDriver::name() const
{
    return u"github api"_s;
}

Expect GitHubApiDriver::expectation(Fault fault) const
{
    return httpExpectation(fault, true, true);
}

CellOutcome GitHubApiDriver::run(Fault fault)
{
    CellOutcome outcome;
    GitHubBench bench;
    if (!bench.start()) {
        outcome.observed = u"the twin did not start"_s;
        return outcome;
    }
    const QString releases = u"/repos/{owner}/{repo}/releases"_s;
    if (fault == Fault::Down) {
        bench.takeApiDown();
    } else if (fault == Fault::Unauthorized) {
        bench.expireToken();
    } else if (fault == Fault::Gone) {
        bench.twin().api().injectFault("GET", releases, GitHubTwin::notFound(), faultTimes(fault));
    } else {
        injectHttpFault(bench.twin().api(), "GET", releases, fault, bench.portal().url());
    }
    const auto found = github::waitFor<std::optional<github::Release>>(
        [&](auto done) { return bench.client().findReleaseByTag(bench.repo(), GitHubBench::Tag, done); });
    outcome.succeeded = found.ok() && found.value && found.value->id == bench.draftId();
    outcome.attempts = bench.twin().api().requestCount("GET", releases);
    outcome.message = found.error.message;
    outcome.hint = found.error.hint;
    outcome.observed = found.ok() ? (found.value ? u"found the draft"_s : u"no release of the tag"_s) : QString();
    bench.describe(outcome);
    return outcome;
}

} // namespace ra::test
