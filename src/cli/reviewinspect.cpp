// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/reviewinspect.h"

#include "cli/projectoptions.h"
#include "github/githubclient.h"
#include "release/publishstep.h"
#include "review/linecomment.h"
#include "review/reviewinbox.h"
#include "review/reviewpublisher.h"
#include "review/reviewview.h"
#include "secrets/logfilter.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

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
                               Session &session, qsizetype positionalAllowed = 0)
{
    if (const auto exit = parseCommandLine(parser, commandPath, context)) {
        return *exit;
    }
    if (parser.positionalArguments().size() > positionalAllowed) {
        return context.output.error(ExitBadInput,
                                    u"unexpected argument '%1'"_s.arg(parser.positionalArguments().constLast()),
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

/// The review of \a tag as the session's token sees it; nullopt after reporting the failure (\a exitCode set).
std::optional<review::ReviewSnapshot> readReview(Session &session, const QString &tag, CommandContext &context,
                                                 int *exitCode)
{
    const Playbook &playbook = session.project->playbook();
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
        *exitCode = context.output.error(ExitFailed, snapshot->error, snapshot->hint);
        return std::nullopt;
    }
    return snapshot;
}

/// The line comments on the tracking issue: listed for people (those on \a revision), all of them in the JSON.
QJsonObject lineComments(const QList<review::ReviewComment> &comments, int revision, CliOutput &out)
{
    QJsonArray listed;
    QJsonArray ignored;
    QStringList lines;
    for (const review::ReviewComment &comment : comments) {
        if (!review::LineComment::isLineComment(comment.body)) {
            continue;
        }
        QString reason;
        const auto parsed = review::LineComment::parse(comment.body, &reason);
        if (!parsed) {
            ignored.append(QJsonObject{{u"url"_s, comment.htmlUrl.toString()}, {u"reason"_s, reason}});
            continue;
        }
        const bool stale = parsed->revision != revision;
        listed.append(QJsonObject{{u"login"_s, comment.login},
                                  {u"first_line"_s, parsed->firstLine},
                                  {u"last_line"_s, parsed->lastLine},
                                  {u"text"_s, parsed->text},
                                  {u"revision"_s, parsed->revision},
                                  {u"digest"_s, parsed->digest},
                                  {u"stale"_s, stale},
                                  {u"at"_s, comment.createdAt.toString(Qt::ISODate)},
                                  {u"url"_s, comment.htmlUrl.toString()}});
        if (!stale) {
            const QString where = parsed->firstLine == parsed->lastLine
                                      ? QString::number(parsed->firstLine)
                                      : u"%1-%2"_s.arg(parsed->firstLine).arg(parsed->lastLine);
            lines.append(u"  line %1, %2: %3"_s.arg(where, comment.login, parsed->text));
        }
    }
    out.line(u"Line comments on revision %1: %2"_s.arg(revision).arg(lines.size()));
    for (const QString &line : std::as_const(lines)) {
        out.line(line);
    }
    if (listed.size() > lines.size()) {
        out.line(u"  (%1 more on earlier revisions)"_s.arg(listed.size() - lines.size()));
    }
    return QJsonObject{{u"comments"_s, listed}, {u"ignored"_s, ignored}};
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
    int exitCode = ExitOk;
    const auto snapshot = readReview(session, tag, context, &exitCode);
    if (!snapshot) {
        return exitCode;
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
    const QJsonObject comments = lineComments(snapshot->comments, view.revision, out);
    json.insert(u"line_comments"_s, comments.value(u"comments"_s));
    json.insert(u"ignored_line_comments"_s, comments.value(u"ignored"_s));
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

int runReviewComment(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Comment on a line (or a range of lines) of the notes under review: the comment "
                                     u"goes on the tracking issue, quotes the line(s) of the current revision and is "
                                     u"not a verdict. Works without push access; the token comes from GITHUB_TOKEN."_s);
    const QCommandLineOption lineOption(u"line"_s,
                                        u"The line of the notes, or a range like 3-5 (as 'review show' "
                                        u"numbers them)."_s,
                                        u"n[-m]"_s);
    parser.addOptions({releaseOption(), lineOption, apiUrlOption()});
    parser.addPositionalArgument(u"text"_s, u"What you have to say about the line(s)."_s);
    const ProjectOptions projectOptions;
    projectOptions.addTo(parser);
    Session session;
    if (const auto exit =
            openSession(parser, projectOptions, apiUrlOption(), u"review comment"_s, context, session, 1)) {
        return *exit;
    }
    const QString example = u"Example: release-assistant-cli review comment --release 1.15.0 --line 3 \"Say by how "
                            u"much.\""_s;
    const QString tag = parser.value(releaseOption()).trimmed();
    if (tag.isEmpty()) {
        return context.output.error(ExitBadInput, u"--release is required"_s, example);
    }
    static const QRegularExpression rangePattern(u"^\\s*(\\d{1,7})\\s*(?:-\\s*(\\d{1,7})\\s*)?$"_s);
    const auto range = rangePattern.match(parser.value(lineOption));
    if (!range.hasMatch()) {
        return context.output.error(ExitBadInput,
                                    parser.isSet(lineOption)
                                        ? u"'%1' is not a line or a range of lines"_s.arg(parser.value(lineOption))
                                        : u"--line is required"_s,
                                    example);
    }
    const int firstLine = range.captured(1).toInt();
    const int lastLine = range.captured(2).isEmpty() ? firstLine : range.captured(2).toInt();
    const QString text = parser.positionalArguments().value(0);
    if (text.trimmed().isEmpty()) {
        return context.output.error(ExitBadInput, u"the comment's text is missing"_s, example);
    }
    int exitCode = ExitOk;
    const auto snapshot = readReview(session, tag, context, &exitCode);
    if (!snapshot) {
        return exitCode;
    }
    const review::ReviewView view = review::ReviewView::of(*snapshot, session.project->playbook().approvals, {});
    if (view.issueNumber <= 0 || view.revision <= 0) {
        return context.output.error(
            ExitFailed, u"release %1 has no tracking issue showing its notes yet"_s.arg(tag),
            u"Ask a maintainer to run 'release-assistant-cli review sync --release %1'."_s.arg(tag));
    }
    review::TrackingIssueContent content;
    content.tag = view.tag;
    content.notes = view.notes;
    content.digest = view.digest;
    content.revision = view.revision;
    QString error;
    const QString body = review::LineComment::compose(content, firstLine, lastLine, text, &error);
    if (body.isEmpty()) {
        return context.output.error(ExitBadInput, error,
                                    u"Run 'review show --release %1' to see the notes."_s.arg(tag));
    }
    // A plain post, not a journal effect: a comment changes nothing of the release and posting it twice is harmless.
    QEventLoop loop;
    std::optional<github::Result<github::IssueItem>> posted;
    session.client->createComment(session.project->repository(), view.issueNumber, body,
                                  [&](const github::Result<github::IssueItem> &result) {
                                      posted = result;
                                      loop.quit();
                                  });
    if (!posted) {
        loop.exec();
    }
    if (!posted->ok()) {
        return context.output.error(ExitFailed, u"the comment could not be posted: %1"_s.arg(posted->error.message),
                                    posted->error.hint);
    }
    context.output.line(
        u"Commented on revision %1 of %2's notes: %3"_s.arg(view.revision).arg(tag, posted->value.htmlUrl.toString()));
    context.output.result(QJsonObject{{u"ok"_s, true},
                                      {u"release"_s, tag},
                                      {u"revision"_s, view.revision},
                                      {u"first_line"_s, firstLine},
                                      {u"last_line"_s, lastLine},
                                      {u"comment_id"_s, posted->value.id},
                                      {u"url"_s, posted->value.htmlUrl.toString()}});
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
