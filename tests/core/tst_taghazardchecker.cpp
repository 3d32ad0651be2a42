// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/taghazardchecker.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using ra::HazardSeverity;
using ra::TagHazard;
using ra::TagHazardChecker;

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

QString describe(const QList<TagHazard> &hazards)
{
    QStringList lines;
    for (const TagHazard &hazard : hazards) {
        lines.append(u"%1 [%2] %3"_s.arg(hazard.id, ra::severityKey(hazard.severity), hazard.message));
    }
    return lines.join(u'\n');
}

QStringList ids(const QList<TagHazard> &hazards)
{
    QStringList list;
    for (const TagHazard &hazard : hazards) {
        list.append(hazard.id + u':' + ra::severityKey(hazard.severity));
    }
    return list;
}

} // namespace

class TestTagHazardChecker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checksAgainstRealHistory_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("message");
        QTest::newRow("clean final") << u"1.15.0"_s << QStringList{} << QString();
        QTest::newRow("clean rc") << u"1.15.0-rc1"_s << QStringList{u"dpkg-order:info"_s}
                                  << u"dpkg sorts '1.15.0-rc1' above its own final '1.15.0'"_s;
        QTest::newRow("existing") << u"1.14.0"_s << QStringList{u"tag-exists:error"_s}
                                  << u"tag '1.14.0' already exists"_s;
        QTest::newRow("same version other spelling")
            << u"1.0.0rc1"_s
            << QStringList{u"upgrade-script-ignores:warning"_s, u"not-project-spelling:warning"_s,
                           u"tag-exists:error"_s, u"dpkg-order:info"_s}
            << u"existing tag '1.0.0-rc1' already names"_s;
        QTest::newRow("v prefix") << u"v1.15.0"_s
                                  << QStringList{u"upgrade-script-ignores:warning"_s, u"not-project-spelling:warning"_s}
                                  << u"write '1.15.0'"_s;
        QTest::newRow("alpha") << u"1.15.0a1"_s
                               << QStringList{u"upgrade-script-ignores:warning"_s, u"not-project-spelling:warning"_s,
                                              u"dpkg-order:info"_s}
                               << u"will never offer '1.15.0a1'"_s;
        QTest::newRow("stray name") << u"list"_s
                                    << QStringList{u"tag-exists:error"_s, u"upgrade-script-ignores:warning"_s,
                                                   u"not-pep440:error"_s}
                                    << u"/status/check/version answers 503"_s;
        QTest::newRow("describe name") << u"1.14.0-3-g6da21a3a"_s
                                       << QStringList{u"upgrade-script-ignores:warning"_s, u"not-pep440:error"_s}
                                       << u"'git describe' name of an untagged build"_s;
        QTest::newRow("older") << u"1.13.1"_s << QStringList{u"not-newest:warning"_s}
                               << u"older than the latest tag '1.14.0'"_s;
        QTest::newRow("backport") << u"1.9.2"_s << QStringList{u"not-newest:warning"_s}
                                  << u"older than the latest tag"_s;
        QTest::newRow("epoch") << u"1!1.15.0"_s
                               << QStringList{u"upgrade-script-ignores:warning"_s, u"epoch-in-tag:error"_s}
                               << u"'1!1.15.0' carries the epoch 1"_s;
        QTest::newRow("dev") << u"1.15.0-dev"_s
                             << QStringList{u"upgrade-script-ignores:warning"_s, u"not-project-spelling:warning"_s}
                             << u"dev releases are not tagged"_s;
    }

    void checksAgainstRealHistory()
    {
        QFETCH(QString, tag);
        QFETCH(QStringList, expected);
        QFETCH(QString, message);
        const QList<TagHazard> hazards = TagHazardChecker().check(tag, alephVmTags());
        QCOMPARE(ids(hazards), expected);
        if (!message.isEmpty()) {
            QVERIFY2(describe(hazards).contains(message), qPrintable(describe(hazards)));
        }
    }

    void finalAfterItsRcIsADpkgDowngrade()
    {
        // The 1.0.0 situation of 2024: 1.0.0-rc1 existed, then 1.0.0 was tagged.
        const auto hazards = TagHazardChecker().check(u"1.0.0"_s, {u"0.4.1"_s, u"1.0.0-rc1"_s});
        QCOMPARE(ids(hazards), QStringList{u"dpkg-order:warning"_s});
        QVERIFY2(hazards.constFirst().message.contains(u"dpkg sorts '1.0.0' below '1.0.0-rc1'"_s),
                 qPrintable(hazards.constFirst().message));
        QVERIFY(hazards.constFirst().message.contains(u"--allow-downgrades"_s));
        // And 1.10.0 after 1.10.0-dev.
        const auto dev = TagHazardChecker().check(u"1.10.0"_s, {u"1.9.1"_s, u"1.10.0-dev"_s, u"rm"_s});
        QCOMPARE(ids(dev), QStringList{u"dpkg-order:warning"_s});
        QVERIFY(dev.constFirst().message.contains(u"'1.10.0-dev'"_s));
    }

    void describeCollisionOnTheTargetCommit_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QStringList>("onCommit");
        QTest::addColumn<bool>("warned");
        // Reference facts §4.4: 0.3.0 on 0.2.5's commit made packages call themselves 0.2.5.
        QTest::newRow("0.3.0 on 0.2.5") << u"0.3.0"_s << QStringList{u"0.2.5"_s} << true;
        // Promoting an rc on the same commit is fine: "1.0.0" sorts before "1.0.0-rc1".
        QTest::newRow("final on its rc") << u"1.0.0"_s << QStringList{u"1.0.0-rc1"_s} << false;
        QTest::newRow("1.10.0 on 1.10.0-dev") << u"1.10.0"_s << QStringList{u"1.10.0-dev"_s} << false;
        QTest::newRow("rc on a final") << u"1.0.1-rc1"_s << QStringList{u"1.0.1"_s} << true;
        QTest::newRow("list by luck") << u"1.0.1"_s << QStringList{u"list"_s} << false;
        QTest::newRow("nothing there") << u"1.0.1"_s << QStringList{} << false;
    }

    void describeCollisionOnTheTargetCommit()
    {
        QFETCH(QString, tag);
        QFETCH(QStringList, onCommit);
        QFETCH(bool, warned);
        const auto hazards = TagHazardChecker().check(tag, {}, onCommit);
        const bool found = ids(hazards).contains(u"describe-collision:warning"_s);
        QCOMPARE(found, warned);
        if (warned) {
            QVERIFY(describe(hazards).contains(u"would report version '%1'"_s.arg(onCommit.constFirst())));
        }
    }

    void worstSeverity()
    {
        QCOMPARE(TagHazardChecker::worst({}), HazardSeverity::Info);
        QCOMPARE(TagHazardChecker::worst(TagHazardChecker().check(u"v1.0.0"_s, {})), HazardSeverity::Warning);
        QCOMPARE(TagHazardChecker::worst(TagHazardChecker().check(u"rm"_s, {})), HazardSeverity::Error);
    }

    void withoutUpgradeScriptPatternsThatCheckIsSkipped()
    {
        const TagHazardChecker checker(ra::TagSpelling::alephVm(), {});
        QCOMPARE(ids(checker.check(u"1.0.0a1"_s, {})),
                 (QStringList{u"not-project-spelling:warning"_s, u"dpkg-order:info"_s}));
    }
};

QTEST_GUILESS_MAIN(TestTagHazardChecker)
#include "tst_taghazardchecker.moc"
