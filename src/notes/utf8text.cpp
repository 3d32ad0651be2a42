// SPDX-License-Identifier: GPL-3.0-or-later
#include "notes/utf8text.h"

#include <QStringDecoder>

#include <QStringList>

using namespace Qt::StringLiterals;

namespace ra::notes {

namespace {

/// How long a well-formed sequence starting with \a lead is, and the range its second byte must be in
/// (Unicode table 3-7). The narrow second-byte ranges are what exclude overlong forms (E0, F0), surrogates
/// (ED) and code points past U+10FFFF (F4). Length 0: \a lead starts no sequence.
struct SequenceShape {
    int length = 0;
    uchar secondMin = 0x80;
    uchar secondMax = 0xbf;
};

SequenceShape shapeOf(uchar lead)
{
    if (lead >= 0xc2 && lead <= 0xdf) {
        return {2};
    }
    if (lead == 0xe0) {
        return {3, 0xa0, 0xbf};
    }
    if (lead == 0xed) {
        return {3, 0x80, 0x9f};
    }
    if (lead >= 0xe1 && lead <= 0xef) {
        return {3};
    }
    if (lead == 0xf0) {
        return {4, 0x90, 0xbf};
    }
    if (lead == 0xf4) {
        return {4, 0x80, 0x8f};
    }
    if (lead >= 0xf1 && lead <= 0xf3) {
        return {4};
    }
    return {}; // 80..BF (continuation), C0, C1 (always overlong), F5..FF (past U+10FFFF)
}

/// The length of the well-formed sequence at \a at, or, negated, the length of the invalid one there: its
/// "maximal subpart", the bytes that started a valid sequence before it went wrong (at least one).
qsizetype sequenceAt(QByteArrayView bytes, qsizetype at)
{
    const auto lead = uchar(bytes[at]);
    if (lead < 0x80) {
        return 1;
    }
    const SequenceShape shape = shapeOf(lead);
    if (shape.length == 0) {
        return -1;
    }
    for (qsizetype k = 1; k < shape.length; ++k) {
        if (at + k >= bytes.size()) {
            return -k;
        }
        const auto byte = uchar(bytes[at + k]);
        const uchar min = k == 1 ? shape.secondMin : uchar(0x80);
        const uchar max = k == 1 ? shape.secondMax : uchar(0xbf);
        if (byte < min || byte > max) {
            return -k;
        }
    }
    return shape.length;
}

} // namespace

QString Utf8Problem::firstSequenceHex() const
{
    QStringList hex;
    for (const char byte : firstSequence) {
        hex.append(u"0x"_s + QString::number(uchar(byte), 16).rightJustified(2, u'0').toUpper());
    }
    return hex.join(u' ');
}

QString Utf8Problem::message(const QString &source) const
{
    const QString count = invalidSequences == 1 ? u"the only invalid byte sequence"_s
                                                : u"the first of %1 invalid byte sequences"_s.arg(invalidSequences);
    // One arg() call: a "%2" in a file name must stay as it is.
    return u"%1 is not valid UTF-8: line %2, byte offset %3 (%4) is %5"_s.arg(
        source, QString::number(line), QString::number(byteOffset), firstSequenceHex(), count);
}

QString Utf8Problem::advice()
{
    return u"Save the file as UTF-8 (it was probably written in another encoding, such as Latin-1 or UTF-16) "
           u"and try again."_s;
}

Utf8Text decodeNotesText(QByteArrayView bytes)
{
    Utf8Text result;
    int line = 1;
    for (qsizetype at = 0; at < bytes.size();) {
        const qsizetype length = sequenceAt(bytes, at);
        if (length > 0) {
            line += bytes[at] == '\n' ? 1 : 0;
            at += length;
            continue;
        }
        if (!result.problem) {
            result.problem = Utf8Problem{line, at, bytes.sliced(at, -length).toByteArray(), 0};
        }
        ++result.problem->invalidSequences;
        at += -length;
    }
    if (result.problem) {
        return result;
    }
    const QByteArrayView bom("\xef\xbb\xbf");
    // The leading mark is dropped here; QString::fromUtf8 would drop a second one too, and lose a character of
    // the text. The decoder converts whatever remains.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    result.text = decoder.decode(bytes.startsWith(bom) ? bytes.sliced(bom.size()) : bytes);
    return result;
}

} // namespace ra::notes
