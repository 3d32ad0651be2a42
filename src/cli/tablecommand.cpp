// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/tablecommand.h"

#include "journal/journal.h"
#include "release/project.h"
#include "release/scoringstep.h"
#include "scoring/tableformat.h"
#include "scoring/tablevalidator.h"

#include <QDir>
#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace ra::scoring;

namespace ra::cli {

namespace {

const QString kUsageHint = u"See 'release-assistant-cli table --help'."_s;

QCommandLineOption tableOption()
{
    return {u"table"_s, u"The table file (.sql, .csv, .json or .md)."_s, u"file"_s};
}

QJsonArray issuesToJson(const QList<ValidationIssue> &issues)
{
    QJsonArray array;
    for (const ValidationIssue &issue : issues) {
        array.append(
            QJsonObject{{u"severity"_s, issue.severity == ValidationIssue::Severity::Error ? u"error"_s : u"warning"_s},
                        {u"row"_s, issue.row + 1},
                        {u"column"_s, issue.column},
                        {u"message"_s, issue.message}});
    }
    return array;
}

qsizetype errorCount(const QList<ValidationIssue> &issues)
{
    return std::count_if(issues.begin(), issues.end(), [](const ValidationIssue &issue) {
        return issue.severity == ValidationIssue::Severity::Error;
    });
}

/// Where 'table add' records step 3: --journal, else the journal of the project whose clone is the current
/// folder, else the machine's release journal.
QString addJournalPath(const QString &given)
{
    if (!given.isEmpty()) {
        return given;
    }
    release::ProjectError error;
    if (const auto project = release::Project::open(QDir::currentPath(), {}, &error)) {
        return project->journalPath();
    }
    return Journal::defaultPath();
}

} // namespace

void TableCommand::ReleaseOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({software, version, at, prerelease, stable, retire});
}

std::optional<ReleaseRequest> TableCommand::ReleaseOptions::request(const QCommandLineParser &parser, QString *error,
                                                                    const QString &defaultVersion,
                                                                    const QDateTime &defaultAt) const
{
    if ((!parser.isSet(version) && defaultVersion.isEmpty()) || (!parser.isSet(at) && !defaultAt.isValid())) {
        *error = u"--version and --at are required"_s;
        return std::nullopt;
    }
    if (parser.isSet(prerelease) && parser.isSet(stable)) {
        *error = u"--prerelease and --stable exclude each other"_s;
        return std::nullopt;
    }
    ReleaseRequest request{parser.value(software), parser.isSet(version) ? parser.value(version) : defaultVersion,
                           parser.isSet(at) ? parseTimestamp(parser.value(at), true, error) : defaultAt, std::nullopt,
                           parser.isSet(retire)};
    if (!request.releasedOn.isValid()) {
        return std::nullopt;
    }
    if (parser.isSet(prerelease) || parser.isSet(stable)) {
        request.prerelease = parser.isSet(prerelease);
    }
    return request;
}

QString TableCommand::name() const
{
    return u"table"_s;
}

QString TableCommand::summary() const
{
    return u"the node-scoring version table: annotate, add, export, validate, apply, schedule"_s;
}

int TableCommand::run(CommandContext &context)
{
    const QString subcommand = context.arguments.value(0);
    if (subcommand.isEmpty() || subcommand == u"--help"_s || subcommand == u"-h"_s) {
        context.output.setJson(false);
        context.output.line(
            u"Usage: release-assistant-cli table <subcommand> [options]\n\n"
            u"Subcommands:\n"
            u"  annotate   the label node scoring gives a version at a time\n"
            u"  add        list a new release in a table file (prints the change first)\n"
            u"  export     write a table file as sql, csv, json or markdown\n"
            u"  validate   check a table file against the scoring rules\n"
            u"  apply      list a new release in the live scoring database (one transaction, journaled)\n"
            u"  schedule   keep the change for the publication of a release (step 6 applies it)\n"
            u"  unschedule forget the change scheduled for a release\n\n"
            u"Run 'release-assistant-cli table <subcommand> --help' for its options."_s);
        return subcommand.isEmpty() ? context.output.error(ExitBadInput, u"missing subcommand"_s, kUsageHint) : ExitOk;
    }
    CommandContext sub{context.arguments.mid(1), context.output, context.input};
    if (subcommand == u"annotate"_s) {
        return annotate(sub);
    }
    if (subcommand == u"add"_s) {
        return add(sub);
    }
    if (subcommand == u"export"_s) {
        return exportTable(sub);
    }
    if (subcommand == u"validate"_s) {
        return validate(sub);
    }
    if (subcommand == u"apply"_s) {
        return apply(sub);
    }
    if (subcommand == u"schedule"_s) {
        return schedule(sub);
    }
    if (subcommand == u"unschedule"_s) {
        return unschedule(sub);
    }
    return context.output.error(ExitBadInput, u"unknown subcommand 'table %1'"_s.arg(subcommand), kUsageHint);
}

int TableCommand::annotate(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Prints the label aleph-scoring's annotate_version() gives the version at the time."_s);
    const QCommandLineOption table = tableOption();
    const QCommandLineOption software(u"software"_s, u"aleph-vm (default) or pyaleph."_s, u"name"_s, u"aleph-vm"_s);
    const QCommandLineOption version(u"version"_s, u"The version as the node reports it."_s, u"version"_s);
    const QCommandLineOption at(u"at"_s, u"The measurement time, ISO 8601."_s, u"time"_s);
    const QCommandLineOption grace(u"grace-days"_s, u"The grace period in days (scoring uses 14)."_s, u"days"_s,
                                   u"14"_s);
    parser.addOptions({table, software, version, at, grace});
    if (const auto exit = parseCommandLine(parser, u"table annotate"_s, context)) {
        return *exit;
    }
    if (!parser.isSet(table) || !parser.isSet(version) || !parser.isSet(at)) {
        return context.output.error(ExitBadInput, u"--table, --version and --at are required"_s, kUsageHint);
    }
    QString error;
    const QDateTime time = parseTimestamp(parser.value(at), true, &error);
    if (!time.isValid()) {
        return context.output.error(ExitBadInput, u"--at: "_s + error, u"Write the time as 2023-04-14T16:50:26Z."_s);
    }
    bool ok = false;
    const int graceDays = parser.value(grace).toInt(&ok);
    if (!ok || graceDays < 0) {
        return context.output.error(ExitBadInput,
                                    u"--grace-days: '%1' is not a number of days"_s.arg(parser.value(grace)));
    }
    const auto rows = loadTableFile(parser.value(table), &error);
    if (!rows) {
        return context.output.error(ExitBadInput, error);
    }
    VersionTable versions(*rows);
    versions.setGracePeriod(std::chrono::days{graceDays});
    const VersionLabel label = versions.annotate(parser.value(software), parser.value(version), time);
    context.output.line(labelName(label));
    context.output.result(QJsonObject{{u"software"_s, parser.value(software)},
                                      {u"version"_s, parser.value(version)},
                                      {u"at"_s, formatTimestamp(time)},
                                      {u"label"_s, labelName(label)},
                                      {u"validForScore"_s, labelIsValidForScore(label)}});
    return ExitOk;
}

void TableCommand::showChangeSet(CommandContext &context, const ReleaseChangeSet &changes)
{
    context.output.line(changes.diff());
    for (const QString &warning : changes.warnings()) {
        context.output.warning(warning);
    }
}

int TableCommand::add(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Lists a new release in a table file: inserts its row and retires the current row of its chain. Prints the change before writing."_s);
    const QCommandLineOption table = tableOption();
    const QCommandLineOption dryRun(u"dry-run"_s, u"Print the change only."_s);
    const QCommandLineOption releaseOption(
        u"release"_s,
        u"The release whose step 3 the new row completes (default: --version); recorded when the journal has it."_s,
        u"tag"_s);
    const QCommandLineOption journalOption(
        u"journal"_s,
        u"The release journal (default: the project's, when the current folder is its clone, else the machine's)."_s,
        u"file"_s);
    const ReleaseOptions release;
    parser.addOptions({table, dryRun, releaseOption, journalOption});
    release.addTo(parser);
    if (const auto exit = parseCommandLine(parser, u"table add"_s, context)) {
        return *exit;
    }
    QString error;
    const std::optional<ReleaseRequest> request = release.request(parser, &error);
    if (!parser.isSet(table) || !request) {
        return context.output.error(ExitBadInput, parser.isSet(table) ? error : u"--table is required"_s, kUsageHint);
    }
    const QString path = parser.value(table);
    const auto rows = loadTableFile(path, &error);
    if (!rows) {
        return context.output.error(ExitBadInput, error);
    }
    VersionTable versions(*rows);
    const auto changes = ReleaseChangeSet::plan(versions, *request, &error);
    if (!changes) {
        return context.output.error(ExitFailed, error);
    }
    if (changes->isEmpty()) {
        context.output.line(
            u"%1 %2 is already listed as asked; nothing to change."_s.arg(request->software, request->name));
        context.output.result(QJsonObject{{u"changed"_s, false}, {u"changes"_s, changes->toJson()}});
        return ExitOk;
    }
    showChangeSet(context, *changes);
    const qsizetype errorsBefore = errorCount(TableValidator::validate(versions));
    if (!changes->applyTo(versions, &error)) {
        return context.output.error(ExitFailed, error);
    }
    const QList<ValidationIssue> issues = TableValidator::validate(versions);
    if (errorCount(issues) > errorsBefore) {
        return context.output.error(ExitFailed,
                                    u"The change would make the table invalid: %1"_s.arg(issues.first().message),
                                    u"Nothing was written."_s);
    }
    if (parser.isSet(dryRun)) {
        context.output.line(u"Dry run: %1 not changed."_s.arg(path));
        context.output.result(
            QJsonObject{{u"changed"_s, false}, {u"changes"_s, changes->toJson()}, {u"diff"_s, changes->diff()}});
        return ExitOk;
    }
    // The release's journal is opened and locked before the file is written: a busy release changes nothing.
    const QString tag = parser.isSet(releaseOption) ? parser.value(releaseOption).trimmed() : request->name;
    const QString journalPath = addJournalPath(parser.value(journalOption));
    std::unique_ptr<Journal> journal = Journal::open(journalPath, &error);
    if (!journal && parser.isSet(journalOption)) {
        return context.output.error(ExitFailed, u"cannot open the release journal %1: %2"_s.arg(journalPath, error),
                                    u"Nothing was written. Check that the folder is writable."_s);
    }
    std::unique_ptr<ReleaseLock> lock;
    if (journal && journal->hasRelease(tag)) {
        lock = journal->lockRelease(tag, &error);
        if (!lock) {
            return context.output.error(ExitFailed, error, u"Nothing was written."_s);
        }
    }
    if (!saveTableFile(path, versions.rows(), &error)) {
        return context.output.error(ExitFailed, error);
    }
    const bool recorded = lock && release::ScoringStep(journal.get(), tag).recordListedInFile(path);
    context.output.line(u"Wrote %1."_s.arg(path));
    if (recorded) {
        context.output.line(u"Step 3 of %1 is done: recorded in %2."_s.arg(tag, journalPath));
    }
    context.output.result(QJsonObject{{u"changed"_s, true},
                                      {u"changes"_s, changes->toJson()},
                                      {u"diff"_s, changes->diff()},
                                      {u"recorded"_s, recorded}});
    return ExitOk;
}

int TableCommand::exportTable(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Writes a table file in another format, on standard output or into --output."_s);
    const QCommandLineOption table = tableOption();
    const QCommandLineOption format(u"format"_s, u"sql, csv, json or markdown."_s, u"format"_s);
    const QCommandLineOption output(u"output"_s, u"Write into this file instead of standard output."_s, u"file"_s);
    parser.addOptions({table, format, output});
    if (const auto exit = parseCommandLine(parser, u"table export"_s, context)) {
        return *exit;
    }
    const std::optional<TableFormat> target = formatFromName(parser.value(format));
    if (!parser.isSet(table) || !target) {
        return context.output.error(ExitBadInput,
                                    parser.isSet(table) ? u"--format must be sql, csv, json or markdown"_s
                                                        : u"--table is required"_s,
                                    kUsageHint);
    }
    QString error;
    const auto rows = loadTableFile(parser.value(table), &error);
    if (!rows) {
        return context.output.error(ExitBadInput, error);
    }
    if (parser.isSet(output)) {
        if (!saveTableFile(parser.value(output), *rows, &error, target)) {
            return context.output.error(ExitFailed, error);
        }
        context.output.line(u"Wrote %1 rows to %2."_s.arg(rows->size()).arg(parser.value(output)));
    } else {
        context.output.line(writeTable(*rows, *target).chopped(1));
    }
    context.output.result(QJsonObject{
        {u"format"_s, formatName(*target)}, {u"rows"_s, rows->size()}, {u"text"_s, writeTable(*rows, *target)}});
    return ExitOk;
}

int TableCommand::validate(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Checks a table file against the rules node scoring relies on."_s);
    parser.addPositionalArgument(u"file"_s, u"The table file."_s);
    if (const auto exit = parseCommandLine(parser, u"table validate"_s, context)) {
        return *exit;
    }
    if (parser.positionalArguments().size() != 1) {
        return context.output.error(ExitBadInput, u"name one table file"_s, kUsageHint);
    }
    QString error;
    const auto rows = loadTableFile(parser.positionalArguments().constFirst(), &error);
    if (!rows) {
        return context.output.error(ExitBadInput, error);
    }
    const QList<ValidationIssue> issues = TableValidator::validate(VersionTable(*rows));
    for (const ValidationIssue &issue : issues) {
        const SoftwareVersion &row = rows->at(issue.row);
        context.output.line(u"%1: row %2 (%3 %4), %5: %6"_s
                                .arg(issue.severity == ValidationIssue::Severity::Error ? u"error"_s : u"warning"_s)
                                .arg(issue.row + 1)
                                .arg(row.software, row.name, issue.column, issue.message));
    }
    const qsizetype errors = errorCount(issues);
    context.output.line(
        u"%1 rows, %2 errors, %3 warnings."_s.arg(rows->size()).arg(errors).arg(issues.size() - errors));
    context.output.result(
        QJsonObject{{u"rows"_s, rows->size()}, {u"valid"_s, errors == 0}, {u"issues"_s, issuesToJson(issues)}});
    return errors == 0 ? ExitOk : ExitFailed;
}

} // namespace ra::cli
