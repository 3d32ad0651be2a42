// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/tagrunner.h"

#include "release/release.h"
#include "release/releaseplanner.h"
#include "release/tagstep.h"

using namespace Qt::StringLiterals;

namespace ra::release {

TagRunner::TagRunner(git::CredentialProvider credentials)
    : m_credentials(std::move(credentials))
{
}

ReleaseStep TagRunner::step() const
{
    return ReleaseStep::Tag;
}

bool TagRunner::automatic() const
{
    return true;
}

StepRunResult TagRunner::run(Release &release)
{
    const Project &project = release.project();
    if (!project.hasClone()) {
        return {StepRunResult::Outcome::NeedsPerson, tr("The tag is made in the project's clone."),
                tr("Run it in the clone, or name it with --repo <path>.")};
    }
    TagStep::Request request;
    request.clonePath = project.clonePath();
    request.version = release.tag();
    request.revision = ReleasePlanner(release).candidateCommit();
    const QString chosenRemote = release.journal().value(release.tag(), u"tag.remote"_s).toString();
    request.remote = chosenRemote.isEmpty() ? project.remoteName() : chosenRemote;
    request.spelling = project.playbook().tagSpelling;
    request.upgradeScriptPatterns = project.playbook().upgradeScriptPatterns;
    const TagStep step(&release.journal(), release.tag());

    auto plan = TagStep::plan(request);
    if (!plan) {
        return {StepRunResult::Outcome::Failed, plan.error().message(), {}};
    }
    TagStatus status = step.status(*plan);
    if (status.state == TagStatus::State::Interrupted) {
        status = step.reconcile(*plan, git::TagPusher::remoteTag(TagStep::pushRequest(*plan, request)));
        if (status.state == TagStatus::State::Interrupted) {
            return {StepRunResult::Outcome::Failed, status.message, tr("Run again once the remote answers.")};
        }
        plan = TagStep::plan(request);
        if (!plan) {
            return {StepRunResult::Outcome::Failed, plan.error().message(), {}};
        }
    }
    status = step.createAndPush(*plan, request, m_credentials);
    switch (status.state) {
    case TagStatus::State::Pushed:
        return {StepRunResult::Outcome::Done,
                status.message.isEmpty() ? tr("%1 is on %2.").arg(plan->tag, request.remote) : status.message,
                {}};
    case TagStatus::State::Conflict:
    case TagStatus::State::Rejected:
        return {StepRunResult::Outcome::NeedsPerson, status.message,
                tr("A tag is never moved or forced: decide with the team, then run again.")};
    default:
        return {StepRunResult::Outcome::Failed, status.message, tr("Fix what the message says, then run again.")};
    }
}

} // namespace ra::release
