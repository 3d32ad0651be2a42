// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/packagescommand.h"

#include "cli/projectoptions.h"
#include "github/githubclient.h"
#include "journal/journal.h"
#include "packages/attachplan.h"
#include "packages/debpackage.h"
#include "packages/filehasher.h"
#include "packages/packageversion.h"
#include "release/packagesstep.h"
#include "release/publishstep.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace ra::cli {

QString PackagesCommand::name() const
{
    return u"packages"_s;
}

QString PackagesCommand::summary() const
{
    return u"step 5: inspect .deb packages, attach the CI packages to the draft release"_s;
}

int PackagesCommand::run(CommandContext &context)
{
    const QString sub = context.arguments.value(0);
    if (sub == u"inspect") {
        context.arguments.removeFirst();
        return inspect(context);
    }
    if (sub == u"attach") {
        context.arguments.removeFirst();
        return attach(context);
    }
    if (sub == u"--help" || sub == u"-h" || sub.isEmpty()) {
        context.output.setJson(false);
        context.output.line(
            u"Usage: release-assistant-cli packages <inspect|attach> [options]\n\n"
            "  inspect <file.deb> [--tag <tag>]   Package, Version, Architecture, size and sha256\n"
            "  attach --release <tag> (--run-id <id> | --commit <sha>) [--dry-run]\n"
            "                                     download, verify and attach the CI packages to the\n"
            "                                     draft of the project (the clone here or --repo <path>,\n"
            "                                     else --playbook/--preset; --repo <owner/name> overrides\n"
            "                                     its GitHub repository)\n\n"
            "See 'release-assistant-cli packages <subcommand> --help'."_s);
        return sub.isEmpty() ? ExitBadInput : ExitOk;
    }
    return context.output.error(ExitBadInput, u"unknown subcommand '%1'"_s.arg(sub), u"Use 'inspect' or 'attach'."_s);
}

int PackagesCommand::inspect(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Reads a .deb's control data and computes its sha256."_s);
    parser.addPositionalArgument(u"file"_s, u"the .deb file"_s);
    const QCommandLineOption tagOption(
        u"tag"_s, u"fail unless the package's version is what a build of <tag> carries"_s, u"tag"_s);
    parser.addOption(tagOption);
    if (const auto exit = parseCommandLine(parser, u"packages inspect"_s, context)) {
        return *exit;
    }
    if (parser.positionalArguments().size() != 1) {
        return context.output.error(ExitBadInput, u"expected one .deb file"_s, u"Usage: packages inspect <file.deb>"_s);
    }
    const QString path = parser.positionalArguments().constFirst();
    QString error;
    const auto deb = packages::DebPackage::inspect(path, &error);
    if (!deb) {
        return context.output.error(ExitBadInput, error);
    }
    const packages::FileDigest digest = packages::FileHasher::hash(path);
    if (!digest.ok()) {
        return context.output.error(ExitFailed, digest.error);
    }
    context.output.line(u"Package:      %1"_s.arg(deb->package()));
    context.output.line(u"Version:      %1"_s.arg(deb->version()));
    context.output.line(u"Architecture: %1"_s.arg(deb->architecture()));
    context.output.line(u"Size:         %1"_s.arg(deb->size()));
    context.output.line(u"SHA256:       %1"_s.arg(QString::fromLatin1(digest.sha256)));
    context.output.result(QJsonObject{{u"file"_s, QFileInfo(path).fileName()},
                                      {u"package"_s, deb->package()},
                                      {u"version"_s, deb->version()},
                                      {u"architecture"_s, deb->architecture()},
                                      {u"size"_s, deb->size()},
                                      {u"sha256"_s, QString::fromLatin1(digest.sha256)},
                                      {u"controlMember"_s, deb->controlMember()}});
    if (parser.isSet(tagOption)) {
        const QString mismatch =
            packages::checkPackageVersion(QFileInfo(path).fileName(), deb->version(), parser.value(tagOption));
        if (!mismatch.isEmpty()) {
            return context.output.error(ExitFailed, mismatch);
        }
    }
    return ExitOk;
}

int PackagesCommand::attach(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Downloads the CI package artifacts, checks each .deb against the tag and attaches "
        "the bare .deb files to the draft release, never twice. GITHUB_TOKEN is honoured. The project is the clone "
        "(the current folder, or --repo <path>) with its playbook, else --playbook or --preset: its GitHub "
        "repository, tag spelling and journal; --repo owner/name overrides the repository."_s);
    const QCommandLineOption releaseOption(u"release"_s, u"the release tag"_s, u"tag"_s);
    const QCommandLineOption apiOption(u"api-url"_s, u"the GitHub API URL (default https://api.github.com)"_s,
                                       u"url"_s);
    const QCommandLineOption uploadsOption(u"uploads-url"_s,
                                           u"the uploads host (default: from the release's upload_url)"_s, u"url"_s);
    const QCommandLineOption runOption(u"run-id"_s, u"the CI run holding the package artifacts"_s, u"id"_s);
    const QCommandLineOption commitOption(u"commit"_s, u"find the run by the tag's commit"_s, u"sha"_s);
    const QCommandLineOption assetOption(
        u"asset"_s,
        u"an expected asset name (repeat; default: the playbook's expected assets, else every .deb artifact)"_s,
        u"name"_s);
    const QCommandLineOption workOption(u"work-dir"_s, u"where downloads are kept (resumed on the next run)"_s,
                                        u"dir"_s);
    const QCommandLineOption sumsOption(u"sha256sums"_s, u"also attach a SHA256SUMS asset"_s);
    const QCommandLineOption verifyOption(u"verify"_s,
                                          u"release-on-tag pipeline: verify the draft CI created, upload nothing"_s);
    const QCommandLineOption dryRunOption(u"dry-run"_s, u"print every request it would send and send none"_s);
    parser.addOptions({releaseOption, apiOption, uploadsOption, runOption, commitOption, assetOption, workOption,
                       sumsOption, verifyOption, dryRunOption});
    const ProjectOptions projectOptions(ProjectOptions::RepoOption::CloneOrRepository);
    projectOptions.addTo(parser);
    if (const auto exit = parseCommandLine(parser, u"packages attach"_s, context)) {
        return *exit;
    }
    if (!parser.isSet(releaseOption)) {
        return context.output.error(
            ExitBadInput, u"--release is required"_s,
            u"Example: packages attach --release 1.15.0 --run-id 123, in the project's clone"_s);
    }
    int exitCode = ExitOk;
    const std::optional<release::Project> project = projectOptions.openProject(parser, context, &exitCode);
    if (!project) {
        return exitCode;
    }
    packages::AttachOptions options;
    options.repository = projectOptions.repository(parser, *project);
    github::Endpoints endpoints;
    if (parser.isSet(apiOption)) {
        endpoints.api = QUrl(parser.value(apiOption));
    }
    if (parser.isSet(uploadsOption)) {
        options.uploadsUrl = QUrl(parser.value(uploadsOption));
    }
    options.tag = parser.value(releaseOption);
    // The project's tag spelling: a tag prefix such as 'v' is no part of the packages' version.
    options.tagPrefix = project->playbook().tagSpelling.prefix;
    options.runId = parser.value(runOption).toLongLong();
    options.commit = parser.value(commitOption);
    // The same assets the app and `release run` expect: a CLI attach must not quietly accept a missing one.
    options.expectedNames = parser.isSet(assetOption) ? parser.values(assetOption) : project->playbook().expectedAssets;
    options.sha256Sums = parser.isSet(sumsOption);
    const bool verify = parser.isSet(verifyOption);
    if (!verify && options.runId <= 0 && options.commit.isEmpty()) {
        return context.output.error(ExitBadInput, u"no CI run given"_s, u"Pass --run-id <id> or --commit <sha>."_s);
    }
    options.workDir = parser.isSet(workOption) ? parser.value(workOption)
                                               : QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
                                                     .filePath(u"packages/"_s + options.tag);

    if (parser.isSet(dryRunOption)) {
        const QStringList plan = packages::AttachPlan::requests(endpoints, options);
        for (const QString &line : plan) {
            context.output.line(line);
        }
        context.output.result(QJsonObject{{u"dryRun"_s, true}, {u"requests"_s, QJsonArray::fromStringList(plan)}});
        return ExitOk;
    }
    github::GitHubClient client(endpoints);
    client.setToken(qEnvironmentVariable("GITHUB_TOKEN"));
    if (!client.hasToken()) {
        context.output.warning(
            u"GITHUB_TOKEN is not set: GitHub refuses artifact downloads and uploads without a token"_s);
    }
    const std::unique_ptr<Journal> journal = projectOptions.openJournal(parser, *project, context, &exitCode);
    if (!journal) {
        return exitCode;
    }
    QString error;
    if (!journal->hasRelease(options.tag) && !journal->createRelease(options.tag, {{u"tag"_s, options.tag}}, &error)) {
        return context.output.error(ExitFailed, error);
    }
    auto lock = journal->lockRelease(options.tag, &error);
    if (!lock) {
        return context.output.error(ExitFailed, error);
    }
    release::PackagesStep::Request request{
        verify ? release::PackagesStep::Mode::Verify : release::PackagesStep::Mode::Attach, options};
    // Step 6's settings, as ReleasePlanner::packagesRequest() gives them: a tracking issue the review already
    // opened shows the packages attached.
    request.review = release::PublishStep::Config::fromPlaybook(project->playbook(), options.repository, options.tag);
    const release::PackagesStep::Outcome outcome =
        release::PackagesStep(journal.get(), options.tag).execute(request, client);
    const bool ok = outcome.ok();
    QJsonArray items;
    for (const packages::PackageItem &item : outcome.items) {
        items.append(item.toJson());
        QString line = u"%1: %2"_s.arg(item.name, packages::PackageItem::stateKey(item.state));
        if (!item.version.isEmpty()) {
            line += u" (%1 %2 %3, sha256 %4)"_s.arg(item.package, item.version, item.architecture, item.sha256);
        }
        if (!item.error.isEmpty()) {
            line += u" — "_s + item.error;
        }
        context.output.line(line);
    }
    const QStringList &unexpected = outcome.unexpected;
    if (!unexpected.isEmpty() && ok) {
        context.output.warning(u"the draft also holds: %1"_s.arg(unexpected.join(u", "_s)));
    }
    if (!outcome.warning.isEmpty()) {
        context.output.warning(outcome.warning);
    }
    QJsonObject result{{u"ok"_s, ok},
                       {u"packages"_s, items},
                       {u"unexpected"_s, QJsonArray::fromStringList(unexpected)},
                       {u"journal"_s, journal->databasePath()},
                       {u"error"_s, ok ? QString() : outcome.message}};
    if (!outcome.warning.isEmpty()) {
        result.insert(u"warning"_s, outcome.warning);
    }
    context.output.result(result);
    if (!ok) {
        return context.output.error(ExitFailed, outcome.message);
    }
    return ExitOk;
}

} // namespace ra::cli
