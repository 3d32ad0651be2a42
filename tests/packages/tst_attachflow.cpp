// SPDX-License-Identifier: GPL-3.0-or-later
#include "assettwin.h"
#include "debbuilder.h"
#include "journal/journal.h"
#include "net/httpclient.h"
#include "net/retrypolicy.h"
#include "packages/assetattacher.h"
#include "packages/journaleffectlog.h"
#include "packages/packageattachflow.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ra::packages::PackageAttachFlow;
using ra::packages::PackageItem;
using ra::test::AssetTwin;

namespace {

const QStringList Names{u"aleph-vm.debian-12.deb"_s, u"aleph-vm.debian-13.deb"_s, u"aleph-vm.ubuntu-24.04.deb"_s};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

} // namespace

class TestAttachFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (int i = 0; i < Names.size(); ++i) {
            ra::test::DebSpec spec;
            spec.payloadSize = 512 * 1024;
            spec.seed = quint32(i + 1);
            spec.compression = i == 2 ? u"zstd"_s : u"xz"_s;
            QString error;
            const QString deb = ra::test::buildDeb(m_dir.path(), Names.at(i), spec, &error);
            QVERIFY2(!deb.isEmpty(), qPrintable(error));
            m_debs.append(readAll(deb));
            const QString zip = m_dir.filePath(Names.at(i) + u".zip"_s);
            QVERIFY(ra::test::writeArtifactZip(zip, {deb}));
            m_zips.append(readAll(zip));
        }
        ra::test::DebSpec wrong;
        wrong.version = u"1.14.0-3-g6da21a3a"_s;
        QString error;
        const QString deb = ra::test::buildDeb(m_dir.path(), u"wrong/aleph-vm.debian-12.deb"_s, wrong, &error);
        QVERIFY(QDir().mkpath(m_dir.filePath(u"wrong"_s)));
        const QString rebuilt = ra::test::buildDeb(m_dir.filePath(u"wrong"_s), Names.first(), wrong, &error);
        QVERIFY2(!rebuilt.isEmpty(), qPrintable(error));
        QVERIFY(ra::test::writeArtifactZip(m_dir.filePath(u"wrong.zip"_s), {rebuilt}));
        m_wrongZip = readAll(m_dir.filePath(u"wrong.zip"_s));
        Q_UNUSED(deb);
    }

    void init()
    {
        m_twin = std::make_unique<AssetTwin>();
        QVERIFY(m_twin->listen());
        for (int i = 0; i < Names.size(); ++i) {
            m_twin->addArtifact(Names.at(i), m_zips.at(i));
        }
        m_client = std::make_unique<ra::net::HttpClient>();
        m_client->setDefaultHeader("User-Agent", "ra-tests");
        m_work = std::make_unique<QTemporaryDir>();
        m_log = std::make_unique<ra::packages::MemoryEffectLog>();
    }

    void cleanup()
    {
        m_client.reset();
        m_twin.reset();
        m_work.reset();
        m_log.reset();
    }

    void attachesEveryPackageOnce()
    {
        QVERIFY2(runFlow(), qPrintable(m_lastError));
        verifyExactAssets();
        const auto items = m_lastItems;
        for (const PackageItem &item : items) {
            QCOMPARE(item.state, PackageItem::State::Uploaded);
            QCOMPARE(item.version, u"1.15.0"_s);
            QCOMPARE(item.package, u"aleph-vm"_s);
        }
        QCOMPARE(m_twin->uploadCount(), 3);
        // The blob host rejects Authorization: the downloads worked, so none carried the token there.
        const auto blobRequests = m_twin->blob().requests();
        QCOMPARE(blobRequests.size(), 3);
        for (const auto &request : blobRequests) {
            QVERIFY(request.header("authorization").isEmpty());
        }
        QCOMPARE(m_twin->api().requests().first().header("authorization"), QByteArray("Bearer secret-token"));

        QVERIFY2(runFlow(), qPrintable(m_lastError));
        QCOMPARE(m_twin->uploadCount(), 3);
        for (const PackageItem &item : std::as_const(m_lastItems)) {
            QCOMPARE(item.state, PackageItem::State::SkippedIdentical);
        }
        verifyExactAssets();
    }

    void replacesSafelyAndCleansStarters()
    {
        m_twin->addAsset(Names.at(0), "an older build");
        m_twin->addAsset(Names.at(1), {}, u"starter"_s);
        QVERIFY2(runFlow(), qPrintable(m_lastError));
        QCOMPARE(m_lastItems.at(0).state, PackageItem::State::Replaced);
        QCOMPARE(m_lastItems.at(1).state, PackageItem::State::Uploaded);
        verifyExactAssets();
        verifyNoDeleteBeforeReplacement();
        QCOMPARE(m_twin->deletes().size(), 2);
    }

    void refusesAWrongVersionBeforeUploading()
    {
        m_twin = std::make_unique<AssetTwin>();
        QVERIFY(m_twin->listen());
        m_twin->addArtifact(Names.at(0), m_wrongZip);
        m_twin->addArtifact(Names.at(1), m_zips.at(1));
        QVERIFY(!runFlow({Names.at(0), Names.at(1)}));
        QCOMPARE(m_twin->uploadCount(), 0);
        QCOMPARE(m_lastItems.at(0).state, PackageItem::State::Error);
        QVERIFY2(m_lastItems.at(0).error.contains(u"has version 1.14.0-3-g6da21a3a but release 1.15.0 needs 1.15.0"_s),
                 qPrintable(m_lastItems.at(0).error));
        QCOMPARE(m_lastItems.at(1).state, PackageItem::State::Inspected);
        QVERIFY(m_lastError.contains(u"nothing was uploaded"_s));
    }

    void explainsExpiredArtifacts()
    {
        m_twin = std::make_unique<AssetTwin>();
        QVERIFY(m_twin->listen());
        m_twin->addArtifact(Names.at(0), m_zips.at(0), true);
        const qint64 id = m_twin->addArtifact(Names.at(1), m_zips.at(1));
        // Listed as valid, expired by the time it is downloaded.
        m_twin->api().injectFault(
            "GET", u"/repos/{owner}/{repo}/actions/artifacts/%1/zip"_s.arg(id),
            ra::test::HttpResponse::json(410, QJsonDocument(QJsonObject{{u"message"_s, u"Gone"_s}})));
        QVERIFY(!runFlow({Names.at(0), Names.at(1)}));
        for (const PackageItem &item : std::as_const(m_lastItems)) {
            QCOMPARE(item.state, PackageItem::State::Error);
            QVERIFY2(item.error.contains(u"expired on"_s) && item.error.contains(u"re-run the workflow"_s),
                     qPrintable(item.error));
        }
        QVERIFY(m_lastItems.at(0).error.contains(u"2026-11-01"_s));
        QCOMPARE(m_twin->uploadCount(), 0);
    }

    void resumesAnInterruptedDownload()
    {
        // The first blob answer is cut after 100 KiB by a reset. Whether Qt reports the reset as an error (the
        // transport retries) or ends the body as if complete, re-sending the request on its own (the download
        // then finds the file short of the declared size) depends on the order it sees the disconnect and the
        // error in: either way the download resumes with Range, once, and nothing is fetched from the start again.
        ra::test::HttpResponse cut = ra::test::HttpResponse::text(200, m_zips.at(0), "application/zip");
        cut.fault = ra::test::HttpFault::TruncateBody;
        cut.truncateAt = 100 * 1024;
        m_twin->blob().injectFault("GET", u"/artifacts/{id}"_s, cut);
        m_twin->blob().clearRequests();
        QVERIFY2(runFlow({Names.at(0)}), qPrintable(m_lastError));
        verifyExactAssets({Names.at(0)});
        const auto blobRequests = m_twin->blob().requests();
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
        m_twin->setReportDigest(false);
        QVERIFY2(runFlow(), qPrintable(m_lastError));
        QVERIFY2(runFlow(), qPrintable(m_lastError));
        QCOMPARE(m_twin->uploadCount(), 3);
        for (const PackageItem &item : std::as_const(m_lastItems)) {
            QCOMPARE(item.state, PackageItem::State::SkippedIdentical);
        }
        // A journal that never saw the upload cannot vouch for it: the asset is replaced, safely.
        m_log = std::make_unique<ra::packages::MemoryEffectLog>();
        QVERIFY2(runFlow({Names.at(0)}), qPrintable(m_lastError));
        QCOMPARE(m_lastItems.at(0).state, PackageItem::State::Replaced);
        verifyNoDeleteBeforeReplacement();
        m_twin->setReportDigest(true);
        verifyExactAssets();
    }

    void theReleaseJournalRemembersAcrossRuns()
    {
        m_twin->setReportDigest(false);
        const QString database = m_work->filePath(u"journal.sqlite"_s);
        QString error;
        {
            auto journal = ra::Journal::open(database, &error);
            QVERIFY2(journal, qPrintable(error));
            QVERIFY2(journal->createRelease(u"1.15.0"_s, {}, &error), qPrintable(error));
            ra::packages::JournalEffectLog log(*journal, u"1.15.0"_s);
            QVERIFY2(runFlow({}, -1, &log), qPrintable(m_lastError));
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
        QVERIFY2(runFlow({}, -1, &log), qPrintable(m_lastError));
        for (const PackageItem &item : std::as_const(m_lastItems)) {
            QCOMPARE(item.state, PackageItem::State::SkippedIdentical);
        }
        QCOMPARE(m_twin->uploadCount(), 3);
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
            m_twin->addAsset(Names.at(random.bounded(3)), "stale content from an earlier attempt");
        }
        if (random.bounded(2)) {
            m_twin->addAsset(Names.at(random.bounded(3)) + u".ra-new-0123456789ab"_s, {}, u"starter"_s);
        }
        using Fault = AssetTwin::UploadFault;
        const QList<Fault> kinds{Fault::None, Fault::ServerError, Fault::StarterThen502, Fault::StoreThenReset,
                                 Fault::ResetBeforeStore};
        bool done = false;
        for (int run = 0; run < 15 && !done; ++run) {
            QList<Fault> faults;
            for (int i = 0; i < 3; ++i) {
                // The first run always meets a fault, so that every seed exercises a recovery.
                const int first = run == 0 && i == 0 ? 1 : 0;
                faults.append(kinds.at(first + random.bounded(qsizetype(kinds.size()) - first)));
            }
            m_twin->queueUploadFaults(faults);
            // A crash in the middle of an upload: the run stops after a random number of bytes.
            const qint64 stopAt = random.bounded(2) ? qint64(random.bounded(3 * 600 * 1024)) : -1;
            done = runFlow({}, stopAt);
        }
        QVERIFY2(done, qPrintable(m_lastError));
        verifyExactAssets();
        verifyNoDeleteBeforeReplacement();
        // Every attempt the interruptions left open was settled by the run that succeeded.
        const auto effects = m_log->effects();
        for (const auto &effect : effects) {
            QVERIFY2(effect.state != ra::packages::EffectRecord::State::Pending &&
                         effect.state != ra::packages::EffectRecord::State::Uncertain,
                     qPrintable(u"effect %1 (%2 %3) is still open"_s.arg(effect.id).arg(effect.action, effect.key)));
        }
    }

    void aReRunSettlesTheJournal()
    {
        const QString database = m_work->filePath(u"journal.sqlite"_s);
        const QString release = u"1.15.0"_s;
        QString error;
        auto journal = ra::Journal::open(database, &error);
        QVERIFY2(journal, qPrintable(error));
        QVERIFY2(journal->createRelease(release, {}, &error), qPrintable(error));
        ra::packages::JournalEffectLog log(*journal, release);
        const auto intent = [this](int index) {
            return QJsonObject{{u"size"_s, m_debs.at(index).size()},
                               {u"sha256"_s, QString::fromLatin1(sha256(m_debs.at(index)))},
                               {u"finalName"_s, Names.at(index)}};
        };
        // An earlier process stopped between intents and results: one upload reached GitHub, one left a
        // starter, and a starter's deletion went through.
        const qint64 storedUpload = log.begin(u"upload-asset"_s, Names.at(1), intent(1), &error);
        m_twin->addAsset(Names.at(1), m_debs.at(1));
        const qint64 starterUpload = log.begin(u"upload-asset"_s, Names.at(2), intent(2), &error);
        m_twin->addAsset(Names.at(2), {}, u"starter"_s);
        const qint64 goneDelete =
            log.begin(u"delete-asset"_s, Names.at(2) + u".ra-new-0123456789ab"_s,
                      {{u"assetId"_s, 999999}, {u"name"_s, Names.at(2) + u".ra-new-0123456789ab"_s}}, &error);
        QVERIFY(storedUpload > 0 && starterUpload > 0 && goneDelete > 0);

        // Interrupted: the first upload is stored but its 201 is lost, and the user cancels meanwhile.
        m_twin->queueUploadFaults({AssetTwin::UploadFault::StoreThenReset});
        QVERIFY(!runFlow({}, 1, &log));
        const auto open = journal->pendingEffects(release);
        QCOMPARE(open.size(), 4);
        const qint64 lostReply = open.last().id;
        QCOMPARE(journal->effect(lostReply)->outcome, ra::EffectOutcome::Uncertain);

        QVERIFY2(runFlow({}, -1, &log), qPrintable(m_lastError));
        verifyExactAssets();
        QVERIFY(journal->pendingEffects(release).isEmpty());
        QCOMPARE(m_lastItems.at(0).state, PackageItem::State::SkippedIdentical);
        QCOMPARE(m_lastItems.at(1).state, PackageItem::State::SkippedIdentical);
        QCOMPARE(m_lastItems.at(2).state, PackageItem::State::Uploaded);
        // Each one finished by what the list showed: stored, stored, a starter (removed), already gone.
        QCOMPARE(journal->effect(lostReply)->outcome, ra::EffectOutcome::Succeeded);
        QCOMPARE(journal->effect(storedUpload)->outcome, ra::EffectOutcome::Succeeded);
        QCOMPARE(journal->effect(starterUpload)->outcome, ra::EffectOutcome::Failed);
        QCOMPARE(journal->effect(goneDelete)->outcome, ra::EffectOutcome::Succeeded);
        for (const qint64 id : {lostReply, storedUpload, starterUpload, goneDelete}) {
            QVERIFY(journal->effect(id)->result.value(u"reconciled"_s).toBool());
        }
        QCOMPARE(journal->effect(lostReply)->result.value(u"sha256"_s).toString(),
                 QString::fromLatin1(sha256(m_debs.at(0))));
    }

private:
    bool runFlow(const QStringList &names = {}, qint64 cancelAfterUploadedBytes = -1,
                 ra::packages::EffectLog *log = nullptr)
    {
        PackageAttachFlow::Options options;
        options.target.apiUrl = m_twin->apiUrl();
        options.target.repository = m_twin->repository();
        options.target.token = "secret-token";
        options.tag = u"1.15.0"_s;
        options.runId = AssetTwin::RunId;
        options.expectedNames = names;
        options.workDir = m_work->path();
        PackageAttachFlow flow(*m_client, log ? *log : *m_log, options);
        std::atomic_bool cancel = false;
        qint64 uploaded = 0;
        flow.setCancelFlag(&cancel);
        flow.setObserver([&](int, const PackageItem &item) {
            if (item.state == PackageItem::State::Uploading && cancelAfterUploadedBytes >= 0) {
                uploaded += item.done;
                if (uploaded >= cancelAfterUploadedBytes) {
                    cancel = true;
                }
            }
        });
        const bool ok = flow.attach();
        m_lastItems = flow.items();
        m_lastError = flow.error();
        for (const PackageItem &item : std::as_const(m_lastItems)) {
            if (!item.error.isEmpty()) {
                m_lastError += u"\n  "_s + item.name + u": "_s + item.error;
            }
        }
        return ok && !cancel;
    }

    void verifyExactAssets(const QStringList &names = Names)
    {
        const auto assets = m_twin->assets();
        QStringList present;
        for (const auto &asset : assets) {
            present.append(asset.name);
            const qsizetype index = Names.indexOf(asset.name);
            QVERIFY2(index >= 0, qPrintable(u"unexpected asset "_s + asset.name));
            QCOMPARE(asset.state, u"uploaded"_s);
            QCOMPARE(asset.sha256, sha256(m_debs.at(index)));
        }
        present.sort();
        QStringList expected = names;
        expected.sort();
        QCOMPARE(present, expected);
    }

    void verifyNoDeleteBeforeReplacement()
    {
        const auto deletes = m_twin->deletes();
        for (const auto &record : deletes) {
            const qsizetype index = Names.indexOf(record.deleted.name);
            if (index < 0 || record.deleted.state != u"uploaded"_s) {
                continue; // temporary names and starters are not releases' packages
            }
            const QByteArray wanted = sha256(m_debs.at(index));
            const bool replacementReady =
                std::any_of(record.present.cbegin(), record.present.cend(), [&](const auto &asset) {
                    return asset.state == u"uploaded"_s && asset.sha256 == wanted && asset.id != record.deleted.id;
                });
            QVERIFY2(replacementReady,
                     qPrintable(u"deleted %1 before its replacement existed"_s.arg(record.deleted.name)));
        }
    }

    QTemporaryDir m_dir;
    QList<QByteArray> m_debs;
    QList<QByteArray> m_zips;
    QByteArray m_wrongZip;
    std::unique_ptr<AssetTwin> m_twin;
    std::unique_ptr<ra::net::HttpClient> m_client;
    std::unique_ptr<QTemporaryDir> m_work;
    std::unique_ptr<ra::packages::MemoryEffectLog> m_log;
    QList<PackageItem> m_lastItems;
    QString m_lastError;
};

QTEST_GUILESS_MAIN(TestAttachFlow)
#include "tst_attachflow.moc"
