// SPDX-License-Identifier: GPL-3.0-or-later
#include "notes/markedtext.h"

#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ra::notes {

namespace {

const QRegularExpression &openMarker()
{
    // Strict on purpose: only the exact spelling the generator writes is a marker, so serialising a parsed
    // document reproduces it byte for byte.
    static const QRegularExpression re(u"^<!-- ra:generated section=([a-z0-9-]{1,40})(?: hash=([0-9a-f]{12}))? -->$"_s);
    return re;
}

const QString endMarker = QStringLiteral("<!-- ra:end -->");

QString openMarkerLine(const QString &section, const QString &hash)
{
    return hash.isEmpty() ? u"<!-- ra:generated section=%1 -->"_s.arg(section)
                          : u"<!-- ra:generated section=%1 hash=%2 -->"_s.arg(section, hash);
}

void appendText(QList<MarkedSegment> &segments, const QStringList &lines, int firstLine)
{
    if (!segments.isEmpty() && !segments.constLast().generated) {
        segments.last().content += u'\n' + lines.join(u'\n');
        return;
    }
    segments.append(MarkedSegment{false, {}, {}, lines.join(u'\n'), firstLine, false});
}

} // namespace

bool MarkedSegment::edited() const
{
    return generated && !recordedHash.isEmpty() && blockHash(content) != recordedHash;
}

const MarkedSegment *MarkedText::block(const QString &section) const
{
    for (const MarkedSegment &segment : segments) {
        if (segment.generated && segment.section == section) {
            return &segment;
        }
    }
    return nullptr;
}

QString MarkedText::toString() const
{
    QStringList parts;
    parts.reserve(segments.size());
    for (const MarkedSegment &segment : segments) {
        if (!segment.generated) {
            parts.append(segment.content);
            continue;
        }
        QString block = openMarkerLine(segment.section, segment.recordedHash) + u'\n';
        if (!segment.bare) {
            block += segment.content + u'\n';
        }
        parts.append(block + endMarker);
    }
    return parts.join(u'\n');
}

MarkedText parseMarkedText(const QString &text)
{
    MarkedText result;
    const QStringList lines = text.split(u'\n');
    QSet<QString> seen;
    int index = 0;
    while (index < lines.size()) {
        const auto open = openMarker().match(lines.at(index));
        if (!open.hasMatch()) {
            if (lines.at(index) == endMarker) {
                result.problems.append(
                    {index + 1, u"“<!-- ra:end -->” without a block to close; it is kept as text."_s});
            }
            appendText(result.segments, {lines.at(index)}, index + 1);
            ++index;
            continue;
        }
        int end = index + 1;
        while (end < lines.size() && lines.at(end) != endMarker && !openMarker().match(lines.at(end)).hasMatch()) {
            ++end;
        }
        const QString section = open.captured(1);
        if (end >= lines.size() || lines.at(end) != endMarker) {
            result.problems.append(
                {index + 1, u"The generated block “%1” is not closed by “<!-- ra:end -->”; it is "
                            u"treated as your own text and will not be regenerated."_s.arg(section)});
            appendText(result.segments, {lines.at(index)}, index + 1);
            ++index;
            continue;
        }
        if (seen.contains(section)) {
            result.problems.append({index + 1, u"The generated block “%1” appears twice; only the first is "
                                               u"regenerated, this one is kept as text."_s.arg(section)});
            appendText(result.segments, lines.mid(index, end - index + 1), index + 1);
            index = end + 1;
            continue;
        }
        seen.insert(section);
        MarkedSegment segment{true, section, open.captured(2), {}, index + 1, false};
        segment.bare = end == index + 1;
        segment.content = lines.mid(index + 1, end - index - 1).join(u'\n');
        result.segments.append(segment);
        index = end + 1;
    }
    return result;
}

QString blockHash(const QString &content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content.toUtf8(), QCryptographicHash::Sha256).toHex().left(12));
}

QString markedBlock(const QString &section, const QString &content)
{
    return openMarkerLine(section, blockHash(content)) + u'\n' + content + u'\n' + endMarker;
}

namespace {

/// The generated blocks of \a segments, without their line numbers (which shift when text around them goes).
QList<MarkedSegment> blocksOf(const QList<MarkedSegment> &segments)
{
    QList<MarkedSegment> blocks;
    for (const MarkedSegment &segment : segments) {
        if (segment.generated) {
            blocks.append(segment);
            blocks.last().firstLine = 0;
        }
    }
    return blocks;
}

/// regenerate() on the parsed documents; the blocks of the result go to \a blocks. With \a keepStale, a block
/// the fresh notes no longer have is kept as it is, with a problem saying why, instead of being removed.
Regeneration merge(MarkedText document, const MarkedText &generated, bool keepStale, QList<MarkedSegment> *blocks)
{
    Regeneration result;
    result.problems = document.problems;

    QHash<QString, const MarkedSegment *> freshBlocks;
    QStringList freshOrder;
    for (const MarkedSegment &segment : generated.segments) {
        if (segment.generated) {
            freshBlocks.insert(segment.section, &segment);
            freshOrder.append(segment.section);
        }
    }

    QList<MarkedSegment> kept;
    for (const MarkedSegment &segment : std::as_const(document.segments)) {
        if (!segment.generated) {
            kept.append(segment);
            continue;
        }
        const MarkedSegment *replacement = freshBlocks.value(segment.section);
        if (segment.edited()) {
            kept.append(segment);
            if (!replacement || replacement->content != segment.content) {
                result.conflicts.append(
                    {segment.section, segment.content, replacement ? replacement->content : QString()});
            }
            continue;
        }
        if (!replacement && keepStale) {
            kept.append(segment);
            result.problems.append(
                {segment.firstLine, u"The generated block “%1” is no longer generated, but removing it would join the "
                                    u"marker lines kept as text around it into a block; it is kept. Fix the unclosed "
                                    u"marker or the stray “<!-- ra:end -->”."_s.arg(segment.section)});
            continue;
        }
        if (!replacement) {
            result.removed.append(segment.section);
            continue;
        }
        MarkedSegment refreshed = segment;
        refreshed.content = replacement->content;
        refreshed.bare = replacement->bare;
        refreshed.recordedHash = blockHash(replacement->content);
        if (refreshed.content != segment.content) {
            result.updated.append(segment.section);
        }
        kept.append(refreshed);
    }

    // New sections go right after the block that precedes them in the fresh document.
    for (int i = 0; i < freshOrder.size(); ++i) {
        const QString &section = freshOrder.at(i);
        const bool present = std::any_of(kept.cbegin(), kept.cend(),
                                         [&](const MarkedSegment &s) { return s.generated && s.section == section; });
        if (present) {
            continue;
        }
        qsizetype at = kept.size();
        for (int j = i - 1; j >= 0; --j) {
            const auto found = std::find_if(kept.cbegin(), kept.cend(), [&](const MarkedSegment &s) {
                return s.generated && s.section == freshOrder.at(j);
            });
            if (found != kept.cend()) {
                at = found - kept.cbegin() + 1;
                break;
            }
        }
        MarkedSegment block = *freshBlocks.value(section);
        block.recordedHash = blockHash(block.content);
        kept.insert(at, block);
        kept.insert(at, MarkedSegment{false, {}, {}, {}, 0, false});
        result.added.append(section);
    }
    *blocks = blocksOf(kept);
    document.segments = kept;
    result.text = document.toString();
    return result;
}

} // namespace

Regeneration regenerate(const QString &current, const QString &fresh)
{
    const MarkedText document = parseMarkedText(current);
    const MarkedText generated = parseMarkedText(fresh);
    QList<MarkedSegment> blocks;
    Regeneration result = merge(document, generated, false, &blocks);
    // A removed block can leave an unclosed "ra:generated" line before it facing a stray "ra:end" after it, both
    // kept as text: read again, they would make a block of the lines between, and the next regeneration would
    // drop them. Then the stale blocks stay.
    if (blocksOf(parseMarkedText(result.text).segments) != blocks) {
        result = merge(document, generated, true, &blocks);
    }
    return result;
}

} // namespace ra::notes
