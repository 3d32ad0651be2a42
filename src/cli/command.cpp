// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/command.h"

namespace ra::cli {

Command::~Command() = default;

std::optional<int> parseCommandLine(QCommandLineParser &parser, const QString &commandPath, CommandContext &context)
{
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        QStringLiteral("Show this help."));
    parser.addOption(helpOption);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    // QCommandLineParser expects the program name first.
    if (!parser.parse(QStringList{commandPath} + context.arguments)) {
        return context.output.error(ExitBadInput, parser.errorText(),
                                    QStringLiteral("See 'release-assistant-cli %1 --help'.").arg(commandPath));
    }
    if (parser.isSet(helpOption)) {
        // helpText() names the program as argv[0] was given; name the whole command instead.
        QString help = parser.helpText();
        help.replace(0, help.indexOf(u' ', 7), QStringLiteral("Usage: release-assistant-cli %1").arg(commandPath));
        context.output.setJson(false);
        context.output.line(help.trimmed());
        return ExitOk;
    }
    return std::nullopt;
}

} // namespace ra::cli
