// SPDX-License-Identifier: GPL-3.0-or-later
#include "notes/noteshighlights.h"

#include "notes/markedtext.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ra::notes {

namespace {

/// "- **net:** Allow IPv6 (#701) (by @alice)" → "net: Allow IPv6".
QString plainLine(QString line)
{
    static const QRegularExpression bullet(u"^\\s*[-*+]\\s+(\\[[ xX]\\]\\s+)?"_s);
    static const QRegularExpression credit(u"\\s*\\((by|thanks to) [^)]*\\)\\s*$"_s);
    static const QRegularExpression whatsChanged(u"\\s+by @?[\\w-]+ in #\\d+\\s*$"_s);
    static const QRegularExpression pullRequests(u"\\s*\\(#\\d+\\)"_s);
    static const QRegularExpression emphasis(u"\\*\\*|__|(?<!\\w)[*_](?=\\S)|(?<=\\S)[*_](?!\\w)|`"_s);
    static const QRegularExpression link(u"\\[([^\\]]*)\\]\\([^)]*\\)"_s);
    line.remove(bullet);
    line.remove(credit);
    line.remove(whatsChanged);
    line.remove(pullRequests);
    line.replace(link, u"\\1"_s);
    line.remove(emphasis);
    return line.simplified();
}

/// The bullets of \a lines, made plain, in order.
QStringList bullets(const QStringList &lines)
{
    static const QRegularExpression isBullet(u"^\\s*[-*+]\\s+\\S"_s);
    QStringList found;
    for (const QString &line : lines) {
        if (isBullet.match(line).hasMatch()) {
            if (const QString plain = plainLine(line); !plain.isEmpty()) {
                found.append(plain);
            }
        }
    }
    return found;
}

/// The lines under the heading called \a title (any level), up to the next heading of that level or higher.
QStringList sectionLines(const QStringList &lines, const QString &title)
{
    static const QRegularExpression heading(u"^(#{1,6})\\s+(.*?)\\s*#*\\s*$"_s);
    QStringList section;
    int level = 0;
    for (const QString &line : lines) {
        const auto match = heading.match(line);
        if (level > 0 && match.hasMatch() && match.capturedLength(1) <= level) {
            break;
        }
        if (level > 0) {
            section.append(line);
        } else if (match.hasMatch() && match.captured(2).compare(title, Qt::CaseInsensitive) == 0) {
            level = int(match.capturedLength(1));
        }
    }
    return section;
}

} // namespace

QStringList notesHighlights(const QString &markdown, int limit)
{
    const QStringList lines = markdown.split(u'\n');
    QStringList highlights = bullets(sectionLines(lines, u"Highlights"_s));
    if (highlights.isEmpty()) {
        const MarkedText marked = parseMarkedText(markdown);
        for (const QString &section : {u"features"_s, u"fixes"_s}) {
            if (const MarkedSegment *block = marked.block(section)) {
                highlights += bullets(block->content.split(u'\n'));
            }
        }
    }
    return highlights.mid(0, limit);
}

} // namespace ra::notes
