// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

namespace ra::cli {

/// `review status | approve | publish`: step 6, the approvals bound to the draft's digest and publishing.
class ReviewCommand : public Command
{
public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    int run(CommandContext &context) override;

private:
    int runSubcommand(const QString &sub, CommandContext &context);
};

} // namespace ra::cli
