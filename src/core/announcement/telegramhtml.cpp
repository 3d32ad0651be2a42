// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/announcement/telegramhtml.h"

#include <QList>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ra::telegramhtml {

QString escape(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        if (c == u'<') {
            out += u"&lt;"_s;
        } else if (c == u'>') {
            out += u"&gt;"_s;
        } else if (c == u'&') {
            out += u"&amp;"_s;
        } else {
            out += c;
        }
    }
    return out;
}

QString escapeAttribute(const QString &value)
{
    QString out = escape(value);
    out.replace(u'"', u"&quot;"_s);
    return out;
}

QString link(const QString &url, const QString &label)
{
    return u"<a href=\"%1\">%2</a>"_s.arg(escapeAttribute(url), escape(label));
}

namespace {

const QSet<QString> &supportedTags()
{
    static const QSet<QString> tags{u"a"_s,        u"b"_s,   u"strong"_s, u"i"_s,         u"em"_s,   u"s"_s,
                                    u"strike"_s,   u"del"_s, u"u"_s,      u"ins"_s,       u"span"_s, u"tg-spoiler"_s,
                                    u"tg-emoji"_s, u"pre"_s, u"code"_s,   u"blockquote"_s};
    return tags;
}

// The byte offset the Bot API reports in its messages is in UTF-8.
qsizetype byteOffset(const QString &html, qsizetype position)
{
    return QStringView(html).left(position).toUtf8().size();
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'-' || c == u'_';
}

// Decodes the entity at html[i] == '&'. Returns the code point and moves i past it, or 0 when the text
// there is no entity (the parser then keeps the '&' as a literal character).
char32_t decodeEntity(const QString &html, qsizetype &i)
{
    const qsizetype semicolon = html.indexOf(u';', i + 1);
    if (semicolon < 0 || semicolon - i > 12) {
        return 0;
    }
    const QString name = html.mid(i + 1, semicolon - i - 1);
    char32_t code = 0;
    if (name == u"lt"_s) {
        code = U'<';
    } else if (name == u"gt"_s) {
        code = U'>';
    } else if (name == u"amp"_s) {
        code = U'&';
    } else if (name == u"quot"_s) {
        code = U'"';
    } else if (name.startsWith(u'#') && name.size() > 1) {
        bool ok = false;
        const uint value =
            (name.at(1) == u'x' || name.at(1) == u'X') ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok, 10);
        if (!ok || value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
            return 0;
        }
        code = value;
    } else {
        return 0;
    }
    i = semicolon + 1;
    return code;
}

} // namespace

ParseResult parse(const QString &html)
{
    ParseResult result;
    QList<QString> open;
    const qsizetype size = html.size();
    qsizetype i = 0;
    while (i < size) {
        const QChar c = html.at(i);
        if (c == u'&') {
            qsizetype next = i;
            if (const char32_t code = decodeEntity(html, next)) {
                result.plainText += QString::fromUcs4(&code, 1);
                i = next;
                continue;
            }
            result.plainText += c;
            ++i;
            continue;
        }
        if (c != u'<') {
            result.plainText += c;
            ++i;
            continue;
        }
        const qsizetype tagStart = i;
        if (i + 1 < size && html.at(i + 1) == u'/') {
            qsizetype j = i + 2;
            while (j < size && isNameChar(html.at(j))) {
                ++j;
            }
            const QString name = html.mid(i + 2, j - i - 2).toLower();
            while (j < size && html.at(j).isSpace()) {
                ++j;
            }
            if (j >= size || html.at(j) != u'>') {
                result.error = u"Can't find end of tag at byte offset %1"_s.arg(byteOffset(html, tagStart));
                return result;
            }
            if (open.isEmpty()) {
                result.error = u"Unexpected end tag at byte offset %1"_s.arg(byteOffset(html, tagStart));
                return result;
            }
            if (open.constLast() != name) {
                result.error = u"Unmatched end tag at byte offset %1, expected \"</%2>\", found \"</%3>\""_s.arg(
                    QString::number(byteOffset(html, tagStart)), open.constLast(), name);
                return result;
            }
            open.removeLast();
            i = j + 1;
            continue;
        }
        qsizetype j = i + 1;
        while (j < size && isNameChar(html.at(j))) {
            ++j;
        }
        const QString name = html.mid(i + 1, j - i - 1).toLower();
        if (!supportedTags().contains(name)) {
            result.error =
                u"Unsupported start tag \"%1\" at byte offset %2"_s.arg(name).arg(byteOffset(html, tagStart));
            return result;
        }
        // Attributes: name, name=value, name="value" or name='value'; their text is not part of the message.
        bool closed = false;
        while (j < size) {
            const QChar a = html.at(j);
            if (a == u'>') {
                closed = true;
                ++j;
                break;
            }
            if (a == u'"' || a == u'\'') {
                const qsizetype end = html.indexOf(a, j + 1);
                if (end < 0) {
                    break;
                }
                j = end + 1;
                continue;
            }
            if (a == u'<') {
                break;
            }
            ++j;
        }
        if (!closed) {
            result.error = u"Unclosed start tag at byte offset %1"_s.arg(byteOffset(html, tagStart));
            return result;
        }
        open.append(name);
        i = j;
    }
    if (!open.isEmpty()) {
        result.error = u"Can't find end tag corresponding to start tag \"%1\""_s.arg(open.constLast());
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace ra::telegramhtml
