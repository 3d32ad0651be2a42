// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

namespace ra::cli {

/**
 * The review subcommands that work for a reviewer without push access (the draft invisible to them) and the
 * maintainer's sync, on a project opened with ProjectOptions:
 *   review inbox [--json]                                  releases waiting for the token's user's approval
 *   review show --release <tag> [--since-approved] [--json] what is under review, who approved, who is pending
 *   review sync --release <tag>                            put the draft's content on the tracking issue
 *   review comment --release <tag> --line <n>[-<m>] <text> comment on a line of the notes (not a verdict)
 */
[[nodiscard]] int runReviewInbox(CommandContext &context);
[[nodiscard]] int runReviewShow(CommandContext &context);
[[nodiscard]] int runReviewSync(CommandContext &context);
[[nodiscard]] int runReviewComment(CommandContext &context);

} // namespace ra::cli
