// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

namespace ra::cli {

/// `tag plan|create|push`: step 2 of the release from the command line. `plan` changes nothing; `create`
/// makes the local tag; `push` creates it if needed, pushes it, verifies the remote, and removes the local tag
/// again when the push fails (unless --keep-local-tag).
class TagCommand : public Command
{
public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    int run(CommandContext &context) override;
};

} // namespace ra::cli
