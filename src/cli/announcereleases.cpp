// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/announcecommand.h"

#include "cli/projectoptions.h"
#include "github/syncwaiter.h"
#include "release/publishedreleases.h"
#include "secrets/logfilter.h"

#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ra::cli {

namespace {

QString stateText(release::ChannelDelivery::State state)
{
    return state == release::ChannelDelivery::State::Pending ? u"not sent"_s : release::channelDeliveryKey(state);
}

} // namespace

int AnnounceCommand::releases(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"The project's published GitHub releases (drafts left out), newest first, each with its announcement's "
        u"state on every channel of the playbook (sent with its link, failed, uncertain, not sent) as this machine's "
        u"release journal recorded it. Needs the playbook and a token only (GITHUB_TOKEN; anonymous for a public "
        u"repository): no clone, staging node or scoring database."_s);
    const QCommandLineOption apiOption(u"api-url"_s, u"The GitHub API base URL (default https://api.github.com)."_s,
                                       u"url"_s);
    parser.addOption(apiOption);
    const ProjectOptions projectOptions;
    projectOptions.addTo(parser);
    if (const auto exit = parseCommandLine(parser, u"announce releases"_s, context)) {
        return *exit;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return context.output.error(ExitBadInput,
                                    u"unexpected argument '%1'"_s.arg(parser.positionalArguments().constFirst()),
                                    u"'announce releases' takes only options; see 'announce releases --help'."_s);
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
    const std::optional<release::Project> project = projectOptions.openProject(parser, context, &exitCode);
    if (!project) {
        return exitCode;
    }
    // Reading what was sent must not create a journal on a machine that never announced.
    const QString journalPath = parser.isSet(u"journal"_s) ? parser.value(u"journal"_s) : project->journalPath();
    std::unique_ptr<Journal> journal;
    if (QFileInfo::exists(journalPath)) {
        QString error;
        journal = Journal::open(journalPath, &error);
        if (!journal) {
            return context.output.error(ExitFailed, u"cannot open the release journal %1: %2"_s.arg(journalPath, error),
                                        u"Name another with --journal."_s);
        }
    } else if (parser.isSet(u"journal"_s)) {
        context.output.warning(
            u"there is no release journal at %1: no announcement is known as sent"_s.arg(journalPath));
    }

    github::GitHubClient client(endpoints);
    const QString token = qEnvironmentVariable("GITHUB_TOKEN").trimmed();
    if (token.isEmpty()) {
        context.output.warning(u"GITHUB_TOKEN is not set: asking GitHub anonymously (60 requests per hour, public "
                               u"repositories only)"_s);
    } else {
        client.setToken(token);
    }
    const QStringList channelIds = release::PublishedReleases::channelIds(project->playbook());
    const auto answer = github::waitFor<QList<release::PublishedRelease>>([&](auto done) {
        return release::PublishedReleases::load(client, project->repository(), channelIds, journal.get(), done);
    });
    if (!answer.ok()) {
        return context.output.error(
            ExitFailed,
            u"cannot list the releases of %1: %2"_s.arg(project->repository().toString(), answer.error.message),
            answer.error.hint);
    }

    context.output.line(
        u"Published releases of %1: %2"_s.arg(project->repository().toString()).arg(answer.value.size()));
    QJsonArray releases;
    for (const release::PublishedRelease &published : answer.value) {
        context.output.line(u"  %1  published %2%3  %4"_s.arg(
            published.tag, published.publishedAt.toUTC().date().toString(Qt::ISODate),
            published.prerelease ? u" (pre-release)"_s : QString(), published.url.toString()));
        for (const release::ChannelDelivery &delivery : published.channels) {
            const QString detail = !delivery.links.isEmpty()     ? u" "_s + delivery.links.join(u' ')
                                   : !delivery.message.isEmpty() ? u" ("_s + delivery.message + u')'
                                                                 : QString();
            context.output.line(u"    %1: %2%3"_s.arg(delivery.channelId, stateText(delivery.state), detail));
        }
        releases.append(published.toJson());
    }
    context.output.result(QJsonObject{{u"repository"_s, project->repository().toString()},
                                      {u"channels"_s, QJsonArray::fromStringList(channelIds)},
                                      {u"releases"_s, releases}});
    return ExitOk;
}

} // namespace ra::cli
