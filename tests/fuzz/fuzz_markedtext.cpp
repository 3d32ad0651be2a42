// SPDX-License-Identifier: GPL-3.0-or-later
// Regenerating notes merges two documents that both come from outside (the notes the maintainer, or someone
// on github.com, edited, and the freshly generated ones): the input is split at the first "\n=====\n" into
// the current and the fresh document. Whatever the markers look like, no hand-written line is lost, the
// result parses back to itself, and regenerating the result again with the same fresh notes changes
// nothing (a second run must not turn kept text into a block, or drop it).
#include "fuzzsupport.h"
#include "notes/markedtext.h"

using ra::fuzz::require;

namespace {

/// The hand-written text of \a document, one entry per text segment.
QStringList handWritten(const ra::notes::MarkedText &document)
{
    QStringList texts;
    for (const ra::notes::MarkedSegment &segment : document.segments) {
        if (!segment.generated) {
            texts.append(segment.content);
        }
    }
    return texts;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 20000) {
        return 0;
    }
    const QList<QByteArray> parts = ra::fuzz::splitInput(ra::fuzz::bytesOf(data, size), "\n=====\n", 2);
    const QString current = QString::fromUtf8(parts.at(0));
    const QString fresh = parts.size() > 1 ? QString::fromUtf8(parts.at(1)) : QString();

    const ra::notes::MarkedText before = ra::notes::parseMarkedText(current);
    require(before.toString() == current);
    const ra::notes::Regeneration first = ra::notes::regenerate(current, fresh);
    const ra::notes::MarkedText after = ra::notes::parseMarkedText(first.text);
    require(after.toString() == first.text);
    for (const QString &text : handWritten(before)) {
        require(first.text.contains(text));
    }
    // Every block of the fresh notes is in the result, refreshed or, when the maintainer edited it, as edited.
    const ra::notes::MarkedText generated = ra::notes::parseMarkedText(fresh);
    for (const ra::notes::MarkedSegment &segment : generated.segments) {
        if (!segment.generated) {
            continue;
        }
        const ra::notes::MarkedSegment *block = after.block(segment.section);
        require(block != nullptr);
        require(block->content == segment.content || block->edited());
    }
    for (const ra::notes::BlockConflict &conflict : first.conflicts) {
        require(after.block(conflict.section) != nullptr);
    }

    const ra::notes::Regeneration second = ra::notes::regenerate(first.text, fresh);
    require(second.text == first.text);
    require(second.added.isEmpty() && second.removed.isEmpty() && second.updated.isEmpty());
    return 0;
}
