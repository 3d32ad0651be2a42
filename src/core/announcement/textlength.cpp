// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/announcement/textlength.h"

#include "core/announcement/telegramhtml.h"
#include "core/announcement/urlfinder.h"

#include <QRegularExpression>
#include <QTextBoundaryFinder>

using namespace Qt::StringLiterals;

namespace ra {

namespace {

constexpr int XMaxWeighted = 280;
constexpr int XScale = 100;
constexpr int XDefaultWeight = 200;
constexpr int XUrlLength = 23;

bool isLightCodePoint(char32_t cp)
{
    return cp <= 0x10FF || (cp >= 0x2000 && cp <= 0x200D) || (cp >= 0x2010 && cp <= 0x201F) ||
           (cp >= 0x2032 && cp <= 0x2037);
}

bool isInvalidForX(char32_t cp)
{
    return cp == 0xFFFE || cp == 0xFEFF || cp == 0xFFFF;
}

// Pictographic code points that start emoji sequences (Unicode's Extended_Pictographic, in blocks).
bool isPictographic(char32_t cp)
{
    return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) || (cp >= 0x2300 && cp <= 0x23FF) ||
           (cp >= 0x2B00 && cp <= 0x2BFF) || (cp >= 0x2190 && cp <= 0x21FF) || (cp >= 0x25A0 && cp <= 0x25FF) ||
           cp == 0x00A9 || cp == 0x00AE || cp == 0x203C || cp == 0x2049 || cp == 0x2122 || cp == 0x2139 ||
           cp == 0x24C2 || cp == 0x2934 || cp == 0x2935 || cp == 0x3030 || cp == 0x303D || cp == 0x3297 || cp == 0x3299;
}

bool isKeycapBase(char32_t cp)
{
    return (cp >= U'0' && cp <= U'9') || cp == U'#' || cp == U'*';
}

// A grapheme cluster of several code points that Twemoji renders as one emoji: ZWJ sequences, skin tones,
// flags, keycaps and presentation selectors all count 2 on X however many code points they hold.
bool isEmojiSequence(QStringView cluster)
{
    const QList<uint> cps = cluster.toUcs4();
    if (cps.size() < 2) {
        return false;
    }
    const char32_t first = cps.constFirst();
    if (isPictographic(first)) {
        return true;
    }
    return isKeycapBase(first) && (cps.contains(0x20E3) || cps.at(1) == 0xFE0F);
}

} // namespace

QString networkKey(Network network)
{
    switch (network) {
    case Network::X:
        return u"x"_s;
    case Network::Bluesky:
        return u"bluesky"_s;
    case Network::Mastodon:
        return u"mastodon"_s;
    case Network::Telegram:
        return u"telegram"_s;
    case Network::TelegramCaption:
        return u"telegram-caption"_s;
    case Network::Discord:
        return u"discord"_s;
    }
    return {};
}

std::optional<Network> networkFromKey(const QString &key)
{
    for (Network n : {Network::X, Network::Bluesky, Network::Mastodon, Network::Telegram, Network::TelegramCaption,
                      Network::Discord}) {
        if (networkKey(n) == key) {
            return n;
        }
    }
    return std::nullopt;
}

XLength xLength(const QString &text)
{
    const QString normalized = text.normalized(QString::NormalizationForm_C);
    const QList<TextRange> urls = findUrls(normalized);
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, normalized);

    XLength result;
    qint64 weighted = 0;
    qsizetype validDisplayIndex = 0;
    bool valid = true;
    qsizetype urlIndex = 0;
    const qsizetype size = normalized.size();
    for (qsizetype i = 0; i < size; ++i) {
        while (urlIndex < urls.size() && urls.at(urlIndex).end() <= i) {
            ++urlIndex;
        }
        if (urlIndex < urls.size() && urls.at(urlIndex).start == i) {
            weighted += XUrlLength * XScale;
            i = urls.at(urlIndex).end() - 1;
        } else {
            graphemes.setPosition(i);
            const qsizetype clusterEnd = graphemes.toNextBoundary();
            const QStringView cluster = QStringView(normalized).mid(i, clusterEnd - i);
            if (clusterEnd > i && isEmojiSequence(cluster)) {
                weighted += XDefaultWeight;
                i = clusterEnd - 1;
            } else {
                char32_t cp = normalized.at(i).unicode();
                if (QChar::isHighSurrogate(cp) && i + 1 < size && normalized.at(i + 1).isLowSurrogate()) {
                    cp = QChar::surrogateToUcs4(normalized.at(i), normalized.at(i + 1));
                    ++i;
                }
                weighted += isLightCodePoint(cp) ? XScale : XDefaultWeight;
                if (valid && isInvalidForX(cp)) {
                    valid = false;
                }
            }
        }
        if (valid && weighted <= XMaxWeighted * XScale) {
            validDisplayIndex = i;
        }
    }
    result.weightedLength = int(weighted / XScale);
    result.valid = valid && result.weightedLength > 0 && result.weightedLength <= XMaxWeighted;
    result.permillage = int(weighted * 1000 / (qint64(XMaxWeighted) * XScale));
    result.validRangeEnd = validDisplayIndex + (text.size() - normalized.size());
    result.displayRangeEnd = text.isEmpty() ? 0 : text.size() - 1;
    return result;
}

int graphemeCount(const QString &text)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    int count = 0;
    while (finder.toNextBoundary() > 0) {
        ++count;
    }
    return count;
}

int codePointCount(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;
        }
        ++count;
    }
    return count;
}

int mastodonLength(const QString &text, int urlLength)
{
    // Mastodon replaces each link by a placeholder of the instance's URL length and each remote mention by
    // its local part before counting grapheme clusters.
    static const QRegularExpression remoteMention(uR"((?<![\w/])@(\w+)@[\w.\-]+\w)"_s,
                                                  QRegularExpression::UseUnicodePropertiesOption);
    QString countable = text;
    const QList<TextRange> urls = findUrls(countable, true);
    for (auto it = urls.crbegin(); it != urls.crend(); ++it) {
        countable.replace(it->start, it->length, QString(urlLength, u'x'));
    }
    countable.replace(remoteMention, u"@\\1"_s);
    return graphemeCount(countable);
}

int defaultLimit(Network network)
{
    switch (network) {
    case Network::X:
        return XMaxWeighted;
    case Network::Bluesky:
        return 300;
    case Network::Mastodon:
        return 500;
    case Network::Telegram:
        return 4096;
    case Network::TelegramCaption:
        return 1024;
    case Network::Discord:
        return 2000;
    }
    return 0;
}

int measure(Network network, const QString &text)
{
    switch (network) {
    case Network::X:
        return xLength(text).weightedLength;
    case Network::Bluesky:
        return graphemeCount(text);
    case Network::Mastodon:
        return mastodonLength(text);
    case Network::Telegram:
    case Network::TelegramCaption: {
        const telegramhtml::ParseResult parsed = telegramhtml::parse(text);
        return codePointCount(parsed.ok ? parsed.plainText : text);
    }
    case Network::Discord:
        // Discord counts the characters of the content as JavaScript does: UTF-16 code units.
        return int(text.size());
    }
    return 0;
}

LengthCheck checkLength(Network network, const QString &text, int mastodonLimit)
{
    LengthCheck check;
    check.network = network;
    check.limit = network == Network::Mastodon ? mastodonLimit : defaultLimit(network);
    switch (network) {
    case Network::X: {
        const XLength x = xLength(text);
        check.length = x.weightedLength;
        check.unit = u"weighted characters"_s;
        check.details = QJsonObject{{u"weightedLength"_s, x.weightedLength},
                                    {u"valid"_s, x.valid},
                                    {u"permillage"_s, x.permillage},
                                    {u"validRangeStart"_s, 0},
                                    {u"validRangeEnd"_s, qint64(x.validRangeEnd)},
                                    {u"displayRangeStart"_s, 0},
                                    {u"displayRangeEnd"_s, qint64(x.displayRangeEnd)}};
        if (!x.valid && x.weightedLength > 0 && x.weightedLength <= XMaxWeighted) {
            check.problem = u"The text holds U+FFFE, U+FEFF or U+FFFF, which X refuses: remove it."_s;
        }
        break;
    }
    case Network::Bluesky: {
        check.length = graphemeCount(text);
        check.unit = u"graphemes"_s;
        const qsizetype bytes = text.toUtf8().size();
        check.details =
            QJsonObject{{u"graphemes"_s, check.length}, {u"bytes"_s, qint64(bytes)}, {u"byteLimit"_s, 3000}};
        if (bytes > 3000) {
            check.problem = u"The post is %1 UTF-8 bytes; Bluesky takes at most 3000: shorten it."_s.arg(bytes);
        }
        break;
    }
    case Network::Mastodon:
        check.length = mastodonLength(text);
        check.unit = u"characters"_s;
        check.details = QJsonObject{{u"graphemes"_s, graphemeCount(text)}, {u"urlLength"_s, 23}};
        break;
    case Network::Telegram:
    case Network::TelegramCaption: {
        const telegramhtml::ParseResult parsed = telegramhtml::parse(text);
        check.unit = u"characters"_s;
        if (!parsed.ok) {
            check.length = codePointCount(text);
            check.problem = u"Telegram would refuse this HTML (can't parse entities: %1): escape <, > and & "
                            "in the text, and close every tag."_s.arg(parsed.error);
            check.details = QJsonObject{{u"parseError"_s, parsed.error}};
        } else {
            check.length = codePointCount(parsed.plainText);
            check.details = QJsonObject{{u"parsedText"_s, parsed.plainText},
                                        {u"markupCharacters"_s, codePointCount(text) - check.length}};
        }
        break;
    }
    case Network::Discord:
        check.length = int(text.size());
        check.unit = u"characters"_s;
        break;
    }
    if (check.problem.isEmpty() && check.length > check.limit) {
        check.problem = u"%1 %2 of %3 allowed on %4: shorten the text by %5 or split it into a thread."_s.arg(
            QString::number(check.length), check.unit, QString::number(check.limit), networkKey(network),
            QString::number(check.length - check.limit));
    }
    if (check.problem.isEmpty() && check.length == 0 && network != Network::TelegramCaption) {
        check.problem = u"The text is empty."_s;
    }
    check.fits = check.problem.isEmpty();
    return check;
}

} // namespace ra
