// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

namespace ra::cli {

/// `version`: normalize, compare and sort versions (PEP 440 or SemVer), propose the next one, check a tag.
class VersionCommand : public Command
{
public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    int run(CommandContext &context) override;

private:
    int normalize(CommandContext &context);
    int compare(CommandContext &context);
    int sort(CommandContext &context);
    int next(CommandContext &context);
    int suggest(CommandContext &context);
    int check(CommandContext &context);
};

} // namespace ra::cli
