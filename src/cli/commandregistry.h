// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <memory>
#include <vector>

namespace ra::cli {

/// Every top-level command, in the order --help lists them. Adding a command = one line in the .cpp.
[[nodiscard]] std::vector<std::unique_ptr<Command>> createCommands();

} // namespace ra::cli
