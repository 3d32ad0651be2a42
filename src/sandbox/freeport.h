// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace ra::test {

/// A loopback port that was free a moment ago, for servers that cannot be told to pick one themselves.
quint16 freeLoopbackPort();

} // namespace ra::test
