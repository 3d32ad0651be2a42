// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/announcecommand.h"

#include "channels/channelregistry.h"
#include "channels/channelretrypolicy.h"
#include "channels/channelsetup.h"
#include "core/announcement/textlength.h"
#include "core/playbookloader.h"
#include "journal/journal.h"
#include "journal/releaselock.h"
#include "net/httpclient.h"
#include "net/redactor.h"
#include "net/request.h"
#include "release/announcestep.h"
#include "release/project.h"
#include "secrets/keychainsecretstore.h"

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ra::cli {

namespace {

const QString channelsHint = u"Fix what each line names: the playbook's target decides where a channel posts, "
                             "the channels file only how to reach it (see 'announce --help')."_s;

// The project's playbook (--playbook, else the aleph-vm preset): its channels carry the templates.
std::optional<Playbook> playbookFrom(const QCommandLineParser &parser, QString *error)
{
    const PlaybookLoadResult result = parser.isSet(u"playbook"_s) ? PlaybookLoader::load(parser.value(u"playbook"_s))
                                                                  : PlaybookLoader::loadPreset(u"aleph-vm"_s);
    if (!result.ok()) {
        *error = result.errorText();
    }
    return result.playbook;
}

// --journal, else the project's own journal: the one the app records the same release in.
QString journalPathFor(const QString &journalOption, const QString &playbookPath)
{
    if (!journalOption.isEmpty()) {
        return journalOption;
    }
    const std::optional<release::Project> project = release::Project::fromPlaybook(playbookPath, {}, nullptr);
    return project ? project->journalPath() : Journal::defaultPath();
}

// The journal at \a path when there is one: reading what earlier steps left must not create it.
std::unique_ptr<Journal> existingJournal(const QString &path)
{
    return QFileInfo::exists(path) ? Journal::open(path) : nullptr;
}

// The facts the command line gives, else what the earlier steps left in \a journal (the notes' highlights, the
// publication day). Sets \a error on a date or a number that is not one.
ReleaseFacts factsFrom(const QCommandLineParser &parser, const Playbook &playbook, Journal *journal, QString *error)
{
    const QString tag = parser.value(u"release"_s);
    const release::AnnounceStep::JournalFacts recorded =
        journal ? release::AnnounceStep::journalFacts(*journal, tag) : release::AnnounceStep::JournalFacts();
    const QDate published = parser.isSet(u"published"_s) ? QDate::fromString(parser.value(u"published"_s), Qt::ISODate)
                                                         : recorded.publishedOn;
    if (parser.isSet(u"published"_s) && !published.isValid()) {
        *error = u"--published '%1' is not a date"_s.arg(parser.value(u"published"_s));
    }
    bool number = true;
    const int graceDays = parser.isSet(u"grace-days"_s) ? parser.value(u"grace-days"_s).toInt(&number) : -1;
    if (parser.isSet(u"grace-days"_s) && (!number || graceDays < 0)) {
        *error = u"--grace-days '%1' is not a number of days"_s.arg(parser.value(u"grace-days"_s));
    }
    return release::AnnounceStep::facts(
        playbook, tag, parser.isSet(u"highlight"_s) ? parser.values(u"highlight"_s) : recorded.highlights, published,
        graceDays, parser.value(u"url"_s));
}

void addReleaseOptions(QCommandLineParser &parser)
{
    parser.addOption({u"release"_s, u"The release tag, e.g. 1.15.0."_s, u"tag"_s});
    parser.addOption({u"channel"_s, u"Only this channel (id or kind); repeatable."_s, u"channel"_s});
    parser.addOption(
        {u"highlight"_s, u"A line worth announcing; repeatable (default: the saved notes')."_s, u"text"_s});
    parser.addOption({u"url"_s, u"The release page (default: the GitHub release of the tag)."_s, u"url"_s});
    parser.addOption({u"published"_s,
                      u"Publication date, YYYY-MM-DD (default: the publication in step 6, else today)."_s, u"date"_s});
    parser.addOption({u"grace-days"_s,
                      u"Days operators have to upgrade (default: the playbook's scoring grace-days)."_s, u"days"_s});
    parser.addOption({u"playbook"_s,
                      u"The project's playbook, whose channels give the templates (default: aleph-vm)."_s, u"file"_s});
    parser.addOption(
        {u"template"_s, u"A template file for every selected channel instead of the playbook's."_s, u"file"_s});
}

// The --template file's text, empty without one; false with \a error when it cannot be read.
bool templateOverride(const QCommandLineParser &parser, QString *text, QString *error)
{
    if (!parser.isSet(u"template"_s)) {
        return true;
    }
    QFile file(parser.value(u"template"_s));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"Cannot read the template %1: %2"_s.arg(file.fileName(), file.errorString());
        return false;
    }
    *text = QString::fromUtf8(file.readAll());
    return true;
}

QStringList channelIds(const QList<channels::ChannelConfig> &configs)
{
    QStringList ids;
    for (const channels::ChannelConfig &config : configs) {
        ids.append(config.id);
    }
    return ids;
}

} // namespace

QString AnnounceCommand::name() const
{
    return u"announce"_s;
}

QString AnnounceCommand::summary() const
{
    return u"count, preview and send the release announcements (step 7)"_s;
}

int AnnounceCommand::run(CommandContext &context)
{
    const QString sub = context.arguments.value(0);
    if (sub == u"length"_s || sub == u"preview"_s || sub == u"send"_s || sub == u"releases"_s) {
        context.arguments.removeFirst();
        return sub == u"length"_s    ? length(context)
               : sub == u"preview"_s ? preview(context)
               : sub == u"send"_s    ? send(context)
                                     : releases(context);
    }
    if (sub == u"--help"_s || sub == u"-h"_s) {
        context.output.setJson(false);
        context.output.line(
            u"Usage: release-assistant-cli announce <length|preview|send|releases> [options]\n\n"
            u"  length --channel x|bluesky|mastodon|telegram|telegram-caption|discord <text>\n"
            u"                         the length as that network counts it, and its limit\n"
            u"  preview --release <tag> [--channel <id>] [--highlight <text>]...   each channel's posts\n"
            u"  send --release <tag> [--channel <id>] [--dry-run] [--test]\n"
            u"       [--confirm-sent <url> | --confirm-not-sent] [--journal <file>]   post once; a re-run skips\n"
            u"       what was sent\n"
            u"  releases [--playbook <file>] [--journal <file>]   the published releases, each channel's\n"
            u"       announcement state (sent with its link, failed, uncertain, not sent)\n\n"
            u"Channels are the [channel <id>] sections of the playbook (--playbook, default aleph-vm: Telegram\n"
            u"@alephim and X @aleph_im): each section's target decides where it posts, its template what.\n"
            u"$RA_CHANNELS_FILE or ~/.config/release-assistant/channels.json may only say how to reach a channel\n"
            u"(a base URL for a local twin or a proxy, presentation settings, a private test target); one that\n"
            u"contradicts a target is an error. Secrets come from RA_SECRET_<CHANNEL>_<NAME> or the keychain."_s);
        return ExitOk;
    }
    return context.output.error(
        ExitBadInput, sub.isEmpty() ? u"missing subcommand"_s : u"unknown subcommand '%1'"_s.arg(sub),
        u"Use 'announce length', 'announce preview', 'announce send' or 'announce releases'."_s);
}

int AnnounceCommand::length(CommandContext &context)
{
    QCommandLineParser parser;
    parser.addOption({u"channel"_s, u"x, bluesky, mastodon, telegram, telegram-caption or discord."_s, u"network"_s});
    parser.addPositionalArgument(u"text"_s, u"The text (\"-\" reads standard input)."_s);
    if (const auto exit = parseCommandLine(parser, u"announce length"_s, context)) {
        return *exit;
    }
    const std::optional<Network> network = networkFromKey(parser.value(u"channel"_s));
    if (!network) {
        return context.output.error(ExitBadInput,
                                    u"unknown or missing --channel '%1'"_s.arg(parser.value(u"channel"_s)),
                                    u"Use --channel x, bluesky, mastodon, telegram, telegram-caption or discord."_s);
    }
    QString text = parser.positionalArguments().join(u' ');
    if (text == u"-"_s) {
        text = context.input.readAll();
        if (text.endsWith(u'\n')) {
            text.chop(1);
        }
    }
    const LengthCheck check = checkLength(*network, text);
    context.output.line(u"%1: %2 / %3 %4%5"_s.arg(networkKey(*network), QString::number(check.length),
                                                  QString::number(check.limit), check.unit,
                                                  check.length > check.limit ? u" (too long)"_s : QString()));
    if (!check.problem.isEmpty()) {
        context.output.line(check.problem);
    }
    QJsonObject result{{u"channel"_s, networkKey(*network)},
                       {u"length"_s, check.length},
                       {u"limit"_s, check.limit},
                       {u"unit"_s, check.unit},
                       {u"fits"_s, check.fits},
                       {u"details"_s, check.details}};
    if (!check.problem.isEmpty()) {
        result.insert(u"problem"_s, check.problem);
    }
    context.output.result(result);
    return ExitOk;
}

int AnnounceCommand::preview(CommandContext &context)
{
    QCommandLineParser parser;
    addReleaseOptions(parser);
    if (const auto exit = parseCommandLine(parser, u"announce preview"_s, context)) {
        return *exit;
    }
    if (!parser.isSet(u"release"_s)) {
        return context.output.error(ExitBadInput, u"missing --release"_s,
                                    u"Name the release tag, e.g. --release 1.15.0."_s);
    }
    QString error;
    const std::optional<Playbook> playbook = playbookFrom(parser, &error);
    if (!playbook) {
        return context.output.error(ExitBadInput, error,
                                    u"Fix the playbook ('playbook validate' lists every problem)."_s);
    }
    const release::AnnounceStep::Channels selection =
        release::AnnounceStep::channelsOf(*playbook, parser.values(u"channel"_s));
    if (!selection.error.isEmpty()) {
        return context.output.error(ExitBadInput, selection.error, channelsHint);
    }
    const auto journal = existingJournal(journalPathFor({}, parser.value(u"playbook"_s)));
    const ReleaseFacts facts = factsFrom(parser, *playbook, journal.get(), &error);
    QString templateText;
    if (!error.isEmpty() || !templateOverride(parser, &templateText, &error)) {
        return context.output.error(ExitBadInput, error, u"Give a readable template file, a YYYY-MM-DD date."_s);
    }
    net::HttpClient formatting;
    QJsonArray results;
    for (const channels::ChannelConfig &config : selection.configs) {
        const release::AnnouncementDraft draft =
            release::AnnounceStep::draft(*playbook, config, facts, formatting, templateText);
        context.output.line(u"== %1 (%2), %3 post(s)"_s.arg(config.id, config.kind).arg(draft.parts.size()));
        QJsonArray posts;
        for (const QString &part : draft.parts) {
            const LengthCheck check = checkLength(draft.network, part);
            context.output.line(u"-- %1 / %2 %3"_s.arg(check.length).arg(check.limit).arg(check.unit));
            context.output.line(part);
            posts.append(QJsonObject{
                {u"text"_s, part}, {u"length"_s, check.length}, {u"limit"_s, check.limit}, {u"fits"_s, check.fits}});
        }
        results.append(QJsonObject{{u"channel"_s, config.id}, {u"kind"_s, config.kind}, {u"posts"_s, posts}});
    }
    context.output.result(results);
    return ExitOk;
}

int AnnounceCommand::send(CommandContext &context)
{
    QCommandLineParser parser;
    addReleaseOptions(parser);
    parser.addOption({u"dry-run"_s, u"Print every request instead of sending it (secrets redacted)."_s});
    parser.addOption({u"test"_s, u"Send to each channel's private test target; nothing is recorded."_s});
    parser.addOption({u"confirm-sent"_s, u"The uncertain post of --channel was published, at this URL."_s, u"url"_s});
    parser.addOption({u"confirm-not-sent"_s, u"The uncertain post of --channel was not published."_s});
    parser.addOption({u"journal"_s, u"The release journal (default: the project's, as the app's)."_s, u"file"_s});
    if (const auto exit = parseCommandLine(parser, u"announce send"_s, context)) {
        return *exit;
    }
    if (!parser.isSet(u"release"_s)) {
        return context.output.error(ExitBadInput, u"missing --release"_s,
                                    u"Name the release tag, e.g. --release 1.15.0."_s);
    }
    QString error;
    const std::optional<Playbook> playbook = playbookFrom(parser, &error);
    if (!playbook) {
        return context.output.error(ExitBadInput, error,
                                    u"Fix the playbook ('playbook validate' lists every problem)."_s);
    }
    const release::AnnounceStep::Channels selection =
        release::AnnounceStep::channelsOf(*playbook, parser.values(u"channel"_s));
    if (!selection.error.isEmpty()) {
        return context.output.error(ExitBadInput, selection.error, channelsHint);
    }
    const bool dryRun = parser.isSet(u"dry-run"_s);
    const bool test = parser.isSet(u"test"_s);
    const bool confirming = parser.isSet(u"confirm-sent"_s) || parser.isSet(u"confirm-not-sent"_s);
    const QString release = parser.value(u"release"_s);
    if (confirming && (dryRun || test || selection.configs.size() != 1)) {
        return context.output.error(ExitBadInput, u"confirming needs exactly one --channel and no --dry-run/--test"_s,
                                    u"e.g. announce send --release 1.15.0 --channel telegram --confirm-sent <url>"_s);
    }
    QString templateText;
    if (!templateOverride(parser, &templateText, &error)) {
        return context.output.error(ExitBadInput, error, u"Give a readable template file."_s);
    }

    const QString journalPath = journalPathFor(parser.value(u"journal"_s), parser.value(u"playbook"_s));
    std::unique_ptr<Journal> journal;
    std::unique_ptr<ReleaseLock> lock;
    if (!dryRun && !test) {
        journal = Journal::open(journalPath, &error);
        if (!journal) {
            return context.output.error(ExitFailed, u"cannot open the release journal: %1"_s.arg(error),
                                        u"Nothing was sent."_s);
        }
        if (!journal->hasRelease(release) && !journal->createRelease(release, {}, &error)) {
            return context.output.error(ExitFailed, error, u"Nothing was sent."_s);
        }
        // The app or another run sending the same release at the same time could post twice.
        lock = journal->lockRelease(release, &error);
        if (!lock) {
            return context.output.error(ExitFailed, error,
                                        u"Nothing was sent; try again when the other one is done."_s);
        }
    } else {
        journal = existingJournal(journalPath);
    }
    // Done only when every channel of the release is sent, not just those this run is limited to.
    const release::AnnounceStep step(dryRun || test ? nullptr : journal.get(), release,
                                     channelIds(release::AnnounceStep::channelsOf(*playbook).configs));
    if (confirming) {
        const QString channelId = selection.configs.constFirst().id;
        if (!step.confirm(channelId, parser.isSet(u"confirm-sent"_s), QUrl(parser.value(u"confirm-sent"_s)), &error)) {
            return context.output.error(ExitFailed, error, u"Run 'announce send' to see each channel's state."_s);
        }
        context.output.line(
            u"%1: recorded as %2."_s.arg(channelId, parser.isSet(u"confirm-sent"_s) ? u"sent"_s : u"not sent"_s));
        context.output.result(
            QJsonObject{{u"channel"_s, channelId}, {u"confirmed"_s, parser.isSet(u"confirm-sent"_s)}});
        return ExitOk;
    }

    const ReleaseFacts facts = factsFrom(parser, *playbook, journal.get(), &error);
    if (!error.isEmpty()) {
        return context.output.error(ExitBadInput, error, u"Dates are YYYY-MM-DD; grace days a whole number."_s);
    }
    net::HttpClient http;
    http.setRetryPolicy(std::make_shared<channels::ChannelRetryPolicy>());
    QJsonArray requests;
    if (dryRun) {
        http.setDryRun(true);
        http.setRequestObserver([&context, &requests](const net::Request &request) {
            const net::Redactor &redactor = net::Redactor::global();
            context.output.line(u"%1 %2"_s.arg(QString::fromLatin1(request.method), redactor.redactUrl(request.url)));
            QJsonObject headers;
            for (const auto &[name, value] : request.headers) {
                const QByteArray shown = redactor.redactHeader(name, value);
                context.output.line(u"  %1: %2"_s.arg(QString::fromLatin1(name), QString::fromUtf8(shown)));
                headers.insert(QString::fromLatin1(name), QString::fromUtf8(shown));
            }
            const QString body = redactor.redact(QString::fromUtf8(request.body));
            context.output.line(u"  "_s + body);
            requests.append(QJsonObject{{u"method"_s, QString::fromLatin1(request.method)},
                                        {u"url"_s, redactor.redactUrl(request.url)},
                                        {u"headers"_s, headers},
                                        {u"body"_s, body}});
        });
    }
    net::HttpClient formatting;
    secrets::KeychainSecretStore keychain;
    QJsonArray results;
    bool allSent = true;
    for (const channels::ChannelConfig &config : selection.configs) {
        const channels::ChannelKind *kind = channels::ChannelRegistry::builtin().find(config.kind);
        std::optional<channels::Credentials> credentials;
        QString secretError;
        channels::ChannelSetup::loadCredentials(&keychain, *kind, config.id,
                                                [&](const channels::Credentials &c, const QString &e) {
                                                    credentials = c;
                                                    secretError = e;
                                                });
        QEventLoop loop;
        while (!credentials) {
            loop.processEvents(QEventLoop::WaitForMoreEvents);
        }
        for (const QString &secret : std::as_const(*credentials)) {
            net::Redactor::global().addSecret(secret);
        }
        if (dryRun) {
            for (const QString &name : kind->credentialNames) {
                credentials->insert(name, credentials->value(name, u"[not stored]"_s));
            }
        }
        auto channel = channels::ChannelRegistry::builtin().create(config, *credentials, http, &error);
        if (!channel) {
            allSent = false;
            const QString message = secretError.isEmpty() ? error : u"%1 (%2)"_s.arg(error, secretError);
            context.output.warning(u"%1: %2"_s.arg(config.id, message));
            if (!dryRun && !test) {
                step.recordFailureBeforeSending(config.id, message);
            }
            results.append(QJsonObject{{u"channel"_s, config.id}, {u"state"_s, u"failed"_s}, {u"message"_s, error}});
            continue;
        }
        const QStringList parts =
            release::AnnounceStep::draft(*playbook, config, facts, formatting, templateText).parts;
        std::optional<channels::DeliveryReport> report;
        const auto done = [&report](const channels::DeliveryReport &r) {
            report = r;
        };
        if (dryRun) {
            release::AnnounceStep::sendDryRun(*channel, parts, done);
        } else if (test) {
            release::AnnounceStep::sendTest(*channel, parts, done);
        } else {
            step.send(*channel, parts, done);
        }
        while (!report) {
            loop.processEvents(QEventLoop::WaitForMoreEvents);
        }
        const QString state = channels::deliveryStateKey(report->state);
        QStringList links;
        for (const QUrl &url : std::as_const(report->postUrls)) {
            if (!url.isEmpty()) {
                links.append(url.toString());
            }
        }
        context.output.line(
            u"%1: %2%3"_s.arg(config.id, state, links.isEmpty() ? QString() : u" "_s + links.join(u' ')));
        if (!report->message.isEmpty()) {
            context.output.line(u"  "_s + net::Redactor::global().redact(report->message));
        }
        if (!report->hint.isEmpty()) {
            context.output.line(u"  "_s + report->hint);
        }
        if (report->state == channels::DeliveryState::Failed ||
            report->state == channels::DeliveryState::NeedsConfirmation) {
            allSent = false;
        }
        results.append(QJsonObject{{u"channel"_s, config.id},
                                   {u"state"_s, state},
                                   {u"postIds"_s, QJsonArray::fromStringList(report->postIds)},
                                   {u"links"_s, QJsonArray::fromStringList(links)},
                                   {u"message"_s, net::Redactor::global().redact(report->message)},
                                   {u"hint"_s, report->hint}});
    }
    QJsonObject output{{u"release"_s, release}, {u"channels"_s, results}};
    if (dryRun) {
        output.insert(u"requests"_s, requests);
    }
    context.output.result(output);
    return allSent ? ExitOk : ExitFailed;
}

} // namespace ra::cli
