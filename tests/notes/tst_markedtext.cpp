// SPDX-License-Identifier: GPL-3.0-or-later
#include "notes/markedtext.h"

#include <QTest>

using namespace Qt::StringLiterals;
using ra::notes::markedBlock;
using ra::notes::parseMarkedText;
using ra::notes::regenerate;

class TestMarkedText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("plain") << u"# Title\n\nHello\n"_s;
        QTest::newRow("block") << u"intro\n"_s + markedBlock(u"fixes"_s, u"- a\n- b"_s) + u"\noutro\n"_s;
        QTest::newRow("empty block") << u"<!-- ra:generated section=x -->\n<!-- ra:end -->"_s;
        QTest::newRow("unclosed") << u"a\n<!-- ra:generated section=fixes -->\nb\n"_s;
        QTest::newRow("stray end") << u"a\n<!-- ra:end -->\nb"_s;
        QTest::newRow("nested")
            << u"<!-- ra:generated section=a -->\n<!-- ra:generated section=b -->\nx\n<!-- ra:end -->"_s;
        QTest::newRow("duplicate") << markedBlock(u"a"_s, u"1"_s) + u"\n"_s + markedBlock(u"a"_s, u"2"_s);
        QTest::newRow("crlf") << u"<!-- ra:generated section=a -->\r\nx\r\n<!-- ra:end -->\r\n"_s;
    }

    void roundTrip()
    {
        QFETCH(QString, text);
        QCOMPARE(parseMarkedText(text).toString(), text);
    }

    void problemsAreReportedWithLines()
    {
        const auto unclosed = parseMarkedText(u"a\n<!-- ra:generated section=fixes -->\nb"_s);
        QCOMPARE(unclosed.problems.size(), 1);
        QCOMPARE(unclosed.problems.first().line, 2);
        QVERIFY(!unclosed.block(u"fixes"_s));
        const auto stray = parseMarkedText(u"a\nb\n<!-- ra:end -->"_s);
        QCOMPARE(stray.problems.size(), 1);
        QCOMPARE(stray.problems.first().line, 3);
        const auto duplicate = parseMarkedText(markedBlock(u"a"_s, u"1"_s) + u"\n"_s + markedBlock(u"a"_s, u"2"_s));
        QCOMPARE(duplicate.problems.size(), 1);
        QCOMPARE(duplicate.block(u"a"_s)->content, u"1"_s);
    }

    void editsAreDetected()
    {
        QString text = markedBlock(u"fixes"_s, u"- a"_s);
        QVERIFY(!parseMarkedText(text).block(u"fixes"_s)->edited());
        text.replace(u"- a"_s, u"- a, reworded"_s);
        QVERIFY(parseMarkedText(text).block(u"fixes"_s)->edited());
    }

    void regenerateKeepsHandWrittenText()
    {
        const QString current = u"# 1.3.0\n\nOur summary, by hand.\n\n"_s + markedBlock(u"fixes"_s, u"- old fix"_s) +
                                u"\n\n## ⚠️ Upgrade notes\n\nRead this first.\n"_s;
        const QString fresh = u"# 1.3.0\n\n<!-- Summary -->\n\n"_s + markedBlock(u"fixes"_s, u"- old fix\n- new fix"_s);
        const auto result = regenerate(current, fresh);
        QVERIFY(result.text.contains(u"Our summary, by hand."_s));
        QVERIFY(result.text.contains(u"Read this first."_s));
        QVERIFY(result.text.contains(u"- new fix"_s));
        QVERIFY(!result.text.contains(u"<!-- Summary -->"_s));
        QCOMPARE(result.updated, QStringList{u"fixes"_s});
        QVERIFY(result.conflicts.isEmpty());
        QVERIFY(!parseMarkedText(result.text).block(u"fixes"_s)->edited());
    }

    void regenerateKeepsEditedBlocksAndFlagsThem()
    {
        QString current = u"intro\n"_s + markedBlock(u"fixes"_s, u"- old fix"_s);
        current.replace(u"- old fix"_s, u"- old fix, as the maintainer reworded it"_s);
        const QString fresh = markedBlock(u"fixes"_s, u"- old fix\n- new fix"_s);
        const auto result = regenerate(current, fresh);
        QVERIFY(result.text.contains(u"as the maintainer reworded it"_s));
        QVERIFY(!result.text.contains(u"- new fix"_s));
        QCOMPARE(result.conflicts.size(), 1);
        QCOMPARE(result.conflicts.first().section, u"fixes"_s);
        QCOMPARE(result.conflicts.first().generated, u"- old fix\n- new fix"_s);
        QVERIFY(result.updated.isEmpty());
    }

    void regenerateAddsAndRemovesBlocksInOrder()
    {
        const QString current =
            markedBlock(u"features"_s, u"f"_s) + u"\n\n"_s + markedBlock(u"docs"_s, u"d"_s) + u"\n\nhand\n"_s;
        const QString fresh = markedBlock(u"features"_s, u"f"_s) + u"\n\n"_s + markedBlock(u"fixes"_s, u"x"_s);
        const auto result = regenerate(current, fresh);
        QCOMPARE(result.added, QStringList{u"fixes"_s});
        QCOMPARE(result.removed, QStringList{u"docs"_s});
        const auto parsed = parseMarkedText(result.text);
        QVERIFY(parsed.problems.isEmpty());
        QVERIFY(parsed.block(u"fixes"_s));
        QVERIFY(!parsed.block(u"docs"_s));
        QVERIFY(result.text.indexOf(u"section=features"_s) < result.text.indexOf(u"section=fixes"_s));
        QVERIFY(result.text.indexOf(u"section=fixes"_s) < result.text.indexOf(u"hand"_s));
    }

    void regenerateIsIdempotent()
    {
        const QString fresh = u"# t\n\n"_s + markedBlock(u"fixes"_s, u"- a"_s) + u"\n"_s;
        const auto once = regenerate(u"# t\n\nmine\n"_s, fresh);
        const auto twice = regenerate(once.text, fresh);
        QCOMPARE(twice.text, once.text);
        QVERIFY(twice.added.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMarkedText)
#include "tst_markedtext.moc"
