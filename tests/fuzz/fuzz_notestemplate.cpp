// SPDX-License-Identifier: GPL-3.0-or-later
// The marker parser reads whatever the maintainer (or someone on github.com) left in the notes. It must
// never lose a byte: parsing then serialising gives the input back, and regenerating against any input keeps
// every line outside the blocks.
#include "notes/markedtext.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const ra::notes::MarkedText parsed = ra::notes::parseMarkedText(text);
    if (parsed.toString() != text) {
        std::abort();
    }
    for (const auto &segment : parsed.segments) {
        if (segment.generated) {
            (void)segment.edited();
        }
    }
    const QString fresh = ra::notes::markedBlock(QStringLiteral("fixes"), QStringLiteral("- a fix"));
    const ra::notes::Regeneration result = ra::notes::regenerate(text, fresh);
    const ra::notes::MarkedText again = ra::notes::parseMarkedText(result.text);
    if (again.toString() != result.text) {
        std::abort();
    }
    // Hand-written text survives: every text segment of the input is still in the output.
    for (const auto &segment : parsed.segments) {
        if (!segment.generated && !result.text.contains(segment.content)) {
            std::abort();
        }
    }
    return 0;
}
