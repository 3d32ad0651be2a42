// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ra {

/// Telegram's parse_mode=HTML, as the Bot API's parser (TDLib) reads it.
namespace telegramhtml {

/// Escapes text for an HTML message: every '<', '>' and '&' becomes an entity, so any text survives the
/// parser as written (plain "a < b" otherwise fails with "Unsupported start tag").
[[nodiscard]] QString escape(const QString &text);
/// Escapes an attribute value (href="..."): '"' too.
[[nodiscard]] QString escapeAttribute(const QString &value);
/// <a href="url">label</a> with both parts escaped.
[[nodiscard]] QString link(const QString &url, const QString &label);

/// The parsed message: the plain text the reader sees (tags removed, entities decoded), or the parser's
/// error in the Bot API's words ("Can't find end tag corresponding to start tag \"b\"").
struct ParseResult {
    bool ok = false;
    QString plainText;
    QString error;
};

/// Parses \a html like the Bot API does: only its tags (b, strong, i, em, u, ins, s, strike, del, span
/// class="tg-spoiler", tg-spoiler, a href, tg-emoji, code, pre, blockquote), the four named entities and
/// numeric ones; unknown tags, unclosed or mismatched tags are errors. Telegram's length limits (4096 for a
/// message, 1024 for a caption) apply to plainText, counted in code points.
[[nodiscard]] ParseResult parse(const QString &html);

} // namespace telegramhtml

} // namespace ra
