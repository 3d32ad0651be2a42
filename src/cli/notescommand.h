// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

namespace ra::cli {

/// `notes generate | lint | render | save`: the release-notes workbench (step 4) without the editor; `save`
/// finishes step 4 through the release engine's NotesStep, as the app does.
class NotesCommand : public Command
{
public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    int run(CommandContext &context) override;

private:
    int generate(CommandContext &context);
    int lint(CommandContext &context);
    int render(CommandContext &context);
    int save(CommandContext &context);
};

} // namespace ra::cli
