// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandregistry.h"

#include "cli/announcecommand.h"
#include "cli/gitcommand.h"
#include "cli/notescommand.h"
#include "cli/packagescommand.h"
#include "cli/playbookcommand.h"
#include "cli/preflightcommand.h"
#include "cli/releasecommand.h"
#include "cli/reviewcommand.h"
#include "cli/stagingcommand.h"
#include "cli/stepscommand.h"
#include "cli/tablecommand.h"
#include "cli/tagcommand.h"
#include "cli/versioncommand.h"

namespace ra::cli {

std::vector<std::unique_ptr<Command>> createCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<StepsCommand>());
    commands.push_back(std::make_unique<ReleaseCommand>());
    commands.push_back(std::make_unique<VersionCommand>());
    commands.push_back(std::make_unique<PlaybookCommand>());
    commands.push_back(std::make_unique<PackagesCommand>());
    commands.push_back(std::make_unique<StagingCommand>());
    commands.push_back(std::make_unique<TagCommand>());
    commands.push_back(std::make_unique<GitCommand>());
    commands.push_back(std::make_unique<NotesCommand>());
    commands.push_back(std::make_unique<TableCommand>());
    commands.push_back(std::make_unique<ReviewCommand>());
    commands.push_back(std::make_unique<AnnounceCommand>());
    commands.push_back(std::make_unique<PreflightCommand>());
    return commands;
}

} // namespace ra::cli
