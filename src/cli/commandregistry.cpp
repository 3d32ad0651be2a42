// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandregistry.h"

#include "cli/stepscommand.h"

namespace ra::cli {

std::vector<std::unique_ptr<Command>> createCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<StepsCommand>());
    return commands;
}

} // namespace ra::cli
