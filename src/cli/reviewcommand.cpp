// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/reviewcommand.h"

#include "cli/projectoptions.h"
#include "cli/reviewinspect.h"

#include "github/githubclient.h"
#include "journal/journal.h"
#include "release/publishstep.h"
#include "secrets/logfilter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcessEnvironment>

using namespace Qt::StringLiterals;

namespace ra::cli {

namespace {

QJsonObject statusJson(const release::PublishStatus &status)
{
    const review::ReviewSnapshot &s = status.snapshot;
    QJsonArray entries;
    for (const review::ApprovalEntry &e : s.status.entries) {
        entries.append(QJsonObject{{u"login"_s, e.login},
                                   {u"verdict"_s, review::verdictKey(e.verdict)},
                                   {u"digest"_s, e.digest},
                                   {u"current"_s, e.current},
                                   {u"at"_s, e.at.toString(Qt::ISODate)},
                                   {u"url"_s, e.htmlUrl.toString()}});
    }
    QJsonObject object{{u"release"_s, s.subject.tag},
                       {u"viewer"_s, s.viewer},
                       {u"published"_s, s.published},
                       {u"digest"_s, s.digest},
                       {u"assets"_s, int(s.subject.assets.size())},
                       {u"issue"_s, s.issueNumber > 0 ? QJsonValue(QJsonObject{{u"number"_s, s.issueNumber},
                                                                               {u"url"_s, s.issueUrl.toString()}})
                                                      : QJsonValue()},
                       {u"required"_s, s.status.required},
                       {u"approved_by"_s, QJsonArray::fromStringList(s.status.approvedBy)},
                       {u"changes_requested_by"_s, QJsonArray::fromStringList(s.status.changesRequestedBy)},
                       {u"stale"_s, QJsonArray::fromStringList(s.status.staleBy)},
                       {u"ignored"_s, QJsonArray::fromStringList(s.status.ignoredLogins)},
                       {u"quorum_reached"_s, s.status.quorumReached()},
                       {u"can_publish"_s, status.canPublish()},
                       {u"entries"_s, entries}};
    if (s.flags) {
        object.insert(u"publish"_s, QJsonObject{{u"prerelease"_s, s.flags->prerelease},
                                                {u"make_latest"_s, s.flags->makeLatest},
                                                {u"explanation"_s, s.flags->explanation}});
    }
    return object;
}

void printStatus(CliOutput &out, const release::PublishStatus &status, const QString &repository)
{
    const review::ReviewSnapshot &s = status.snapshot;
    out.line(u"Release %1 of %2 (%3)"_s.arg(s.subject.tag, repository, s.published ? u"published"_s : u"draft"_s));
    out.line(u"Digest:  %1"_s.arg(s.digest));
    out.line(u"Content: %1 lines of notes, %2 asset(s)"_s.arg(s.subject.notes.count(u'\n') + 1)
                 .arg(s.subject.assets.size()));
    out.line(s.issueNumber > 0 ? u"Tracking issue: #%1 %2"_s.arg(s.issueNumber).arg(s.issueUrl.toString())
                               : u"Tracking issue: none yet (the first verdict creates it)"_s);
    out.line(u"Approvals: %1 of %2 required"_s.arg(s.status.approvedBy.size()).arg(s.status.required));
    for (const review::ApprovalEntry &e : s.status.entries) {
        const QString state = !e.current                              ? u"stale  "_s
                              : e.verdict == review::Verdict::Approve ? u"approve"_s
                                                                      : u"changes"_s;
        out.line(
            u"  [%1] %2 at %3%4"_s.arg(state, e.login, e.at.toString(Qt::ISODate),
                                       e.current ? QString() : u" (on earlier content %1)"_s.arg(e.digest.left(19))));
    }
    if (!s.status.ignoredLogins.isEmpty()) {
        out.line(u"  ignored (not approvers): %1"_s.arg(s.status.ignoredLogins.join(u", "_s)));
    }
    switch (status.state) {
    case release::PublishStatus::State::Published:
        out.line(u"Publish: done"_s);
        break;
    case release::PublishStatus::State::FlagsUndecided:
        out.line(u"Publish: impossible: %1"_s.arg(s.flagsError));
        break;
    case release::PublishStatus::State::AwaitingApprovals:
        out.line(u"Publish: locked, %1 approval(s) missing"_s.arg(s.status.missing()));
        break;
    case release::PublishStatus::State::ChangesRequested:
        out.line(u"Publish: locked, changes requested by %1"_s.arg(s.status.changesRequestedBy.join(u", "_s)));
        break;
    case release::PublishStatus::State::AssetIncomplete:
    case release::PublishStatus::State::Unread:
        out.line(u"Publish: locked, %1"_s.arg(status.message));
        break;
    case release::PublishStatus::State::Ready:
        out.line(u"Publish: ready, prerelease=%1 make_latest=%2 (%3)"_s.arg(
            s.flags->prerelease ? u"true"_s : u"false"_s, s.flags->makeLatest, s.flags->explanation));
        break;
    }
}

/// Step 3's change scheduled for the publication, with the password from RA_SCORING_DB_PASSWORD (else libpq's
/// own .pgpass).
release::ScheduledScoring::PasswordProvider scoringPassword()
{
    const QString password = QProcessEnvironment::systemEnvironment().value(u"RA_SCORING_DB_PASSWORD"_s);
    if (password.isEmpty()) {
        return {};
    }
    return [password] {
        return password;
    };
}

QString usage()
{
    return u"Usage: release-assistant-cli review <status|approve|publish|inbox|show|sync|comment> [options]\n\n"
           u"  status  --release <tag> [--json]            the draft's digest, the verdicts and whether it may be "
           u"published\n"
           u"  approve --release <tag> [--changes \"<why>\"] approve the draft's current content (or ask for changes)\n"
           u"  publish --release <tag> [--dry-run]          publish the draft once the quorum approved it, then\n"
           u"          [--schedule-dir <dir>]               apply the scoring-table change scheduled in step 3\n"
           u"                                               (password: RA_SCORING_DB_PASSWORD or .pgpass)\n"
           u"  inbox   [--json]                             the releases waiting for your approval (no push access "
           u"needed)\n"
           u"  show    --release <tag> [--since-approved]   the notes, assets and digests under review, who approved "
           u"and\n"
           u"                                               who is pending; the notes' diff since your approval\n"
           u"  sync    --release <tag>                      put the draft's content on the tracking issue "
           u"(maintainers)\n"
           u"  comment --release <tag> --line <n>[-<m>] \"<text>\"  comment on a line of the notes (not a verdict; "
           u"no push access needed)\n"
           u"Each opens the project as other commands do: the clone (the current folder, or --repo <path>) with its\n"
           u"playbook, else --playbook <file> or --preset <name>; status, approve and publish also take\n"
           u"--repo <owner/name> to name another repository. Other options: --api-url <url>, --journal <file>,\n"
           u"--digest <sha256:…>.\n"
           u"The token comes from GITHUB_TOKEN."_s;
}

} // namespace

QString ReviewCommand::name() const
{
    return u"review"_s;
}

QString ReviewCommand::summary() const
{
    return u"step 6: approve the exact notes, assets and version, then publish the draft"_s;
}

int ReviewCommand::run(CommandContext &context)
{
    const QString sub = context.arguments.value(0);
    if (sub == u"inbox"_s || sub == u"show"_s || sub == u"sync"_s || sub == u"comment"_s) {
        context.arguments.removeFirst();
        return sub == u"inbox"_s     ? runReviewInbox(context)
               : sub == u"show"_s    ? runReviewShow(context)
               : sub == u"comment"_s ? runReviewComment(context)
                                     : runReviewSync(context);
    }
    if (sub == u"status"_s || sub == u"approve"_s || sub == u"publish"_s) {
        context.arguments.removeFirst();
        return runSubcommand(sub, context);
    }
    if (sub.isEmpty() || sub == u"--help"_s || sub == u"-h"_s) {
        context.output.setJson(false);
        context.output.line(usage());
        return sub.isEmpty() ? ExitBadInput : ExitOk;
    }
    return context.output.error(ExitBadInput, u"unknown subcommand 'review %1'"_s.arg(sub),
                                u"Use 'status', 'approve', 'publish', 'inbox', 'show', 'sync' or 'comment'."_s);
}

int ReviewCommand::runSubcommand(const QString &sub, CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption releaseOption(u"release"_s, u"The release tag, e.g. 1.15.0."_s, u"tag"_s);
    const QCommandLineOption apiOption(u"api-url"_s, u"The GitHub API base URL (default https://api.github.com)."_s,
                                       u"url"_s);
    const QCommandLineOption digestOption(
        u"digest"_s, u"Refuse unless the draft still has this digest (from 'review status')."_s, u"sha256:…"_s);
    const QCommandLineOption changesOption(u"changes"_s, u"Ask for changes instead of approving, for this reason."_s,
                                           u"why"_s);
    const QCommandLineOption dryRunOption(u"dry-run"_s,
                                          u"Read the draft and the approvals, print the publish request, send none."_s);
    const QCommandLineOption scheduleOption(
        u"schedule-dir"_s,
        u"Where step 3 keeps the scoring-table changes scheduled for publication (default: the application's)."_s,
        u"dir"_s);
    parser.addOptions({releaseOption, apiOption});
    // The project as every command opens it; --repo owner/name stays an override for reviewers without a clone.
    const ProjectOptions projectOptions(ProjectOptions::RepoOption::CloneOrRepository);
    projectOptions.addTo(parser);
    if (sub != u"status"_s) {
        parser.addOption(digestOption);
    }
    if (sub == u"approve"_s) {
        parser.addOption(changesOption);
    }
    if (sub == u"publish"_s) {
        parser.addOptions({dryRunOption, scheduleOption});
    }
    if (const auto exit = parseCommandLine(parser, u"review "_s + sub, context)) {
        return *exit;
    }
    secrets::installSecretLogFilter();

    const QString tag = parser.value(releaseOption).trimmed();
    if (tag.isEmpty()) {
        return context.output.error(ExitBadInput, u"--release is required"_s,
                                    u"Example: release-assistant-cli review %1 --release 1.15.0"_s.arg(sub));
    }
    int exitCode = ExitOk;
    const std::optional<release::Project> project = projectOptions.openProject(parser, context, &exitCode);
    if (!project) {
        return exitCode;
    }
    const github::RepositoryRef repo = projectOptions.repository(parser, *project);
    // QCommandLineParser warns on stderr when asked about an option this subcommand does not define.
    const bool publishing = sub == u"publish"_s;
    const bool dryRun = publishing && parser.isSet(dryRunOption);
    const QString digest =
        sub != u"status"_s && parser.isSet(digestOption) ? parser.value(digestOption).trimmed() : QString();
    if (!digest.isEmpty() && !review::isDigest(digest)) {
        return context.output.error(ExitBadInput, u"'%1' is not a digest"_s.arg(digest),
                                    u"Copy it from 'review status': sha256: and 64 hex digits."_s);
    }

    QString error;
    const std::unique_ptr<Journal> journal = projectOptions.openJournal(parser, *project, context, &exitCode);
    if (!journal) {
        return exitCode;
    }
    if (!journal->hasRelease(tag) && !journal->createRelease(tag, {{u"tag"_s, tag}}, &error)) {
        return context.output.error(ExitFailed, error);
    }
    std::unique_ptr<ReleaseLock> lock;
    const bool writes = sub == u"approve"_s || (publishing && !dryRun);
    if (writes) {
        // The app or another run on the same release could otherwise comment or publish at the same time.
        lock = journal->lockRelease(tag, &error);
        if (!lock) {
            return context.output.error(ExitFailed, error,
                                        u"Nothing was sent; try again when the other one is done."_s);
        }
    }

    github::Endpoints endpoints;
    if (parser.isSet(apiOption)) {
        endpoints.api = QUrl(parser.value(apiOption));
    }
    github::GitHubClient client(endpoints);
    const QString token = QProcessEnvironment::systemEnvironment().value(u"GITHUB_TOKEN"_s).trimmed();
    if (!token.isEmpty()) {
        client.setToken(token);
    } else if (writes) {
        return context.output.error(
            ExitBadInput, u"GITHUB_TOKEN is not set"_s,
            u"Verdicts are comments in your name and publishing needs write access: export a token."_s);
    } else {
        context.output.warning(u"GITHUB_TOKEN is not set: drafts are visible only to a token that may push"_s);
    }

    release::PublishStep::Config config = release::PublishStep::Config::fromPlaybook(project->playbook(), repo, tag);
    config.driving = lock != nullptr;
    if (publishing && parser.isSet(scheduleOption)) {
        config.scheduleDirectory = parser.value(scheduleOption);
    }
    release::PublishStep step(client, journal.get(), config);
    step.setDryRun(dryRun);

    if (sub == u"status"_s) {
        const release::PublishStatus status = step.readStatusBlocking();
        if (!status.ok() && status.snapshot.ok() && status.snapshot.fromIssue) {
            return context.output.error(
                ExitFailed, u"The draft of %1 is not visible to this token (no push access)"_s.arg(tag),
                u"Read what is under review from the tracking issue with 'review show --release %1'; "
                u"'review approve --release %1' approves it."_s.arg(tag));
        }
        if (!status.ok()) {
            return context.output.error(ExitFailed, status.message, status.hint);
        }
        printStatus(context.output, status, repo.toString());
        context.output.result(statusJson(status));
        return ExitOk;
    }
    std::optional<release::PublishOutcome> outcome;
    if (sub == u"approve"_s) {
        const bool changes = parser.isSet(changesOption);
        if (changes && release::PublishStep::reasonMissing(parser.value(changesOption))) {
            return context.output.error(ExitBadInput, u"--changes needs a reason"_s,
                                        u"Say what must change, e.g. --changes \"the upgrade section is missing\"."_s);
        }
        outcome = step.submitVerdictBlocking(changes ? review::Verdict::Changes : review::Verdict::Approve,
                                             parser.value(changesOption), digest);
    } else {
        outcome = step.publishBlocking(digest);
    }

    QJsonObject result{{u"ok"_s, outcome->ok}, {u"changed"_s, outcome->changed}, {u"message"_s, outcome->message}};
    if (!outcome->url.isEmpty()) {
        result.insert(u"url"_s, outcome->url.toString());
    }
    if (outcome->status.snapshot.release) {
        result.insert(u"review"_s, statusJson(outcome->status));
    }
    if (dryRun) {
        result.insert(u"dry_run"_s, true);
        result.insert(u"requests"_s, QJsonArray::fromStringList(outcome->plannedRequests));
        for (const QString &request : outcome->plannedRequests) {
            context.output.line(u"would send: "_s + request);
        }
    }
    if (!outcome->ok) {
        context.output.result(result);
        return context.output.error(ExitFailed, outcome->message, outcome->hint);
    }
    context.output.line(outcome->message + (outcome->url.isEmpty() ? QString() : u": "_s + outcome->url.toString()));
    if (!outcome->hint.isEmpty()) {
        context.output.warning(outcome->hint);
    }
    if (!outcome->published) {
        context.output.result(result);
        return ExitOk;
    }
    // Also when the release was already published: an earlier run may have stopped before this apply.
    const release::ScheduledScoring::Outcome scoring =
        step.applyScheduledScoring(outcome->publishedAt, scoringPassword());
    result.insert(u"scoring"_s, scoring.toJson());
    if (scoring.ran) {
        context.output.line(u"Scoring table: "_s + scoring.message);
    }
    context.output.result(result);
    if (scoring.ran && !scoring.succeeded) {
        return context.output.error(
            ExitFailed, scoring.message,
            (scoring.hint.isEmpty() ? QString() : scoring.hint + u' ') +
                u"%1 is published; run 'release-assistant-cli review publish --release %1' again to retry only "
                u"the scoring-table change."_s.arg(tag));
    }
    return ExitOk;
}

} // namespace ra::cli
