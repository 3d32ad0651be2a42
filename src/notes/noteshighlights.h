// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace ra::notes {

/**
 * The few lines an announcement quotes from the release notes: the bullets of a hand-written "Highlights"
 * section when there is one, else the features, then the fixes, of the generated notes. Each line loses
 * its Markdown emphasis, pull-request numbers and credits ("Allow IPv6 in VMs", not
 * "- Allow IPv6 in VMs (#701) (by @alice)"). At most \a limit lines.
 */
[[nodiscard]] QStringList notesHighlights(const QString &markdown, int limit = 3);

} // namespace ra::notes
