// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

namespace ra::cli {

/// `preflight`: what a release of the project needs, checked before step 1 (the app's pre-flight view): the
/// GitHub token and its rights, each staging node, the scoring database, each channel's secrets. Exit 0 when
/// every check is fine (or does not apply), 1 when one needs fixing or looking at.
class PreflightCommand : public Command
{
public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    int run(CommandContext &context) override;
};

} // namespace ra::cli
