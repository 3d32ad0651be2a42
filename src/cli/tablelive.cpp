// SPDX-License-Identifier: GPL-3.0-or-later
// `table apply`, `table schedule` and `table unschedule`: the live scoring database, through the release engine's
// ScoringStep (journal intent and result around the one transaction, a lost answer settled from the table).
#include "cli/tablecommand.h"

#include "core/playbookloader.h"
#include "journal/journal.h"
#include "release/project.h"
#include "release/scoringstep.h"

#include <QJsonObject>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ra::scoring;
using ra::release::ScoringStatus;
using ra::release::ScoringStep;

namespace ra::cli {

namespace {

const QString kUsageHint = u"See 'release-assistant-cli table --help'."_s;

/// The options that say where the change goes and where it is recorded.
struct LiveOptions {
    QCommandLineOption database{
        u"database"_s,
        u"libpq connection string, e.g. \"host=db.example port=5432 user=scoring dbname=ccn sslmode=require\"."_s,
        u"conninfo"_s};
    QCommandLineOption playbook{
        u"playbook"_s, u"A playbook whose [scoring] database is used when --database is not given."_s, u"file"_s};
    QCommandLineOption journal{
        u"journal"_s,
        u"The release journal (default: the playbook's project journal, else the machine's release journal)."_s,
        u"file"_s};
    QCommandLineOption scheduleDirectory{
        u"schedule-dir"_s,
        u"Where step 3 keeps the changes scheduled for the publication (default: the application's)."_s, u"dir"_s};

    void addTo(QCommandLineParser &parser, bool withDatabase) const
    {
        if (withDatabase) {
            parser.addOptions({database, playbook});
        }
        parser.addOptions({journal, scheduleDirectory});
    }

    /// --database, else the playbook's [scoring] database; std::nullopt after printing why there is none.
    std::optional<QString> connection(const QCommandLineParser &parser, CommandContext &context, int *exit) const
    {
        QString text = parser.value(database);
        if (text.isEmpty() && parser.isSet(playbook)) {
            const PlaybookLoadResult loaded = PlaybookLoader::load(parser.value(playbook));
            if (!loaded.ok()) {
                *exit = context.output.error(ExitBadInput, loaded.errorText(),
                                             u"Check it with 'release-assistant-cli playbook validate'."_s);
                return std::nullopt;
            }
            text = loaded.playbook->scoring.database;
        }
        if (text.isEmpty()) {
            *exit = context.output.error(
                ExitBadInput, u"--database is required (or a playbook with `database` in [scoring])"_s, kUsageHint);
            return std::nullopt;
        }
        return text;
    }

    [[nodiscard]] QString journalPath(const QCommandLineParser &parser) const
    {
        if (parser.isSet(journal)) {
            return parser.value(journal);
        }
        if (parser.isSet(playbook)) {
            release::ProjectError error;
            if (const auto project = release::Project::fromPlaybook(parser.value(playbook), {}, &error)) {
                return project->journalPath();
            }
        }
        return Journal::defaultPath();
    }

    [[nodiscard]] QString schedules(const QCommandLineParser &parser) const
    {
        return parser.isSet(scheduleDirectory) ? parser.value(scheduleDirectory)
                                               : ScoringStep::defaultScheduleDirectory();
    }
};

/// The journal with \a tag's record (created when \a create) and its lock, or a printed error.
struct OpenedRelease {
    std::unique_ptr<Journal> journal;
    std::unique_ptr<ReleaseLock> lock;
};

std::optional<OpenedRelease> openRelease(const QString &path, const QString &tag, bool create, CommandContext &context,
                                         int *exit)
{
    QString error;
    OpenedRelease opened;
    opened.journal = Journal::open(path, &error);
    if (!opened.journal) {
        *exit = context.output.error(ExitFailed, u"cannot open the release journal %1: %2"_s.arg(path, error),
                                     u"Check that the folder is writable, or name another with --journal."_s);
        return std::nullopt;
    }
    if (!opened.journal->hasRelease(tag)) {
        if (!create) {
            return opened;
        }
        if (!opened.journal->createRelease(tag, {{u"tag"_s, tag}}, &error)) {
            *exit = context.output.error(ExitFailed, error);
            return std::nullopt;
        }
    }
    opened.lock = opened.journal->lockRelease(tag, &error);
    if (!opened.lock) {
        *exit = context.output.error(ExitFailed, error);
        return std::nullopt;
    }
    return opened;
}

/// RA_SCORING_DB_PASSWORD, else libpq's own (PGPASSWORD, .pgpass): never the command line.
ScoringStep::PasswordProvider passwordFromEnvironment()
{
    const QString password = qEnvironmentVariable("RA_SCORING_DB_PASSWORD");
    if (password.isEmpty()) {
        return {};
    }
    return [password] {
        return password;
    };
}

} // namespace

int TableCommand::apply(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Lists a new release in the live scoring database, in one transaction that refuses to write if the table "
        u"changed since it was read. The change is recorded in the release journal before and after it is made, so "
        u"an apply whose answer was lost is checked against the table on the next run, never written twice. "
        u"The password comes from RA_SCORING_DB_PASSWORD (or libpq's PGPASSWORD / .pgpass), never from the command line."_s);
    const QCommandLineOption yes(u"yes"_s, u"Write the change; without it only the change is shown."_s);
    const QCommandLineOption releaseOption(
        u"release"_s, u"The release the change is recorded under in the journal (default: --version)."_s, u"tag"_s);
    const ReleaseOptions release;
    const LiveOptions live;
    parser.addOptions({yes, releaseOption});
    live.addTo(parser, true);
    release.addTo(parser);
    if (const auto exit = parseCommandLine(parser, u"table apply"_s, context)) {
        return *exit;
    }
    QString error;
    const std::optional<ReleaseRequest> request = release.request(parser, &error);
    if (!request) {
        return context.output.error(ExitBadInput, error, kUsageHint);
    }
    int exit = ExitOk;
    const std::optional<QString> connection = live.connection(parser, context, &exit);
    if (!connection) {
        return exit;
    }
    const ScoringStep::PasswordProvider password = passwordFromEnvironment();
    const auto snapshot = ScoringStep::read(*connection, u"software_versions"_s, password, &error);
    if (!snapshot) {
        return context.output.error(ExitFailed, error, u"Check the connection string and the password."_s);
    }
    const auto changes = ReleaseChangeSet::plan(VersionTable(snapshot->rows), *request, &error);
    if (!changes) {
        return context.output.error(ExitFailed, error);
    }
    const QString tag = parser.isSet(releaseOption) ? parser.value(releaseOption) : request->name;
    std::optional<OpenedRelease> opened;
    if (parser.isSet(yes)) {
        opened = openRelease(live.journalPath(parser), tag, true, context, &exit);
        if (!opened) {
            return exit;
        }
    }
    const ScoringStep step(opened ? opened->journal.get() : nullptr, tag, live.schedules(parser));
    if (changes->isEmpty()) {
        if (opened) {
            // An apply a crash left open went through: the table says so, and the journal records it.
            step.reconcile(snapshot->rows);
        }
        context.output.line(
            u"%1 %2 is already listed as asked; nothing to change."_s.arg(request->software, request->name));
        context.output.result(QJsonObject{{u"outcome"_s, u"already-applied"_s}});
        return ExitOk;
    }
    showChangeSet(context, *changes);
    if (!parser.isSet(yes)) {
        context.output.line(u"Nothing written: re-run with --yes to apply this change."_s);
        context.output.result(
            QJsonObject{{u"outcome"_s, u"shown"_s}, {u"changes"_s, changes->toJson()}, {u"diff"_s, changes->diff()}});
        return ExitOk;
    }
    ScoringStep::Request change;
    change.connectionString = *connection;
    change.changes = *changes;
    change.expectedDigest = snapshot->digest;
    const ScoringStatus status = step.execute(change, password);
    if (status.state != ScoringStatus::State::Applied) {
        return context.output.error(ExitFailed, status.message, status.hint);
    }
    context.output.line(status.message);
    context.output.result(
        QJsonObject{{u"outcome"_s, status.outcome}, {u"changes"_s, changes->toJson()}, {u"diff"_s, changes->diff()}});
    return ExitOk;
}

int TableCommand::schedule(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Keeps the change that lists a release in the live scoring database for its publication: step 6 "
        u"(the app, 'review publish' or 'release run') applies it with the publication time as released_on. "
        u"The table is read now, and a table changed before then is left alone. "
        u"The password comes from RA_SCORING_DB_PASSWORD (or libpq's PGPASSWORD / .pgpass)."_s);
    const QCommandLineOption releaseOption(u"release"_s, u"The release (its tag)."_s, u"tag"_s);
    const ReleaseOptions release;
    const LiveOptions live;
    parser.addOption(releaseOption);
    live.addTo(parser, true);
    release.addTo(parser);
    if (const auto exit = parseCommandLine(parser, u"table schedule"_s, context)) {
        return *exit;
    }
    const QString tag = parser.value(releaseOption).trimmed();
    if (tag.isEmpty()) {
        return context.output.error(ExitBadInput, u"--release is required"_s,
                                    u"Example: table schedule --release 1.15.0 --playbook project.playbook"_s);
    }
    QString error;
    // released_on is the publication time in the end; until then the change is shown from now.
    const std::optional<ReleaseRequest> request = release.request(parser, &error, tag, QDateTime::currentDateTimeUtc());
    if (!request) {
        return context.output.error(ExitBadInput, error, kUsageHint);
    }
    int exit = ExitOk;
    const std::optional<QString> connection = live.connection(parser, context, &exit);
    if (!connection) {
        return exit;
    }
    const auto snapshot = ScoringStep::read(*connection, u"software_versions"_s, passwordFromEnvironment(), &error);
    if (!snapshot) {
        return context.output.error(ExitFailed, error, u"Check the connection string and the password."_s);
    }
    const auto changes = ReleaseChangeSet::plan(VersionTable(snapshot->rows), *request, &error);
    if (!changes) {
        return context.output.error(ExitFailed, error);
    }
    if (changes->isEmpty()) {
        context.output.line(
            u"%1 %2 is already listed as asked; nothing to schedule."_s.arg(request->software, request->name));
        context.output.result(QJsonObject{{u"scheduled"_s, false}, {u"release"_s, tag}});
        return ExitOk;
    }
    showChangeSet(context, *changes);
    const std::optional<OpenedRelease> opened = openRelease(live.journalPath(parser), tag, true, context, &exit);
    if (!opened) {
        return exit;
    }
    ScoringStep::Request change;
    change.connectionString = *connection;
    change.changes = *changes;
    change.expectedDigest = snapshot->digest;
    if (!ScoringStep(opened->journal.get(), tag, live.schedules(parser)).schedule(change, &error)) {
        return context.output.error(ExitFailed, error);
    }
    context.output.line(u"Scheduled: the change will be applied to the scoring database when %1 is published, "
                        u"listed from its publication time."_s.arg(tag));
    context.output.result(QJsonObject{
        {u"scheduled"_s, true}, {u"release"_s, tag}, {u"changes"_s, changes->toJson()}, {u"diff"_s, changes->diff()}});
    return ExitOk;
}

int TableCommand::unschedule(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Forgets the scoring-table change scheduled for the publication of a release."_s);
    const QCommandLineOption releaseOption(u"release"_s, u"The release (its tag)."_s, u"tag"_s);
    const LiveOptions live;
    parser.addOption(releaseOption);
    live.addTo(parser, false);
    if (const auto exit = parseCommandLine(parser, u"table unschedule"_s, context)) {
        return *exit;
    }
    const QString tag = parser.value(releaseOption).trimmed();
    if (tag.isEmpty()) {
        return context.output.error(ExitBadInput, u"--release is required"_s, kUsageHint);
    }
    int exit = ExitOk;
    const std::optional<OpenedRelease> opened = openRelease(live.journalPath(parser), tag, false, context, &exit);
    if (!opened) {
        return exit;
    }
    const bool recorded = opened->journal->hasRelease(tag);
    const bool cancelled =
        ScoringStep(recorded ? opened->journal.get() : nullptr, tag, live.schedules(parser)).unschedule();
    context.output.line(cancelled ? u"The change scheduled for %1 is cancelled."_s.arg(tag)
                                  : u"Nothing is scheduled for %1."_s.arg(tag));
    context.output.result(QJsonObject{{u"cancelled"_s, cancelled}, {u"release"_s, tag}});
    return ExitOk;
}

} // namespace ra::cli
