// SPDX-License-Identifier: GPL-3.0-or-later
// Where a release's notes start when the maintainer names no tag, the choice the app and the command line
// share: on aleph-vm's real tag list (not monotonic, stray tags, every pre-release spelling), with the rule
// that made it, and on a clone, with the errors that say why there is no choice.
#include "notes/previoustag.h"

#include "git/tagversionorder.h"

#include "historybuilder.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ra::notes::PreviousTagRule;

class TestPreviousTag : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void choosesOnAlephVmTags_data()
    {
        QTest::addColumn<QString>("release");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<PreviousTagRule>("rule");
        const auto finalRule = PreviousTagRule::PreviousFinal;
        const auto anyKind = PreviousTagRule::PreviousOfAnyKind;
        QTest::newRow("final skips its rc") << u"1.9.1"_s << u"1.9.0"_s << finalRule;
        QTest::newRow("final skips dev") << u"1.10.0"_s << u"1.9.1"_s << finalRule;
        QTest::newRow("final skips alphas, betas and rc") << u"0.4.0"_s << u"0.3.2"_s << finalRule;
        QTest::newRow("rc after a final") << u"1.9.1-rc1"_s << u"1.9.0"_s << anyKind;
        QTest::newRow("alpha after an alpha") << u"0.4.0a2"_s << u"0.4.0a1"_s << anyKind;
        // 0.5.1-rc1 never got a final: a pre-release still starts there, a final does not.
        QTest::newRow("rc after an rc without final") << u"1.0.0-rc1"_s << u"0.5.1-rc1"_s << anyKind;
        QTest::newRow("final after an rc without final") << u"1.0.0"_s << u"0.4.1"_s << finalRule;
        // 0.3.0 was tagged in 2022, 0.2.6 to 0.2.8 in 2023: by version, 0.3.0 follows 0.2.8.
        QTest::newRow("by version, not by date") << u"0.3.0"_s << u"0.2.8"_s << finalRule;
        QTest::newRow("next major") << u"2.0.0"_s << u"1.15.0"_s << finalRule;
        QTest::newRow("release not tagged yet") << u"2.2.0-rc1"_s << u"2.1.1"_s << anyKind;
        QTest::newRow("first release") << u"0.1.0"_s << QString() << finalRule;
        QTest::newRow("stray tag") << u"list"_s << QString() << finalRule;
    }

    void choosesOnAlephVmTags()
    {
        QFETCH(QString, release);
        QFETCH(QString, expected);
        QFETCH(PreviousTagRule, rule);
        // aleph-vm's tags up to 2.1.1 (release facts §4.2), in the order they were created.
        const QStringList names{
            u"0.1.0"_s,     u"0.1.10"_s,    u"0.1.6-1"_s,    u"0.2.0-rc1"_s, u"0.2.0-rc2"_s, u"0.2.0"_s,
            u"0.2.5"_s,     u"0.3.0"_s,     u"0.2.6"_s,      u"0.2.7"_s,     u"0.2.8"_s,     u"0.2.9-rc1"_s,
            u"0.3.0-rc1"_s, u"0.3.1-rc1"_s, u"0.3.1"_s,      u"0.3.2"_s,     u"rm"_s,        u"0.4.0a1"_s,
            u"0.4.0a2"_s,   u"0.4.0b1"_s,   u"0.4.0-rc1"_s,  u"0.4.0"_s,     u"0.4.1a1"_s,   u"0.4.1"_s,
            u"0.5.1-rc1"_s, u"1.0.0-rc1"_s, u"1.0.0"_s,      u"list"_s,      u"1.9.0-rc1"_s, u"1.9.0"_s,
            u"1.9.1-rc1"_s, u"1.9.1"_s,     u"1.10.0-dev"_s, u"1.10.0"_s,    u"1.15.0"_s,    u"2.0.0"_s,
            u"2.1.0"_s,     u"2.1.1"_s,
        };
        QList<ra::git::TagInfo> tags;
        for (const QString &name : names) {
            tags.append(ra::git::TagInfo{name, name, false, {}, {}});
        }
        const auto choice = ra::notes::choosePreviousTag(tags, release, ra::git::tagVersionOrder());
        QCOMPARE(choice ? choice->tag : QString(), expected);
        if (choice) {
            QCOMPARE(choice->rule, rule);
        }
    }

    void explainsTheRule()
    {
        const QString ofFinal = ra::notes::explainPreviousTag({u"1.0.0"_s, PreviousTagRule::PreviousFinal}, u"1.1.0"_s);
        QVERIFY2(ofFinal.startsWith(u"1.0.0, the previous final release"_s), qPrintable(ofFinal));
        QVERIFY(ofFinal.contains(u"release candidates are skipped"_s));
        const QString anyKind =
            ra::notes::explainPreviousTag({u"1.1.0-rc1"_s, PreviousTagRule::PreviousOfAnyKind}, u"1.1.0-rc2"_s);
        QVERIFY2(anyKind.contains(u"1.1.0-rc2 is a pre-release"_s), qPrintable(anyKind));
        QCOMPARE(ra::notes::previousTagRuleKey(PreviousTagRule::PreviousFinal), u"previous-final"_s);
        QCOMPARE(ra::notes::previousTagRuleKey(PreviousTagRule::PreviousOfAnyKind), u"previous-of-any-kind"_s);
    }

    void choosesInAClone()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString clone = dir.filePath(u"clone"_s);
        ra::test::HistoryBuilder history(clone);
        const int first = history.commit(u"Initial commit"_s, {});
        const int second = history.commit(u"Fix: one (#1)"_s, {first});
        const int third = history.commit(u"Fix: two (#2)"_s, {second});
        history.lightweightTag(u"1.0.0-rc1"_s, first);
        history.lightweightTag(u"1.0.0"_s, second);
        history.lightweightTag(u"1.1.0-rc1"_s, third);
        history.lightweightTag(u"list"_s, third);
        QString error;
        QVERIFY2(history.run(&error), qPrintable(error));

        const auto ofFinal = ra::notes::choosePreviousTag(clone, u"1.1.0"_s);
        QVERIFY2(ofFinal, qPrintable(ofFinal.error().message()));
        QCOMPARE(ofFinal->tag, u"1.0.0"_s);
        QCOMPARE(ofFinal->rule, PreviousTagRule::PreviousFinal);

        // A revision is no release: there is nothing to compare the tags with.
        const auto head = ra::notes::choosePreviousTag(clone, u"HEAD"_s);
        QVERIFY(!head);
        QVERIFY2(head.error().message().contains(u"'HEAD' names no version"_s), qPrintable(head.error().message()));

        // The first final: its release candidate is no previous release.
        const auto firstFinal = ra::notes::choosePreviousTag(clone, u"1.0.0"_s);
        QVERIFY(!firstFinal);
        QVERIFY2(firstFinal.error().message().contains(u"no final release tag is older than 1.0.0"_s),
                 qPrintable(firstFinal.error().message()));

        QVERIFY(!ra::notes::choosePreviousTag(dir.filePath(u"missing"_s), u"1.1.0"_s));
    }
};

QTEST_GUILESS_MAIN(TestPreviousTag)
#include "tst_previoustag.moc"
