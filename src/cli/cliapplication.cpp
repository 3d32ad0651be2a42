// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cliapplication.h"

#include "cli/commandregistry.h"

#include <QJsonObject>

namespace ra::cli {

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
    CommandContext context{rest, output, in};
    return command->run(context);
}

QString CliApplication::usage() const
{
    QString text =
        QStringLiteral("Usage: release-assistant-cli [--json] <command> [<args>]\n"
                       "\n"
                       "Runs the steps of a release headless, on the same core as the Release Assistant app.\n"
                       "\n"
                       "Global options:\n"
                       "  --json        machine-readable output on stdout (errors as JSON on stderr)\n"
                       "  -h, --help    show this help, or 'help <command>' for one command\n"
                       "  -V, --version print the version\n"
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
