// SPDX-License-Identifier: GPL-3.0-or-later
// Length rules per network, with the vectors of shared/reference/api-contracts.md (§3.4, §4, §5) and cases
// derived from the twitter-text v3 rules stated there.
#include "core/announcement/telegramhtml.h"
#include "core/announcement/textlength.h"
#include "core/announcement/urlfinder.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestTextLength : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void xWeighted_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("weighted");
        QTest::addColumn<bool>("valid");

        QTest::newRow("ascii") << u"This is a test."_s << 15 << true;
        QTest::newRow("nfc e+acute counts 1") << u"e\u0301"_s << 1 << true;
        QTest::newRow("http url 23") << u"http://test.com"_s << 23 << true;
        QTest::newRow("https url 23") << u"https://test.com"_s << 23 << true;
        QTest::newRow("schemeless url 23") << u"test.com"_s << 23 << true;
        QTest::newRow("long url 23") << u"https://github.com/aleph-im/aleph-vm/releases/tag/1.15.0"_s << 23 << true;
        QTest::newRow("several urls") << u"Test https://test.com test https://test.com test.com test"_s << 86 << true;
        QTest::newRow("cctld without path is text") << u"foo.jp"_s << 6 << true;
        QTest::newRow("cctld with path is a url") << u"t.co/abcde"_s << 23 << true;
        QTest::newRow("version is no url") << u"1.15.0"_s << 6 << true;
        QTest::newRow("astral non-emoji 2 each") << QString::fromUcs4(U"\U00010000\U0010FFFF") << 4 << true;
        QTest::newRow("hangul 2 each") << u"저찀쯿쿿"_s << 8 << true;
        QTest::newRow("general punctuation light") << u"\u2000\u200D\u2010\u201F\u2032\u2037"_s << 6 << true;
        QTest::newRow("outside light ranges") << u"\u200E\u2020\u2038"_s << 6 << true;
        QTest::newRow("U+10FF light, U+1100 heavy") << u"\u10FF\u1100"_s << 3 << true;
        QTest::newRow("emoji") << u"😷👾😡🔥💩"_s << 10 << true;
        QTest::newRow("zwj family counts 2") << u"H🐱☺👨\u200D👩\u200D👧\u200D👦"_s << 7 << true;
        QTest::newRow("skin tone and zwj") << u"🙋🏽👨\u200D🎤"_s << 4 << true;
        QTest::newRow("keycap") << u"1\uFE0F\u20E3"_s << 2 << true;
        QTest::newRow("flag") << u"🇫🇷"_s << 2 << true;
        QTest::newRow("empty is invalid") << QString() << 0 << false;
        QTest::newRow("BOM invalid") << u"a\uFEFFb"_s << 4 << false;
        QTest::newRow("U+FFFE invalid") << u"\uFFFE"_s << 2 << false;
        QTest::newRow("U+FFFF invalid") << u"\uFFFF"_s << 2 << false;
        QTest::newRow("280 fits") << QString(280, u'a') << 280 << true;
        QTest::newRow("281 too long") << QString(281, u'a') << 281 << false;
        QTest::newRow("140 CJK fit") << QString(140, QChar(0x6545)) << 280 << true;
    }
    void xWeighted()
    {
        QFETCH(QString, text);
        QFETCH(int, weighted);
        QFETCH(bool, valid);
        const ra::XLength x = ra::xLength(text);
        QCOMPARE(x.weightedLength, weighted);
        QCOMPARE(x.valid, valid);
    }

    void xRanges_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("weighted");
        QTest::addColumn<int>("permillage");
        QTest::addColumn<int>("validRangeEnd");
        QTest::addColumn<int>("displayRangeEnd");

        QString chars285 = u"285 chars-"_s;
        while (chars285.size() < 285) {
            chars285 += u"xxxxxxxxxx-"_s;
        }
        chars285.truncate(285);
        QTest::newRow("overflow at 280") << chars285 << 285 << 1017 << 279 << 284;
        QString emoji;
        for (int i = 0; i < 160; ++i) {
            emoji += u"😷"_s;
        }
        QTest::newRow("160 emoji") << emoji << 320 << 1142 << 279 << 319;
        QTest::newRow("160 CJK") << QString(160, QChar(0x6545)) << 320 << 1142 << 139 << 159;
        QTest::newRow("decomposed A+acute") << u"A\u0301B"_s << 2 << 7 << 2 << 2;
    }
    void xRanges()
    {
        QFETCH(QString, text);
        QFETCH(int, weighted);
        QFETCH(int, permillage);
        QFETCH(int, validRangeEnd);
        QFETCH(int, displayRangeEnd);
        const ra::XLength x = ra::xLength(text);
        QCOMPARE(x.weightedLength, weighted);
        QCOMPARE(x.permillage, permillage);
        QCOMPARE(int(x.validRangeEnd), validRangeEnd);
        QCOMPARE(int(x.displayRangeEnd), displayRangeEnd);
    }

    void urls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("urls");
        QTest::newRow("trailing dot") << u"See https://example.com/a."_s << QStringList{u"https://example.com/a"_s};
        QTest::newRow("parenthesised") << u"(see example.com/x)"_s << QStringList{u"example.com/x"_s};
        QTest::newRow("balanced parens kept") << u"https://en.wikipedia.org/wiki/Foo_(bar) ok"_s
                                              << QStringList{u"https://en.wikipedia.org/wiki/Foo_(bar)"_s};
        QTest::newRow("email is no url") << u"mail me@example.com"_s << QStringList{};
        QTest::newRow("two") << u"a.io b https://x.org/p?q=1#f"_s << QStringList{u"a.io"_s, u"https://x.org/p?q=1#f"_s};
        QTest::newRow("version") << u"aleph-vm 1.15.0-rc1"_s << QStringList{};
    }
    void urls()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, urls);
        QStringList found;
        const auto ranges = ra::findUrls(text);
        for (const ra::TextRange &range : ranges) {
            found.append(text.mid(range.start, range.length));
        }
        QCOMPARE(found, urls);
    }

    void bluesky()
    {
        const QString family = u"👨\u200D👩\u200D👧\u200D👦"_s;
        QCOMPARE(ra::graphemeCount(family), 1);
        QCOMPARE(ra::checkLength(ra::Network::Bluesky, family).details.value(u"bytes"_s).toInteger(), 25);
        QCOMPARE(ra::graphemeCount(u"e\u0301"_s), 1);
        QVERIFY(ra::checkLength(ra::Network::Bluesky, QString(300, u'a')).fits);
        QVERIFY(!ra::checkLength(ra::Network::Bluesky, QString(301, u'a')).fits);
        // 300 graphemes but 3600 bytes: the byte limit bites first.
        QString heavy;
        for (int i = 0; i < 300; ++i) {
            heavy += family.left(5);
        }
        const ra::LengthCheck check = ra::checkLength(ra::Network::Bluesky, heavy);
        QCOMPARE(check.length, 300);
        QVERIFY(!check.fits);
        QVERIFY(check.problem.contains(u"3000"_s));
    }

    void mastodon_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("length");
        QTest::newRow("plain") << u"Hello"_s << 5;
        QTest::newRow("url 23") << u"https://github.com/aleph-im/aleph-vm/releases/tag/1.15.0"_s << 23;
        QTest::newRow("short url 23") << u"https://t.co"_s << 23;
        QTest::newRow("schemeless is text") << u"example.com"_s << 11;
        QTest::newRow("remote mention") << u"@alice@example.social hi"_s << 9;
        QTest::newRow("graphemes") << u"👨\u200D👩\u200D👧\u200D👦 e\u0301"_s << 3;
    }
    void mastodon()
    {
        QFETCH(QString, text);
        QFETCH(int, length);
        QCOMPARE(ra::mastodonLength(text), length);
    }

    void telegram_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("plainOrError");
        QTest::newRow("tags and entities")
            << u"<b>Hi</b> &amp; <a href=\"https://x.org/?a=1&amp;b=2\">bye</a>"_s << true << u"Hi & bye"_s;
        QTest::newRow("numeric entities") << u"&#65;&#x42;&lt;&gt;&quot;"_s << true << u"AB<>\""_s;
        QTest::newRow("spoiler and pre")
            << u"<span class=\"tg-spoiler\">s</span><pre><code class=\"language-sh\">x</code></pre>"_s << true
            << u"sx"_s;
        QTest::newRow("unclosed") << u"<b>unclosed"_s << false
                                  << u"Can't find end tag corresponding to start tag \"b\""_s;
        QTest::newRow("bare less-than") << u"a < b"_s << false << u"Unsupported start tag \"\" at byte offset 2"_s;
        QTest::newRow("unknown tag") << u"<blink>x</blink>"_s << false
                                     << u"Unsupported start tag \"blink\" at byte offset 0"_s;
        QTest::newRow("mismatched") << u"<b><i>x</b></i>"_s << false
                                    << u"Unmatched end tag at byte offset 7, expected \"</i>\", found \"</b>\""_s;
    }
    void telegram()
    {
        QFETCH(QString, html);
        QFETCH(bool, ok);
        QFETCH(QString, plainOrError);
        const auto parsed = ra::telegramhtml::parse(html);
        QCOMPARE(parsed.ok, ok);
        QCOMPARE(ok ? parsed.plainText : parsed.error, plainOrError);
    }

    void telegramLimitsOnParsedText()
    {
        // 4096 characters of text wrapped in markup still fit: the limit is on the parsed text.
        const QString html = u"<b>"_s + QString(4096, u'a') + u"</b>"_s;
        const ra::LengthCheck message = ra::checkLength(ra::Network::Telegram, html);
        QCOMPARE(message.length, 4096);
        QVERIFY(message.fits);
        QVERIFY(!ra::checkLength(ra::Network::Telegram, html + u"a"_s).fits);
        // Entities count once, astral characters once (code points, not UTF-16 units).
        QCOMPARE(ra::checkLength(ra::Network::Telegram, u"&amp;😷"_s).length, 2);
        QCOMPARE(ra::checkLength(ra::Network::TelegramCaption, QString(1024, u'a')).fits, true);
        QCOMPARE(ra::checkLength(ra::Network::TelegramCaption, QString(1025, u'a')).fits, false);
        const ra::LengthCheck broken = ra::checkLength(ra::Network::Telegram, u"1 < 2"_s);
        QVERIFY(!broken.fits);
        QVERIFY(broken.problem.contains(u"can't parse entities"_s));
    }

    void escaping()
    {
        const QString raw = u"a < b && c > d \"q\" <b>"_s;
        const QString escaped = ra::telegramhtml::escape(raw);
        QCOMPARE(escaped, u"a &lt; b &amp;&amp; c &gt; d \"q\" &lt;b&gt;"_s);
        const auto parsed = ra::telegramhtml::parse(escaped);
        QVERIFY(parsed.ok);
        QCOMPARE(parsed.plainText, raw);
        const QString link = ra::telegramhtml::link(u"https://x.org/?a=\"1\"&b"_s, u"R&D <1>"_s);
        QCOMPARE(link, u"<a href=\"https://x.org/?a=&quot;1&quot;&amp;b\">R&amp;D &lt;1&gt;</a>"_s);
        QCOMPARE(ra::telegramhtml::parse(link).plainText, u"R&D <1>"_s);
    }

    void discord()
    {
        QVERIFY(ra::checkLength(ra::Network::Discord, QString(2000, u'a')).fits);
        const ra::LengthCheck tooLong = ra::checkLength(ra::Network::Discord, QString(2001, u'a'));
        QVERIFY(!tooLong.fits);
        QCOMPARE(tooLong.limit, 2000);
    }

    void keys()
    {
        for (const QString &key : {u"x"_s, u"bluesky"_s, u"mastodon"_s, u"telegram"_s, u"discord"_s}) {
            const auto network = ra::networkFromKey(key);
            QVERIFY(network);
            QCOMPARE(ra::networkKey(*network), key);
        }
        QVERIFY(!ra::networkFromKey(u"myspace"_s));
    }
};

QTEST_GUILESS_MAIN(TestTextLength)
#include "tst_textlength.moc"
