// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tagspelling.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using ra::Pep440Version;
using ra::TagSpelling;

namespace {

QStringList alephVmTags()
{
    QFile file(QStringLiteral(RA_TEST_DATA_DIR "/aleph-vm-tags.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QStringList names;
    const QJsonArray tags = QJsonDocument::fromJson(file.readAll()).object().value(u"tags").toArray();
    for (const QJsonValue &tag : tags) {
        names.append(tag.toObject().value(u"name").toString());
    }
    return names;
}

} // namespace

class TestTagSpelling : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRealTagParsesExceptTheStrayOnes()
    {
        const QStringList tags = alephVmTags();
        QCOMPARE(tags.size(), 79);
        const TagSpelling spelling = TagSpelling::alephVm();
        QStringList unparsed;
        for (const QString &tag : tags) {
            QString error;
            if (!spelling.versionFromTag(tag, &error)) {
                unparsed.append(tag);
                QVERIFY2(error.contains(tag), qPrintable(error));
            }
        }
        QCOMPARE(unparsed, (QStringList{u"list"_s, u"rm"_s}));
    }

    void realTagsSortInPep440Order()
    {
        // aleph-vm's history in PEP 440 order, written out by hand from the reference facts (§4.2, §4.3):
        // rcs, alphas, betas and the one dev tag before their final, the "-1" post-release after it.
        const QStringList expected{
            u"0.1.0"_s,     u"0.1.1"_s,     u"0.1.2"_s,      u"0.1.3"_s,     u"0.1.4"_s,     u"0.1.5"_s,
            u"0.1.6"_s,     u"0.1.6-1"_s,   u"0.1.7"_s,      u"0.1.8"_s,     u"0.1.9"_s,     u"0.1.10"_s,
            u"0.2.0-rc1"_s, u"0.2.0-rc2"_s, u"0.2.0"_s,      u"0.2.1-rc1"_s, u"0.2.1-rc2"_s, u"0.2.1"_s,
            u"0.2.2"_s,     u"0.2.3"_s,     u"0.2.4"_s,      u"0.2.5"_s,     u"0.2.6"_s,     u"0.2.7"_s,
            u"0.2.8"_s,     u"0.2.9-rc1"_s, u"0.3.0-rc1"_s,  u"0.3.0"_s,     u"0.3.1-rc1"_s, u"0.3.1"_s,
            u"0.3.2"_s,     u"0.4.0a1"_s,   u"0.4.0a2"_s,    u"0.4.0a3"_s,   u"0.4.0a4"_s,   u"0.4.0b1"_s,
            u"0.4.0-rc1"_s, u"0.4.0"_s,     u"0.4.1a1"_s,    u"0.4.1a2"_s,   u"0.4.1"_s,     u"0.5.1-rc1"_s,
            u"1.0.0-rc1"_s, u"1.0.0"_s,     u"1.0.1"_s,      u"1.1.0"_s,     u"1.2.0"_s,     u"1.3.0"_s,
            u"1.3.1-rc1"_s, u"1.3.1"_s,     u"1.4.0-rc1"_s,  u"1.4.0"_s,     u"1.4.1"_s,     u"1.4.2"_s,
            u"1.5.0-rc1"_s, u"1.5.0"_s,     u"1.5.1"_s,      u"1.6.0-rc1"_s, u"1.6.0"_s,     u"1.7.0"_s,
            u"1.7.1"_s,     u"1.7.2"_s,     u"1.8.0"_s,      u"1.8.1"_s,     u"1.9.0-rc1"_s, u"1.9.0"_s,
            u"1.9.1-rc1"_s, u"1.9.1"_s,     u"1.10.0-dev"_s, u"1.10.0"_s,    u"1.11.0"_s,    u"1.11.1"_s,
            u"1.11.2"_s,    u"1.11.3"_s,    u"1.12.0"_s,     u"1.13.0"_s,    u"1.14.0"_s,
        };
        const TagSpelling spelling = TagSpelling::alephVm();
        QList<std::pair<Pep440Version, QString>> versions;
        for (const QString &tag : alephVmTags()) {
            if (const auto v = spelling.versionFromTag(tag)) {
                versions.append({*v, tag});
            }
        }
        std::stable_sort(versions.begin(), versions.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        QStringList sorted;
        for (const auto &entry : versions) {
            sorted.append(entry.second);
        }
        QCOMPARE(sorted, expected);
        // Strictly increasing: no two real tags name the same version.
        for (qsizetype i = 1; i < versions.size(); ++i) {
            QVERIFY(versions.at(i - 1).first < versions.at(i).first);
        }
    }

    void realTagsFollowOrBreakTheSpelling_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<bool>("canonical");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("final") << u"1.14.0"_s << true << u"1.14.0"_s;
        QTest::newRow("rc") << u"1.9.1-rc1"_s << true << u"1.9.1rc1"_s;
        QTest::newRow("alpha") << u"0.4.0a1"_s << false << u"0.4.0a1"_s;
        QTest::newRow("beta") << u"0.4.0b1"_s << false << u"0.4.0b1"_s;
        QTest::newRow("dev") << u"1.10.0-dev"_s << false << u"1.10.0.dev0"_s;
        QTest::newRow("post") << u"0.1.6-1"_s << false << u"0.1.6.post1"_s;
        QTest::newRow("compact rc") << u"1.0.0rc1"_s << false << u"1.0.0rc1"_s;
        QTest::newRow("v prefix") << u"v1.0.0"_s << false << u"1.0.0"_s;
        QTest::newRow("two segments") << u"1.0"_s << false << u"1.0"_s;
        QTest::newRow("upper case") << u"1.0.0-RC1"_s << false << u"1.0.0rc1"_s;
    }

    void realTagsFollowOrBreakTheSpelling()
    {
        QFETCH(QString, tag);
        QFETCH(bool, canonical);
        QFETCH(QString, normalized);
        const TagSpelling spelling = TagSpelling::alephVm();
        QCOMPARE(spelling.isCanonical(tag), canonical);
        const auto v = spelling.versionFromTag(tag);
        QVERIFY(v);
        QCOMPARE(v->normalized(), normalized);
    }

    void mapsVersionsToTags_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("error");
        QTest::newRow("final") << u"1.15.0"_s << u"1.15.0"_s << QString();
        QTest::newRow("rc") << u"1.15.0rc2"_s << u"1.15.0-rc2"_s << QString();
        QTest::newRow("rc spelled c") << u"2.0.0c1"_s << u"2.0.0-rc1"_s << QString();
        QTest::newRow("alpha") << u"1.0.0a1"_s << QString() << u"'a' pre-releases are not tagged here"_s;
        QTest::newRow("dev") << u"1.0.0.dev1"_s << QString() << u"dev releases are not tagged"_s;
        QTest::newRow("post") << u"1.0.0.post1"_s << QString() << u"post-releases are not tagged"_s;
        QTest::newRow("local") << u"1.0.0+x"_s << QString() << u"local label"_s;
        QTest::newRow("epoch") << u"1!1.0.0"_s << QString() << u"no epoch"_s;
        QTest::newRow("short") << u"1.0"_s << QString() << u"exactly 3 release numbers"_s;
    }

    void mapsVersionsToTags()
    {
        QFETCH(QString, version);
        QFETCH(QString, tag);
        QFETCH(QString, error);
        const TagSpelling spelling = TagSpelling::alephVm();
        QString message;
        const auto spelled = spelling.tagFor(*Pep440Version::parse(version), &message);
        if (error.isEmpty()) {
            QVERIFY2(spelled, qPrintable(message));
            QCOMPARE(*spelled, tag);
            // And back: the tag names the same version.
            QCOMPARE(spelling.versionFromTag(*spelled)->normalized(), Pep440Version::parse(version)->normalized());
            QVERIFY(spelling.isCanonical(*spelled));
        } else {
            QVERIFY(!spelled);
            QVERIFY2(message.contains(error), qPrintable(message));
            QVERIFY2(message.contains(u"X.Y.Z or X.Y.Z-rcN"_s), qPrintable(message));
        }
    }

    void otherSpellings()
    {
        TagSpelling spelling;
        spelling.prefix = u"v"_s;
        spelling.prereleaseSeparator = QString();
        spelling.prereleaseKinds = {Pep440Version::PreKind::Alpha, Pep440Version::PreKind::Beta,
                                    Pep440Version::PreKind::ReleaseCandidate};
        spelling.releaseSegments = 0;
        QCOMPARE(*spelling.tagFor(*Pep440Version::parse(u"1.2b3"_s)), u"v1.2b3"_s);
        QCOMPARE(spelling.versionFromTag(u"v1.2.3rc1"_s)->normalized(), u"1.2.3rc1"_s);
        QString error;
        QVERIFY(!spelling.versionFromTag(u"1.2.3"_s, &error));
        QVERIFY2(error.contains(u"does not start with the project's prefix 'v'"_s), qPrintable(error));
        QVERIFY(spelling.isCanonical(u"v1.2.3.4a1"_s));
        QVERIFY(!spelling.isCanonical(u"v1.2.3-a1"_s));
        QCOMPARE(spelling.describe(), u"vX.Y.Z[.N...] or vX.Y.Z[.N...]aN or vX.Y.Z[.N...]bN or vX.Y.Z[.N...]rcN, "
                                      u"prefix 'v'"_s);
        QCOMPARE(TagSpelling::alephVm().describe(), u"X.Y.Z or X.Y.Z-rcN, no prefix"_s);
    }
};

QTEST_GUILESS_MAIN(TestTagSpelling)
#include "tst_tagspelling.moc"
