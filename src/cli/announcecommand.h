// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

namespace ra::cli {

/// `announce`: step 7 from the command line.
///   announce length --channel <network> <text>     the length as the network counts it, and its limit
///   announce preview --release <tag> [--channel <id>...]   each channel's posts, filled from the release
///   announce send --release <tag> [--channel <id>...] [--dry-run] [--test]
///                 [--confirm-sent <url> | --confirm-not-sent] [--journal <file>]   send once; re-runs skip
///                 what was sent
///   announce releases [--journal <file>]   the published releases and each channel's announcement state
/// Each channel's text is its template in the playbook (--playbook, default: the aleph-vm preset).
class AnnounceCommand : public Command
{
public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    int run(CommandContext &context) override;

private:
    int length(CommandContext &context);
    int preview(CommandContext &context);
    int send(CommandContext &context);
    /// In announcereleases.cpp: the community manager's view, which needs the playbook and a token only.
    int releases(CommandContext &context);
};

} // namespace ra::cli
