// SPDX-License-Identifier: GPL-3.0-or-later
// The digest an approval is bound to: any change to the version, the notes or an asset changes it; the
// order GitHub lists assets in and CRLF line ends (web edits) do not.
#include "review/reviewsubject.h"

#include <QTest>

using namespace Qt::StringLiterals;
using ra::review::ReviewSubject;

class TestReviewSubject : public QObject
{
    Q_OBJECT

private:
    static ReviewSubject base()
    {
        return {u"1.15.0"_s,
                u"# 1.15.0\n\n- Fixed the cache (#701)\n"_s,
                {{u"aleph-vm.debian-12.deb"_s, QString(64, u'a'), 1000},
                 {u"aleph-vm.ubuntu-24.04.deb"_s, QString(64, u'b'), 2000}}};
    }

private Q_SLOTS:
    void digestIsSha256OfTheCanonicalForm()
    {
        const QString digest = base().digest();
        QVERIFY(ra::review::isDigest(digest));
        QCOMPARE(digest, base().digest());
        QVERIFY(base().canonicalForm().startsWith("release-assistant approval subject v1\n"));
    }

    void everyFieldChangesTheDigest_data()
    {
        QTest::addColumn<int>("field");
        QTest::newRow("one character of the notes") << 0;
        QTest::newRow("trailing newline of the notes") << 1;
        QTest::newRow("tag") << 2;
        QTest::newRow("asset sha256") << 3;
        QTest::newRow("asset size") << 4;
        QTest::newRow("asset name") << 5;
        QTest::newRow("asset removed") << 6;
        QTest::newRow("asset added") << 7;
    }

    void everyFieldChangesTheDigest()
    {
        QFETCH(int, field);
        ReviewSubject changed = base();
        switch (field) {
        case 0:
            changed.notes.replace(u"cache"_s, u"Cache"_s);
            break;
        case 1:
            changed.notes.chop(1);
            break;
        case 2:
            changed.tag = u"1.15.0-rc1"_s;
            break;
        case 3:
            changed.assets[0].sha256[5] = u'c';
            break;
        case 4:
            changed.assets[1].size += 1;
            break;
        case 5:
            changed.assets[0].name = u"aleph-vm.debian-13.deb"_s;
            break;
        case 6:
            changed.assets.removeLast();
            break;
        default:
            changed.assets.append({u"SHA256SUMS"_s, QString(64, u'd'), 10});
        }
        QVERIFY(changed.digest() != base().digest());
    }

    void assetOrderAndCrlfDoNotChangeIt()
    {
        ReviewSubject other = base();
        std::swap(other.assets[0], other.assets[1]);
        other.notes.replace(u"\n"_s, u"\r\n"_s);
        other.assets[0].sha256 = other.assets[0].sha256.toUpper();
        QCOMPARE(other.digest(), base().digest());
    }

    void fieldsCannotBleedIntoEachOther()
    {
        // Without length prefixes these two would hash the same text.
        ReviewSubject a{u"1.0"_s, u"x"_s, {}};
        ReviewSubject b{u"1.0x"_s, QString(), {}};
        QVERIFY(a.digest() != b.digest());
        ReviewSubject c{u"1"_s, {}, {{u"a"_s, {}, 1}}};
        ReviewSubject d{u"1"_s, {}, {{u"a"_s, {}, 11}}};
        QVERIFY(c.digest() != d.digest());
    }

    void isDigestChecksTheForm_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("valid") << u"sha256:"_s + QString(64, u'0') << true;
        QTest::newRow("upper case") << u"sha256:"_s + QString(64, u'A') << false;
        QTest::newRow("short") << u"sha256:"_s + QString(63, u'0') << false;
        QTest::newRow("no prefix") << QString(64, u'0') << false;
        QTest::newRow("other algorithm") << u"sha1:"_s + QString(40, u'0') << false;
    }

    void isDigestChecksTheForm()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(ra::review::isDigest(text), valid);
    }
};

QTEST_GUILESS_MAIN(TestReviewSubject)
#include "tst_reviewsubject.moc"
