// SPDX-License-Identifier: GPL-3.0-or-later
// Telegram HTML: escaping any text must give HTML the parser accepts and that parses back to the same text;
// parsing any input must not crash, and an accepted message never holds more code points than its source.
#include "core/announcement/telegramhtml.h"
#include "core/announcement/textlength.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const ra::telegramhtml::ParseResult roundTrip = ra::telegramhtml::parse(ra::telegramhtml::escape(text));
    if (!roundTrip.ok || roundTrip.plainText != text) {
        std::abort();
    }
    const ra::telegramhtml::ParseResult parsed = ra::telegramhtml::parse(text);
    if (parsed.ok == !parsed.error.isEmpty()) {
        std::abort();
    }
    if (parsed.ok && ra::codePointCount(parsed.plainText) > ra::codePointCount(text)) {
        std::abort();
    }
    const ra::LengthCheck check = ra::checkLength(ra::Network::Telegram, text);
    if (check.length < 0) {
        std::abort();
    }
    return 0;
}
