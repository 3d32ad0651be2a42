// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <memory>
#include <vector>

namespace ra::cli {

/// Global options (--help, --version, --json, --demo) and dispatch to the commands of the registry.
class CliApplication
{
public:
    CliApplication();

    /// Runs the command line \a arguments (without the program name) and returns the exit code.
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err, QTextStream &in);

private:
    /// --demo, --demo-dir <folder> and --demo-account <login>, given before the command.
    struct DemoOptions {
        bool enabled = false;
        QString folder;
        QString account;
        QString error;
    };

    [[nodiscard]] QString usage() const;
    [[nodiscard]] Command *find(const QString &name) const;
    /// Takes the demo's options off the front of \a arguments.
    [[nodiscard]] static DemoOptions takeDemoOptions(QStringList &arguments);
    /// Runs \a command with \a arguments on a demo started for it (and saved after it, when kept).
    int runOnDemo(const DemoOptions &demo, Command &command, const QStringList &arguments, CliOutput &output,
                  QTextStream &err, QTextStream &in);

    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace ra::cli
