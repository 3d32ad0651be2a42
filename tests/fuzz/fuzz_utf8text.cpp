// SPDX-License-Identifier: GPL-3.0-or-later
// Notes files and pasted notes are outside input: the strict UTF-8 decoder must take any bytes, agree with
// QString::fromUtf8 wherever the bytes are valid UTF-8 (Qt reproduces them exactly), and otherwise point at
// the first invalid sequence exactly: its line, offset and bytes, and a count of at least one.
#include "fuzzsupport.h"
#include "notes/utf8text.h"

#include <QString>
#include <QStringDecoder>

using ra::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = ra::fuzz::bytesOf(data, size);
    const ra::notes::Utf8Text decoded = ra::notes::decodeNotesText(bytes);
    // Qt replaces what is not UTF-8 with U+FFFD, so its decoding reproduces the bytes only when they are valid
    // (a decoder that keeps the byte-order mark, which QString::fromUtf8 drops).
    QStringDecoder keepingBom(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    const QString exact = keepingBom(bytes);
    require(decoded.ok() == (exact.toUtf8() == bytes));
    if (decoded.ok()) {
        require(decoded.text == QString::fromUtf8(bytes));
        return 0;
    }
    require(decoded.text.isEmpty());
    const ra::notes::Utf8Problem &problem = *decoded.problem;
    require(problem.byteOffset >= 0 && problem.byteOffset < bytes.size());
    require(!problem.firstSequence.isEmpty() && problem.firstSequence.size() <= 3);
    require(bytes.mid(problem.byteOffset, problem.firstSequence.size()) == problem.firstSequence);
    require(problem.line == bytes.left(problem.byteOffset).count('\n') + 1);
    require(problem.invalidSequences >= 1);
    // Everything before the problem is valid: it decodes alone.
    require(ra::notes::decodeNotesText(QByteArrayView(bytes).first(problem.byteOffset)).ok());
    require(problem.message(QStringLiteral("notes.md")).startsWith(QStringLiteral("notes.md is not valid UTF-8")));
    require(!problem.firstSequenceHex().isEmpty());
    return 0;
}
