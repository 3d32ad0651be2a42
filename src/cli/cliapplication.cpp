// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cliapplication.h"

#include "cli/commandregistry.h"
#include "sandbox/demoenvironment.h"
#include "sandbox/demoproject.h"
#include "sandbox/demosession.h"

#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ra::cli {

namespace {

/// Whether \a arguments give --\a option (as "--option value" or "--option=value").
bool given(const QStringList &arguments, const QString &option)
{
    const QString flag = u"--"_s + option;
    return std::any_of(arguments.cbegin(), arguments.cend(), [&flag](const QString &argument) {
        return argument == flag || argument.startsWith(flag + u'=');
    });
}

/// The values of the options a demo fills in, by option: the project (clone or repository, playbook,
/// journal), what its CI and staging nodes run, the hosts of its GitHub, its scoring table and who acts.
QList<std::pair<QString, QStringList>> demoValues(const sandbox::DemoEnvironment &demo, const QString &login)
{
    const github::Endpoints endpoints = demo.githubEndpoints();
    return {{u"playbook"_s, {demo.playbookPath()}},
            {u"journal"_s, {demo.journalPath()}},
            {u"api-url"_s, {endpoints.api.toString()}},
            {u"uploads-url"_s, {endpoints.uploads.toString()}},
            {u"commit"_s, {demo.candidateCommit()}},
            {u"expected-version"_s, {demo.candidateVersion()}},
            {u"server"_s, QUrl::toStringList(demo.stagingUrls())},
            {u"workflow"_s, sandbox::DemoProject::workflows()},
            {u"build-workflow"_s, {sandbox::DemoProject::workflows().constFirst()}},
            {u"artifact"_s, sandbox::DemoProject::assetNames()},
            {u"asset"_s, sandbox::DemoProject::assetNames()},
            {u"table"_s, {demo.scoringTablePath()}},
            {u"software"_s, {QString::fromLatin1(sandbox::DemoProject::Name)}},
            {u"signer"_s, {login}}};
}

/**
 * \a arguments with the demo filled in where \a command takes an option and it was not given: --repo (the clone
 * where the option names the clone, else the GitHub repository) and each option of demoValues(). Which options
 * the command takes is read from its own help, so a command learns the demo by declaring its options.
 */
QStringList withDemo(Command &command, const QStringList &arguments, const sandbox::DemoEnvironment &demo,
                     const QString &login, QTextStream &in)
{
    QString help;
    QString discarded;
    {
        QTextStream helpOut(&help);
        QTextStream helpErr(&discarded);
        CliOutput helpOutput(helpOut, helpErr, false);
        CommandContext probe{arguments + QStringList{u"--help"_s}, helpOutput, in};
        command.run(probe);
    }
    // The description that follows --<option> in the help, if the command takes the option.
    const auto description = [&help](const QString &option) -> std::optional<QString> {
        const QRegularExpression line(u"^\\s*(?:-\\w, )?--%1(?: <[^>]*>)?\\s+(.*)$"_s.arg(option),
                                      QRegularExpression::MultilineOption);
        const QRegularExpressionMatch match = line.match(help);
        return match.hasMatch() ? std::optional(match.captured(1)) : std::nullopt;
    };
    QStringList extra;
    if (const auto repo = description(u"repo"_s); repo && !given(arguments, u"repo"_s)) {
        extra << u"--repo"_s << (repo->contains(u"clone"_s) ? demo.clonePath() : demo.repository());
    }
    for (const auto &[option, values] : demoValues(demo, login)) {
        if (description(option) && !given(arguments, option)) {
            for (const QString &value : values) {
                extra << u"--"_s + option << value;
            }
        }
    }
    // Before a "--", which ends the options.
    QStringList result = arguments;
    const qsizetype separator = result.indexOf(u"--"_s);
    for (qsizetype i = 0; i < extra.size(); ++i) {
        result.insert(separator < 0 ? result.size() : separator + i, extra.at(i));
    }
    return result;
}

} // namespace

CliApplication::CliApplication()
    : m_commands(createCommands())
{
}

int CliApplication::run(const QStringList &arguments, QTextStream &out, QTextStream &err, QTextStream &in)
{
    // --json is global and may stand anywhere before a "--" separator, so scripts can append it.
    QStringList rest;
    bool json = false;
    bool separatorSeen = false;
    for (const QString &argument : arguments) {
        if (!separatorSeen && argument == QLatin1StringView("--json")) {
            json = true;
            continue;
        }
        separatorSeen = separatorSeen || argument == QLatin1StringView("--");
        rest.append(argument);
    }
    CliOutput output(out, err, json);
    const DemoOptions demo = takeDemoOptions(rest);
    if (!demo.error.isEmpty()) {
        return output.error(ExitBadInput, demo.error, QStringLiteral("See 'release-assistant-cli --help'."));
    }

    if (rest.isEmpty()) {
        output.setJson(false);
        err << usage();
        err.flush();
        return ExitBadInput;
    }
    const QString first = rest.takeFirst();
    if (first == QLatin1StringView("--help") || first == QLatin1StringView("-h") ||
        first == QLatin1StringView("help")) {
        if (!rest.isEmpty() && first == QLatin1StringView("help")) {
            if (Command *command = find(rest.constFirst())) {
                CommandContext context{{QStringLiteral("--help")}, output, in};
                return command->run(context);
            }
        }
        output.setJson(false);
        output.line(usage().trimmed());
        return ExitOk;
    }
    if (first == QLatin1StringView("--version") || first == QLatin1StringView("-V")) {
        output.line(QStringLiteral("release-assistant-cli %1").arg(QStringLiteral(RA_VERSION)));
        output.result(QJsonObject{{QStringLiteral("version"), QStringLiteral(RA_VERSION)}});
        return ExitOk;
    }
    if (first.startsWith(u'-')) {
        return output.error(ExitBadInput, QStringLiteral("unknown option '%1'").arg(first),
                            QStringLiteral("See 'release-assistant-cli --help'."));
    }
    Command *command = find(first);
    if (!command) {
        return output.error(ExitBadInput, QStringLiteral("unknown command '%1'").arg(first),
                            QStringLiteral("See 'release-assistant-cli --help' for the commands."));
    }
    if (demo.enabled) {
        return runOnDemo(demo, *command, rest, output, err, in);
    }
    CommandContext context{rest, output, in};
    return command->run(context);
}

CliApplication::DemoOptions CliApplication::takeDemoOptions(QStringList &arguments)
{
    DemoOptions demo;
    while (!arguments.isEmpty() && arguments.constFirst().startsWith(u"--demo"_s)) {
        const QString argument = arguments.takeFirst();
        const QString name = argument.section(u'=', 0, 0);
        if (name == u"--demo"_s && !argument.contains(u'=')) {
            demo.enabled = true;
            continue;
        }
        if (name != u"--demo-dir"_s && name != u"--demo-account"_s) {
            demo.error = u"unknown option '%1'"_s.arg(argument);
            break;
        }
        QString value = argument.contains(u'=') ? argument.section(u'=', 1) : QString();
        if (!argument.contains(u'=') && !arguments.isEmpty()) {
            value = arguments.takeFirst();
        }
        if (value.isEmpty()) {
            demo.error = name == u"--demo-dir"_s ? u"--demo-dir needs a folder"_s : u"--demo-account needs a login"_s;
            break;
        }
        (name == u"--demo-dir"_s ? demo.folder : demo.account) = value;
        demo.enabled = true;
    }
    return demo;
}

int CliApplication::runOnDemo(const DemoOptions &demo, Command &command, const QStringList &arguments,
                              CliOutput &output, QTextStream &err, QTextStream &in)
{
    sandbox::DemoEnvironment environment;
    if (!environment.start(demo.folder)) {
        return output.error(ExitFailed, u"the demo cannot start: %1"_s.arg(environment.error()));
    }
    int exitCode = ExitOk;
    {
        const sandbox::DemoSession session(environment, sandbox::DemoSession::Secrets::Environment, demo.account);
        if (!session.error().isEmpty()) {
            return output.error(ExitBadInput, session.error(), u"Give --demo-account one of them."_s);
        }
        err << sandbox::DemoEnvironment::notice() << '\n'
            << (environment.isKept()
                    ? u"Demo project: %1 (kept in %2)"_s.arg(environment.clonePath(), environment.folder())
                    : u"Demo project: %1 (removed when the command ends; --demo-dir <folder> keeps it)"_s.arg(
                          environment.clonePath()))
            << '\n';
        err.flush();
        const QString login = demo.account.isEmpty() ? sandbox::DemoEnvironment::maintainer().login : demo.account;
        CommandContext context{withDemo(command, arguments, environment, login, in), output, in};
        exitCode = command.run(context);
    }
    if (environment.isKept() && !environment.save()) {
        output.warning(u"the demo's services could not be saved, so the next command starts from what they held "
                       "before: %1"_s.arg(environment.error()));
    }
    return exitCode;
}

QString CliApplication::usage() const
{
    QString text =
        QStringLiteral("Usage: release-assistant-cli [--json] [--demo [--demo-dir <folder>]] <command> [<args>]\n"
                       "\n"
                       "Runs the steps of a release headless, on the same core as the Release Assistant app.\n"
                       "\n"
                       "Global options:\n"
                       "  --json        machine-readable output on stdout (errors as JSON on stderr)\n"
                       "  -h, --help    show this help, or 'help <command>' for one command\n"
                       "  -V, --version print the version\n"
                       "  --demo        run the command on the demo: a sample project whose services (GitHub,\n"
                       "                staging nodes, channels) are local stand-ins on 127.0.0.1, started for\n"
                       "                the command; the options naming its clone, playbook, journal, commit,\n"
                       "                staging nodes, workflows, assets, scoring table and GitHub hosts are\n"
                       "                filled in where the command takes them\n"
                       "  --demo-dir <folder>\n"
                       "                keep the demo in <folder> (implies --demo): the next command given the\n"
                       "                same folder takes it up where this one left it\n"
                       "  --demo-account <login>\n"
                       "                act on the demo's GitHub as demo-maintainer (default) or demo-reviewer\n"
                       "\n"
                       "Commands:\n");
    for (const auto &command : m_commands) {
        text += QStringLiteral("  %1%2\n").arg(command->name().leftJustified(12), command->summary());
    }
    text += QStringLiteral("\n"
                           "Exit codes: 0 success, 1 the operation failed, 2 bad input (command line or file).\n");
    return text;
}

Command *CliApplication::find(const QString &name) const
{
    for (const auto &command : m_commands) {
        if (command->name() == name) {
            return command.get();
        }
    }
    return nullptr;
}

} // namespace ra::cli
