// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/semverversion.h"

#include <QTest>

using namespace Qt::StringLiterals;
using ra::SemVerVersion;

class TestSemVerVersion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepts_data()
    {
        QTest::addColumn<QString>("input");
        // From the valid list that accompanies semver.org's regular expression.
        const QStringList valid{
            u"0.0.4"_s,
            u"1.2.3"_s,
            u"10.20.30"_s,
            u"1.1.2-prerelease+meta"_s,
            u"1.1.2+meta"_s,
            u"1.1.2+meta-valid"_s,
            u"1.0.0-alpha"_s,
            u"1.0.0-beta"_s,
            u"1.0.0-alpha.beta"_s,
            u"1.0.0-alpha.beta.1"_s,
            u"1.0.0-alpha.1"_s,
            u"1.0.0-alpha0.valid"_s,
            u"1.0.0-alpha.0valid"_s,
            u"1.0.0-alpha-a.b-c-somethinglong+build.1-aef.1-its-okay"_s,
            u"1.0.0-rc.1+build.1"_s,
            u"2.0.0-rc.1+build.123"_s,
            u"1.2.3-beta"_s,
            u"10.2.3-DEV-SNAPSHOT"_s,
            u"1.2.3-SNAPSHOT-123"_s,
            u"1.0.0"_s,
            u"2.0.0"_s,
            u"1.1.7"_s,
            u"2.0.0+build.1848"_s,
            u"2.0.1-alpha.1227"_s,
            u"1.0.0-alpha+beta"_s,
            u"1.2.3----RC-SNAPSHOT.12.9.1--.12+788"_s,
            u"1.2.3----R-S.12.9.1--.12+meta"_s,
            u"1.2.3----RC-SNAPSHOT.12.9.1--.12"_s,
            u"1.0.0+0.build.1-rc.10000aaa-kk-0.1"_s,
            u"18446744073709551615.18446744073709551615.18446744073709551615"_s,
            u"1.0.0-0A.is.legal"_s,
            u"1.0.0-rc1"_s,
        };
        for (const QString &v : valid) {
            QTest::newRow(qPrintable(v)) << v;
        }
    }

    void accepts()
    {
        QFETCH(QString, input);
        QString error;
        const auto v = SemVerVersion::parse(input, &error);
        QVERIFY2(v, qPrintable(error));
        QCOMPARE(v->toString(), input);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("hint");
        const QList<std::pair<QString, QString>> invalid{
            {u"1"_s, u"exactly MAJOR.MINOR.PATCH"_s},
            {u"1.2"_s, u"exactly MAJOR.MINOR.PATCH"_s},
            {u"1.2.3.4"_s, u"exactly MAJOR.MINOR.PATCH"_s},
            {u"1.2.3-0123"_s, u"leading zero in a numeric identifier"_s},
            {u"1.2.3-0123.0123"_s, u"leading zero"_s},
            {u"1.1.2+.123"_s, u"no empty identifier"_s},
            {u"+invalid"_s, u"exactly MAJOR.MINOR.PATCH"_s},
            {u"-invalid"_s, u"MAJOR.MINOR.PATCH"_s},
            {u"-invalid+invalid"_s, u"MAJOR.MINOR.PATCH"_s},
            {u"alpha"_s, u"MAJOR.MINOR.PATCH"_s},
            {u"1.0.0-alpha_beta"_s, u"identifiers of [0-9A-Za-z-]"_s},
            {u"1.0.0-alpha.."_s, u"no empty identifier"_s},
            {u"1.0.0-alpha..1"_s, u"no empty identifier"_s},
            {u"01.1.1"_s, u"leading zeros"_s},
            {u"1.01.1"_s, u"leading zeros"_s},
            {u"1.1.01"_s, u"leading zeros"_s},
            {u"1.2.3.DEV"_s, u"MAJOR.MINOR.PATCH"_s},
            {u"1.2-SNAPSHOT"_s, u"MAJOR.MINOR.PATCH"_s},
            {u"1.2.31.2.3----RC-SNAPSHOT.12.09.1--..12+788"_s, u"MAJOR.MINOR.PATCH"_s},
            {u"+justmeta"_s, u"MAJOR.MINOR.PATCH"_s},
            {u"9.8.7+meta+meta"_s, u"identifiers"_s},
            {u"9.8.7-whatever+meta+meta"_s, u"identifiers"_s},
            {u"v1.2.3"_s, u"no 'v' prefix: write '1.2.3'"_s},
            {u"1.2.3rc1"_s, u"identifiers"_s},
            {u" 1.2.3"_s, u"MAJOR.MINOR.PATCH"_s},
            {u"18446744073709551616.0.0"_s, u"version segment too large: the major number has 20 digits"_s},
            {u"0.18446744073709551616.0"_s, u"version segment too large: the minor number"_s},
            {u"0.0.18446744073709551616"_s, u"version segment too large: the patch number"_s},
        };
        for (const auto &[input, hint] : invalid) {
            QTest::newRow(qPrintable(u"<%1>"_s.arg(input))) << input << hint;
        }
    }

    void rejects()
    {
        QFETCH(QString, input);
        QFETCH(QString, hint);
        QString error;
        QVERIFY(!SemVerVersion::parse(input, &error));
        QVERIFY2(error.contains(hint), qPrintable(error));
    }

    void precedenceFollowsTheSpecification()
    {
        // SemVer §11's own examples, strictly increasing.
        const QStringList order{
            u"1.0.0-alpha"_s, u"1.0.0-alpha.1"_s, u"1.0.0-alpha.beta"_s,
            u"1.0.0-beta"_s,  u"1.0.0-beta.2"_s,  u"1.0.0-beta.11"_s,
            u"1.0.0-rc.1"_s,  u"1.0.0"_s,         u"1.0.1"_s,
            u"1.1.0"_s,       u"1.9.0"_s,         u"1.10.0"_s,
            u"2.0.0-0"_s,     u"2.0.0-1"_s,       u"2.0.0-10"_s,
            u"2.0.0-A"_s,     u"2.0.0-a"_s,       u"2.0.0"_s,
            u"2.1.0"_s,       u"2.1.1"_s,         u"18446744073709551615.0.0"_s,
        };
        for (qsizetype i = 0; i < order.size(); ++i) {
            for (qsizetype j = i + 1; j < order.size(); ++j) {
                const auto a = SemVerVersion::parse(order.at(i));
                const auto b = SemVerVersion::parse(order.at(j));
                QVERIFY(a && b);
                QVERIFY2(SemVerVersion::compare(*a, *b) == -1, qPrintable(order.at(i) + u" < "_s + order.at(j)));
                QVERIFY2(SemVerVersion::compare(*b, *a) == 1, qPrintable(order.at(j) + u" > "_s + order.at(i)));
            }
        }
    }

    void buildMetadataIsIgnored()
    {
        const auto a = SemVerVersion::parse(u"1.0.0+build.1"_s);
        const auto b = SemVerVersion::parse(u"1.0.0+build.2"_s);
        const auto c = SemVerVersion::parse(u"1.0.0-rc.1+zzz"_s);
        QVERIFY(a && b && c);
        QCOMPARE(SemVerVersion::compare(*a, *b), 0);
        QVERIFY(*a == *b);
        QCOMPARE(SemVerVersion::compare(*c, *a), -1);
        QCOMPARE(a->build(), (QStringList{u"build"_s, u"1"_s}));
        QCOMPARE(c->prerelease(), (QStringList{u"rc"_s, u"1"_s}));
        QVERIFY(c->isPrerelease());
        QVERIFY(!a->isPrerelease());
        QCOMPARE(a->major(), 1u);
        QCOMPARE(a->minor(), 0u);
        QCOMPARE(a->patch(), 0u);
    }
};

QTEST_GUILESS_MAIN(TestSemVerVersion)
#include "tst_semverversion.moc"
