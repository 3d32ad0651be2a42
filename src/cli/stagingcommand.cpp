// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/stagingcommand.h"

#include "cli/projectoptions.h"
#include "github/githubclient.h"
#include "journal/journal.h"
#include "net/redactor.h"
#include "release/stagingstep.h"
#include "secrets/logfilter.h"

#include <QJsonArray>
#include <QProcessEnvironment>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ra::cli {

namespace {

/// "POST https://…  body: {…}" for --dry-run; secrets redacted, long bodies cut.
QString describeRequest(const net::Request &request)
{
    QString line = QString::fromLatin1(request.method) + u' ' + net::Redactor::global().redactUrl(request.url);
    if (request.bodySource) {
        line += u"  body: <file, %1 bytes>"_s.arg(request.bodySize);
    } else if (!request.body.isEmpty()) {
        QString body = net::Redactor::global().redact(QString::fromUtf8(request.body));
        if (body.size() > 200) {
            body = body.left(200) + u"…"_s;
        }
        line += u"  body: "_s + body;
    }
    return line;
}

QString verdictMark(staging::Verdict verdict)
{
    switch (verdict) {
    case staging::Verdict::Pass:
        return u"ok  "_s;
    case staging::Verdict::Warning:
        return u"warn"_s;
    case staging::Verdict::Fail:
        break;
    }
    return u"FAIL"_s;
}

} // namespace

QString StagingCommand::name() const
{
    return u"staging"_s;
}

QString StagingCommand::summary() const
{
    return u"step 1: check CI runs, artifacts and the staging servers for a candidate commit"_s;
}

int StagingCommand::run(CommandContext &context)
{
    const QString sub = context.arguments.value(0);
    if (sub == u"check"_s) {
        context.arguments.removeFirst();
        return check(context);
    }
    if (sub.isEmpty() || sub == u"--help"_s || sub == u"-h"_s) {
        context.output.setJson(false);
        context.output.line(u"Usage: release-assistant-cli staging check [options]\n\n"
                            u"Subcommands:\n  check   "_s +
                            summary());
        return sub.isEmpty() ? ExitBadInput : ExitOk;
    }
    return context.output.error(ExitBadInput, u"unknown subcommand 'staging %1'"_s.arg(sub),
                                u"See 'release-assistant-cli staging --help'."_s);
}

int StagingCommand::check(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() + u"\n\nThe project is the clone (the current folder, or --repo <path>) with its playbook, "
                    "else --playbook or --preset: its GitHub repository, workflows, package artifacts and staging "
                    "servers are what is checked, and its journal records the sign-off. --repo owner/name "
                    "overrides the repository; --workflow, --artifact and --server override the playbook's."_s);
    const QCommandLineOption commitOption(
        u"commit"_s, u"The candidate commit (full sha; default: the clone's origin/main, else HEAD)."_s, u"sha"_s);
    const QCommandLineOption describeOption(
        u"expected-version"_s, u"What a build of the commit reports: its `git describe --tags`."_s, u"describe"_s);
    const QCommandLineOption serverOption(u"server"_s, u"A staging server base URL (repeatable)."_s, u"url"_s);
    const QCommandLineOption workflowOption(u"workflow"_s, u"A workflow file that must succeed (repeatable)."_s,
                                            u"file"_s);
    const QCommandLineOption buildOption(u"build-workflow"_s, u"The workflow holding the package artifacts."_s,
                                         u"file"_s);
    const QCommandLineOption artifactOption(u"artifact"_s, u"An artifact name that must exist (repeatable)."_s,
                                            u"name"_s);
    const QCommandLineOption apiOption(u"api-url"_s, u"The GitHub API base URL (default https://api.github.com)."_s,
                                       u"url"_s);
    const QCommandLineOption dryRunOption(u"dry-run"_s, u"Print every request instead of sending it."_s);
    const QCommandLineOption releaseOption(u"release"_s, u"Record the sign-off for this release in the journal."_s,
                                           u"name"_s);
    const QCommandLineOption overrideOption(
        u"override-reason"_s, u"Sign off although the checks did not pass, for this reason."_s, u"text"_s);
    const QCommandLineOption signerOption(u"signer"_s, u"Who signs off (default: $USER)."_s, u"name"_s);
    parser.addOptions({commitOption, describeOption, serverOption, workflowOption, buildOption, artifactOption,
                       apiOption, dryRunOption, releaseOption, overrideOption, signerOption});
    const ProjectOptions projectOptions(ProjectOptions::RepoOption::CloneOrRepository);
    projectOptions.addTo(parser);
    if (const auto exit = parseCommandLine(parser, u"staging check"_s, context)) {
        return *exit;
    }
    secrets::installSecretLogFilter();

    int exitCode = ExitOk;
    const std::optional<release::Project> project = projectOptions.openProject(parser, context, &exitCode);
    if (!project) {
        return exitCode;
    }
    QString commit = parser.value(commitOption).trimmed();
    QString expectedVersion = parser.value(describeOption).trimmed();
    if (!parser.isSet(commitOption) && project->hasClone()) {
        // The candidate the app proposes: staging runs what was merged.
        const release::StagingCandidate candidate = release::StagingStep::resolveCandidate(project->clonePath(), {});
        if (candidate.commitSha.isEmpty()) {
            return context.output.error(ExitBadInput,
                                        u"no candidate commit in %1: %2"_s.arg(project->clonePath(), candidate.error),
                                        u"Pass --commit <sha>."_s);
        }
        commit = candidate.commitSha;
        if (!parser.isSet(describeOption)) {
            expectedVersion = candidate.expectedVersion;
        }
    }
    static const QRegularExpression shaPattern(u"^[0-9a-fA-F]{7,40}$"_s);
    if (!shaPattern.match(commit).hasMatch()) {
        return context.output.error(
            ExitBadInput, commit.isEmpty() ? u"no candidate commit given"_s : u"'%1' is not a commit sha"_s.arg(commit),
            u"Pass --commit <sha> (e.g. $(git rev-parse origin/main))."_s);
    }
    staging::StagingPlan plan = release::StagingStep::checks(project->playbook(), commit, expectedVersion);
    plan.repository = projectOptions.repository(parser, *project);
    if (parser.isSet(buildOption)) {
        plan.buildWorkflow = parser.value(buildOption);
    }
    if (parser.isSet(workflowOption)) {
        plan.workflows = parser.values(workflowOption);
    }
    if (parser.isSet(artifactOption)) {
        plan.expectedArtifacts = parser.values(artifactOption);
    }
    if (parser.isSet(serverOption)) {
        plan.nodes.clear();
        for (const QString &value : parser.values(serverOption)) {
            const QUrl url(value);
            if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s)) {
                return context.output.error(ExitBadInput, u"'%1' is not an http(s) URL"_s.arg(value),
                                            u"Pass the server's base URL, e.g. https://ovh.staging.aleph.sh."_s);
            }
            plan.nodes.append({url.host(), url, staging::StagingPlan::defaultChecks()});
        }
    }
    std::unique_ptr<Journal> journal;
    if (parser.isSet(releaseOption) && !parser.isSet(dryRunOption)) {
        // Opened before anything is asked, so that a journal that cannot be written stops the command first.
        journal = projectOptions.openJournal(parser, *project, context, &exitCode);
        if (!journal) {
            return exitCode;
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
    } else if (!parser.isSet(dryRunOption)) {
        context.output.warning(u"GITHUB_TOKEN is not set: asking GitHub anonymously (60 requests per hour)"_s);
    }
    net::HttpClient nodes;
    release::StagingStep::configureNodeClient(nodes);

    QJsonArray dryRequests;
    if (parser.isSet(dryRunOption)) {
        auto observe = [&](const net::Request &request) {
            const QString line = describeRequest(request);
            context.output.line(u"would send: "_s + line);
            dryRequests.append(line);
        };
        for (net::HttpClient *http : {&client.http(), &nodes}) {
            http->setDryRun(true);
            http->setRequestObserver(observe);
        }
    }

    const staging::StagingReport report = release::StagingStep::runChecks(client, nodes, plan);

    if (parser.isSet(dryRunOption)) {
        context.output.result(QJsonObject{{u"dry_run"_s, true}, {u"requests"_s, dryRequests}});
        return ExitOk;
    }

    context.output.line(u"Candidate %1 of %2 (expected version: %3)"_s.arg(
        plan.commitSha, plan.repository.toString(),
        plan.expectedVersion.isEmpty() ? u"not given"_s : plan.expectedVersion));
    context.output.line(u"Workflows:"_s);
    if (report.githubError.isError()) {
        context.output.line(u"  [%1] GitHub could not be read: %2"_s.arg(verdictMark(staging::Verdict::Fail),
                                                                         report.githubError.message));
    }
    for (const auto &w : std::as_const(report.workflows)) {
        context.output.line(
            u"  [%1] %2: %3 %4"_s.arg(verdictMark(w.verdict), w.workflow, w.summary, w.run.htmlUrl.toString()));
    }
    context.output.line(u"Artifacts:"_s);
    for (const auto &a : std::as_const(report.artifacts)) {
        const QString detail = a.missing ? u"missing"_s
                                         : u"%1 bytes, %2 %3"_s.arg(a.artifact.sizeInBytes)
                                               .arg(a.artifact.expired ? u"expired"_s : u"expires"_s,
                                                    a.artifact.expiresAt.toString(Qt::ISODate));
        context.output.line(u"  [%1] %2: %3"_s.arg(verdictMark(a.verdict), a.artifact.name, detail));
    }
    context.output.line(u"Staging servers:"_s);
    for (const auto &n : std::as_const(report.nodes)) {
        context.output.line(
            u"  [%1] %2 (%3): %4"_s.arg(verdictMark(n.verdict), n.name, n.url.toString(),
                                        n.error.isError() ? n.error.toString() : n.version.explanation));
        for (const auto &c : n.checks) {
            context.output.line(u"         %1 → %2%3"_s.arg(
                c.path, c.status ? QString::number(c.status) : c.error,
                c.failures.isEmpty() ? QString() : u" (failing: %1)"_s.arg(c.failures.join(u", "_s))));
        }
    }
    context.output.line(u"Verdict: %1"_s.arg(staging::verdictKey(report.verdict)));

    QJsonObject result = report.toJson();
    if (journal) {
        QString error;
        const release::StagingStep step(journal.get(), parser.value(releaseOption));
        const QString signer = parser.isSet(signerOption)
                                   ? parser.value(signerOption)
                                   : QProcessEnvironment::systemEnvironment().value(u"USER"_s, u"unknown"_s);
        // The check is the release's last one, as on the page, whether or not it may be signed off.
        const bool recorded = step.recordCheck(report, &error);
        const bool signedOff =
            recorded &&
            (parser.isSet(overrideOption) ? step.overrideChecks(&report, signer, parser.value(overrideOption), &error)
                                          : step.signOff(&report, signer, &error));
        if (!signedOff) {
            context.output.result(result);
            return context.output.error(ExitFailed, u"the sign-off was not recorded: %1"_s.arg(error),
                                        u"Fix the failing checks, or pass --override-reason \"<why>\"."_s);
        }
        result.insert(u"signed_off"_s, true);
        result.insert(u"journal"_s, journal->databasePath());
        context.output.line(u"Sign-off recorded for release %1."_s.arg(parser.value(releaseOption)));
        context.output.result(result);
        return ExitOk;
    }
    context.output.result(result);
    if (report.githubError.isError()) {
        // Nothing is known about the runs: what helps is asking again, not overriding.
        return context.output.error(ExitFailed,
                                    u"the staging checks could not read GitHub: %1"_s.arg(report.githubError.message),
                                    report.githubError.hint);
    }
    if (report.verdict == staging::Verdict::Fail) {
        return context.output.error(
            ExitFailed, u"the staging checks failed: %1"_s.arg(report.problems.value(0)),
            u"Fix the problems above, or sign off with --release <name> --override-reason \"<why>\"."_s);
    }
    return ExitOk;
}

} // namespace ra::cli
