// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scoring/softwareversion.h"

#include <QList>

namespace ra::scoring {

/// The resource holding the sample rows of aleph-scoring's own function test, in its SQL form.
inline constexpr auto kSampleTableResource = ":/scoring/sample-software-versions.sql";

/// The 17 sample rows (11 pyaleph, 6 aleph-vm) of the reference facts, §7.6.
[[nodiscard]] QList<SoftwareVersion> sampleTable();

} // namespace ra::scoring
