// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/preflightcommand.h"

#include "cli/projectoptions.h"
#include "release/preflight.h"
#include "secrets/logfilter.h"

#include <QEventLoop>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ra::cli {

namespace {

QString mark(release::PreflightCheck::State state)
{
    switch (state) {
    case release::PreflightCheck::State::Ok:
        return u"ok  "_s;
    case release::PreflightCheck::State::Warning:
        return u"warn"_s;
    case release::PreflightCheck::State::Failed:
        return u"FAIL"_s;
    case release::PreflightCheck::State::Checking:
        return u"... "_s;
    case release::PreflightCheck::State::Skipped:
        break;
    }
    return u"skip"_s;
}

} // namespace

QString PreflightCommand::name() const
{
    return u"preflight"_s;
}

QString PreflightCommand::summary() const
{
    return u"check what a release of the project needs before step 1 (token, rights, nodes, database, channel "
           u"secrets)"_s;
}

int PreflightCommand::run(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() + u"\n\nSecrets come from the environment: GITHUB_TOKEN, RA_SECRET_<CHANNEL>_<NAME>, "
                    u"RA_SCORING_DB_PASSWORD. Exit 0 when every check is fine, 1 when one needs you."_s);
    const QCommandLineOption apiOption(u"api-url"_s, u"The GitHub API base URL (default https://api.github.com)."_s,
                                       u"url"_s);
    const QCommandLineOption timeoutOption(u"timeout"_s, u"Seconds the checks may take together (default 10)."_s,
                                           u"seconds"_s);
    parser.addOptions({apiOption, timeoutOption});
    const ProjectOptions projectOptions;
    projectOptions.addTo(parser);
    if (const auto exit = parseCommandLine(parser, name(), context)) {
        return *exit;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return context.output.error(ExitBadInput,
                                    u"unexpected argument '%1'"_s.arg(parser.positionalArguments().constFirst()),
                                    u"'preflight' takes only options; see 'release-assistant-cli help preflight'."_s);
    }
    secrets::installSecretLogFilter();

    release::Preflight::Options options;
    if (parser.isSet(apiOption)) {
        options.endpoints.api = QUrl(parser.value(apiOption));
        if (!options.endpoints.api.isValid() || options.endpoints.api.scheme().isEmpty()) {
            return context.output.error(ExitBadInput, u"'%1' is not a URL"_s.arg(parser.value(apiOption)),
                                        u"Pass the API's base URL, e.g. https://api.github.com."_s);
        }
    }
    if (parser.isSet(timeoutOption)) {
        bool number = false;
        const int seconds = parser.value(timeoutOption).toInt(&number);
        if (!number || seconds < 1 || seconds > 600) {
            return context.output.error(ExitBadInput,
                                        u"'%1' is not a number of seconds"_s.arg(parser.value(timeoutOption)),
                                        u"Pass --timeout with a whole number from 1 to 600."_s);
        }
        options.timeout = std::chrono::seconds(seconds);
    }
    int exitCode = ExitOk;
    const std::optional<release::Project> project = projectOptions.openProject(parser, context, &exitCode);
    if (!project) {
        return exitCode;
    }

    release::Preflight preflight(*project, options);
    QEventLoop loop;
    QObject::connect(&preflight, &release::Preflight::finished, &loop, &QEventLoop::quit);
    preflight.run();
    if (preflight.isRunning()) {
        loop.exec();
    }

    QJsonArray checks;
    context.output.line(u"Pre-flight checks of %1:"_s.arg(project->name()));
    for (const release::PreflightCheck &check : preflight.checks()) {
        context.output.line(u"  %1  %2: %3"_s.arg(mark(check.state), check.title, check.detail));
        checks.append(check.toJson());
    }
    const bool ok = preflight.allOk();
    context.output.line(ok ? u"Everything the release needs is in place."_s
                           : u"Something needs you: each line above says what to do."_s);
    context.output.result(QJsonObject{{u"project"_s, project->name()}, {u"ok"_s, ok}, {u"checks"_s, checks}});
    return ok ? ExitOk : ExitFailed;
}

} // namespace ra::cli
