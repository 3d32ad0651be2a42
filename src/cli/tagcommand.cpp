// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/tagcommand.h"

#include "git/repository.h"
#include "git/tagplanner.h"
#include "git/tagpusher.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ra::cli {

namespace {

/// SSH: the agent first, then --ssh-key (passphrase from RA_SSH_PASSPHRASE). HTTPS: a token from RA_GIT_TOKEN
/// or GITHUB_TOKEN. Secrets come from the environment so they never appear in the process list.
git::CredentialProvider credentialsFrom(const QString &keyFile)
{
    const QString token = qEnvironmentVariableIsEmpty("RA_GIT_TOKEN") ? qEnvironmentVariable("GITHUB_TOKEN")
                                                                      : qEnvironmentVariable("RA_GIT_TOKEN");
    return git::agentKeyOrToken(keyFile, qEnvironmentVariable("RA_SSH_PASSPHRASE"), token);
}

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
                                                 "push (create if needed, push one tag, verify the remote)."_s);
    parser.addPositionalArgument(u"action"_s, u"plan, create or push"_s);
    const QCommandLineOption repoOption(u"repo"_s, u"The local clone."_s, u"path"_s);
    const QCommandLineOption versionOption(u"version"_s, u"The version to tag (1.15.0, 1.15.0-rc1)."_s, u"version"_s);
    const QCommandLineOption commitOption(u"commit"_s, u"The commit to tag (default HEAD)."_s, u"rev"_s, u"HEAD"_s);
    const QCommandLineOption remoteOption(u"remote"_s, u"Remote name or URL to push to."_s, u"remote"_s, u"origin"_s);
    const QCommandLineOption annotatedOption(u"annotated"_s, u"Create an annotated tag (aleph-vm uses lightweight)."_s);
    const QCommandLineOption messageOption(u"message"_s, u"Message of an annotated tag."_s, u"text"_s);
    const QCommandLineOption keepOption(u"keep-local-tag"_s, u"Keep the local tag when the push fails."_s);
    const QCommandLineOption keyOption(
        u"ssh-key"_s, u"SSH private key when the agent has none (passphrase: RA_SSH_PASSPHRASE)."_s, u"file"_s);
    parser.addOptions(
        {repoOption, versionOption, commitOption, remoteOption, annotatedOption, messageOption, keepOption, keyOption});
    if (const auto exit = parseCommandLine(parser, name(), context)) {
        return *exit;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (positional.size() != 1 || !QStringList{u"plan"_s, u"create"_s, u"push"_s}.contains(action)) {
        return context.output.error(ExitBadInput, u"expected one action: plan, create or push"_s,
                                    u"See 'release-assistant-cli tag --help'."_s);
    }
    if (!parser.isSet(repoOption) || !parser.isSet(versionOption)) {
        return context.output.error(ExitBadInput, u"--repo and --version are required"_s,
                                    u"Example: release-assistant-cli tag plan --repo ~/aleph-vm --version 1.15.0"_s);
    }
    auto repository = git::Repository::open(parser.value(repoOption));
    if (!repository) {
        return context.output.error(ExitBadInput, repository.error().message());
    }
    const auto plan = git::planTag(*repository, parser.value(versionOption), parser.value(commitOption),
                                   parser.isSet(annotatedOption));
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

    bool createdNow = false;
    if (plan->existingTag && plan->existingTag->commitSha != plan->commitSha) {
        return context.output.error(ExitFailed,
                                    u"tag %1 already exists on commit %2, not on %3"_s.arg(
                                        plan->tag, plan->existingTag->commitSha.left(10), plan->commitSha.left(10)),
                                    u"A tag is never moved. Pick another version, or delete the stray tag with "
                                    "`git tag -d %1` if it was never pushed."_s.arg(plan->tag));
    }
    if (!plan->existingTag) {
        if (plan->blocked()) {
            return context.output.error(ExitBadInput,
                                        u"tag %1 is not created: a hazard above is an error"_s.arg(plan->tag),
                                        u"Fix the version or its spelling and plan again."_s);
        }
        auto created =
            repository.value().createTag(plan->tag, plan->commitSha, plan->annotated, parser.value(messageOption));
        if (!created) {
            return context.output.error(ExitFailed, created.error().message());
        }
        createdNow = true;
        context.output.line(u"Created local tag %1 on %2."_s.arg(plan->tag, plan->commitSha.left(10)));
    }
    result.insert(u"createdLocalTag"_s, createdNow);
    if (action == u"create"_s) {
        context.output.result(result);
        return ExitOk;
    }

    git::TagPushRequest request;
    request.repositoryPath = repository->path();
    request.remote = parser.value(remoteOption);
    request.tag = plan->tag;
    request.commitSha = plan->commitSha;
    request.credentials = credentialsFrom(parser.value(keyOption));
    const git::TagPushOutcome outcome = git::TagPusher::push(request);
    result.insert(u"push"_s, QJsonObject{{u"status"_s, git::statusKey(outcome.status)},
                                         {u"message"_s, outcome.message},
                                         {u"remoteMessages"_s, QJsonArray::fromStringList(outcome.remoteMessages)},
                                         {u"remoteCommit"_s, outcome.remoteTag.commitSha}});
    if (outcome.succeeded()) {
        context.output.line(outcome.message);
        context.output.result(result);
        return ExitOk;
    }
    QString hint;
    // The tag exists for this release only: once the push failed, a local tag would mislead the next build
    // (git describe) and the next attempt. It is only removed while it is not on the remote.
    if (!parser.isSet(keepOption) && outcome.status != git::TagPushOutcome::Status::AlreadyPushed &&
        !(outcome.remoteTag.exists && outcome.remoteTag.commitSha == plan->commitSha)) {
        if (const auto removed = repository.value().deleteTag(plan->tag, plan->commitSha)) {
            hint = u"The local tag %1 was removed again (use --keep-local-tag to keep it)."_s.arg(plan->tag);
            result.insert(u"localTagRemoved"_s, true);
        } else {
            hint = u"The local tag could not be removed: %1"_s.arg(removed.error().message());
        }
    } else {
        hint = u"The local tag %1 was kept."_s.arg(plan->tag);
    }
    context.output.result(result);
    return context.output.error(ExitFailed, outcome.message, hint);
}

} // namespace ra::cli
