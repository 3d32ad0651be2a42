// SPDX-License-Identifier: GPL-3.0-or-later
#include "notes/linediff.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using ra::notes::DiffLine;

namespace {

// Applying a diff must give back both sides exactly.
void checkReconstructs(const QString &before, const QString &after)
{
    const auto diff = ra::notes::diffLines(before, after);
    QStringList oldSide;
    QStringList newSide;
    for (const DiffLine &line : diff) {
        if (line.op != DiffLine::Op::Added) {
            oldSide.append(line.text);
            QCOMPARE(line.oldLine, oldSide.size());
        }
        if (line.op != DiffLine::Op::Removed) {
            newSide.append(line.text);
            QCOMPARE(line.newLine, newSide.size());
        }
    }
    QCOMPARE(oldSide.join(u'\n'), before);
    QCOMPARE(newSide.join(u'\n'), after);
}

} // namespace

class TestLineDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void simple()
    {
        const auto diff = ra::notes::diffLines(u"a\nb\nc"_s, u"a\nx\nc\nd"_s);
        QCOMPARE(ra::notes::diffText(diff), u" a\n-b\n+x\n c\n+d"_s);
    }

    void identical()
    {
        const auto diff = ra::notes::diffLines(u"a\nb"_s, u"a\nb"_s);
        QCOMPARE(diff.size(), 2);
        QVERIFY(std::all_of(diff.cbegin(), diff.cend(), [](const DiffLine &l) { return l.op == DiffLine::Op::Same; }));
    }

    void minimal()
    {
        // Myers finds the shortest script: one insertion, not a rewrite.
        const auto diff = ra::notes::diffLines(u"1\n2\n3\n4\n5"_s, u"1\n2\nnew\n3\n4\n5"_s);
        const auto changed =
            std::count_if(diff.cbegin(), diff.cend(), [](const DiffLine &l) { return l.op != DiffLine::Op::Same; });
        QCOMPARE(changed, 1);
    }

    void reconstructs_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::newRow("empty to text") << QString() << u"a\nb"_s;
        QTest::newRow("text to empty") << u"a\nb"_s << QString();
        QTest::newRow("swap") << u"a\nb"_s << u"b\na"_s;
        QTest::newRow("repeated lines") << u"x\nx\ny\nx"_s << u"x\ny\nx\nx\nx"_s;
    }

    void reconstructs()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        checkReconstructs(before, after);
    }

    void randomEdits()
    {
        QRandomGenerator random(42);
        for (int round = 0; round < 200; ++round) {
            QStringList a;
            QStringList b;
            for (int i = 0, n = int(random.bounded(30)); i < n; ++i) {
                a.append(QString::number(random.bounded(5)));
            }
            for (int i = 0, n = int(random.bounded(30)); i < n; ++i) {
                b.append(QString::number(random.bounded(5)));
            }
            checkReconstructs(a.join(u'\n'), b.join(u'\n'));
        }
    }
};

QTEST_GUILESS_MAIN(TestLineDiff)
#include "tst_linediff.moc"
