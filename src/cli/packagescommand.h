// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

namespace ra::cli {

/// `packages`: step 5. `packages inspect <file.deb>` reads a package's control data and sha256;
/// `packages attach --release <tag> ...` attaches the CI packages to the draft (or, with --verify, checks the
/// draft the release workflow created); `--dry-run` prints the requests and sends none.
class PackagesCommand : public Command
{
public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    int run(CommandContext &context) override;

private:
    int inspect(CommandContext &context);
    int attach(CommandContext &context);
};

} // namespace ra::cli
