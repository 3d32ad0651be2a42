// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/reviewinspect.h"

#include "cli/projectoptions.h"
#include "github/githubclient.h"
#include "release/publishstep.h"
#include "review/reviewinbox.h"
#include "review/reviewpublisher.h"
#include "review/reviewview.h"
#include "secrets/logfilter.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ra::cli {

namespace {

/// What every review subcommand here shares: the project, the API URL and the client with the token.
struct Session {
    std::optional<release::Project> project;
    std::unique_ptr<github::GitHubClient> client;
};

std::optional<int> openSession(QCommandLineParser &parser, const ProjectOptions &projectOptions,
                               const QCommandLineOption &apiOption, const QString &commandPath, CommandContext &context,
                               Session &session)
{
    if (const auto exit = parseCommandLine(parser, commandPath, context)) {
        return *exit;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return context.output.error(ExitBadInput,
                                    u"unexpected argument '%1'"_s.arg(parser.positionalArguments().constFirst()),
                                    u"See 'release-assistant-cli %1 --help'."_s.arg(commandPath));
    }
    secrets::installSecretLogFilter();
    github::Endpoints endpoints;
    if (parser.isSet(apiOption)) {
        endpoints.api = QUrl(parser.value(apiOption));
        if (!endpoints.api.isValid() || endpoints.api.scheme().isEmpty()) {
            return context.output.error(ExitBadInput, u"'%1' is not a URL"_s.arg(parser.value(apiOption)),
                                        u"Pass the API's base URL, e.g. https://api.github.com."_s);
        }
    }
    int exitCode = ExitOk;
    session.project = projectOptions.openProject(parser, context, &exitCode);
    if (!session.project) {
        return exitCode;
    }
    const QString token = qEnvironmentVariable("GITHUB_TOKEN").trimmed();
    if (token.isEmpty()) {
        return context.output.error(ExitBadInput, u"GITHUB_TOKEN is not set"_s,
                                    u"The review is read as you: export your GitHub token (read access is enough)."_s);
    }
    session.client = std::make_unique<github::GitHubClient>(endpoints);
    session.client->setToken(token);
    return std::nullopt;
}

QString sinceText(const QDateTime &since)
{
    return since.isValid() ? u" since %1"_s.arg(since.toString(Qt::ISODate)) : QString();
}

const QCommandLineOption &apiUrlOption()
{
    static const QCommandLineOption option(u"api-url"_s, u"The GitHub API base URL (default https://api.github.com)."_s,
                                           u"url"_s);
    return option;
}

const QCommandLineOption &releaseOption()
{
    static const QCommandLineOption option(u"release"_s, u"The release tag, e.g. 1.15.0."_s, u"tag"_s);
    return option;
}

} // namespace

int runReviewInbox(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"The releases of the project whose tracking issue waits for your approval "
                                     u"(also without push access). The token comes from GITHUB_TOKEN."_s);
    parser.addOption(apiUrlOption());
    const ProjectOptions projectOptions;
    projectOptions.addTo(parser);
    Session session;
    if (const auto exit = openSession(parser, projectOptions, apiUrlOption(), u"review inbox"_s, context, session)) {
        return *exit;
    }
    const Playbook &playbook = session.project->playbook();
    review::ReviewInbox inbox(*session.client, session.project->repository(), playbook.approvals,
                              playbook.trackingIssue.titleTemplate);
    QEventLoop loop;
    std::optional<review::InboxResult> result;
    inbox.read([&](const review::InboxResult &read) {
        result = read;
        loop.quit();
    });
    if (!result) {
        loop.exec();
    }
    if (!result->ok()) {
        return context.output.error(ExitFailed, result->error, result->hint);
    }
    QJsonArray waiting;
    context.output.line(result->waiting.isEmpty()
                            ? u"Nothing of %1 waits for %2's approval."_s.arg(session.project->name(), result->viewer)
                            : u"Waiting for %1's approval in %2:"_s.arg(result->viewer, session.project->name()));
    for (const review::InboxEntry &entry : result->waiting) {
        context.output.line(u"  %1  revision %2, %3%4  #%5 %6"_s.arg(entry.tag)
                                .arg(entry.revision)
                                .arg(entry.standing == u"stale"_s ? u"changed since you approved"_s : u"not reviewed"_s,
                                     sinceText(entry.since))
                                .arg(entry.issueNumber)
                                .arg(entry.issueUrl.toString()));
        waiting.append(entry.toJson());
    }
    context.output.result(
        QJsonObject{{u"project"_s, session.project->name()}, {u"viewer"_s, result->viewer}, {u"waiting"_s, waiting}});
    return ExitOk;
}

int runReviewShow(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"What is under review for a release, read from the draft or, without push "
                                     u"access, from its tracking issue: the notes, the assets and their digests, who "
                                     u"approved which digest, who is pending and since when."_s);
    const QCommandLineOption sinceOption(u"since-approved"_s,
                                         u"Show the notes as a unified diff since the revision you last approved."_s);
    parser.addOptions({releaseOption(), sinceOption, apiUrlOption()});
    const ProjectOptions projectOptions;
    projectOptions.addTo(parser);
    Session session;
    if (const auto exit = openSession(parser, projectOptions, apiUrlOption(), u"review show"_s, context, session)) {
        return *exit;
    }
    const QString tag = parser.value(releaseOption()).trimmed();
    if (tag.isEmpty()) {
        return context.output.error(ExitBadInput, u"--release is required"_s,
                                    u"Example: release-assistant-cli review show --release 1.15.0"_s);
    }
    const Playbook &playbook = session.project->playbook();
    // This machine's own approval record, when it has one: the notes approved before the issue kept revisions.
    QJsonObject lastApproval;
    const QString journalPath =
        parser.value(u"journal"_s).isEmpty() ? session.project->journalPath() : parser.value(u"journal"_s);
    if (QFileInfo::exists(journalPath)) {
        int exitCode = ExitOk;
        if (const auto journal = projectOptions.openJournal(parser, *session.project, context, &exitCode)) {
            lastApproval =
                journal->value(tag, QString::fromLatin1(review::ReviewPublisher::LastApprovalValue)).toObject();
        }
    }
    review::ReviewPublisher publisher(*session.client, nullptr,
                                      review::ReviewConfig{session.project->repository(), tag, playbook.approvals,
                                                           playbook.versionScheme, playbook.trackingIssue.titleTemplate,
                                                           playbook.trackingIssue.checklist});
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
        return context.output.error(ExitFailed, snapshot->error, snapshot->hint);
    }
    const review::ReviewView view = review::ReviewView::of(*snapshot, playbook.approvals, lastApproval);
    QJsonObject json = view.toJson();

    CliOutput &out = context.output;
    out.line(u"Release %1 of %2 (%3)"_s.arg(view.tag, session.project->repository().toString(),
                                            snapshot->published ? u"published"_s
                                            : view.fromIssue    ? u"draft, read from the tracking issue"_s
                                                                : u"draft"_s));
    out.line(u"Revision: %1%2"_s.arg(view.revision > 0 ? QString::number(view.revision) : u"not on the issue yet"_s,
                                     sinceText(view.revisionSince)));
    out.line(u"Digest:   %1"_s.arg(view.digest));
    if (view.issueNumber > 0) {
        out.line(u"Tracking issue: #%1 %2"_s.arg(view.issueNumber).arg(view.issueUrl.toString()));
    }
    out.line(u"Assets:"_s);
    for (const review::ReviewedAsset &asset : view.assets) {
        out.line(u"  %1  %2 bytes  sha256:%3"_s.arg(asset.name)
                     .arg(asset.size)
                     .arg(asset.sha256.isEmpty() ? u"(none reported)"_s : asset.sha256));
    }
    out.line(u"Approvals: %1 of %2 required"_s.arg(snapshot->status.approvedBy.size()).arg(view.required));
    for (const review::ReviewerStanding &reviewer : view.reviewers) {
        out.line(u"  %1 %2%3%4"_s.arg(reviewer.standing.leftJustified(17), reviewer.login,
                                      reviewer.digest.isEmpty() ? QString() : u" on "_s + reviewer.digest.left(19),
                                      reviewer.at.isValid() ? u" at "_s + reviewer.at.toString(Qt::ISODate)
                                                            : sinceText(reviewer.waitingSince)));
    }
    if (parser.isSet(sinceOption)) {
        QString why;
        const QString diff = view.diffSinceApproved(&why);
        if (!why.isEmpty()) {
            out.result(json);
            return out.error(ExitFailed, why,
                             u"Run 'review show --release %1' without --since-approved to read the notes."_s.arg(tag));
        }
        json.insert(u"since_approved"_s, QJsonObject{{u"approved_digest"_s, view.viewerApprovedDigest},
                                                     {u"approved_revision"_s, view.viewerApprovedRevision},
                                                     {u"diff"_s, diff}});
        out.line(diff.isEmpty() ? u"The notes did not change since you approved them."_s
                                : u"Notes since you approved them:"_s);
        if (!diff.isEmpty()) {
            out.line(diff.chopped(1));
        }
    } else {
        out.line(u"Notes:"_s);
        out.line(view.notes);
    }
    out.result(json);
    return ExitOk;
}

int runReviewSync(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Put what the draft holds now on the release's tracking issue (created when "
                                     u"missing) for reviewers without push access: notes, assets and digests, "
                                     u"version, digest, revision and the checklist. It replaces the issue's "
                                     u"description. Needs a token that sees drafts."_s);
    parser.addOptions({releaseOption(), apiUrlOption()});
    const ProjectOptions projectOptions;
    projectOptions.addTo(parser);
    Session session;
    if (const auto exit = openSession(parser, projectOptions, apiUrlOption(), u"review sync"_s, context, session)) {
        return *exit;
    }
    const QString tag = parser.value(releaseOption()).trimmed();
    if (tag.isEmpty()) {
        return context.output.error(ExitBadInput, u"--release is required"_s,
                                    u"Example: release-assistant-cli review sync --release 1.15.0"_s);
    }
    int exitCode = ExitOk;
    const auto journal = projectOptions.openJournal(parser, *session.project, context, &exitCode);
    if (!journal) {
        return exitCode;
    }
    QString error;
    if (!journal->hasRelease(tag) && !journal->createRelease(tag, {{u"tag"_s, tag}}, &error)) {
        return context.output.error(ExitFailed, error);
    }
    const auto lock = journal->lockRelease(tag, &error);
    if (!lock) {
        return context.output.error(ExitFailed, error, u"Nothing was sent; try again when the other one is done."_s);
    }
    release::PublishStep::Config config =
        release::PublishStep::Config::fromPlaybook(session.project->playbook(), session.project->repository(), tag);
    config.driving = true;
    release::PublishStep step(*session.client, journal.get(), config);
    const release::PublishOutcome outcome = step.syncTrackingIssueBlocking();
    const QJsonObject json{{u"ok"_s, outcome.ok},
                           {u"changed"_s, outcome.changed},
                           {u"message"_s, outcome.message},
                           {u"digest"_s, outcome.status.snapshot.digest},
                           {u"issue"_s, outcome.url.toString()}};
    context.output.result(json);
    if (!outcome.ok) {
        return context.output.error(ExitFailed, outcome.message, outcome.hint);
    }
    context.output.line(outcome.changed ? outcome.message : u"The tracking issue already shows what the draft holds"_s);
    return ExitOk;
}

} // namespace ra::cli
