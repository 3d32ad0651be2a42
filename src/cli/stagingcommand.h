// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

namespace ra::cli {

/// `staging check`: step 1 — the candidate commit's workflow runs and artifacts, and each staging node's
/// version and health; optionally records the sign-off (or an override) in the journal.
class StagingCommand : public Command
{
public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    int run(CommandContext &context) override;

private:
    int check(CommandContext &context);
};

} // namespace ra::cli
