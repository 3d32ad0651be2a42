// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

namespace ra::cli {

/// `playbook`: check a project playbook file, or print a shipped preset.
class PlaybookCommand : public Command
{
public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    int run(CommandContext &context) override;

private:
    int validate(CommandContext &context);
    int preset(CommandContext &context);
};

} // namespace ra::cli
