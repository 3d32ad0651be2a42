// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/announcecommand.h"

#include "channels/announcementsender.h"
#include "channels/channelregistry.h"
#include "channels/channelretrypolicy.h"
#include "channels/channelsetup.h"
#include "core/announcement/announcementtemplate.h"
#include "core/announcement/textlength.h"
#include "core/playbookloader.h"
#include "journal/journal.h"
#include "journal/releaselock.h"
#include "net/httpclient.h"
#include "net/redactor.h"
#include "net/request.h"
#include "secrets/keychainsecretstore.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ra::cli {

namespace {

struct Selection {
    QList<channels::ChannelConfig> channels;
    QString error;
};

// The playbook's channels as the channels file says to reach them, keeping those named by --channel (id or kind).
Selection selectChannels(const Playbook &playbook, const QStringList &wanted)
{
    Selection selection;
    QList<channels::ChannelConfig> all;
    if (!channels::ChannelSetup::loadChannels(playbook, &all, &selection.error)) {
        return selection;
    }
    QStringList names;
    for (const channels::ChannelConfig &config : std::as_const(all)) {
        names.append(config.id);
        if (wanted.isEmpty() || wanted.contains(config.id) || wanted.contains(config.kind)) {
            selection.channels.append(config);
        }
    }
    for (const QString &name : wanted) {
        if (std::none_of(all.cbegin(), all.cend(),
                         [&](const channels::ChannelConfig &c) { return c.id == name || c.kind == name; })) {
            selection.error = u"The playbook %1 has no channel '%2' (its channels: %3)."_s.arg(playbook.source, name,
                                                                                               names.join(u", "_s));
        }
    }
    return selection;
}

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

ReleaseFacts factsFrom(const QCommandLineParser &parser, const Playbook &playbook)
{
    ReleaseFacts facts;
    facts.project = playbook.projectName;
    facts.version = parser.value(u"release"_s);
    facts.releaseUrl = parser.isSet(u"url"_s)
                           ? parser.value(u"url"_s)
                           : u"https://github.com/%1/releases/tag/%2"_s.arg(playbook.repository, facts.version);
    facts.highlights = parser.values(u"highlight"_s);
    facts.publishedOn = parser.isSet(u"published"_s) ? QDate::fromString(parser.value(u"published"_s), Qt::ISODate)
                                                     : QDate::currentDate();
    facts.graceDays =
        parser.isSet(u"grace-days"_s) ? parser.value(u"grace-days"_s).toInt() : playbook.scoring.graceDays;
    // PEP 440 and SemVer pre-release spellings: 1.5.0rc1, 1.5.0-rc1, 2.0.0a1, 2.0.0-beta.2.
    static const QRegularExpression prerelease(u"(\\d(a|b|rc|dev)\\d|-(rc|alpha|beta|dev))"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    facts.prerelease = prerelease.match(facts.version).hasMatch();
    return facts;
}

void addReleaseOptions(QCommandLineParser &parser)
{
    parser.addOption({u"release"_s, u"The release tag, e.g. 1.15.0."_s, u"tag"_s});
    parser.addOption({u"channel"_s, u"Only this channel (id or kind); repeatable."_s, u"channel"_s});
    parser.addOption({u"highlight"_s, u"A line worth announcing; repeatable."_s, u"text"_s});
    parser.addOption({u"url"_s, u"The release page (default: the GitHub release of the tag)."_s, u"url"_s});
    parser.addOption({u"published"_s, u"Publication date, YYYY-MM-DD (default: today)."_s, u"date"_s});
    parser.addOption({u"grace-days"_s,
                      u"Days operators have to upgrade (default: the playbook's scoring grace-days)."_s, u"days"_s});
    parser.addOption({u"playbook"_s,
                      u"The project's playbook, whose channels give the templates (default: aleph-vm)."_s, u"file"_s});
    parser.addOption(
        {u"template"_s, u"A template file for every selected channel instead of the playbook's."_s, u"file"_s});
}

QString templateFor(const QCommandLineParser &parser, const Playbook &playbook, const channels::Channel &channel,
                    bool prerelease, QString *error)
{
    if (!parser.isSet(u"template"_s)) {
        return AnnouncementTemplate::forChannel(playbook.channels, channel.config().id, channel.config().kind,
                                                channel.network(), prerelease);
    }
    QFile file(parser.value(u"template"_s));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"Cannot read the template %1: %2"_s.arg(file.fileName(), file.errorString());
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

// A channel object only to format and count; no secret is needed for that.
std::unique_ptr<channels::Channel> formatterFor(const channels::ChannelConfig &config, net::HttpClient &http)
{
    const channels::ChannelKind *kind = channels::ChannelRegistry::builtin().find(config.kind);
    channels::Credentials placeholders;
    for (const QString &name : kind->credentialNames) {
        placeholders.insert(name, u"unused"_s);
    }
    return channels::ChannelRegistry::builtin().create(config, placeholders, http);
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
    if (sub == u"length"_s || sub == u"preview"_s || sub == u"send"_s) {
        context.arguments.removeFirst();
        return sub == u"length"_s ? length(context) : sub == u"preview"_s ? preview(context) : send(context);
    }
    if (sub == u"--help"_s || sub == u"-h"_s) {
        context.output.setJson(false);
        context.output.line(
            u"Usage: release-assistant-cli announce <length|preview|send> [options]\n\n"
            u"  length --channel x|bluesky|mastodon|telegram|telegram-caption|discord <text>\n"
            u"                         the length as that network counts it, and its limit\n"
            u"  preview --release <tag> [--channel <id>] [--highlight <text>]...   each channel's posts\n"
            u"  send --release <tag> [--channel <id>] [--dry-run] [--test]\n"
            u"       [--confirm-sent <url> | --confirm-not-sent] [--journal <file>]   post once; a re-run skips\n"
            u"       what was sent\n\n"
            u"Channels are the [channel <id>] sections of the playbook (--playbook, default aleph-vm: Telegram\n"
            u"@alephim and X @aleph_im): each section's target decides where it posts, its template what.\n"
            u"$RA_CHANNELS_FILE or ~/.config/release-assistant/channels.json may only say how to reach a channel\n"
            u"(a base URL for a local twin or a proxy, presentation settings, a private test target); one that\n"
            u"contradicts a target is an error. Secrets come from RA_SECRET_<CHANNEL>_<NAME> or the keychain."_s);
        return ExitOk;
    }
    return context.output.error(ExitBadInput,
                                sub.isEmpty() ? u"missing subcommand"_s : u"unknown subcommand '%1'"_s.arg(sub),
                                u"Use 'announce length', 'announce preview' or 'announce send'."_s);
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
    QString playbookError;
    const std::optional<Playbook> playbook = playbookFrom(parser, &playbookError);
    if (!playbook) {
        return context.output.error(ExitBadInput, playbookError,
                                    u"Fix the playbook ('playbook validate' lists every problem)."_s);
    }
    const Selection selection = selectChannels(*playbook, parser.values(u"channel"_s));
    if (!selection.error.isEmpty()) {
        return context.output.error(ExitBadInput, selection.error, channelsHint);
    }
    const ReleaseFacts facts = factsFrom(parser, *playbook);
    net::HttpClient http;
    QJsonArray results;
    for (const channels::ChannelConfig &config : selection.channels) {
        auto channel = formatterFor(config, http);
        QString error;
        const QString text =
            AnnouncementTemplate::render(templateFor(parser, *playbook, *channel, facts.prerelease, &error), facts);
        if (!error.isEmpty()) {
            return context.output.error(ExitBadInput, error, u"Give a readable template file."_s);
        }
        const QStringList parts = channels::ChannelSetup::composeParts(*channel, text);
        context.output.line(u"== %1 (%2), %3 post(s)"_s.arg(config.id, config.kind).arg(parts.size()));
        QJsonArray posts;
        for (const QString &part : parts) {
            const LengthCheck check = checkLength(channel->network(), part);
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
    parser.addOption({u"journal"_s, u"The release journal (default: the application's)."_s, u"file"_s});
    if (const auto exit = parseCommandLine(parser, u"announce send"_s, context)) {
        return *exit;
    }
    if (!parser.isSet(u"release"_s)) {
        return context.output.error(ExitBadInput, u"missing --release"_s,
                                    u"Name the release tag, e.g. --release 1.15.0."_s);
    }
    QString playbookError;
    const std::optional<Playbook> playbook = playbookFrom(parser, &playbookError);
    if (!playbook) {
        return context.output.error(ExitBadInput, playbookError,
                                    u"Fix the playbook ('playbook validate' lists every problem)."_s);
    }
    const Selection selection = selectChannels(*playbook, parser.values(u"channel"_s));
    if (!selection.error.isEmpty()) {
        return context.output.error(ExitBadInput, selection.error, channelsHint);
    }
    const bool dryRun = parser.isSet(u"dry-run"_s);
    const bool test = parser.isSet(u"test"_s);
    const QString release = parser.value(u"release"_s);

    std::unique_ptr<Journal> journal;
    std::unique_ptr<ReleaseLock> lock;
    if (!dryRun && !test) {
        QString error;
        journal =
            Journal::open(parser.isSet(u"journal"_s) ? parser.value(u"journal"_s) : Journal::defaultPath(), &error);
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
    }
    if (parser.isSet(u"confirm-sent"_s) || parser.isSet(u"confirm-not-sent"_s)) {
        if (!journal || selection.channels.size() != 1) {
            return context.output.error(
                ExitBadInput, u"confirming needs exactly one --channel and no --dry-run/--test"_s,
                u"e.g. announce send --release 1.15.0 --channel telegram --confirm-sent <url>"_s);
        }
        channels::AnnouncementSender sender(*journal, release);
        QString error;
        const QString channelId = selection.channels.constFirst().id;
        if (!sender.confirm(channelId, parser.isSet(u"confirm-sent"_s), QUrl(parser.value(u"confirm-sent"_s)),
                            &error)) {
            return context.output.error(ExitFailed, error, u"Run 'announce send' to see each channel's state."_s);
        }
        context.output.line(
            u"%1: recorded as %2."_s.arg(channelId, parser.isSet(u"confirm-sent"_s) ? u"sent"_s : u"not sent"_s));
        context.output.result(
            QJsonObject{{u"channel"_s, channelId}, {u"confirmed"_s, parser.isSet(u"confirm-sent"_s)}});
        return ExitOk;
    }

    const ReleaseFacts facts = factsFrom(parser, *playbook);
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
    secrets::KeychainSecretStore keychain;
    QJsonArray results;
    bool allSent = true;
    for (const channels::ChannelConfig &config : selection.channels) {
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
        QString error;
        auto channel = channels::ChannelRegistry::builtin().create(config, *credentials, http, &error);
        if (!channel) {
            allSent = false;
            context.output.warning(
                u"%1: %2%3"_s.arg(config.id, error, secretError.isEmpty() ? QString() : u" ("_s + secretError + u')'));
            results.append(QJsonObject{{u"channel"_s, config.id}, {u"state"_s, u"failed"_s}, {u"message"_s, error}});
            continue;
        }
        const QString text =
            AnnouncementTemplate::render(templateFor(parser, *playbook, *channel, facts.prerelease, &error), facts);
        if (!error.isEmpty()) {
            return context.output.error(ExitBadInput, error, u"Give a readable template file."_s);
        }
        const QStringList parts = channels::ChannelSetup::composeParts(*channel, text);
        std::optional<channels::DeliveryReport> report;
        const auto done = [&report](const channels::DeliveryReport &r) {
            report = r;
        };
        std::unique_ptr<channels::AnnouncementSender> sender;
        if (dryRun) {
            channels::AnnouncementSender::sendDryRun(*channel, parts, done);
        } else if (test) {
            channels::AnnouncementSender::sendTest(*channel, parts, done);
        } else {
            sender = std::make_unique<channels::AnnouncementSender>(*journal, release);
            sender->send(*channel, parts, done);
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
    if (journal && !parser.isSet(u"confirm-sent"_s) && !parser.isSet(u"confirm-not-sent"_s)) {
        // Done only when every channel of the release is sent, not just the ones this run was limited to.
        bool everyChannelSent = true;
        const channels::AnnouncementSender record(*journal, release);
        const QList<channels::ChannelConfig> all = selectChannels(*playbook, {}).channels;
        for (const channels::ChannelConfig &config : all) {
            const std::optional<channels::DeliveryReport> report = record.status(config.id);
            everyChannelSent = everyChannelSent && report &&
                               (report->state == channels::DeliveryState::Sent ||
                                report->state == channels::DeliveryState::AlreadySent);
        }
        const StepState state = everyChannelSent ? StepState::Done
                                : allSent        ? StepState::InProgress
                                                 : StepState::NeedsAttention;
        QString error;
        if (!journal->setStepState(release, ReleaseStep::Announce, state, {}, &error)) {
            context.output.warning(error);
        }
    }
    QJsonObject output{{u"release"_s, release}, {u"channels"_s, results}};
    if (dryRun) {
        output.insert(u"requests"_s, requests);
    }
    context.output.result(output);
    return allSent ? ExitOk : ExitFailed;
}

} // namespace ra::cli
