// SPDX-License-Identifier: GPL-3.0-or-later
// The block-by-block preview renders exactly what a whole render does, after every kind of edit, and reuses the
// HTML of the blocks an edit did not touch.
#include "markdown/incrementalpreview.h"
#include "markdown/markdownrenderer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using ra::markdown::IncrementalPreview;

namespace {

/// Release notes with every construct whose extent a cut could get wrong.
QString sampleNotes()
{
    return u"# 2.1.0\n\nSummary of the release.\n\n"
           "<!-- ra:generated section=fixes hash=0123 -->\n## Fixes\n\n"
           "- **supervisor:** fixed a crash (#12) (by @olethanh)\n- second item\n\n- loose item after a blank line\n"
           "continued lazily\n\n  indented paragraph of the item\n\nparagraph after the list\n\n"
           "1. first\n2. second\n\n3. third, same list\n\n"
           "- [x] ~~Deprecated~~ setting removed\n- [ ] Check https://github.com/aleph-im/aleph-vm/pull/1\n\n"
           "<!-- ra:end -->\n\n"
           "| Distribution | Package |\n|---|---|\n| Debian 12 | `aleph-vm.deb` |\n\n"
           "```bash\nsudo apt install ./aleph-vm.deb\n\n# a blank line in the code, then a line at column 0\n"
           "echo done\n```\n\n"
           "~~~\nquoted ``` inside a tilde fence\n\nstill code\n~~~\n\n"
           "<!--\na comment\n\nspanning a blank line\n-->\n\n"
           "<details>\n<summary>More</summary>\n\ninside details\n\n</details>\n\n"
           "> a quote\n\n> another quote\n\n"
           "    indented code\n\n    more indented code\n\n"
           "Setext heading\n===\n\n---\n\n* * *\n\nlast paragraph\n"_s;
}

QString whole(const QString &markdown)
{
    return ra::markdown::renderPreviewHtml(markdown);
}

} // namespace

class TestIncrementalPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsJoinBackIntoTheText()
    {
        const QString notes = sampleNotes();
        const QStringList runs = IncrementalPreview::splitRuns(notes);
        QVERIFY2(runs.size() > 10, qPrintable(QString::number(runs.size())));
        QCOMPARE(runs.join(QString()), notes);
    }

    void aFreshRenderIsTheWholeRender()
    {
        IncrementalPreview preview;
        QCOMPARE(preview.render(sampleNotes()), whole(sampleNotes()));
        QCOMPARE(preview.render(QString()), whole(QString()));
        QCOMPARE(preview.render(u"no newline at the end"_s), whole(u"no newline at the end"_s));
    }

    void everyEditRendersAsTheWholeText_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        const QString notes = sampleNotes();
        const auto replaced = [&notes](const QString &before, const QString &after) {
            QString text = notes;
            const qsizetype at = text.indexOf(before);
            Q_ASSERT(at >= 0);
            return text.replace(at, before.size(), after);
        };
        QTest::newRow("typing at the start") << notes << u"x"_s + notes;
        QTest::newRow("typing in the middle") << notes << replaced(u"second item"_s, u"second itemx"_s);
        QTest::newRow("typing at the end") << notes << notes + u"x"_s;
        QTest::newRow("a block inserted")
            << notes << replaced(u"paragraph after the list\n"_s, u"paragraph after the list\n\nnew block\n"_s);
        QTest::newRow("a block deleted") << notes << replaced(u"> another quote\n\n"_s, QString());
        QTest::newRow("a fence opened above code") << notes << replaced(u"Summary"_s, u"```\nSummary"_s);
        QTest::newRow("a fence closed early") << notes << replaced(u"still code\n"_s, u"~~~\nstill code\n"_s);
        QTest::newRow("a fence's end deleted") << notes << replaced(u"echo done\n```\n"_s, u"echo done\n"_s);
        QTest::newRow("a comment left open") << notes << replaced(u"<!-- ra:end -->"_s, u"<!-- ra:end"_s);
        QTest::newRow("a blank line joins two lists")
            << notes << replaced(u"paragraph after the list\n\n"_s, QString());
        QTest::newRow("a list item after a blank line")
            << notes << replaced(u"paragraph after the list"_s, u"- item"_s);
        QTest::newRow("a blank line removed in a list") << notes << replaced(u"second item\n\n"_s, u"second item\n"_s);
        QTest::newRow("a link reference defined") << notes << notes + u"\n[the docs]: https://docs.aleph.im\n"_s;
        QTest::newRow("a footnote defined") << notes << notes + u"\nSee[^1].\n\n[^1]: The note.\n"_s;
        QTest::newRow("an indented fence in a list")
            << notes << replaced(u"- second item\n"_s, u"- second item\n  ```\n  code\n\nnot code\n```\n"_s);
        QTest::newRow("a fence after an HTML line") << notes << replaced(u"Summary"_s, u"<div>\n```\nSummary"_s);
        QTest::newRow("a list after a comment") << notes << notes + u"\n- a\n<!-- c -->\n\n- b\n"_s;
        QTest::newRow("a list after a heading") << notes << notes + u"\n- a\n# h\n\n- b\n"_s;
        QTest::newRow("a list after a fence") << notes << notes + u"\n- a\n```\nx\n```\n\n- b\n"_s;
        QTest::newRow("a list after a lazy line") << notes << notes + u"\n- a\nlazy\n\n- b\n"_s;
        QTest::newRow("a list after a table") << notes << notes + u"\n- a\n| x |\n|---|\n\n- b\n"_s;
        QTest::newRow("an indented item, then one at column 0") << notes << notes + u"\n# h\n - a\n\n- b\n"_s;
        QTest::newRow("a declaration left open") << notes << replaced(u"Summary"_s, u"<!doctype\n\nSummary"_s);
        QTest::newRow("a text area left open") << notes << replaced(u"Summary"_s, u"<textarea\n\nSummary"_s);
        QTest::newRow("CR line ends") << notes << QString(notes).replace(u'\n', u"\r\n"_s);
    }

    void everyEditRendersAsTheWholeText()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        IncrementalPreview preview;
        QCOMPARE(preview.render(from), whole(from));
        QCOMPARE(preview.render(to), whole(to));
        QCOMPARE(preview.render(from), whole(from));
    }

    void listsEndedByAMarkerAreCut()
    {
        // Generated sections end with a marker at column 0: the next section's list is a run of its own.
        QString notes;
        for (int section = 1; section <= 20; ++section) {
            notes += u"- fix %1\n- another fix\n<!-- ra:end -->\n\n"_s.arg(section);
        }
        QCOMPARE(IncrementalPreview::splitRuns(notes).size(), 20);
        IncrementalPreview preview;
        QCOMPARE(preview.render(notes), whole(notes));
        // Without the marker the lists are one loose list: one run.
        notes.remove(u"<!-- ra:end -->\n"_s);
        QCOMPARE(IncrementalPreview::splitRuns(notes).size(), 1);
        QCOMPARE(preview.render(notes), whole(notes));
    }

    void onlyChangedRunsAreRenderedAgain()
    {
        QString notes;
        for (int section = 1; section <= 50; ++section) {
            notes += u"## Section %1\n\n- fix %1 (#%1)\n- another fix\n\n"_s.arg(section);
        }
        IncrementalPreview preview;
        (void)preview.render(notes);
        const int runs = preview.lastRenderedRuns();
        QVERIFY2(runs >= 50, qPrintable(QString::number(runs)));
        notes.replace(u"- fix 25 (#25)"_s, u"- fix 25 (#25), edited"_s);
        QCOMPARE(preview.render(notes), whole(notes));
        QCOMPARE(preview.lastRenderedRuns(), 1);
        QCOMPARE(preview.render(notes), whole(notes));
        QCOMPARE(preview.lastRenderedRuns(), 0);
    }

    void randomEditsRenderAsTheWholeText()
    {
        // Keystrokes of every kind that matters (a newline, a fence mark, a list marker, a tag) at places spread
        // over the text, each compared with a whole render.
        QString text = sampleNotes();
        IncrementalPreview preview;
        const QStringList inserts{u"\n"_s, u"`"_s, u"~"_s, u"- "_s, u"<"_s, u">"_s, u"x"_s, u"\n\n"_s, u"    "_s};
        for (int i = 0; i < 300; ++i) {
            const qsizetype at = (qsizetype(i) * 7919) % (text.size() + 1);
            if (i % 3 == 2 && at < text.size()) {
                text.remove(at, 1);
            } else {
                text.insert(at, inserts.at(i % inserts.size()));
            }
            QCOMPARE(preview.render(text), whole(text));
        }
    }
};

QTEST_GUILESS_MAIN(TestIncrementalPreview)
#include "tst_incrementalpreview.moc"
