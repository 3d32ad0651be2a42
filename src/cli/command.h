// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/clioutput.h"

#include <QCommandLineParser>
#include <QStringList>

namespace ra::cli {

/// What a command runs with: its arguments (after its own name), its output and its standard input.
struct CommandContext {
    QStringList arguments;
    CliOutput &output;
    QTextStream &input;
};

/// A top-level command of release-assistant-cli ("version", "tag", ...). Groups dispatch their own
/// subcommands ("version normalize").
class Command
{
public:
    virtual ~Command();

    [[nodiscard]] virtual QString name() const = 0;
    [[nodiscard]] virtual QString summary() const = 0;
    /// Runs the command and returns its exit code.
    virtual int run(CommandContext &context) = 0;
};

/// Parses \a context.arguments with \a parser; "--help" prints the parser's help. Returns std::nullopt when
/// the caller should go on, or the exit code to return (0 after help, 2 after a bad option).
[[nodiscard]] std::optional<int> parseCommandLine(QCommandLineParser &parser, const QString &commandPath,
                                                  CommandContext &context);

} // namespace ra::cli
