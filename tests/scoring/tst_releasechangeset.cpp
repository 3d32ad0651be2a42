// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/releasechangeset.h"
#include "scoring/sampletable.h"
#include "scoring/scheduledapply.h"
#include "scoring/tablevalidator.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace ra::scoring;
using namespace Qt::StringLiterals;

namespace {

QDateTime at(const QString &text)
{
    return parseTimestamp(text, true, nullptr);
}

} // namespace

class TestReleaseChangeSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stableReleaseRetiresTheCurrentStableRow()
    {
        VersionTable table(sampleTable());
        QString error;
        const auto changes = ReleaseChangeSet::plan(
            table, {u"aleph-vm"_s, u"0.2.6"_s, at(u"2023-01-10T12:00:00Z"_s), std::nullopt, false}, &error);
        QVERIFY2(changes, qPrintable(error));
        QCOMPARE(changes->insertion(),
                 (SoftwareVersion{u"aleph-vm"_s, u"0.2.6"_s, at(u"2023-01-10T12:00:00Z"_s), std::nullopt, false}));
        QCOMPARE(changes->retirements(),
                 (QList<Retirement>{{u"aleph-vm"_s, u"0.2.5"_s, std::nullopt, at(u"2023-01-10T12:00:00Z"_s)}}));
        QCOMPARE(changes->diff(),
                 u"+ aleph-vm 0.2.6 released_on=2023-01-10T12:00:00Z replaced_on=null prerelease=false\n"
                 u"~ aleph-vm 0.2.5 replaced_on: null -> 2023-01-10T12:00:00Z"_s);
        QVERIFY(changes->warnings().first().contains(u"before 2023-01-10T12:00:00Z are scored 'other'"_s));
        QVERIFY(changes->warnings().at(1).contains(u"'obsolete' at 2023-01-24T12:00:00Z"_s));
        QVERIFY(changes->sql().contains(
            u"INSERT INTO software_versions\nVALUES ('aleph-vm', '0.2.6', '2023-01-10T12:00:00Z', null, false);"_s));
        QVERIFY(changes->sql().contains(
            u"UPDATE software_versions SET replaced_on = '2023-01-10T12:00:00Z' WHERE software = 'aleph-vm' AND name = '0.2.5' AND replaced_on IS NULL;"_s));

        QCOMPARE(changes->stateIn(table.rows()), ReleaseChangeSet::State::NotApplied);
        QVERIFY(changes->applyTo(table, &error));
        QCOMPARE(changes->stateIn(table.rows()), ReleaseChangeSet::State::Applied);
        QVERIFY(TableValidator::validate(table).isEmpty());
        QCOMPARE(table.annotate(u"aleph-vm"_s, u"0.2.5"_s, at(u"2023-01-10T12:00:00Z"_s)), VersionLabel::Outdated);
        QCOMPARE(table.annotate(u"aleph-vm"_s, u"0.2.6"_s, at(u"2023-01-10T11:59:59Z"_s)), VersionLabel::Other);

        // Applying twice changes nothing.
        const VersionTable once = table;
        QVERIFY(changes->applyTo(table, &error));
        QCOMPARE(table, once);
        // Planning the same release again finds it listed: an empty change set.
        const auto again = ReleaseChangeSet::plan(
            table, {u"aleph-vm"_s, u"0.2.6"_s, at(u"2023-01-10T12:00:00Z"_s), std::nullopt, false}, &error);
        QVERIFY(again && again->isEmpty());
    }

    void aScheduledChangeSetTakesThePublishTime()
    {
        const VersionTable table(sampleTable());
        QString error;
        const auto planned = ReleaseChangeSet::plan(
            table, {u"aleph-vm"_s, u"0.2.6"_s, at(u"2023-01-10T12:00:00Z"_s), std::nullopt, false}, &error);
        QVERIFY2(planned, qPrintable(error));
        const QDateTime published = at(u"2023-01-12T08:30:00Z"_s);
        const ReleaseChangeSet moved = planned->releasedAt(published);
        QCOMPARE(moved.insertion()->releasedOn, published);
        QCOMPARE(moved.retirements().size(), planned->retirements().size());
        for (const Retirement &retirement : moved.retirements()) {
            QCOMPARE(retirement.after, published);
        }
        QCOMPARE(moved.insertion()->name, u"0.2.6"_s);
        QCOMPARE(planned->insertion()->releasedOn, at(u"2023-01-10T12:00:00Z"_s));
    }

    void preReleaseOnlyRetiresThePreviousPreRelease()
    {
        VersionTable table(sampleTable());
        QString error;
        const auto changes = ReleaseChangeSet::plan(
            table, {u"pyaleph"_s, u"v0.5.0-rc3"_s, at(u"2023-04-20T10:00:00Z"_s), std::nullopt, false}, &error);
        QVERIFY2(changes, qPrintable(error));
        QVERIFY(changes->insertion()->prerelease);
        QCOMPARE(changes->retirements().size(), 1);
        QCOMPARE(changes->retirements().first().name, u"v0.5.0-rc2"_s);
        QVERIFY(changes->applyTo(table, &error));
        QCOMPARE(table.annotate(u"pyaleph"_s, u"v0.4.7"_s, at(u"2023-04-21"_s)), VersionLabel::Latest);
        QVERIFY(TableValidator::validate(table).isEmpty());
    }

    void finalCanRetireOpenPreReleasesWhenAsked_data()
    {
        QTest::addColumn<bool>("retire");
        QTest::addColumn<int>("retirements");
        QTest::addColumn<QString>("rc2Label");
        QTest::newRow("left open") << false << 1 << u"prerelease"_s;
        QTest::newRow("retired") << true << 2 << u"obsolete"_s;
    }

    void finalCanRetireOpenPreReleasesWhenAsked()
    {
        QFETCH(bool, retire);
        QFETCH(int, retirements);
        QFETCH(QString, rc2Label);
        VersionTable table(sampleTable());
        QString error;
        ReleaseRequest request{u"pyaleph"_s, u"v0.5.0"_s, at(u"2023-04-25T10:00:00Z"_s), std::nullopt, retire};
        const auto changes = ReleaseChangeSet::plan(table, request, &error);
        QVERIFY2(changes, qPrintable(error));
        QCOMPARE(changes->retirements().size(), retirements);
        QCOMPARE(changes->warnings().join(u'\n').contains(u"stays 'prerelease'"_s), !retire);
        QVERIFY(changes->applyTo(table, &error));
        QCOMPARE(labelName(table.annotate(u"pyaleph"_s, u"v0.5.0-rc2"_s, at(u"2023-06-01"_s))), rc2Label);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("time");
        QTest::addColumn<QString>("message");
        QTest::newRow("listed with another time") << u"0.2.5"_s << u"2023-01-01"_s << u"already listed"_s;
        QTest::newRow("before the current release") << u"0.2.6"_s << u"2022-10-06T20:58:31Z"_s << u"must come after"_s;
        QTest::newRow("not PEP 440") << u"list"_s << u"2023-01-01"_s << u"not a PEP 440 version"_s;
        QTest::newRow("no time") << u"0.2.6"_s << QString() << u"release time is missing"_s;
    }

    void refusals()
    {
        QFETCH(QString, name);
        QFETCH(QString, time);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!ReleaseChangeSet::plan(VersionTable(sampleTable()),
                                        {u"aleph-vm"_s, name, at(time), std::nullopt, false}, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void conflictsAreDetected()
    {
        VersionTable table(sampleTable());
        QString error;
        const auto changes = ReleaseChangeSet::plan(
            table, {u"aleph-vm"_s, u"0.2.6"_s, at(u"2023-01-10"_s), std::nullopt, false}, &error);
        QVERIFY(changes);
        table.rows()[11].replacedOn = at(u"2023-01-05"_s); // someone retired 0.2.5 meanwhile
        QCOMPARE(changes->stateIn(table.rows(), &error), ReleaseChangeSet::State::Conflict);
        QVERIFY(error.contains(u"replaced_on of aleph-vm 0.2.5"_s));
        const VersionTable before = table;
        QVERIFY(!changes->applyTo(table, &error));
        QCOMPARE(table, before);
    }

    void jsonRoundTrip()
    {
        QString error;
        const auto changes = ReleaseChangeSet::plan(
            VersionTable(sampleTable()),
            {u"aleph-vm"_s, u"0.3.0-rc1"_s, at(u"2023-01-10T12:00:00.250Z"_s), std::nullopt, false}, &error);
        QVERIFY(changes);
        const QByteArray json = QJsonDocument(changes->toJson()).toJson();
        const auto back = ReleaseChangeSet::fromJson(QJsonDocument::fromJson(json).object(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, *changes);
    }

    void scheduleForThePublishStep()
    {
        QTemporaryDir directory;
        QString error;
        const auto changes = ReleaseChangeSet::plan(
            VersionTable(sampleTable()), {u"aleph-vm"_s, u"0.2.6"_s, at(u"2023-01-10"_s), std::nullopt, false}, &error);
        QVERIFY(changes);
        const ScheduledApply apply{u"0.2.6"_s, u"host=db.example dbname=scoring"_s, *changes, "abc123",
                                   u"review-publish"_s};
        ScheduledApplyQueue queue(directory.filePath(u"pending"_s));
        QVERIFY(!queue.pending(u"0.2.6"_s));
        QVERIFY2(queue.schedule(apply, &error), qPrintable(error));
        const auto loaded = ScheduledApplyQueue(directory.filePath(u"pending"_s)).pending(u"0.2.6"_s, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(*loaded, apply);
        QVERIFY(queue.cancel(u"0.2.6"_s));
        QVERIFY(!queue.pending(u"0.2.6"_s));
    }
};

QTEST_GUILESS_MAIN(TestReleaseChangeSet)
#include "tst_releasechangeset.moc"
