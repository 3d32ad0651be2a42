// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/publishrunner.h"

#include "github/githubclient.h"
#include "release/publishstep.h"
#include "release/release.h"

using namespace Qt::StringLiterals;

namespace ra::release {

PublishRunner::PublishRunner(github::Endpoints endpoints, QString token,
                             ScheduledScoring::PasswordProvider scoringPassword, QString scheduleDirectory)
    : m_endpoints(std::move(endpoints))
    , m_token(std::move(token))
    , m_scoringPassword(std::move(scoringPassword))
    , m_scheduleDirectory(std::move(scheduleDirectory))
{
}

ReleaseStep PublishRunner::step() const
{
    return ReleaseStep::ReviewPublish;
}

bool PublishRunner::automatic() const
{
    return true;
}

StepRunResult PublishRunner::run(Release &release)
{
    if (m_token.isEmpty()) {
        return {StepRunResult::Outcome::NeedsPerson, tr("Publishing needs a GitHub token with write access."),
                tr("Export GITHUB_TOKEN, then run again.")};
    }
    github::GitHubClient client(m_endpoints);
    client.setToken(m_token);
    PublishStep::Config config =
        PublishStep::Config::fromPlaybook(release.project().playbook(), release.project().repository(), release.tag());
    config.scheduleDirectory = m_scheduleDirectory;
    config.driving = release.isDriving();
    PublishStep step(client, &release.journal(), config);

    const PublishStatus status = step.readStatusBlocking();
    if (!status.ok()) {
        return {StepRunResult::Outcome::Failed, status.message, status.hint};
    }
    if (status.published()) {
        return applyScoring(step, status.publishedAt(),
                            {StepRunResult::Outcome::Done, tr("%1 is published.").arg(release.tag()), {}});
    }
    if (status.state == PublishStatus::State::AwaitingApprovals ||
        status.state == PublishStatus::State::ChangesRequested) {
        QString message = status.message;
        if (!status.snapshot.status.approvedBy.isEmpty()) {
            message += u' ' + tr("Approved by %1.").arg(status.snapshot.status.approvedBy.join(u", "_s));
        }
        return {StepRunResult::Outcome::NeedsPerson, message,
                tr("Reviewers approve with: release-assistant-cli review approve --release %1 (or the app's step 6).")
                    .arg(release.tag())};
    }
    if (!status.canPublish()) {
        return {StepRunResult::Outcome::Failed, status.message, status.hint};
    }
    const PublishOutcome outcome = step.publishBlocking(status.snapshot.digest);
    if (!outcome.ok) {
        return {StepRunResult::Outcome::Failed, outcome.message, outcome.hint};
    }
    return applyScoring(step, outcome.publishedAt, {StepRunResult::Outcome::Done, outcome.message, {}});
}

StepRunResult PublishRunner::applyScoring(const PublishStep &step, const QDateTime &publishedAt,
                                          StepRunResult published) const
{
    const ScheduledScoring::Outcome scoring = step.applyScheduledScoring(publishedAt, m_scoringPassword);
    if (scoring.ran && !scoring.succeeded) {
        // Publishing stands; only the scoring apply is retried by the next run.
        return {StepRunResult::Outcome::Failed, scoring.message,
                tr("The release is published. Run again to retry only the scoring-table change.")};
    }
    if (scoring.ran) {
        published.message += u' ' + scoring.message;
    }
    return published;
}

} // namespace ra::release
