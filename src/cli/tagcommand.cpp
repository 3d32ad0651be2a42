// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/tagcommand.h"

#include "cli/projectoptions.h"
#include "git/repository.h"
#include "release/tagstep.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ra::cli {

namespace {

void printPlan(CliOutput &output, const git::TagPlan &plan)
{
    output.line(u"Tag:        %1 (%2)"_s.arg(plan.tag, plan.annotated ? u"annotated"_s : u"lightweight"_s));
    output.line(u"Commit:     %1 %2"_s.arg(plan.commitSha.left(10), plan.commitSubject));
    output.line(u"Previous:   %1"_s.arg(plan.previousTag.isEmpty() ? u"(none)"_s : plan.previousTag));
    output.line(u"Describe:   git describe --tags will print %1"_s.arg(plan.describe.result));
    if (plan.existingTag) {
        output.line(u"Local tag:  %1 already exists on %2"_s.arg(plan.tag, plan.existingTag->commitSha.left(10)));
    }
    if (plan.hazards.isEmpty()) {
        output.line(u"Hazards:    none"_s);
    }
    if (!plan.proposals.isEmpty()) {
        const VersionProposal &suggested = plan.proposals.constFirst();
        output.line(u"Suggested:  %1 (%2)"_s.arg(suggested.tag, suggested.reason));
    }
    for (const TagHazard &hazard : plan.hazards) {
        output.line(u"Hazard:     [%1] %2: %3"_s.arg(severityKey(hazard.severity), hazard.id, hazard.message));
    }
}

} // namespace

QString TagCommand::name() const
{
    return u"tag"_s;
}

QString TagCommand::summary() const
{
    return u"plan, create and push the release tag (step 2)"_s;
}

int TagCommand::run(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary() + u"\n\nActions: plan (changes nothing), create (local tag), "
                                                 "push (create if needed, push one tag, verify the remote). create and "
                                                 "push record every side effect in the release journal first, so a "
                                                 "push interrupted by a crash is checked with the remote on the next "
                                                 "run, never repeated blindly."_s);
    parser.addPositionalArgument(u"action"_s, u"plan, create or push"_s);
    const QCommandLineOption versionOption(u"version"_s, u"The version to tag (1.15.0, 1.15.0-rc1)."_s, u"version"_s);
    const QCommandLineOption commitOption(u"commit"_s, u"The commit to tag (default HEAD)."_s, u"rev"_s, u"HEAD"_s);
    const QCommandLineOption annotatedOption(u"annotated"_s, u"Create an annotated tag (aleph-vm uses lightweight)."_s);
    const QCommandLineOption messageOption(u"message"_s, u"Message of an annotated tag."_s, u"text"_s);
    const QCommandLineOption keepOption(u"keep-local-tag"_s, u"Keep the local tag when the push fails."_s);
    const QCommandLineOption keyOption(
        u"ssh-key"_s, u"SSH private key when the agent has none (passphrase: RA_SSH_PASSPHRASE)."_s, u"file"_s);
    parser.addOptions({versionOption, commitOption, annotatedOption, messageOption, keepOption, keyOption});
    const ProjectOptions projectOptions;
    projectOptions.addTo(parser);
    if (const auto exit = parseCommandLine(parser, name(), context)) {
        return *exit;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (positional.size() != 1 || !QStringList{u"plan"_s, u"create"_s, u"push"_s}.contains(action)) {
        return context.output.error(ExitBadInput, u"expected one action: plan, create or push"_s,
                                    u"See 'release-assistant-cli tag --help'."_s);
    }
    if (!parser.isSet(versionOption)) {
        return context.output.error(ExitBadInput, u"--version is required"_s,
                                    u"Example: release-assistant-cli tag plan --repo ~/aleph-vm --version 1.15.0"_s);
    }
    int exitCode = ExitOk;
    const std::optional<release::Project> project = projectOptions.openProject(parser, context, &exitCode);
    if (!project) {
        return exitCode;
    }
    if (!project->hasClone()) {
        return context.output.error(ExitBadInput, u"the tag needs the project's clone"_s,
                                    u"Run it in the clone, or name it with --repo <path>."_s);
    }
    release::TagStep::Request request;
    request.clonePath = project->clonePath();
    request.version = parser.value(versionOption);
    request.revision = parser.value(commitOption);
    request.remote = project->remoteName();
    request.annotated = parser.isSet(annotatedOption);
    request.message = parser.value(messageOption);
    request.spelling = project->playbook().tagSpelling;
    request.upgradeScriptPatterns = project->playbook().upgradeScriptPatterns;
    const auto plan = release::TagStep::plan(request);
    if (!plan) {
        return context.output.error(ExitBadInput, plan.error().message());
    }
    QJsonObject result{{u"plan"_s, plan->toJson()}};
    printPlan(context.output, *plan);
    if (action == u"plan"_s) {
        context.output.result(result);
        if (plan->blocked() && !plan->existingTag) {
            // Scripts check the plan before they create: an error hazard must fail it, not just print.
            return context.output.error(ExitBadInput,
                                        u"tag %1 cannot be created: a hazard above is an error"_s.arg(plan->tag),
                                        u"Fix the version or its spelling and plan again."_s);
        }
        return ExitOk;
    }

    const std::unique_ptr<Journal> journal = projectOptions.openJournal(parser, *project, context, &exitCode);
    if (!journal) {
        return exitCode;
    }
    QString error;
    QString hint;
    const auto release =
        release::Release::open(*project, *journal, plan->tag, release::Release::Access::Drive, &error, &hint);
    if (!release) {
        return context.output.error(ExitFailed, error, hint);
    }
    const release::TagStep step(journal.get(), release->tag());
    release::TagStatus status = step.status(*plan);
    if (status.state == release::TagStatus::State::Interrupted) {
        // A run that stopped mid-push: ask the remote what happened before anything else.
        context.output.line(
            u"A push of %1 was interrupted; asking the remote whether it went through."_s.arg(plan->tag));
        status = step.reconcile(*plan, git::TagPusher::remoteTag(release::TagStep::pushRequest(*plan, request)));
        context.output.line(status.message);
        if (status.state == release::TagStatus::State::Interrupted) {
            return context.output.error(ExitFailed, status.message,
                                        u"Nothing was pushed again; run the command once the remote answers."_s);
        }
    }
    if (action == u"create"_s) {
        if (plan->existingTag && plan->existingTag->commitSha != plan->commitSha) {
            return context.output.error(ExitFailed, step.status(*plan).message);
        }
        bool createdNow = false;
        if (!plan->existingTag) {
            if (plan->blocked()) {
                return context.output.error(ExitBadInput,
                                            u"tag %1 is not created: a hazard above is an error"_s.arg(plan->tag),
                                            u"Fix the version or its spelling and plan again."_s);
            }
            if (!step.create(*plan, request, &error)) {
                return context.output.error(ExitFailed, error);
            }
            createdNow = true;
            context.output.line(u"Created local tag %1 on %2."_s.arg(plan->tag, plan->commitSha.left(10)));
        }
        result.insert(u"createdLocalTag"_s, createdNow);
        context.output.result(result);
        return ExitOk;
    }

    const auto replanned = release::TagStep::plan(request);
    if (!replanned) {
        return context.output.error(ExitFailed, replanned.error().message());
    }
    const bool hadLocalTag = replanned->existingTag.has_value();
    const bool pushedBefore = step.status(*replanned).state == release::TagStatus::State::Pushed;
    status =
        step.createAndPush(*replanned, request, credentialsFrom(parser.value(keyOption)), parser.isSet(keepOption));
    result.insert(u"createdLocalTag"_s, !hadLocalTag && status.state != release::TagStatus::State::Conflict);
    const QString statusKey = pushedBefore ? u"already-pushed"_s : release::tagStateKey(status.state);
    result.insert(u"push"_s, QJsonObject{{u"status"_s, statusKey},
                                         {u"message"_s, status.message},
                                         {u"remoteMessages"_s, QJsonArray::fromStringList(status.remoteMessages)},
                                         {u"remoteCommit"_s, status.remoteCommit}});
    result.insert(u"journal"_s, journal->databasePath());
    if (status.state == release::TagStatus::State::Pushed) {
        context.output.line(status.message.isEmpty() ? u"%1 is on the remote."_s.arg(plan->tag) : status.message);
        context.output.result(result);
        return ExitOk;
    }
    context.output.result(result);
    return context.output.error(ExitFailed, status.message,
                                parser.isSet(keepOption) ? u"The local tag %1 was kept."_s.arg(plan->tag) : QString());
}

} // namespace ra::cli
