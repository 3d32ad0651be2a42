// SPDX-License-Identifier: GPL-3.0-or-later
// The strict UTF-8 decoding of a notes file: every kind of ill-formed sequence is found, with the line and
// byte offset of the first and how many there are; valid text (a byte-order mark dropped) comes back whole.
#include "notes/utf8text.h"

#include <QStringDecoder>
#include <QTest>

using namespace Qt::StringLiterals;
using ra::notes::decodeNotesText;

class TestUtf8Text : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        // For invalid bytes: where the first invalid sequence is, what it is, how many there are.
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("offset");
        QTest::addColumn<QByteArray>("first");
        QTest::addColumn<int>("count");

        const QByteArray none;
        QTest::newRow("empty") << QByteArray() << QString() << 0 << 0 << none << 0;
        QTest::newRow("ascii") << "# 1.1.0\n\n- Fix (#1)\n"_ba << u"# 1.1.0\n\n- Fix (#1)\n"_s << 0 << 0 << none << 0;
        QTest::newRow("valid multibyte") << "Caf\xc3\xa9 \xe2\x9c\x93 \xf0\x9f\x98\x80 \xf4\x8f\xbf\xbf"_ba
                                         << u"Café ✓ 😀 \U0010FFFF"_s << 0 << 0 << none << 0;
        QTest::newRow("bom dropped") << "\xef\xbb\xbf# 1.1.0\n"_ba << u"# 1.1.0\n"_s << 0 << 0 << none << 0;
        QTest::newRow("bom inside kept") << "a\xef\xbb\xbf"_ba << u"a\uFEFF"_s << 0 << 0 << none << 0;

        QTest::newRow("truncated at eof") << "# 1.1.0\nCaf\xc3"_ba << QString() << 2 << 11 << "\xc3"_ba << 1;
        QTest::newRow("truncated 4-byte at eof")
            << "ok\n\xf0\x9f\x98"_ba << QString() << 2 << 3 << "\xf0\x9f\x98"_ba << 1;
        QTest::newRow("truncated before space") << "\xe2\x9c x"_ba << QString() << 1 << 0 << "\xe2\x9c"_ba << 1;
        // Latin-1 "é" followed by a newline: the lead byte alone is the invalid sequence, on its own line.
        QTest::newRow("latin-1") << "# T\nCaf\xe9\nna\xefve\n"_ba << QString() << 2 << 7 << "\xe9"_ba << 2;
        QTest::newRow("lone continuation") << "line 1\nline 2\n\x80 end\n"_ba << QString() << 3 << 14 << "\x80"_ba << 1;
        // Overlong forms: C0/C1 never start a sequence; E0 and F0 need a high enough second byte.
        QTest::newRow("overlong 2-byte") << "a\xc0\xaf"_ba << QString() << 1 << 1 << "\xc0"_ba << 2;
        QTest::newRow("overlong 3-byte") << "\xe0\x80\xaf"_ba << QString() << 1 << 0 << "\xe0"_ba << 3;
        QTest::newRow("overlong 4-byte") << "\xf0\x8f\xbf\xbf"_ba << QString() << 1 << 0 << "\xf0"_ba << 4;
        // U+D800 encoded as if it were a character (CESU-8 / WTF-8).
        QTest::newRow("surrogate") << "x\xed\xa0\x80y"_ba << QString() << 1 << 1 << "\xed"_ba << 3;
        QTest::newRow("past U+10FFFF") << "\xf4\x90\x80\x80"_ba << QString() << 1 << 0 << "\xf4"_ba << 4;
        QTest::newRow("never a lead") << "\xf5\x80"_ba << QString() << 1 << 0 << "\xf5"_ba << 2;
        QTest::newRow("utf-16 file") << "\xff\xfe#\x00"_ba << QString() << 1 << 0 << "\xff"_ba << 2;
    }

    void decodes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(int, offset);
        QFETCH(QByteArray, first);
        QFETCH(int, count);

        const ra::notes::Utf8Text decoded = decodeNotesText(bytes);
        QCOMPARE(decoded.ok(), count == 0);
        QCOMPARE(decoded.text, text);
        if (count > 0) {
            QCOMPARE(decoded.problem->line, line);
            QCOMPARE(decoded.problem->byteOffset, qsizetype(offset));
            QCOMPARE(decoded.problem->firstSequence, first);
            QCOMPARE(decoded.problem->invalidSequences, count);
        }
        // Qt's own strict decoder agrees on what is valid: only the positions are ours.
        QStringDecoder qt(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString byQt = qt.decode(bytes); // decoding happens on the conversion, not in decode()
        QCOMPARE(byQt.isEmpty(), bytes.isEmpty());
        QCOMPARE(qt.hasError(), count > 0);
    }

    void messageSaysWhereAndWhatToDo()
    {
        const auto decoded = decodeNotesText("# 1.1.0\nCaf\xe9 cr\xe8me\n"_ba);
        QVERIFY(decoded.problem);
        const QString message = decoded.problem->message(u"notes.md"_s);
        QCOMPARE(message, u"notes.md is not valid UTF-8: line 2, byte offset 11 (0xE9) is the first of 2 invalid "
                          u"byte sequences"_s);
        QVERIFY(ra::notes::Utf8Problem::advice().contains(u"Save the file as UTF-8"_s));

        // A file name with a placeholder in it is kept as it is.
        QVERIFY(decoded.problem->message(u"notes%2.md"_s).startsWith(u"notes%2.md is not valid UTF-8: line 2,"_s));

        const auto single = decodeNotesText("\xe2\x82"_ba);
        QVERIFY(single.problem);
        QCOMPARE(single.problem->firstSequenceHex(), u"0xE2 0x82"_s);
        QVERIFY2(single.problem->message(u"-"_s).endsWith(u"(0xE2 0x82) is the only invalid byte sequence"_s),
                 qPrintable(single.problem->message(u"-"_s)));
    }

    void largeValidTextIsWhole()
    {
        // GitHub's body limit is 125,000 characters: a text of that size decodes byte for byte.
        QString text;
        while (text.size() < 125000) {
            text += u"- Amélioré : démarrage plus rapide ✓ (#1234)\n"_s;
        }
        const auto decoded = decodeNotesText(text.toUtf8());
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.text, text);
    }
};

QTEST_GUILESS_MAIN(TestUtf8Text)
#include "tst_utf8text.moc"
