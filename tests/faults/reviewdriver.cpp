// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewdriver.h"

#include "githubbench.h"
#include "githubissuestwin.h"
#include "review/reviewpublisher.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace ra::test {

namespace {

const QString ReleasePattern = u"/repos/{owner}/{repo}/releases/{id}"_s;

} // namespace

QString ReviewDriver::name() const
{
    return u"review publish"_s;
}

Expect ReviewDriver::expectation(Fault fault) const
{
    // Setting draft=false twice is harmless: the client marks the PATCH safe to repeat.
    return httpExpectation(fault, true, true);
}

CellOutcome ReviewDriver::run(Fault fault)
{
    CellOutcome outcome;
    GitHubBench bench;
    if (!bench.start()) {
        outcome.observed = u"the twin did not start"_s;
        return outcome;
    }
    GitHubIssuesTwin issues(bench.twin());
    bench.twin().addRelease(u"1.14.2"_s, false);
    bench.twin().state().release(bench.draftId())->body = u"# 1.15.0\n\n- Fixed the cache (#701)\n"_s;
    QString error;
    auto journal = Journal::open(bench.workDir() + u"/journal.sqlite"_s, &error);
    if (!journal || !journal->createRelease(GitHubBench::Tag, {}, &error)) {
        outcome.observed = u"no journal: "_s + error;
        return outcome;
    }
    review::ReviewConfig config;
    config.repository = bench.repo();
    config.tag = GitHubBench::Tag;
    config.approvals = {0, {}};
    review::ReviewPublisher publisher(bench.client(), journal.get(), config);

    if (fault == Fault::Down) {
        bench.takeApiDown();
    } else if (fault == Fault::Unauthorized) {
        bench.expireToken();
    } else if (fault == Fault::Gone) {
        bench.twin().api().injectFault("PATCH", ReleasePattern, GitHubTwin::notFound(), faultTimes(fault));
    } else if (fault == Fault::InvalidJson) {
        bench.twin().garble("PATCH", u"/repos/{owner}/{repo}/releases/{id}"_s, GitHubTwin::Garble::CutJson,
                            faultTimes(fault));
    } else {
        injectHttpFault(bench.twin().api(), "PATCH", ReleasePattern, fault, bench.portal().url());
    }
    std::optional<review::ReviewOutcome> published;
    publisher.publish({}, [&](const review::ReviewOutcome &result) { published = result; });
    if (!QTest::qWaitFor([&] { return published.has_value(); }, 20000)) {
        outcome.hung = true;
        outcome.observed = u"publish() never reported"_s;
        return outcome;
    }
    const auto *draft = bench.twin().state().release(bench.draftId());
    const bool isPublished = draft && !draft->draft;
    outcome.succeeded = published->ok && published->changed && isPublished;
    outcome.attempts = bench.twin().api().requestCount("PATCH", ReleasePattern);
    outcome.message = published->message;
    outcome.hint = published->hint;
    outcome.effects = journal->effects(GitHubBench::Tag);
    outcome.observed = u"GitHub's release is %1"_s.arg(isPublished ? u"published"_s : u"still a draft"_s);
    for (const JournalEffect &effect : std::as_const(outcome.effects)) {
        if (effect.action == QLatin1StringView(review::ReviewPublisher::PublishAction) &&
            effect.outcome == EffectOutcome::Failed && isPublished) {
            outcome.halfDone =
                u"the journal says the publication failed (%1) but GitHub published it"_s.arg(effect.error);
        }
    }
    bench.describe(outcome);
    return outcome;
}

} // namespace ra::test
