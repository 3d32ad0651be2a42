// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/debianversion.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestDebianVersion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compares_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("expected");
        // The aleph-vm cases confirmed with dpkg --compare-versions (reference facts §4.5).
        QTest::newRow("final before its rc") << u"1.0.0"_s << u"1.0.0-rc1"_s << -1;
        QTest::newRow("final before its alpha") << u"0.4.0"_s << u"0.4.0a1"_s << -1;
        QTest::newRow("final before its dev") << u"1.10.0"_s << u"1.10.0-dev"_s << -1;
        QTest::newRow("tilde before final") << u"1.0.0~rc1"_s << u"1.0.0"_s << -1;
        QTest::newRow("rc1 before rc2") << u"1.0.0-rc1"_s << u"1.0.0-rc2"_s << -1;
        QTest::newRow("rc10 after rc9") << u"1.0.0-rc10"_s << u"1.0.0-rc9"_s << 1;
        QTest::newRow("numeric") << u"1.2.10"_s << u"1.2.9"_s << 1;
        QTest::newRow("equal") << u"1.0"_s << u"1.0"_s << 0;
        QTest::newRow("leading zeros") << u"1.01"_s << u"1.1"_s << 0;
        QTest::newRow("shorter first") << u"1.0"_s << u"1.0.0"_s << -1;
        QTest::newRow("epoch wins") << u"1:0.1"_s << u"2.0"_s << 1;
        // dpkg refuses an epoch above INT_MAX; compared as digits, a long one orders exactly instead of
        // falling back to the upstream part.
        QTest::newRow("epoch too long for an integer") << u"99999999999999999999:1.0"_s << u"1:2.0"_s << 1;
        QTest::newRow("long epochs") << u"99999999999999999999:1.0"_s << u"99999999999999999998:2.0"_s << 1;
        QTest::newRow("zero-padded epoch") << u"01:1.0"_s << u"1:1.0"_s << 0;
        QTest::newRow("revision") << u"1.0-1"_s << u"1.0-2"_s << -1;
        QTest::newRow("letters before signs") << u"1.0a"_s << u"1.0+"_s << -1;
        QTest::newRow("tilde before end") << u"1.0~"_s << u"1.0"_s << -1;
        QTest::newRow("double tilde") << u"1.0~~"_s << u"1.0~"_s << -1;
        QTest::newRow("last hyphen splits") << u"1.0-3-g6da21a3a"_s << u"1.0-3-g6da21a3b"_s << -1;
    }

    void compares()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, expected);
        QCOMPARE(ra::compareDebianVersions(a, b), expected);
        QCOMPARE(ra::compareDebianVersions(b, a), -expected);
    }
};

QTEST_GUILESS_MAIN(TestDebianVersion)
#include "tst_debianversion.moc"
