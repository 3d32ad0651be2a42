// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace ra {

/// The networks an announcement goes to, each with its own way of counting.
enum class Network {
    X,
    Bluesky,
    Mastodon,
    Telegram, ///< a text message (parse_mode=HTML)
    TelegramCaption, ///< the caption of a photo
    Discord,
};

/// "x", "bluesky", "mastodon", "telegram", "telegram-caption", "discord".
[[nodiscard]] QString networkKey(Network network);
[[nodiscard]] std::optional<Network> networkFromKey(const QString &key);

/// X's weighted length, as twitter-text v3 computes it (parseTweet with emoji parsing).
struct XLength {
    int weightedLength = 0;
    bool valid = false;
    int permillage = 0;
    /// Last UTF-16 index (inclusive) of the text that still fits, and of the whole text.
    qsizetype validRangeEnd = 0;
    qsizetype displayRangeEnd = 0;
};

/// Text NFC-normalised; every URL 23; code points in U+0000–U+10FF, U+2000–U+200D, U+2010–U+201F and
/// U+2032–U+2037 count 1, all others 2; an emoji sequence (ZWJ, skin tone, keycap, flag) counts 2 as a
/// whole; U+FFFE, U+FEFF and U+FFFF make the post invalid; valid means 1–280.
[[nodiscard]] XLength xLength(const QString &text);

/// User-perceived characters (extended grapheme clusters).
[[nodiscard]] int graphemeCount(const QString &text);
[[nodiscard]] int codePointCount(const QString &text);

/// Mastodon: grapheme clusters, every http(s) URL counts \a urlLength, "@user@domain" counts as "@user".
[[nodiscard]] int mastodonLength(const QString &text, int urlLength = 23);

/// One measurement of a post against its network's limit.
struct LengthCheck {
    Network network = Network::X;
    int length = 0; ///< in the network's unit
    int limit = 0;
    QString unit; ///< "weighted characters", "graphemes", ...
    bool fits = false;
    /// Why it does not fit or cannot be sent, in words for the user; empty when it fits.
    QString problem;
    /// Extra figures: bytes for Bluesky, the parsed text for Telegram, X's ranges.
    QJsonObject details;
};

/// Measures \a text as \a network counts it, against the network's default limit (Mastodon: \a
/// mastodonLimit, an instance setting). For Telegram, \a text is the HTML that will be sent.
[[nodiscard]] LengthCheck checkLength(Network network, const QString &text, int mastodonLimit = 500);

/// The length of \a text in \a network's unit only (what the thread splitter needs).
[[nodiscard]] int measure(Network network, const QString &text);
[[nodiscard]] int defaultLimit(Network network);

} // namespace ra
