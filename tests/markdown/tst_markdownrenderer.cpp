// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdown/markdownrenderer.h"

#include <QTest>
#include <QtConcurrentRun>

using namespace Qt::StringLiterals;

class TestMarkdownRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void extensions_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("expected");
        QTest::newRow("heading") << u"## Bug fixes"_s << u"<h2>Bug fixes</h2>"_s;
        QTest::newRow("table") << u"| a | b |\n|---|---|\n| 1 | 2 |\n"_s << u"<td>2</td>"_s;
        QTest::newRow("strikethrough") << u"~~gone~~"_s << u"<del>gone</del>"_s;
        QTest::newRow("autolink") << u"see https://docs.aleph.im now"_s
                                  << u"<a href=\"https://docs.aleph.im\">https://docs.aleph.im</a>"_s;
        QTest::newRow("tasklist") << u"- [x] done\n- [ ] todo\n"_s << u"type=\"checkbox\""_s;
        QTest::newRow("tagfilter") << u"<script>alert(1)</script>"_s << u"raw HTML omitted"_s;
        QTest::newRow("code language") << u"```bash\nwget x\n```\n"_s << u"<pre lang=\"bash\"><code>wget x"_s;
    }

    void extensions()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, expected);
        const QString html = ra::markdown::renderGitHubHtml(markdown);
        QVERIFY2(html.contains(expected), qPrintable(html));
    }

    void markersAreInvisible()
    {
        const QString html =
            ra::markdown::renderPreviewHtml(u"<!-- ra:generated section=fixes -->\n- a\n<!-- ra:end -->"_s);
        QVERIFY(!html.contains(u"ra:generated"_s));
        QVERIFY(html.contains(u"<li>a</li>"_s));
    }

    void previewDrawsTaskBoxes()
    {
        const QString html = ra::markdown::renderPreviewHtml(u"- [x] done\n- [ ] todo\n"_s);
        QVERIFY2(html.contains(u"☑ done"_s), qPrintable(html));
        QVERIFY(html.contains(u"☐ todo"_s));
        QVERIFY(!html.contains(u"<input"_s));
    }

    void unicodeSurvives()
    {
        QVERIFY(ra::markdown::renderGitHubHtml(u"## ⚠️ Upgrade notes"_s).contains(u"⚠️ Upgrade notes"_s));
    }

    void rendersInParallel()
    {
        QList<QFuture<QString>> futures;
        for (int i = 0; i < 8; ++i) {
            futures.append(QtConcurrent::run(ra::markdown::renderGitHubHtml, u"| a |\n|---|\n| %1 |\n"_s.arg(i)));
        }
        for (int i = 0; i < 8; ++i) {
            QVERIFY(futures[i].result().contains(u"<td>%1</td>"_s.arg(i)));
        }
    }
};

QTEST_GUILESS_MAIN(TestMarkdownRenderer)
#include "tst_markdownrenderer.moc"
