// SPDX-License-Identifier: GPL-3.0-or-later
// readNotesRange on a synthetic history: the generator's input and the lint's context describe exactly the
// commits and pull requests of previous-tag..release.
#include "historybuilder.h"
#include "notes/notesrange.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestNotesRange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheRange()
    {
        QTemporaryDir dir;
        ra::test::HistoryBuilder history(dir.filePath(u"repo"_s));
        const int root = history.commit(u"Initial commit (#1)"_s, {});
        const int fix = history.commit(u"Fix: a (#2)"_s, {root});
        const int side = history.commit(u"Side work"_s, {fix}, u"topic"_s);
        const int merge = history.commit(u"Merge pull request #3 from someone/topic\n\nFeature: b\n"_s, {fix, side});
        const int late = history.commit(u"Fix: c (#4)"_s, {merge});
        history.lightweightTag(u"1.0.0"_s, root);
        history.lightweightTag(u"1.1.0"_s, merge);
        QString error;
        QVERIFY2(history.run(&error), qPrintable(error));

        ra::notes::NotesRangeRequest request;
        request.repositoryPath = history.path();
        request.from = u"1.0.0"_s;
        request.to = u"1.1.0"_s;
        request.assetNames = {u"aleph-vm.debian-12.deb"_s};
        request.loginsByEmail.insert(u"TESTER@example.org"_s, u"tester"_s);
        const auto range = ra::notes::readNotesRange(request);
        QVERIFY2(range, qPrintable(range.error().message()));
        QVERIFY(range->tagKnown);
        QCOMPARE(range->input.tag, u"1.1.0"_s);
        QCOMPARE(range->input.previousTag, u"1.0.0"_s);
        QCOMPARE(range->input.commits.size(), 3);
        QCOMPARE(range->input.loginsByEmail.value(u"tester@example.org"_s), u"tester"_s);
        QCOMPARE(range->input.assetNames, request.assetNames);

        const ra::notes::LintContext &context = range->lintContext;
        QVERIFY(context.rangeKnown);
        QCOMPARE(context.tag, u"1.1.0"_s);
        QCOMPARE(context.previousTag, u"1.0.0"_s);
        QCOMPARE(context.pullRequestsInRange, (QSet<int>{2, 3}));
        QVERIFY(context.commitShasInRange.contains(history.sha(side)));
        QVERIFY(!context.commitShasInRange.contains(history.sha(root)));
        QVERIFY(!context.commitShasInRange.contains(history.sha(late)));
        QCOMPARE(context.expectedAssets, request.assetNames);

        // --to HEAD is not a tag: the notes are labelled with it, the lint's tag rules are off.
        request.to = u"HEAD"_s;
        const auto head = ra::notes::readNotesRange(request);
        QVERIFY(head);
        QVERIFY(!head->tagKnown);
        QCOMPARE(head->input.tag, u"HEAD"_s);
        QVERIFY(head->lintContext.tag.isEmpty());
        QVERIFY(head->lintContext.pullRequestsInRange.contains(4));

        request.from = u"no-such-tag"_s;
        const auto bad = ra::notes::readNotesRange(request);
        QVERIFY(!bad);
        QVERIFY2(bad.error().message().contains(u"no-such-tag"_s), qPrintable(bad.error().message()));
    }

    void loginsFromNoReplyAddresses_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("login");
        QTest::newRow("id+login") << u"12345+olethanh@users.noreply.github.com"_s << u"olethanh"_s;
        QTest::newRow("login only") << u"nesitor@users.noreply.github.com"_s << u"nesitor"_s;
        QTest::newRow("upper case host") << u"1+Odesenfans@Users.NoReply.GitHub.com"_s << u"Odesenfans"_s;
        QTest::newRow("ordinary address") << u"dev@aleph.im"_s << QString();
        QTest::newRow("bot lookalike") << u"x@users.noreply.github.com.evil.example"_s << QString();
    }

    void loginsFromNoReplyAddresses()
    {
        QFETCH(QString, email);
        QTEST(ra::notes::loginFromNoReplyEmail(email), "login");
    }
};

QTEST_GUILESS_MAIN(TestNotesRange)
#include "tst_notesrange.moc"
