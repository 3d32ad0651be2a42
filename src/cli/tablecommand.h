// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

namespace ra::scoring {
class ReleaseChangeSet;
}

namespace ra::cli {

/// `table`: the node-scoring version table (software_versions) — label a version at a time, list a new
/// release in a table file or the live database, convert and validate table files.
class TableCommand : public Command
{
public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    int run(CommandContext &context) override;

private:
    int annotate(CommandContext &context);
    int add(CommandContext &context);
    int exportTable(CommandContext &context);
    int validate(CommandContext &context);
    int apply(CommandContext &context);
    static void showChangeSet(CommandContext &context, const scoring::ReleaseChangeSet &changes);
};

} // namespace ra::cli
