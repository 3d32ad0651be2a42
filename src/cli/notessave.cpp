// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/notescommand.h"

#include "cli/projectoptions.h"
#include "github/githubclient.h"
#include "release/notesstep.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace ra::cli {

namespace {

/// Writes \a text to \a path as UTF-8, whole or not at all.
bool writeNotes(const QString &path, const QString &text, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace

int NotesCommand::save(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Save the notes to the release's GitHub draft (step 4): linted with the project's playbook first (nothing is "
        u"sent on an error), a draft edited on GitHub is written back to the file when the file did not change since "
        u"the last sync, and a change on both sides is a conflict that overwrites nothing (--keep-mine overwrites it, "
        u"keeping the draft's text as a revision in the journal). The token comes from GITHUB_TOKEN."_s);
    parser.addPositionalArgument(u"file"_s, u"The notes (Markdown, UTF-8)."_s);
    const QCommandLineOption releaseOption(u"release"_s, u"The release tag, e.g. 1.15.0."_s, u"tag"_s);
    const QCommandLineOption apiOption(u"api-url"_s, u"The GitHub API base URL (default https://api.github.com)."_s,
                                       u"url"_s);
    const QCommandLineOption dryRunOption(
        u"dry-run"_s, u"Lint, read the draft and print the request a save would send; send none."_s);
    const QCommandLineOption keepMineOption(
        u"keep-mine"_s,
        u"When the draft was edited on GitHub since the last sync, replace it with the file anyway (the "
        u"draft's text is kept as a revision in the journal), as the app's \"Keep mine\" does."_s);
    parser.addOptions({releaseOption, apiOption, dryRunOption, keepMineOption});
    const ProjectOptions projectOptions;
    projectOptions.addTo(parser);
    if (const auto exit = parseCommandLine(parser, u"notes save"_s, context)) {
        return *exit;
    }
    if (parser.positionalArguments().size() != 1 || parser.positionalArguments().constFirst() == u"-"_s) {
        return context.output.error(ExitBadInput, u"expected one notes file"_s,
                                    u"Usage: release-assistant-cli notes save --release <tag> <file> (a file, not "
                                    u"standard input: a draft edited on GitHub is written back to it)"_s);
    }
    const QString path = parser.positionalArguments().constFirst();
    const QString tag = parser.value(releaseOption).trimmed();
    if (tag.isEmpty()) {
        return context.output.error(ExitBadInput, u"--release is required"_s,
                                    u"Example: release-assistant-cli notes save --release 1.15.0 notes.md"_s);
    }
    ReadProblem unreadable;
    const auto text = readNotes(path, context.input, &unreadable);
    if (!text) {
        return context.output.error(ExitBadInput, unreadable.message, unreadable.hint);
    }
    const bool dryRun = parser.isSet(dryRunOption);
    if (!dryRun && !QFileInfo(QFileInfo(path).absolutePath()).isWritable()) {
        // A draft edited on GitHub must be written back; saving the old file later would replace the edit.
        return context.output.error(ExitBadInput, u"cannot write in the folder of %1"_s.arg(path),
                                    u"Keep the notes in a folder you may write to."_s);
    }
    const QString token = qEnvironmentVariable("GITHUB_TOKEN").trimmed();
    if (token.isEmpty()) {
        return context.output.error(ExitBadInput, u"GITHUB_TOKEN is not set"_s,
                                    u"Drafts are visible and writable only with a token that may push: export one."_s);
    }
    int exitCode = ExitOk;
    const std::optional<release::Project> project = projectOptions.openProject(parser, context, &exitCode);
    if (!project) {
        return exitCode;
    }
    const std::unique_ptr<Journal> journal = projectOptions.openJournal(parser, *project, context, &exitCode);
    if (!journal) {
        return exitCode;
    }
    QString error;
    QString hint;
    const auto release = release::Release::open(
        *project, *journal, tag, dryRun ? release::Release::Access::Preview : release::Release::Access::Drive, &error,
        &hint);
    if (!release) {
        // Only a release held by another run is a failure; a tag spelled wrongly is the caller's to fix.
        const bool badTag = release::Release::canonicalTag(project->playbook(), tag, nullptr) != tag;
        return context.output.error(dryRun || badTag ? ExitBadInput : ExitFailed, error, hint);
    }
    github::Endpoints endpoints;
    if (parser.isSet(apiOption)) {
        endpoints.api = QUrl(parser.value(apiOption));
    }
    github::GitHubClient client(endpoints);
    client.setToken(token);
    release::NotesStep step(*release, client);
    if (!step.setup().rangeProblem.isEmpty()) {
        context.output.warning(step.setup().rangeProblem);
    }
    const bool keepMine = parser.isSet(keepMineOption);
    const release::NotesSaveResult result =
        dryRun ? step.preview(*text, keepMine) : (keepMine ? step.keepMine(*text) : step.save(*text));
    for (const notes::LintFinding &finding : result.findings) {
        context.output.line(u"%1:%2: %3 [%4] %5"_s.arg(path)
                                .arg(finding.line)
                                .arg(notes::severityName(finding.severity), finding.rule, finding.message));
    }
    QJsonObject json = result.toJson();
    json.insert(u"release"_s, tag);
    json.insert(u"file"_s, path);
    json.insert(u"dryRun"_s, dryRun);
    using Outcome = release::NotesSaveResult::Outcome;
    if (result.outcome == Outcome::LintRefused || result.outcome == Outcome::Failed) {
        context.output.result(json);
        return context.output.error(ExitFailed, result.message, result.hint);
    }
    if (result.outcome != Outcome::Conflict) {
        context.output.line(result.message);
    }
    if (!result.request.isEmpty()) {
        const QString body = result.request.value(u"json"_s).toObject().value(u"body"_s).toString();
        context.output.line(u"would send: %1 %2 (the notes as body: %3 characters, sha256 %4)"_s.arg(
            result.request.value(u"method"_s).toString(), result.request.value(u"path"_s).toString(),
            QString::number(body.size()), notes::syncHash(body)));
    }
    if (result.outcome == Outcome::Loaded && !dryRun) {
        if (!writeNotes(path, result.remoteBody, &error)) {
            // The journal now takes the draft's text as synced: the old file must not be saved back over it.
            context.output.line(result.remoteBody);
            json.insert(u"draftText"_s, result.remoteBody);
            context.output.result(json);
            return context.output.error(ExitFailed, u"cannot write the draft's text to %1: %2"_s.arg(path, error),
                                        u"The draft's text is printed above: put it in %1 before saving again, or "
                                        u"saving would replace the edit made on GitHub."_s.arg(path));
        }
        context.output.line(u"Wrote the draft's text to %1."_s.arg(path));
        json.insert(u"wroteFile"_s, true);
    }
    if (result.recorded) {
        context.output.line(u"Step 4: %1 — %2"_s.arg(stateKey(result.recorded->state), result.recorded->note));
    }
    if (result.outcome != Outcome::Conflict) {
        context.output.result(json);
        return ExitOk;
    }
    QString conflictPath = path + u".conflict"_s;
    if (dryRun) {
        context.output.result(json);
        return context.output.error(ExitFailed, result.message,
                                    u"Without --dry-run both versions go to %1, to merge."_s.arg(conflictPath));
    }
    if (!writeNotes(conflictPath, result.conflictText, &error)) {
        context.output.line(result.conflictText);
        json.insert(u"conflictText"_s, result.conflictText);
        conflictPath = u"the text printed above (%1 cannot be written: %2)"_s.arg(conflictPath, error);
    } else {
        json.insert(u"conflictFile"_s, conflictPath);
    }
    context.output.result(json);
    return context.output.error(
        ExitFailed, result.message,
        u"Both versions are in %1, marked <<<<<<< your notes, =======, >>>>>>> GitHub draft: edit %2 into the text "
        u"the draft must hold, then run 'notes save' again (the edited file is taken as your merge)."_s.arg(
            conflictPath, path));
}

} // namespace ra::cli
