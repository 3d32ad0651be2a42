// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/publishrunner.h"

#include "github/githubclient.h"
#include "release/release.h"
#include "review/reviewpublisher.h"

#include <QEventLoop>

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
    const Playbook &playbook = release.project().playbook();
    review::ReviewConfig config;
    config.repository = release.project().repository();
    config.tag = release.tag();
    config.approvals = playbook.approvals;
    config.scheme = playbook.versionScheme;
    review::ReviewPublisher publisher(client, &release.journal(), config);

    QEventLoop loop;
    std::optional<review::ReviewSnapshot> snapshot;
    publisher.refresh([&](const review::ReviewSnapshot &read) {
        snapshot = read;
        loop.quit();
    });
    if (!snapshot) {
        loop.exec();
    }
    if (!snapshot->ok()) {
        return {StepRunResult::Outcome::Failed, snapshot->error, snapshot->hint};
    }
    if (snapshot->published) {
        return applyScoring(release, snapshot->release ? snapshot->release->publishedAt : QDateTime(),
                            {StepRunResult::Outcome::Done, tr("%1 is published.").arg(release.tag()), {}});
    }
    const review::ApprovalStatus &status = snapshot->status;
    if (!status.canPublish()) {
        QString message = status.changesRequestedBy.isEmpty()
                              ? tr("%n approval(s) of the exact notes are missing.", nullptr, status.missing())
                              : tr("Changes were requested by %1.").arg(status.changesRequestedBy.join(u", "_s));
        if (!status.approvedBy.isEmpty()) {
            message += u' ' + tr("Approved by %1.").arg(status.approvedBy.join(u", "_s));
        }
        return {StepRunResult::Outcome::NeedsPerson, message,
                tr("Reviewers approve with: release-assistant-cli review approve --release %1 (or the app's step 6).")
                    .arg(release.tag())};
    }
    std::optional<review::ReviewOutcome> outcome;
    publisher.publish(snapshot->digest, [&](const review::ReviewOutcome &done) {
        outcome = done;
        loop.quit();
    });
    if (!outcome) {
        loop.exec();
    }
    if (!outcome->ok) {
        return {StepRunResult::Outcome::Failed, outcome->message, outcome->hint};
    }
    QDateTime publishedAt = outcome->snapshot.release ? outcome->snapshot.release->publishedAt : QDateTime();
    if (!publishedAt.isValid()) {
        const auto publish = release.journal().lastEffect(
            release.tag(), QString::fromLatin1(review::ReviewPublisher::PublishAction), release.tag());
        publishedAt = publish ? QDateTime::fromString(publish->result.value(u"published_at"_s).toString(), Qt::ISODate)
                              : QDateTime();
    }
    return applyScoring(release, publishedAt, {StepRunResult::Outcome::Done, outcome->message, {}});
}

StepRunResult PublishRunner::applyScoring(Release &release, const QDateTime &publishedAt, StepRunResult published) const
{
    const ScheduledScoring::Outcome scoring =
        ScheduledScoring(&release.journal(), release.tag(), m_scheduleDirectory).run(publishedAt, m_scoringPassword);
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
