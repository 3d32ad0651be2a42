// SPDX-License-Identifier: GPL-3.0-or-later
// Step 5's attach flow against the GitHub twin: real packages attached once, replaced safely, refused when their
// version is not the tag's, expired artifacts explained, downloads resumed, and interruptions at random points
// (upload faults, a cancel mid-upload, a lost journal) always end with exactly the expected assets.
#include "attachflowfixture.h"
#include "journal/journal.h"
#include "packages/journaleffectlog.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using ra::packages::PackageItem;
using ra::test::AttachFlowFixture;
using ra::test::GitHubTwinState;

class TestAttachFlow : public QObject
{
    Q_OBJECT

private:
    AttachFlowFixture m_f;
    const QStringList &Names = AttachFlowFixture::Names;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_f.buildPackages(&error), qPrintable(error));
    }

    void init()
    {
        QVERIFY(m_f.start());
    }

    void cleanup()
    {
        m_f.stop();
    }

    void attachesEveryPackageOnce()
    {
        QVERIFY2(m_f.runFlow(), qPrintable(m_f.lastError()));
        m_f.verifyExactAssets();
        for (const PackageItem &item : m_f.lastItems()) {
            QCOMPARE(item.state, PackageItem::State::Uploaded);
            QCOMPARE(item.version, u"1.15.0"_s);
            QCOMPARE(item.package, u"aleph-vm"_s);
        }
        QCOMPARE(m_f.uploadRequests(), 3);
        // The blob host rejects Authorization: the downloads worked, so none carried the token there.
        const auto blobRequests = m_f.twin().blob().requests();
        QCOMPARE(blobRequests.size(), 3);
        for (const auto &request : blobRequests) {
            QVERIFY(request.header("authorization").isEmpty());
        }
        QCOMPARE(m_f.twin().api().requests().first().header("authorization"), QByteArray("Bearer secret-token"));
        QCOMPARE(m_f.twin().uploads().requests().first().header("authorization"), QByteArray("Bearer secret-token"));

        QVERIFY2(m_f.runFlow(), qPrintable(m_f.lastError()));
        QCOMPARE(m_f.uploadRequests(), 3);
        for (const PackageItem &item : m_f.lastItems()) {
            QCOMPARE(item.state, PackageItem::State::SkippedIdentical);
        }
        m_f.verifyExactAssets();
    }

    void replacesSafelyAndCleansStarters()
    {
        m_f.twin().addAsset(m_f.releaseId(), Names.at(0), "an older build");
        m_f.twin().addAsset(m_f.releaseId(), Names.at(1), {}, u"starter"_s);
        QVERIFY2(m_f.runFlow(), qPrintable(m_f.lastError()));
        QCOMPARE(m_f.lastItems().at(0).state, PackageItem::State::Replaced);
        QCOMPARE(m_f.lastItems().at(1).state, PackageItem::State::Uploaded);
        m_f.verifyExactAssets();
        m_f.verifyNoDeleteBeforeReplacement();
        QCOMPARE(m_f.twin().state().deletes.size(), 2);
    }

    void refusesAWrongVersionBeforeUploading()
    {
        m_f.twin().state().artifacts.clear();
        m_f.twin().addArtifact(m_f.runId(), Names.at(0), m_f.wrongVersionZip());
        m_f.twin().addArtifact(m_f.runId(), Names.at(1), m_f.zips().at(1));
        QVERIFY(!m_f.runFlow({Names.at(0), Names.at(1)}));
        QCOMPARE(m_f.uploadRequests(), 0);
        QCOMPARE(m_f.lastItems().at(0).state, PackageItem::State::Error);
        QVERIFY2(
            m_f.lastItems().at(0).error.contains(u"has version 1.14.0-3-g6da21a3a but release 1.15.0 needs 1.15.0"_s),
            qPrintable(m_f.lastItems().at(0).error));
        QCOMPARE(m_f.lastItems().at(1).state, PackageItem::State::Inspected);
        QVERIFY(m_f.lastError().contains(u"nothing was uploaded"_s));
    }

    void explainsExpiredArtifacts()
    {
        m_f.twin().state().artifacts.clear();
        m_f.twin().addArtifact(m_f.runId(), Names.at(0), m_f.zips().at(0), true);
        m_f.twin().state().artifacts.last().expiresAt = QDateTime(QDate(2026, 11, 1), QTime(12, 0), QTimeZone::UTC);
        const qint64 id = m_f.twin().addArtifact(m_f.runId(), Names.at(1), m_f.zips().at(1));
        // Listed as valid, expired by the time it is downloaded.
        m_f.twin().api().injectFault(
            "GET", u"/repos/{owner}/{repo}/actions/artifacts/%1/zip"_s.arg(id),
            ra::test::HttpResponse::json(410, QJsonDocument(QJsonObject{{u"message"_s, u"Artifact has expired"_s}})));
        QVERIFY(!m_f.runFlow({Names.at(0), Names.at(1)}));
        for (const PackageItem &item : m_f.lastItems()) {
            QCOMPARE(item.state, PackageItem::State::Error);
            QVERIFY2(item.error.contains(u"expired on"_s) && item.error.contains(u"re-run the workflow"_s),
                     qPrintable(item.error));
        }
        QVERIFY(m_f.lastItems().at(0).error.contains(u"2026-11-01"_s));
        QCOMPARE(m_f.uploadRequests(), 0);
    }

    void resumesAnInterruptedDownload()
    {
        // The first blob answer is cut after 100 KiB by a reset. Whether Qt reports the reset as an error or ends
        // the body as if complete depends on the order it sees the disconnect and the error in: either way the
        // transport sees an answer shorter than its Content-Length and resumes with Range, once; nothing is
        // fetched from the start again.
        ra::test::HttpResponse cut = ra::test::HttpResponse::text(200, m_f.zips().at(0), "application/zip");
        cut.fault = ra::test::HttpFault::TruncateBody;
        cut.truncateAt = 100 * 1024;
        m_f.twin().blob().injectFault("GET", u"/blob/{key}"_s, cut);
        QVERIFY2(m_f.runFlow({Names.at(0)}), qPrintable(m_f.lastError()));
        m_f.verifyExactAssets({Names.at(0)});
        const auto blobRequests = m_f.twin().blob().requests();
        QVERIFY(blobRequests.size() >= 2);
        const auto ranged = std::count_if(blobRequests.cbegin(), blobRequests.cend(),
                                          [](const auto &request) { return !request.header("range").isEmpty(); });
        QCOMPARE(ranged, 1);
        const QByteArray range = blobRequests.last().header("range");
        QVERIFY2(range.startsWith("bytes=") && range.endsWith('-'), range.constData());
        const qint64 from = range.mid(6, range.size() - 7).toLongLong();
        QVERIFY2(from > 0 && from <= 100 * 1024, range.constData());
    }

    void withoutDigestTheJournalDecides()
    {
        m_f.twin().state().reportDigests = false;
        QVERIFY2(m_f.runFlow(), qPrintable(m_f.lastError()));
        QVERIFY2(m_f.runFlow(), qPrintable(m_f.lastError()));
        QCOMPARE(m_f.uploadRequests(), 3);
        for (const PackageItem &item : m_f.lastItems()) {
            QCOMPARE(item.state, PackageItem::State::SkippedIdentical);
        }
        // A journal that never saw the upload cannot vouch for it: the asset is replaced, safely.
        m_f.resetLog();
        QVERIFY2(m_f.runFlow({Names.at(0)}), qPrintable(m_f.lastError()));
        QCOMPARE(m_f.lastItems().at(0).state, PackageItem::State::Replaced);
        m_f.verifyNoDeleteBeforeReplacement();
        m_f.verifyExactAssets();
    }

    void theReleaseJournalRemembersAcrossRuns()
    {
        m_f.twin().state().reportDigests = false;
        const QString database = m_f.workDir() + u"/journal.sqlite"_s;
        QString error;
        {
            auto journal = ra::Journal::open(database, &error);
            QVERIFY2(journal, qPrintable(error));
            QVERIFY2(journal->createRelease(u"1.15.0"_s, {}, &error), qPrintable(error));
            ra::packages::JournalEffectLog log(*journal, u"1.15.0"_s);
            QVERIFY2(m_f.runFlow({}, -1, &log), qPrintable(m_f.lastError()));
            const auto effects = journal->effects(u"1.15.0"_s, u"packages"_s);
            QCOMPARE(effects.size(), 3);
            for (const auto &effect : effects) {
                QCOMPARE(effect.action, u"upload-asset"_s);
                QCOMPARE(effect.outcome, ra::EffectOutcome::Succeeded);
            }
        }
        // A new process: without a digest from GitHub, only the journal can say the assets are ours.
        auto journal = ra::Journal::open(database, &error);
        QVERIFY2(journal, qPrintable(error));
        ra::packages::JournalEffectLog log(*journal, u"1.15.0"_s);
        QVERIFY2(m_f.runFlow({}, -1, &log), qPrintable(m_f.lastError()));
        for (const PackageItem &item : m_f.lastItems()) {
            QCOMPARE(item.state, PackageItem::State::SkippedIdentical);
        }
        QCOMPARE(m_f.uploadRequests(), 3);
    }

    void survivesInterruptionsAtRandomPoints_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 12; ++seed) {
            QTest::addRow("seed %u", seed) << seed;
        }
    }
    void survivesInterruptionsAtRandomPoints()
    {
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        if (random.bounded(2)) {
            m_f.twin().addAsset(m_f.releaseId(), Names.at(random.bounded(3)), "stale content from an earlier attempt");
        }
        if (random.bounded(2)) {
            m_f.twin().addAsset(m_f.releaseId(), Names.at(random.bounded(3)) + u".ra-new-0123456789ab"_s, {},
                                u"starter"_s);
        }
        using Fault = GitHubTwinState::UploadFault;
        const QList<Fault> kinds{Fault::None,           Fault::ServerError,      Fault::StarterThen502,
                                 Fault::StoreThenReset, Fault::ResetBeforeStore, Fault::NameTakenMeanwhile};
        bool done = false;
        for (int run = 0; run < 15 && !done; ++run) {
            for (int i = 0; i < 3; ++i) {
                // The first run always meets a fault, so that every seed exercises a recovery.
                const int first = run == 0 && i == 0 ? 1 : 0;
                m_f.twin().state().uploadFaults.append(
                    kinds.at(first + random.bounded(qsizetype(kinds.size()) - first)));
            }
            // A crash in the middle of an upload: the run stops after a random number of bytes.
            const qint64 stopAt = random.bounded(2) ? qint64(random.bounded(3 * 600 * 1024)) : -1;
            done = m_f.runFlow({}, stopAt);
        }
        QVERIFY2(done, qPrintable(m_f.lastError()));
        m_f.verifyExactAssets();
        m_f.verifyNoDeleteBeforeReplacement();
        // Every attempt the interruptions left open was settled by the run that succeeded.
        const auto effects = m_f.log().effects();
        for (const auto &effect : effects) {
            QVERIFY2(effect.state != ra::packages::EffectRecord::State::Pending &&
                         effect.state != ra::packages::EffectRecord::State::Uncertain,
                     qPrintable(u"effect %1 (%2 %3) is still open"_s.arg(effect.id).arg(effect.action, effect.key)));
        }
    }

    void aReRunSettlesTheJournal()
    {
        const QString database = m_f.workDir() + u"/journal.sqlite"_s;
        const QString release = u"1.15.0"_s;
        QString error;
        auto journal = ra::Journal::open(database, &error);
        QVERIFY2(journal, qPrintable(error));
        QVERIFY2(journal->createRelease(release, {}, &error), qPrintable(error));
        ra::packages::JournalEffectLog log(*journal, release);
        const auto intent = [this](int index) {
            return QJsonObject{{u"size"_s, m_f.debs().at(index).size()},
                               {u"sha256"_s, QString::fromLatin1(AttachFlowFixture::sha256(m_f.debs().at(index)))},
                               {u"finalName"_s, Names.at(index)}};
        };
        // An earlier process stopped between intents and results: one upload reached GitHub, one left a
        // starter, and a starter's deletion went through.
        const qint64 storedUpload = log.begin(u"upload-asset"_s, Names.at(1), intent(1), &error);
        m_f.twin().addAsset(m_f.releaseId(), Names.at(1), m_f.debs().at(1));
        const qint64 starterUpload = log.begin(u"upload-asset"_s, Names.at(2), intent(2), &error);
        m_f.twin().addAsset(m_f.releaseId(), Names.at(2), {}, u"starter"_s);
        const qint64 goneDelete =
            log.begin(u"delete-asset"_s, Names.at(2) + u".ra-new-0123456789ab"_s,
                      {{u"assetId"_s, 999999}, {u"name"_s, Names.at(2) + u".ra-new-0123456789ab"_s}}, &error);
        QVERIFY(storedUpload > 0 && starterUpload > 0 && goneDelete > 0);

        // Interrupted: the first upload is stored but its 201 is lost, and the user cancels meanwhile.
        m_f.twin().state().uploadFaults = {GitHubTwinState::UploadFault::StoreThenReset};
        QVERIFY(!m_f.runFlow({}, 1, &log));
        const auto open = journal->pendingEffects(release);
        QCOMPARE(open.size(), 4);
        const qint64 lostReply = open.last().id;
        QCOMPARE(journal->effect(lostReply)->outcome, ra::EffectOutcome::Uncertain);

        QVERIFY2(m_f.runFlow({}, -1, &log), qPrintable(m_f.lastError()));
        m_f.verifyExactAssets();
        QVERIFY(journal->pendingEffects(release).isEmpty());
        QCOMPARE(m_f.lastItems().at(0).state, PackageItem::State::SkippedIdentical);
        QCOMPARE(m_f.lastItems().at(1).state, PackageItem::State::SkippedIdentical);
        QCOMPARE(m_f.lastItems().at(2).state, PackageItem::State::Uploaded);
        // Each one finished by what the list showed: stored, stored, a starter (removed), already gone.
        QCOMPARE(journal->effect(lostReply)->outcome, ra::EffectOutcome::Succeeded);
        QCOMPARE(journal->effect(storedUpload)->outcome, ra::EffectOutcome::Succeeded);
        QCOMPARE(journal->effect(starterUpload)->outcome, ra::EffectOutcome::Failed);
        QCOMPARE(journal->effect(goneDelete)->outcome, ra::EffectOutcome::Succeeded);
        for (const qint64 id : {lostReply, storedUpload, starterUpload, goneDelete}) {
            QVERIFY(journal->effect(id)->result.value(u"reconciled"_s).toBool());
        }
        QCOMPARE(journal->effect(lostReply)->result.value(u"sha256"_s).toString(),
                 QString::fromLatin1(AttachFlowFixture::sha256(m_f.debs().at(0))));
    }
};

QTEST_GUILESS_MAIN(TestAttachFlow)
#include "tst_attachflow.moc"
