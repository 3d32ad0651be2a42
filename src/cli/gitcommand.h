// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

namespace ra::cli {

/// `git log`: the commits of a release range with their pull-request numbers, as the notes step sees them.
class GitCommand : public Command
{
public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    int run(CommandContext &context) override;
};

} // namespace ra::cli
