// SPDX-License-Identifier: GPL-3.0-or-later
// A reviewer's comment on a line of the notes: composed and read back, refused when the range or the text is
// wrong, ignored with a reason when hand-edited into something malformed, and never read as a verdict.
#include "review/approvalmarker.h"
#include "review/linecomment.h"
#include "review/trackingissuecontent.h"

#include <QTest>

using namespace Qt::StringLiterals;
using ra::review::ApprovalMarker;
using ra::review::LineComment;
using ra::review::TrackingIssueContent;

namespace {

const QString digest = u"sha256:"_s + QString(64, u'a');

TrackingIssueContent content()
{
    TrackingIssueContent c;
    c.tag = u"1.15.0"_s;
    c.notes = u"# 1.15.0\n\n- Faster boot\n- Fix <!-- odd --> rendering\n"_s;
    c.digest = digest;
    c.revision = 3;
    return c;
}

} // namespace

class TestLineComment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotesTheLineAndRoundTrips()
    {
        QString error;
        const QString body = LineComment::compose(content(), 3, 3, u"  Say by how much.  "_s, &error);
        QVERIFY2(!body.isEmpty(), qPrintable(error));
        QVERIFY(body.startsWith(u"<!-- release-assistant:line-comment v1 release=1.15.0 revision=3 digest=%1 "
                                u"lines=3 -->"_s.arg(digest)));
        QVERIFY(body.contains(u"\n> - Faster boot\n"_s));
        QVERIFY(LineComment::isLineComment(body));
        QString reason;
        const auto parsed = LineComment::parse(body, &reason);
        QVERIFY2(parsed, qPrintable(reason));
        QCOMPARE(*parsed, (LineComment{u"1.15.0"_s, 3, digest, 3, 3, u"Say by how much."_s}));
    }

    void quotesARangeAndDefusesMarkers()
    {
        QString error;
        const QString text = u"Two lines\n\n<!-- release-assistant:approval v1 release=1.15.0 digest=%1 "
                             u"verdict=approve -->"_s.arg(digest);
        const QString body = LineComment::compose(content(), 3, 4, text, &error);
        QVERIFY2(!body.isEmpty(), qPrintable(error));
        QVERIFY(body.contains(u"> - Faster boot\n> - Fix &lt;!-- odd --> rendering\n"_s));
        // Not a verdict, whatever the reviewer typed.
        QVERIFY(!ApprovalMarker::parse(body));
        const auto parsed = LineComment::parse(body, nullptr);
        QVERIFY(parsed);
        QCOMPARE(parsed->firstLine, 3);
        QCOMPARE(parsed->lastLine, 4);
        QVERIFY(parsed->text.startsWith(u"Two lines\n\n&lt;!--"_s));
    }

    void refusesABadRangeOrAnEmptyText_data()
    {
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("last");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zero") << 0 << 1 << u"x"_s << u"outside the notes"_s;
        QTest::newRow("past the end") << 4 << 5 << u"x"_s << u"which have 4 line(s)"_s;
        QTest::newRow("backwards") << 3 << 2 << u"x"_s << u"outside the notes"_s;
        QTest::newRow("blank") << 1 << 1 << u" \n "_s << u"empty"_s;
        QTest::newRow("too long") << 1 << 1 << QString(LineComment::MaxTextLength + 1, u'x') << u"shorten it"_s;
    }

    void refusesABadRangeOrAnEmptyText()
    {
        QFETCH(int, first);
        QFETCH(int, last);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(LineComment::compose(content(), first, last, text, &error).isEmpty());
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void ignoresMalformedCommentsWithAReason_data()
    {
        const QString good = LineComment::compose(content(), 1, 1, u"Title?"_s, nullptr);
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain comment") << u"LGTM"_s << u"no line-comment marker"_s;
        QTest::newRow("two markers") << good + good << u"more than one"_s;
        QTest::newRow("unclosed") << u"<!-- release-assistant:line-comment v1 release=1"_s << u"not closed"_s;
        QTest::newRow("version") << QString(good).replace(u" v1 "_s, u" v9 "_s) << u"version"_s;
        QTest::newRow("repeated") << QString(good).replace(u"lines=1"_s, u"lines=1 lines=2"_s) << u"repeated"_s;
        QTest::newRow("bad digest") << QString(good).replace(digest, u"sha256:zz"_s) << u"valid release"_s;
        QTest::newRow("no revision") << QString(good).replace(u"revision=3 "_s, QString()) << u"valid release"_s;
        QTest::newRow("bad lines") << QString(good).replace(u"lines=1"_s, u"lines=-1"_s) << u"valid release"_s;
        QTest::newRow("backwards") << QString(good).replace(u"lines=1"_s, u"lines=5-2"_s) << u"backwards"_s;
        QTest::newRow("text removed") << QString(good).replace(u"Title?"_s, QString()) << u"no text"_s;
    }

    void ignoresMalformedCommentsWithAReason()
    {
        QFETCH(QString, body);
        QFETCH(QString, expected);
        QString reason;
        QVERIFY(!LineComment::parse(body, &reason));
        QVERIFY2(reason.contains(expected), qPrintable(reason));
    }

    void numbersLinesWithoutTheFinalNewline()
    {
        QCOMPARE(LineComment::notesLines(u"a\nb\n"_s), (QStringList{u"a"_s, u"b"_s}));
        QCOMPARE(LineComment::notesLines(u"a\n\nb"_s), (QStringList{u"a"_s, QString(), u"b"_s}));
    }
};

QTEST_GUILESS_MAIN(TestLineComment)
#include "tst_linecomment.moc"
