// SPDX-License-Identifier: GPL-3.0-or-later
// Publish flags: every pre-release is flagged and never latest; a final release is latest only when no
// published final release is newer (publishing a 1.14.x fix after 1.15.0 must not move "latest" back).
#include "review/publishflags.h"

#include <QTest>

using namespace Qt::StringLiterals;
using ra::VersionScheme;
using ra::review::PublishFlags;

class TestPublishFlags : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decides_data()
    {
        QTest::addColumn<int>("scheme");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QStringList>("published");
        QTest::addColumn<bool>("prerelease");
        QTest::addColumn<QString>("latest");
        const int pep = int(VersionScheme::Pep440);
        const int sem = int(VersionScheme::SemVer);
        QTest::newRow("newest final") << pep << u"1.15.0"_s << QStringList{u"1.14.2"_s, u"1.9.0"_s} << false
                                      << u"true"_s;
        QTest::newRow("first release") << pep << u"1.0.0"_s << QStringList{} << false << u"true"_s;
        QTest::newRow("rc with hyphen") << pep << u"1.15.0-rc1"_s << QStringList{u"1.14.2"_s} << true << u"false"_s;
        QTest::newRow("alpha") << pep << u"0.4.0a1"_s << QStringList{} << true << u"false"_s;
        QTest::newRow("dev release") << pep << u"1.10.0.dev1"_s << QStringList{} << true << u"false"_s;
        QTest::newRow("older maintenance final")
            << pep << u"1.14.3"_s << QStringList{u"1.15.0"_s, u"1.14.2"_s} << false << u"false"_s;
        QTest::newRow("newer published rc does not count")
            << pep << u"1.15.0"_s << QStringList{u"1.16.0-rc1"_s} << false << u"true"_s;
        QTest::newRow("unparsable published tag ignored")
            << pep << u"1.15.0"_s << QStringList{u"list"_s, u"1.14.0"_s} << false << u"true"_s;
        QTest::newRow("same version other spelling")
            << pep << u"1.15.0"_s << QStringList{u"1.15"_s} << false << u"false"_s;
        QTest::newRow("semver v-prefixed") << sem << u"v2.1.0"_s << QStringList{u"v2.0.9"_s} << false << u"true"_s;
        QTest::newRow("semver prerelease")
            << sem << u"v2.1.0-beta.1"_s << QStringList{u"v2.0.9"_s} << true << u"false"_s;
        QTest::newRow("semver older") << sem << u"2.0.10"_s << QStringList{u"2.1.0"_s} << false << u"false"_s;
    }

    void decides()
    {
        QFETCH(int, scheme);
        QFETCH(QString, tag);
        QFETCH(QStringList, published);
        QFETCH(bool, prerelease);
        QFETCH(QString, latest);
        QString error;
        const auto flags = PublishFlags::decide(VersionScheme(scheme), tag, published, &error);
        QVERIFY2(flags, qPrintable(error));
        QCOMPARE(flags->prerelease, prerelease);
        QCOMPARE(flags->makeLatest, latest);
        QVERIFY(flags->explanation.contains(tag));
    }

    void refusesATagThatIsNoVersion()
    {
        QString error;
        QVERIFY(!PublishFlags::decide(VersionScheme::Pep440, u"not-a-version"_s, {}, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPublishFlags)
#include "tst_publishflags.moc"
