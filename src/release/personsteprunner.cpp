// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/personsteprunner.h"

#include "release/announcestep.h"
#include "release/release.h"
#include "release/releaseplanner.h"
#include "release/stagingstep.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ra::release {

PersonStepRunner::PersonStepRunner(ReleaseStep step)
    : m_step(step)
{
}

ReleaseStep PersonStepRunner::step() const
{
    return m_step;
}

bool PersonStepRunner::automatic() const
{
    return false;
}

StepRunResult PersonStepRunner::run(Release &release)
{
    const QString tag = release.tag();
    switch (m_step) {
    case ReleaseStep::Staging:
        return stagingResult(release);
    case ReleaseStep::ScoringTable:
        return {StepRunResult::Outcome::NeedsPerson,
                tr("A maintainer reviews the scoring-table change set of %1, then applies it or schedules it for "
                   "the publication.")
                    .arg(tag),
                tr("Step 3 in the app, or: release-assistant-cli table add|apply")};
    case ReleaseStep::Notes:
        return {StepRunResult::Outcome::NeedsPerson,
                tr("A maintainer writes and reviews the release notes of %1 and saves them to the draft.").arg(tag),
                tr("Step 4 in the app; release-assistant-cli notes generate --tag %1 drafts them.").arg(tag)};
    case ReleaseStep::Packages:
        return {StepRunResult::Outcome::NeedsPerson, tr("The packages of %1 are attached to the draft.").arg(tag),
                tr("Step 5 in the app, or: release-assistant-cli packages attach --release %1").arg(tag)};
    case ReleaseStep::ReviewPublish: {
        const QString approvals = ReleasePlanner(release).planStep(m_step).needsPerson;
        return {StepRunResult::Outcome::NeedsPerson,
                approvals.isEmpty() ? tr("A maintainer publishes %1.").arg(tag) : approvals,
                tr("Step 6 in the app, or: release-assistant-cli review status|approve|publish --release %1").arg(tag)};
    }
    case ReleaseStep::Announce:
        return announceResult(release);
    case ReleaseStep::Tag:
        break;
    }
    return {StepRunResult::Outcome::NeedsPerson, ReleasePlanner(release).planStep(m_step).needsPerson, {}};
}

StepRunResult PersonStepRunner::stagingResult(Release &release)
{
    const QString tag = release.tag();
    const QString commit = ReleasePlanner(release).candidateCommit();
    const QString hint = tr("Step 1 in the app, or: release-assistant-cli staging check --commit %1 --release %2")
                             .arg(commit.isEmpty() ? u"<sha>"_s : commit, tag);
    const StagingStatus status = StagingStep(&release.journal(), tag).status();
    const QJsonObject &last = status.lastReport;
    if (last.isEmpty()) {
        return {StepRunResult::Outcome::NeedsPerson,
                tr("A maintainer checks staging for %1 and signs the checks off (or overrides them with a reason).")
                    .arg(commit.isEmpty() ? tr("the candidate commit") : commit.left(10)),
                hint};
    }
    const QString checked = last.value(u"commit"_s).toString().left(10);
    if (last.value(u"verdict"_s).toString() == staging::verdictKey(staging::Verdict::Pass)) {
        return {
            StepRunResult::Outcome::NeedsPerson,
            tr("Every staging check of %1 passed (%2): a maintainer signs them off.").arg(checked, status.checkedAt),
            hint};
    }
    return {StepRunResult::Outcome::NeedsPerson,
            tr("The staging checks of %1 did not pass (%2): fix it and check again, or a maintainer overrides them "
               "with a reason.")
                .arg(checked, last.value(u"problems"_s).toArray().at(0).toString()),
            hint};
}

StepRunResult PersonStepRunner::announceResult(Release &release)
{
    const QString tag = release.tag();
    QStringList ids;
    for (const channels::ChannelConfig &config : AnnounceStep::channelsOf(release.project().playbook()).configs) {
        ids.append(config.id);
    }
    QStringList uncertain;
    QStringList failed;
    QStringList pending;
    QString failure;
    for (const ChannelDelivery &channel : AnnounceStep(&release.journal(), tag, ids).status().channels) {
        switch (channel.state) {
        case ChannelDelivery::State::Uncertain:
            uncertain.append(channel.channelId);
            break;
        case ChannelDelivery::State::Failed:
            failure = failure.isEmpty() ? channel.message : failure;
            failed.append(channel.channelId);
            break;
        case ChannelDelivery::State::Pending:
            pending.append(channel.channelId);
            break;
        case ChannelDelivery::State::Sent:
            break;
        }
    }
    // An uncertain post first: nothing is sent on that channel until someone has looked.
    if (!uncertain.isEmpty()) {
        return {StepRunResult::Outcome::NeedsPerson,
                tr("The announcement of %1 on %2 may or may not have been posted: someone looks at the channel and "
                   "confirms it.")
                    .arg(tag, uncertain.join(u", "_s)),
                tr("release-assistant-cli announce send --release %1 --channel %2 --confirm-sent <url> "
                   "(or --confirm-not-sent)")
                    .arg(tag, uncertain.constFirst())};
    }
    if (!failed.isEmpty()) {
        return {StepRunResult::Outcome::NeedsPerson,
                tr("The announcement of %1 failed on %2 (%3): the community manager sends it again.")
                    .arg(tag, failed.join(u", "_s), failure),
                tr("Step 7 in the app, or: release-assistant-cli announce send --release %1").arg(tag)};
    }
    return {StepRunResult::Outcome::NeedsPerson,
            tr("The community manager announces %1 on %2.").arg(tag, pending.join(u", "_s)),
            tr("Step 7 in the app, or: release-assistant-cli announce send --release %1").arg(tag)};
}

} // namespace ra::release
