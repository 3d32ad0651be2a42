// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tagspelling.h"
#include "git/versionorder.h"

namespace ra::git {

/// The VersionOrder of a project's tags: a tag names the version \a spelling reads from it (any PEP 440
/// spelling, so "0.4.0a1" and "1.10.0-dev" count), ordered by PEP 440.
[[nodiscard]] VersionOrder tagVersionOrder(const TagSpelling &spelling = TagSpelling::alephVm());

} // namespace ra::git
