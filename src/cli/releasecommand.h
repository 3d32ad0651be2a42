// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

namespace ra::cli {

/// The release as one thing, through the release engine:
///   release status --release <tag> [--json]   every step's state, and the effects still to reconcile
///   release plan --release <tag> [--json]     what is left, step by step, and what needs a person
///   release run --release <tag> [--until <step>] [--dry-run]   the steps in order, up to what needs a person
class ReleaseCommand : public Command
{
public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    int run(CommandContext &context) override;
};

} // namespace ra::cli
