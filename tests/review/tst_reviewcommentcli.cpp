// SPDX-License-Identifier: GPL-3.0-or-later
// `review comment` end to end: a reviewer whose token cannot see drafts comments on a line of the notes the
// maintainer synced onto the tracking issue; `review show --json` lists it, stale once the notes changed, and it
// never counts as an approval. Bad ranges and texts are refused before anything is posted.
#include "reviewclifixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using ra::test::ReviewCliFixture;

class TestReviewCommentCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ReviewCliFixture> m_stage;

    [[nodiscard]] ra::test::CliRun run(const QString &token, const QString &journal, const QStringList &arguments)
    {
        return m_stage->run(token, journal, arguments);
    }

private Q_SLOTS:
    void init()
    {
        m_stage = std::make_unique<ReviewCliFixture>();
        QVERIFY(m_stage->setUp());
    }

    void cleanup()
    {
        m_stage.reset();
    }

    void aReviewerWithoutPushCommentsOnALine()
    {
        QCOMPARE(
            run(ReviewCliFixture::MaintainerToken, u"maintainer.sqlite"_s, {u"sync"_s, u"--release"_s, u"1.15.0"_s})
                .exitCode,
            0);
        const qsizetype commentsBefore = m_stage->issues->state().issues.constFirst().comments.size();

        const auto comment = run(ReviewCliFixture::RitaToken, u"rita.sqlite"_s,
                                 {u"comment"_s, u"--release"_s, u"1.15.0"_s, u"--line"_s, u"4"_s, u"By how much?"_s});
        QVERIFY2(comment.exitCode == 0, qPrintable(comment.err + comment.out));
        QCOMPARE(comment.json().object().value(u"revision"_s).toInt(), 1);
        QCOMPARE(m_stage->issues->state().issues.constFirst().comments.size(), commentsBefore + 1);

        const auto show = run(ReviewCliFixture::RitaToken, u"rita.sqlite"_s, {u"show"_s, u"--release"_s, u"1.15.0"_s});
        QVERIFY2(show.exitCode == 0, qPrintable(show.err));
        const QJsonObject shown = show.json().object();
        const QJsonArray listed = shown.value(u"line_comments"_s).toArray();
        QCOMPARE(listed.size(), 1);
        const QJsonObject first = listed.at(0).toObject();
        QCOMPARE(first.value(u"login"_s).toString(), u"rita"_s);
        QCOMPARE(first.value(u"first_line"_s).toInt(), 4);
        QCOMPARE(first.value(u"last_line"_s).toInt(), 4);
        QCOMPARE(first.value(u"text"_s).toString(), u"By how much?"_s);
        QCOMPARE(first.value(u"stale"_s).toBool(), false);
        // Not a verdict: rita is still pending.
        QCOMPARE(shown.value(u"pending"_s).toArray(), (QJsonArray{u"rita"_s, u"bob"_s}));

        // Once the notes changed, the comment is on an older revision.
        m_stage->twin.state().release(m_stage->draftId)->body.replace(u"Faster boot"_s, u"Much faster boot"_s);
        QCOMPARE(
            run(ReviewCliFixture::MaintainerToken, u"maintainer.sqlite"_s, {u"sync"_s, u"--release"_s, u"1.15.0"_s})
                .exitCode,
            0);
        const auto later = run(ReviewCliFixture::RitaToken, u"rita.sqlite"_s, {u"show"_s, u"--release"_s, u"1.15.0"_s});
        QCOMPARE(later.json().object().value(u"line_comments"_s).toArray().at(0).toObject().value(u"stale"_s).toBool(),
                 true);
    }

    void refusesBadInputBeforePosting_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no line") << QStringList{u"x"_s} << u"--line is required"_s;
        QTest::newRow("not a line") << QStringList{u"--line"_s, u"four"_s, u"x"_s} << u"not a line"_s;
        QTest::newRow("no text") << QStringList{u"--line"_s, u"2"_s} << u"text is missing"_s;
        QTest::newRow("past the end") << QStringList{u"--line"_s, u"3-9"_s, u"x"_s} << u"which have 4 line(s)"_s;
    }

    void refusesBadInputBeforePosting()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        QCOMPARE(
            run(ReviewCliFixture::MaintainerToken, u"maintainer.sqlite"_s, {u"sync"_s, u"--release"_s, u"1.15.0"_s})
                .exitCode,
            0);
        const qsizetype commentsBefore = m_stage->issues->state().issues.constFirst().comments.size();
        const auto refused = run(ReviewCliFixture::RitaToken, u"rita.sqlite"_s,
                                 QStringList{u"comment"_s, u"--release"_s, u"1.15.0"_s} + arguments);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(expected), qPrintable(refused.err));
        QCOMPARE(m_stage->issues->state().issues.constFirst().comments.size(), commentsBefore);
    }
};

QTEST_GUILESS_MAIN(TestReviewCommentCli)
#include "tst_reviewcommentcli.moc"
