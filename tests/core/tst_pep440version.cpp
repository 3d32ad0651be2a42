// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pep440version.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using ra::Pep440Version;

namespace {

// The ordering list of packaging's test suite (tests/test_version.py, VERSIONS), strictly increasing.
const QStringList &canonicalOrder()
{
    static const QStringList order = [] {
        const QStringList within{
            u"1.0.dev456"_s,
            u"1.0a1"_s,
            u"1.0a2.dev456"_s,
            u"1.0a12.dev456"_s,
            u"1.0a12"_s,
            u"1.0b1.dev456"_s,
            u"1.0b2"_s,
            u"1.0b2.post345.dev456"_s,
            u"1.0b2.post345"_s,
            u"1.0b2-346"_s,
            u"1.0c1.dev456"_s,
            u"1.0c1"_s,
            u"1.0rc2"_s,
            u"1.0c3"_s,
            u"1.0"_s,
            u"1.0.post456.dev34"_s,
            u"1.0.post456"_s,
            u"1.1.dev1"_s,
            u"1.2+123abc"_s,
            u"1.2+123abc456"_s,
            u"1.2+abc"_s,
            u"1.2+abc123"_s,
            u"1.2+abc123def"_s,
            u"1.2+1234.abc"_s,
            u"1.2+123456"_s,
            u"1.2.r32+123456"_s,
            u"1.2.rev33+123456"_s,
        };
        QStringList all = within;
        for (const QString &v : within) {
            all.append(u"1!"_s + v);
        }
        return all;
    }();
    return order;
}

} // namespace

class TestPep440Version : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalizes_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalized");
        const QList<std::pair<QString, QString>> rows{
            // release segments, epochs, leading zeros, prefix and whitespace
            {u"1"_s, u"1"_s},
            {u"1.2.3.4.5.6"_s, u"1.2.3.4.5.6"_s},
            {u"01.02.003"_s, u"1.2.3"_s},
            {u"v1.0"_s, u"1.0"_s},
            {u"V1.0"_s, u"1.0"_s},
            {u"  1.0\n"_s, u"1.0"_s},
            {u"1!2.0"_s, u"1!2.0"_s},
            {u"0!1.0"_s, u"1.0"_s},
            {u"007!1.0"_s, u"7!1.0"_s},
            // pre-releases: every spelling, separator and implicit number
            {u"1.0a1"_s, u"1.0a1"_s},
            {u"1.0a"_s, u"1.0a0"_s},
            {u"1.0.a1"_s, u"1.0a1"_s},
            {u"1.0-a1"_s, u"1.0a1"_s},
            {u"1.0_a1"_s, u"1.0a1"_s},
            {u"1.0alpha1"_s, u"1.0a1"_s},
            {u"1.0ALPHA1"_s, u"1.0a1"_s},
            {u"1.0.alpha.1"_s, u"1.0a1"_s},
            {u"1.0-alpha-1"_s, u"1.0a1"_s},
            {u"1.0_alpha_1"_s, u"1.0a1"_s},
            {u"1.0b2"_s, u"1.0b2"_s},
            {u"1.0beta2"_s, u"1.0b2"_s},
            {u"1.0-beta"_s, u"1.0b0"_s},
            {u"1.0c1"_s, u"1.0rc1"_s},
            {u"1.0-c"_s, u"1.0rc0"_s},
            {u"1.0pre1"_s, u"1.0rc1"_s},
            {u"1.0preview1"_s, u"1.0rc1"_s},
            {u"1.0.preview.2"_s, u"1.0rc2"_s},
            {u"1.0rc"_s, u"1.0rc0"_s},
            {u"1.0RC1"_s, u"1.0rc1"_s},
            {u"1.0-rc1"_s, u"1.0rc1"_s},
            {u"1.0.rc.01"_s, u"1.0rc1"_s},
            // post-releases, including the implicit "-N" form
            {u"1.0post"_s, u"1.0.post0"_s},
            {u"1.0.post1"_s, u"1.0.post1"_s},
            {u"1.0-post1"_s, u"1.0.post1"_s},
            {u"1.0_post_1"_s, u"1.0.post1"_s},
            {u"1.0post1"_s, u"1.0.post1"_s},
            {u"1.0-1"_s, u"1.0.post1"_s},
            {u"1.0r1"_s, u"1.0.post1"_s},
            {u"1.0.rev1"_s, u"1.0.post1"_s},
            {u"1.0-r"_s, u"1.0.post0"_s},
            // dev releases
            {u"1.0dev"_s, u"1.0.dev0"_s},
            {u"1.0.dev"_s, u"1.0.dev0"_s},
            {u"1.0dev1"_s, u"1.0.dev1"_s},
            {u"1.0-dev"_s, u"1.0.dev0"_s},
            {u"1.0_dev_2"_s, u"1.0.dev2"_s},
            {u"1.0DEV3"_s, u"1.0.dev3"_s},
            // everything at once
            {u"1.0a1.post2.dev3"_s, u"1.0a1.post2.dev3"_s},
            {u"v2!1.0-ALPHA_1-2.DEV-3+Ubuntu-01.x"_s, u"2!1.0a1.post2.dev3+ubuntu.1.x"_s},
            // local labels
            {u"1.0+ubuntu-1"_s, u"1.0+ubuntu.1"_s},
            {u"1.0+UBUNTU_01"_s, u"1.0+ubuntu.1"_s},
            {u"1.0+abc.5"_s, u"1.0+abc.5"_s},
            {u"1.0+0"_s, u"1.0+0"_s},
            // aleph-vm's own spellings (reference facts §4.3)
            {u"1.0.0-rc1"_s, u"1.0.0rc1"_s},
            {u"1.10.0-dev"_s, u"1.10.0.dev0"_s},
            {u"0.1.6-1"_s, u"0.1.6.post1"_s},
            {u"0.4.0a1"_s, u"0.4.0a1"_s},
            {u"0.4.0b1"_s, u"0.4.0b1"_s},
        };
        for (const auto &[input, normalized] : rows) {
            QTest::newRow(qPrintable(input.trimmed())) << input << normalized;
        }
    }

    void normalizes()
    {
        QFETCH(QString, input);
        QFETCH(QString, normalized);
        QString error;
        const auto version = Pep440Version::parse(input, &error);
        QVERIFY2(version, qPrintable(error));
        QCOMPARE(version->normalized(), normalized);
        // The canonical form is a fixed point and names the same version.
        const auto again = Pep440Version::parse(normalized);
        QVERIFY(again);
        QCOMPARE(again->normalized(), normalized);
        QCOMPARE(Pep440Version::compare(*version, *again), 0);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("message");
        const QList<std::pair<QString, QString>> rows{
            {u""_s, u"is not a PEP 440 version"_s},
            {u"french toast"_s, u"expected [N!]N(.N)*"_s},
            {u"list"_s, u"is not a PEP 440 version"_s},
            {u"rm"_s, u"is not a PEP 440 version"_s},
            {u"1.14.0-3-g6da21a3a"_s, u"'git describe' name of an untagged build"_s},
            {u"1.0."_s, u"is not a PEP 440 version"_s},
            {u".1.0"_s, u"is not a PEP 440 version"_s},
            {u"1..0"_s, u"is not a PEP 440 version"_s},
            {u"1.0-"_s, u"is not a PEP 440 version"_s},
            {u"1.0+"_s, u"is not a PEP 440 version"_s},
            {u"1.0+a+b"_s, u"is not a PEP 440 version"_s},
            {u"1.0+a..b"_s, u"is not a PEP 440 version"_s},
            {u"1.0+ub untu"_s, u"is not a PEP 440 version"_s},
            {u"1!"_s, u"is not a PEP 440 version"_s},
            {u"!1.0"_s, u"is not a PEP 440 version"_s},
            {u"1.0.post1.post2"_s, u"is not a PEP 440 version"_s},
            {u"1.0dev1a1"_s, u"is not a PEP 440 version"_s},
            {u"1.0a1b1"_s, u"is not a PEP 440 version"_s},
            {u"1.0-1-1"_s, u"is not a PEP 440 version"_s},
            {u"1.0gamma1"_s, u"is not a PEP 440 version"_s},
            {u"vv1.0"_s, u"is not a PEP 440 version"_s},
            {u"1.0 1.0"_s, u"is not a PEP 440 version"_s},
            {u"１.０"_s, u"is not a PEP 440 version"_s},
            {u"99999999999999999999.0"_s, u"version segment too large: the major number has 20 digits"_s},
            {u"1.99999999999999999999"_s, u"version segment too large: the minor number has 20 digits"_s},
            {u"1.0.9223372036854775808"_s, u"version segment too large: the patch number has 19 digits"_s},
            {u"1.0.0.9223372036854775808"_s, u"version segment too large: release segment 4 has 19 digits"_s},
            {u"1.0rc99999999999999999999"_s, u"version segment too large: the pre-release number"_s},
            {u"1.0.post99999999999999999999"_s, u"version segment too large: the post-release number"_s},
            {u"1.0-99999999999999999999"_s, u"version segment too large: the post-release number"_s},
            {u"1.0.dev99999999999999999999"_s, u"version segment too large: the dev-release number"_s},
            {u"99999999999999999999!1.0"_s, u"version segment too large: the epoch"_s},
            {u"1.%1"_s.arg(QString(60, u'9')), u"the minor number has 60 digits"_s},
        };
        for (const auto &[input, message] : rows) {
            QTest::newRow(qPrintable(u"<%1>"_s.arg(input))) << input << message;
        }
    }

    void rejects()
    {
        QFETCH(QString, input);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!Pep440Version::parse(input, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY2(error.contains(u'\'' + input + u'\''), qPrintable(error));
    }

    void canonicalOrderIsStrictlyIncreasing()
    {
        const QStringList &order = canonicalOrder();
        QList<Pep440Version> versions;
        for (const QString &text : order) {
            const auto v = Pep440Version::parse(text);
            QVERIFY2(v, qPrintable(text));
            versions.append(*v);
        }
        for (qsizetype i = 0; i < versions.size(); ++i) {
            QCOMPARE(Pep440Version::compare(versions.at(i), versions.at(i)), 0);
            for (qsizetype j = i + 1; j < versions.size(); ++j) {
                QVERIFY2(Pep440Version::compare(versions.at(i), versions.at(j)) == -1,
                         qPrintable(order.at(i) + u" < "_s + order.at(j)));
                QVERIFY2(Pep440Version::compare(versions.at(j), versions.at(i)) == 1,
                         qPrintable(order.at(j) + u" > "_s + order.at(i)));
                QVERIFY(versions.at(i) < versions.at(j));
            }
        }
    }

    void shuffledCanonicalOrderSortsBack()
    {
        QList<Pep440Version> versions;
        for (const QString &text : canonicalOrder()) {
            versions.append(*Pep440Version::parse(text));
        }
        QRandomGenerator random(440);
        for (int round = 0; round < 20; ++round) {
            QList<Pep440Version> shuffled = versions;
            std::shuffle(shuffled.begin(), shuffled.end(), random);
            std::sort(shuffled.begin(), shuffled.end());
            QStringList texts;
            for (const auto &v : shuffled) {
                texts.append(v.normalized());
            }
            QStringList expected;
            for (const auto &v : versions) {
                expected.append(v.normalized());
            }
            QCOMPARE(texts, expected);
        }
    }

    void equalities_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("trailing zeros") << u"1.0"_s << u"1.0.0.0"_s;
        QTest::newRow("implicit epoch") << u"0!1.0"_s << u"1.0"_s;
        QTest::newRow("spellings") << u"1.0-RC-1"_s << u"1.0c1"_s;
        QTest::newRow("implicit post") << u"1.0-1"_s << u"1.0.post1"_s;
        QTest::newRow("local numeric zeros") << u"1.0+01"_s << u"1.0+1"_s;
        QTest::newRow("local separators") << u"1.0+a-b_c"_s << u"1.0+a.b.c"_s;
        QTest::newRow("leading zeros") << u"1.01"_s << u"1.1"_s;
    }

    void equalities()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QCOMPARE(Pep440Version::compare(*Pep440Version::parse(a), *Pep440Version::parse(b)), 0);
        QVERIFY(*Pep440Version::parse(a) == *Pep440Version::parse(b));
    }

    void orderings_data()
    {
        QTest::addColumn<QString>("lower");
        QTest::addColumn<QString>("higher");
        QTest::newRow("epoch beats release") << u"2.0"_s << u"1!1.0"_s;
        QTest::newRow("numeric not lexical") << u"1.9"_s << u"1.10"_s;
        QTest::newRow("longer release") << u"1.0"_s << u"1.0.1"_s;
        QTest::newRow("dev of final before alpha") << u"1.0.dev1"_s << u"1.0a1"_s;
        QTest::newRow("dev of pre before pre") << u"1.0a1.dev1"_s << u"1.0a1"_s;
        QTest::newRow("alpha before beta") << u"1.0a9"_s << u"1.0b1"_s;
        QTest::newRow("beta before rc") << u"1.0b9"_s << u"1.0rc1"_s;
        QTest::newRow("rc before final") << u"1.0rc9"_s << u"1.0"_s;
        QTest::newRow("final before post") << u"1.0"_s << u"1.0.post0"_s;
        QTest::newRow("post dev before post") << u"1.0.post1.dev1"_s << u"1.0.post1"_s;
        QTest::newRow("pre post before next pre") << u"1.0a1.post5"_s << u"1.0a2"_s;
        QTest::newRow("public before local") << u"1.0"_s << u"1.0+0"_s;
        QTest::newRow("local text before number") << u"1.0+abc"_s << u"1.0+1"_s;
        QTest::newRow("local prefix shorter") << u"1.0+abc"_s << u"1.0+abc.1"_s;
        QTest::newRow("local huge numbers") << u"1.0+99999999999999999999"_s << u"1.0+100000000000000000000"_s;
        QTest::newRow("post before next dev") << u"1.0.post9"_s << u"1.1.dev0"_s;
        QTest::newRow("aleph rc") << u"1.9.1-rc1"_s << u"1.9.1"_s;
        QTest::newRow("aleph dev") << u"1.10.0-dev"_s << u"1.10.0"_s;
        QTest::newRow("aleph post") << u"0.1.6"_s << u"0.1.6-1"_s;
        QTest::newRow("aleph alpha") << u"0.4.0a4"_s << u"0.4.0b1"_s;
    }

    void orderings()
    {
        QFETCH(QString, lower);
        QFETCH(QString, higher);
        const auto a = Pep440Version::parse(lower);
        const auto b = Pep440Version::parse(higher);
        QVERIFY(a && b);
        QCOMPARE(Pep440Version::compare(*a, *b), -1);
        QCOMPARE(Pep440Version::compare(*b, *a), 1);
        QVERIFY(*a < *b);
    }

    void classifies_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("prerelease");
        QTest::addColumn<bool>("post");
        QTest::addColumn<bool>("dev");
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("publicVersion");
        QTest::newRow("final") << u"1.2.3"_s << false << false << false << u"1.2.3"_s << u"1.2.3"_s;
        QTest::newRow("rc") << u"1.2.3-rc1"_s << true << false << false << u"1.2.3"_s << u"1.2.3rc1"_s;
        QTest::newRow("dev") << u"1.2.dev0"_s << true << false << true << u"1.2"_s << u"1.2.dev0"_s;
        QTest::newRow("post") << u"1.2.post1"_s << false << true << false << u"1.2"_s << u"1.2.post1"_s;
        QTest::newRow("post dev") << u"1!1.2.post1.dev2+x"_s << true << true << true << u"1!1.2"_s
                                  << u"1!1.2.post1.dev2"_s;
    }

    void classifies()
    {
        QFETCH(QString, input);
        QFETCH(bool, prerelease);
        QFETCH(bool, post);
        QFETCH(bool, dev);
        QFETCH(QString, base);
        QFETCH(QString, publicVersion);
        const auto v = Pep440Version::parse(input);
        QVERIFY(v);
        QCOMPARE(v->isPrerelease(), prerelease);
        QCOMPARE(v->isPostRelease(), post);
        QCOMPARE(v->isDevRelease(), dev);
        QCOMPARE(v->baseVersion(), base);
        QCOMPARE(v->publicVersion(), publicVersion);
    }

    void exposesParts()
    {
        const auto v = Pep440Version::parse(u"3!1.2.3.4rc5.post6.dev7+Local.9"_s);
        QVERIFY(v);
        QCOMPARE(v->epoch(), 3);
        QCOMPARE(v->release(), (QList<qint64>{1, 2, 3, 4}));
        QCOMPARE(v->releaseSegment(3), 4);
        QCOMPARE(v->releaseSegment(7), 0);
        QVERIFY(v->pre());
        QCOMPARE(v->pre()->kind, Pep440Version::PreKind::ReleaseCandidate);
        QCOMPARE(v->pre()->number, 5);
        QCOMPARE(*v->post(), 6);
        QCOMPARE(*v->dev(), 7);
        QCOMPARE(v->local(), (QStringList{u"local"_s, u"9"_s}));
        QCOMPARE(v->withoutLocal().normalized(), u"3!1.2.3.4rc5.post6.dev7"_s);
        QCOMPARE(v->withPre(std::nullopt).withPost(std::nullopt).withDev(std::nullopt).normalized(),
                 u"3!1.2.3.4+local.9"_s);
        QCOMPARE(Pep440Version::fromRelease({2, 0, 1}).normalized(), u"2.0.1"_s);
        QCOMPARE(v->withRelease({}).baseVersion(), u"3!0"_s);
    }
};

QTEST_GUILESS_MAIN(TestPep440Version)
#include "tst_pep440version.moc"
