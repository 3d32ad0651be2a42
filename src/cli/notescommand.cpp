// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/notescommand.h"

#include "core/playbookloader.h"
#include "markdown/markdownrenderer.h"
#include "notes/markedtext.h"
#include "notes/notesgenerator.h"
#include "notes/notesrange.h"
#include "notes/previoustag.h"
#include "notes/utf8text.h"
#include "release/project.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ra::cli {

namespace {

void addRangeOptions(QCommandLineParser &parser)
{
    parser.addOption({u"repo"_s, u"The local clone."_s, u"path"_s});
    parser.addOption({u"from"_s,
                      u"Start of the range, excluded (default: the tag the app chooses, the previous final release "
                      u"for a final release, the tag just before it for a pre-release)."_s,
                      u"tag"_s});
    parser.addOption({u"to"_s, u"End of the range, included (default HEAD)."_s, u"rev"_s, u"HEAD"_s});
    parser.addOption({u"tag"_s, u"The release's tag when --to is not that tag (it may not exist yet)."_s, u"tag"_s});
    parser.addOption({u"playbook"_s,
                      u"The project's playbook: GitHub repository and package assets (default: the clone's "
                      u"playbook, else the preset releasing its remote, else aleph-vm's)."_s,
                      u"file"_s});
    parser.addOption({u"github"_s, u"The GitHub repository owner/name (default: the playbook's)."_s, u"repo"_s});
    parser.addOption(
        {u"asset"_s, u"A package asset of the release; repeatable (default: the playbook's)."_s, u"name"_s});
    parser.addOption({u"login"_s, u"The GitHub login of an author e-mail, as email=login; repeatable."_s, u"pair"_s});
}

/// The playbook of the notes: --playbook, else the project's as every other command finds it (the clone's file,
/// else the preset releasing its remote). Only without a project does it fall back to aleph-vm's preset, and
/// then it says so, since the repository and assets it lends may not be this clone's.
PlaybookLoadResult notesPlaybook(const QCommandLineParser &parser, CliOutput &output)
{
    if (parser.isSet(u"playbook"_s)) {
        return PlaybookLoader::load(parser.value(u"playbook"_s));
    }
    if (parser.isSet(u"repo"_s)) {
        release::ProjectError why;
        if (const auto project = release::Project::open(parser.value(u"repo"_s), {}, &why)) {
            PlaybookLoadResult result;
            result.playbook = project->playbook();
            return result;
        }
        output.warning(
            u"%1; using the aleph-vm preset's repository and assets (pass --playbook to choose)"_s.arg(why.message));
    }
    return PlaybookLoader::loadPreset(u"aleph-vm"_s);
}

/// The range request from the options, or an error message for ExitBadInput.
std::optional<notes::NotesRangeRequest> rangeRequest(const QCommandLineParser &parser, CliOutput &output,
                                                     QString *error)
{
    const PlaybookLoadResult playbook = notesPlaybook(parser, output);
    if (!playbook.ok()) {
        *error = playbook.errorText();
        return std::nullopt;
    }
    notes::NotesRangeRequest request;
    request.repositoryPath = parser.value(u"repo"_s);
    request.from = parser.value(u"from"_s);
    request.to = parser.value(u"to"_s);
    request.tag = parser.value(u"tag"_s);
    request.gitHubRepository = parser.isSet(u"github"_s) ? parser.value(u"github"_s) : playbook.playbook->repository;
    request.assetNames = parser.isSet(u"asset"_s) ? parser.values(u"asset"_s) : playbook.playbook->expectedAssets;
    for (const QString &pair : parser.values(u"login"_s)) {
        const qsizetype equals = pair.indexOf(u'=');
        if (equals <= 0 || equals == pair.size() - 1) {
            *error = u"--login expects email=login, not '%1'"_s.arg(pair);
            return std::nullopt;
        }
        request.loginsByEmail.insert(pair.left(equals).trimmed().toLower(), pair.mid(equals + 1).trimmed());
    }
    return request;
}

/// Fills \a request's range start, when --from was not given, with the tag the app would choose for the same
/// release, and says which and why on stderr. False with \a error (what is wrong, what to do) when there is
/// none to choose.
bool choosePreviousTag(notes::NotesRangeRequest &request, CliOutput &output, QJsonObject *chosen, QString *error,
                       QString *hint)
{
    if (!request.from.isEmpty()) {
        return true;
    }
    const QString release = request.tag.isEmpty() ? request.to : request.tag;
    const auto choice = notes::choosePreviousTag(request.repositoryPath, release);
    if (!choice) {
        *error = choice.error().message();
        // Only our own checks (no libgit2 error class) mean the tags gave no answer; a clone that cannot be
        // read says what to do itself.
        if (choice.error().errorClass == 0) {
            *hint = u"Name the release with --tag <version>, or give the start of the notes with --from <tag>."_s;
        }
        return false;
    }
    request.from = choice->tag;
    const QString reason = notes::explainPreviousTag(*choice, release);
    output.warning(u"no --from: the notes start at %1. Pass --from <tag> to start elsewhere."_s.arg(reason));
    *chosen = QJsonObject{{u"rule"_s, notes::previousTagRuleKey(choice->rule)}, {u"reason"_s, reason}};
    return true;
}

QJsonObject findingJson(const notes::LintFinding &finding)
{
    return QJsonObject{{u"line"_s, finding.line},
                       {u"severity"_s, notes::severityName(finding.severity)},
                       {u"rule"_s, finding.rule},
                       {u"message"_s, finding.message}};
}

} // namespace

std::optional<QString> NotesCommand::readNotes(const QString &path, QTextStream &input, ReadProblem *problem)
{
    QByteArray bytes;
    if (path == u"-"_s) {
        // The stream would decode (and repair) the bytes itself: read them from its device.
        QIODevice *device = input.device();
        bytes = device != nullptr ? device->readAll() : input.readAll().toUtf8();
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *problem = {u"cannot read %1: %2"_s.arg(path, file.errorString()), {}};
            return std::nullopt;
        }
        bytes = file.readAll();
    }
    notes::Utf8Text decoded = notes::decodeNotesText(bytes);
    if (decoded.problem) {
        *problem = {decoded.problem->message(path == u"-"_s ? u"standard input"_s : path),
                    notes::Utf8Problem::advice()};
        return std::nullopt;
    }
    return std::move(decoded.text);
}

QString NotesCommand::name() const
{
    return u"notes"_s;
}

QString NotesCommand::summary() const
{
    return u"release notes of a range: generate, lint, render the preview HTML (step 4)"_s;
}

int NotesCommand::run(CommandContext &context)
{
    const QString sub = context.arguments.value(0);
    if (sub == u"generate"_s || sub == u"lint"_s || sub == u"render"_s || sub == u"save"_s) {
        context.arguments.removeFirst();
        if (sub == u"generate"_s) {
            return generate(context);
        }
        if (sub == u"save"_s) {
            return save(context);
        }
        return sub == u"lint"_s ? lint(context) : render(context);
    }
    if (sub == u"--help"_s || sub == u"-h"_s) {
        context.output.setJson(false);
        context.output.line(
            u"Usage: release-assistant-cli notes <subcommand>\n\n"
            u"  generate --repo <path> [--from <tag>] [--to <rev>]     the notes of the range as Markdown (--json: "
            u"sections, commits, PRs)\n"
            u"  lint <file> [--repo <path> [--from <tag>] [--to <rev>]] findings with line numbers; exit 1 on an "
            u"error\n"
            u"  render <file>                                           the HTML the preview shows\n"
            u"  save --release <tag> <file> [--dry-run] [--keep-mine]   lint, then save to the GitHub draft (step 4); "
            u"exit 1\n"
            u"                                                          on a lint error or a conflict\n\n"
            u"Without --from the range starts where the app starts it: at the previous final release for a final "
            u"release,\nat the tag just before it for a pre-release. '-' as <file> reads standard input; a file "
            u"that is not\nUTF-8 is bad input (exit 2). See 'notes <subcommand> --help' for every option."_s);
        return ExitOk;
    }
    return context.output.error(ExitBadInput,
                                sub.isEmpty() ? u"missing subcommand"_s : u"unknown subcommand '%1'"_s.arg(sub),
                                u"Use 'notes generate', 'notes lint <file>', 'notes render <file>' or 'notes save "
                                u"--release <tag> <file>'."_s);
}

int NotesCommand::generate(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Generate the release notes of previous-tag..release from the commits."_s);
    addRangeOptions(parser);
    if (const auto exit = parseCommandLine(parser, u"notes generate"_s, context)) {
        return *exit;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return context.output.error(ExitBadInput,
                                    u"unexpected argument '%1'"_s.arg(parser.positionalArguments().constFirst()));
    }
    if (!parser.isSet(u"repo"_s)) {
        return context.output.error(ExitBadInput, u"--repo is required"_s,
                                    u"Example: release-assistant-cli notes generate --repo ~/aleph-vm --to 1.15.0"_s);
    }
    QString error;
    auto request = rangeRequest(parser, context.output, &error);
    if (!request) {
        return context.output.error(ExitBadInput, error);
    }
    QJsonObject chosen;
    QString hint;
    if (!choosePreviousTag(*request, context.output, &chosen, &error, &hint)) {
        return context.output.error(ExitBadInput, error, hint);
    }
    const auto range = notes::readNotesRange(*request);
    if (!range) {
        return context.output.error(ExitBadInput, range.error().message());
    }
    if (!range->tagKnown) {
        context.output.warning(u"%1 is not a tag: the notes are titled with it. Pass --tag <version> to name the "
                               u"release."_s.arg(request->to));
    }
    const notes::GeneratedNotes generated = notes::generateNotes(range->input);
    QString markdown = generated.markdown;
    if (markdown.endsWith(u'\n')) {
        markdown.chop(1);
    }
    context.output.line(markdown);
    QJsonObject result = generated.toJson();
    QJsonObject rangeJson{{u"from"_s, request->from},
                          {u"to"_s, request->to},
                          {u"tag"_s, range->input.tag},
                          {u"tagKnown"_s, range->tagKnown},
                          {u"repository"_s, range->input.repository}};
    if (!chosen.isEmpty()) {
        rangeJson.insert(u"fromChosen"_s, chosen);
    }
    result.insert(u"range"_s, rangeJson);
    context.output.result(result);
    return ExitOk;
}

int NotesCommand::lint(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Check release notes: pull requests and commits outside the range, download links, the tag, GitHub's "
        u"length limit, empty sections, broken links. Without --repo the range rules are skipped."_s);
    parser.addPositionalArgument(u"file"_s, u"The notes (Markdown), or - for standard input."_s);
    addRangeOptions(parser);
    if (const auto exit = parseCommandLine(parser, u"notes lint"_s, context)) {
        return *exit;
    }
    if (parser.positionalArguments().size() != 1) {
        return context.output.error(ExitBadInput, u"expected one notes file"_s,
                                    u"Usage: release-assistant-cli notes lint <file> [--repo <path> [--from <tag>] "
                                    u"[--to <rev>]]"_s);
    }
    const QString path = parser.positionalArguments().constFirst();
    ReadProblem unreadable;
    const auto text = readNotes(path, context.input, &unreadable);
    if (!text) {
        return context.output.error(ExitBadInput, unreadable.message, unreadable.hint);
    }
    QString error;
    auto request = rangeRequest(parser, context.output, &error);
    if (!request) {
        return context.output.error(ExitBadInput, error);
    }
    notes::LintContext lintContext;
    lintContext.repository = request->gitHubRepository;
    lintContext.tag = request->tag;
    lintContext.expectedAssets = request->assetNames;
    if (parser.isSet(u"repo"_s)) {
        QJsonObject chosen;
        QString hint;
        if (!choosePreviousTag(*request, context.output, &chosen, &error, &hint)) {
            return context.output.error(ExitBadInput, error, hint);
        }
        const auto range = notes::readNotesRange(*request);
        if (!range) {
            return context.output.error(ExitBadInput, range.error().message());
        }
        lintContext = range->lintContext;
    } else {
        context.output.warning(u"no --repo: pull requests and commits are not checked against the range"_s);
    }

    QList<notes::LintFinding> findings = notes::lintNotes(*text, lintContext);
    // A damaged marker makes the next regeneration keep the block as hand-written text: worth a warning.
    for (const notes::MarkerProblem &problem : notes::parseMarkedText(*text).problems) {
        findings.append({problem.line, notes::LintSeverity::Warning, u"marker"_s, problem.message});
    }
    std::stable_sort(findings.begin(), findings.end(),
                     [](const notes::LintFinding &a, const notes::LintFinding &b) { return a.line < b.line; });

    int errors = 0;
    QJsonArray array;
    for (const notes::LintFinding &finding : std::as_const(findings)) {
        errors += finding.severity == notes::LintSeverity::Error ? 1 : 0;
        context.output.line(u"%1:%2: %3 [%4] %5"_s.arg(path)
                                .arg(finding.line)
                                .arg(notes::severityName(finding.severity), finding.rule, finding.message));
        array.append(findingJson(finding));
    }
    const qsizetype warnings = findings.size() - errors;
    context.output.line(u"%1 error%2, %3 warning%4"_s.arg(errors)
                            .arg(errors == 1 ? QString() : u"s"_s)
                            .arg(warnings)
                            .arg(warnings == 1 ? QString() : u"s"_s));
    context.output.result(
        QJsonObject{{u"file"_s, path}, {u"findings"_s, array}, {u"errors"_s, errors}, {u"warnings"_s, int(warnings)}});
    return errors > 0 ? ExitFailed : ExitOk;
}

int NotesCommand::render(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Print the HTML the notes preview shows (cmark-gfm with GitHub's extensions)."_s);
    parser.addPositionalArgument(u"file"_s, u"The notes (Markdown), or - for standard input."_s);
    if (const auto exit = parseCommandLine(parser, u"notes render"_s, context)) {
        return *exit;
    }
    if (parser.positionalArguments().size() != 1) {
        return context.output.error(ExitBadInput, u"expected one notes file"_s,
                                    u"Usage: release-assistant-cli notes render <file>"_s);
    }
    ReadProblem problem;
    const auto text = readNotes(parser.positionalArguments().constFirst(), context.input, &problem);
    if (!text) {
        return context.output.error(ExitBadInput, problem.message, problem.hint);
    }
    QString html = markdown::renderPreviewHtml(*text);
    const QJsonObject result{{u"html"_s, html}};
    if (html.endsWith(u'\n')) {
        html.chop(1);
    }
    context.output.line(html);
    context.output.result(result);
    return ExitOk;
}

} // namespace ra::cli
