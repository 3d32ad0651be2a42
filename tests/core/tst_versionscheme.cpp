// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/versionscheme.h"

#include "versioncorpus.h"

#include <QHash>
#include <QTest>

using namespace Qt::StringLiterals;
using ra::VersionScheme;

class TestVersionScheme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void schemeKeys()
    {
        QCOMPARE(ra::schemeKey(VersionScheme::Pep440), u"pep440"_s);
        QCOMPARE(ra::schemeKey(VersionScheme::SemVer), u"semver"_s);
        QCOMPARE(ra::schemeFromKey(u"semver"_s), VersionScheme::SemVer);
        QCOMPARE(ra::schemeFromKey(u"pep440"_s), VersionScheme::Pep440);
        QVERIFY(!ra::schemeFromKey(u"PEP440"_s));
    }

    void normalizesPerScheme()
    {
        QCOMPARE(*ra::normalizeVersion(VersionScheme::Pep440, u"1.0.0-RC1"_s), u"1.0.0rc1"_s);
        QCOMPARE(*ra::normalizeVersion(VersionScheme::SemVer, u"1.0.0-RC1+b"_s), u"1.0.0-RC1+b"_s);
        QString error;
        QVERIFY(!ra::normalizeVersion(VersionScheme::SemVer, u"1.0"_s, &error));
        QVERIFY(error.contains(u"SemVer"_s));
    }

    void comparesPerScheme()
    {
        // The schemes disagree on purpose: for SemVer, "rc1" is text and sorts after "alpha.2" but "rc.10"
        // before "rc.9" only numerically.
        QCOMPARE(*ra::compareVersions(VersionScheme::Pep440, u"1.0.0-rc1"_s, u"1.0.0"_s), -1);
        QCOMPARE(*ra::compareVersions(VersionScheme::SemVer, u"1.0.0-rc.9"_s, u"1.0.0-rc.10"_s), -1);
        QCOMPARE(*ra::compareVersions(VersionScheme::SemVer, u"1.0.0-rc9"_s, u"1.0.0-rc10"_s), 1);
        QCOMPARE(*ra::compareVersions(VersionScheme::Pep440, u"1.0.0rc9"_s, u"1.0.0rc10"_s), -1);
        QString error;
        QVERIFY(!ra::compareVersions(VersionScheme::Pep440, u"1.0"_s, u"nope"_s, &error));
        QVERIFY(error.contains(u"'nope'"_s));
    }

    void sortsHundredsOfMixedVersions()
    {
        for (quint32 seed : {1u, 2u, 3u}) {
            const auto corpus = ra::test::mixedPep440Versions(seed);
            QVERIFY(corpus.size() >= 400);
            QHash<QString, int> rank;
            QStringList input;
            for (const auto &entry : corpus) {
                rank.insert(entry.text, entry.rank);
                input.append(entry.text);
            }
            QString error;
            const auto sorted = ra::sortVersions(VersionScheme::Pep440, input, &error);
            QVERIFY2(sorted, qPrintable(error));
            QCOMPARE(sorted->size(), input.size());
            for (qsizetype i = 1; i < sorted->size(); ++i) {
                QVERIFY2(rank.value(sorted->at(i - 1)) <= rank.value(sorted->at(i)),
                         qPrintable(sorted->at(i - 1) + u" before "_s + sorted->at(i)));
            }
        }
    }

    void sortIsStableAndFailsOnInvalid()
    {
        QCOMPARE(*ra::sortVersions(VersionScheme::Pep440, {u"1.0.0"_s, u"1.0"_s, u"0.9"_s, u"1"_s}),
                 (QStringList{u"0.9"_s, u"1.0.0"_s, u"1.0"_s, u"1"_s}));
        QString error;
        QVERIFY(!ra::sortVersions(VersionScheme::Pep440, {u"1.0"_s, u"list"_s}, &error));
        QVERIFY(error.contains(u"'list'"_s));
        QCOMPARE(*ra::sortVersions(VersionScheme::SemVer, {u"1.0.0"_s, u"1.0.0-beta"_s, u"1.0.0-alpha"_s}),
                 (QStringList{u"1.0.0-alpha"_s, u"1.0.0-beta"_s, u"1.0.0"_s}));
    }
};

QTEST_GUILESS_MAIN(TestVersionScheme)
#include "tst_versionscheme.moc"
