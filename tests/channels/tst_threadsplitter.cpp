// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/announcement/textlength.h"
#include "core/announcement/threadsplitter.h"
#include "core/announcement/urlfinder.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Every post fits, no URL of the text is cut, and the posts hold every non-space character in order.
void verifySplit(const QString &text, const QStringList &posts, ra::Network network, int limit)
{
    QString joined;
    for (const QString &post : posts) {
        QVERIFY2(ra::measure(network, post) <= limit || ra::findUrls(post).size() == 1, qPrintable(post));
        joined += post;
    }
    QString expected = text;
    expected.remove(QRegularExpression(u"\\s+"_s));
    joined.remove(QRegularExpression(u"\\s+"_s));
    QCOMPARE(joined, expected);
    const auto urls = ra::findUrls(text);
    for (const ra::TextRange &url : urls) {
        const QString whole = text.mid(url.start, url.length);
        QVERIFY2(std::any_of(posts.cbegin(), posts.cend(), [&](const QString &p) { return p.contains(whole); }),
                 qPrintable(whole));
    }
}

} // namespace

class TestThreadSplitter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shortTextIsOnePost()
    {
        ra::ThreadSplitter splitter([](const QString &t) { return ra::measure(ra::Network::X, t); }, 280);
        QCOMPARE(splitter.split(u"  aleph-vm 1.15.0 is out  "_s), QStringList{u"aleph-vm 1.15.0 is out"_s});
        QVERIFY(splitter.split(u" \n "_s).isEmpty());
    }

    void prefersParagraphsThenSentences()
    {
        ra::ThreadSplitter splitter([](const QString &t) { return int(t.size()); }, 40);
        const QString text = u"First paragraph is here.\n\nSecond one. It has two sentences that are long."_s;
        const QStringList posts = splitter.split(text);
        QCOMPARE(posts.value(0), u"First paragraph is here."_s);
        QCOMPARE(posts.value(1), u"Second one."_s);
        verifySplit(text, posts, ra::Network::Discord, 40);
    }

    void neverBreaksUrls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("limit");
        QTest::newRow("url at the edge")
            << u"Release notes and packages: https://github.com/aleph-im/aleph-vm/releases/tag/1.15.0 upgrade soon"_s
            << 40;
        QTest::newRow("url longer than a post")
            << u"see https://example.com/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa x"_s << 20;
        QTest::newRow("no spaces at all") << QString(100, u'a') << 30;
    }
    void neverBreaksUrls()
    {
        QFETCH(QString, text);
        QFETCH(int, limit);
        ra::ThreadSplitter splitter([](const QString &t) { return int(t.size()); }, limit);
        const QStringList posts = splitter.split(text);
        QVERIFY(posts.size() > 1);
        verifySplit(text, posts, ra::Network::Discord, limit);
    }

    void xThreadCountsUrlsAs23()
    {
        QString text;
        for (int i = 0; i < 30; ++i) {
            text += u"Item %1 is fixed, see https://github.com/aleph-im/aleph-vm/pull/%1 for details. "_s.arg(700 + i);
        }
        ra::ThreadSplitter splitter([](const QString &t) { return ra::measure(ra::Network::X, t); }, 280);
        splitter.setNumbered(true);
        const QStringList posts = splitter.split(text);
        QVERIFY(posts.size() > 3);
        for (int i = 0; i < posts.size(); ++i) {
            QVERIFY(ra::xLength(posts.at(i)).valid);
            QVERIFY(posts.at(i).endsWith(u" (%1/%2)"_s.arg(i + 1).arg(posts.size())));
            // Cut between sentences: each post ends with a full stop before its number.
            QVERIFY2(posts.at(i).contains(u". ("_s), qPrintable(posts.at(i)));
        }
    }
};

QTEST_GUILESS_MAIN(TestThreadSplitter)
#include "tst_threadsplitter.moc"
