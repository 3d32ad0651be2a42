// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <memory>
#include <vector>

namespace ra::cli {

/// Global options (--help, --version, --json) and dispatch to the commands of the registry.
class CliApplication
{
public:
    CliApplication();

    /// Runs the command line \a arguments (without the program name) and returns the exit code.
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err, QTextStream &in);

private:
    [[nodiscard]] QString usage() const;
    [[nodiscard]] Command *find(const QString &name) const;

    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace ra::cli
