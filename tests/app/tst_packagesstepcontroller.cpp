// SPDX-License-Identifier: GPL-3.0-or-later
// Step 5's controller: real .deb files built with dpkg-deb, zipped as CI artifacts on the GitHub twin, attached
// to its draft from the worker thread; a re-run skips them; the release-on-tag draft is verified; an upload cut
// by faults or by Cancel is resumed by the next run and ends with exactly the expected assets.
#include "app/packagesstepcontroller.h"
#include "app/releasesession.h"
#include "core/playbookloader.h"
#include "journal/journal.h"
#include "secrets/memorysecretstore.h"

#include "debbuilder.h"
#include "githubtwin.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;
using namespace Qt::StringLiterals;
using ra::packages::PackageItem;

namespace {

const QString tag = u"1.15.0"_s;
const QString commit = u"9f1c2d3e4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d"_s;
const QStringList names{u"aleph-vm.debian-12.deb"_s, u"aleph-vm.debian-13.deb"_s, u"aleph-vm.ubuntu-24.04.deb"_s};
const QString token = u"ghp_packagesTwinToken000000000000000000"_s;

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

class TestPackagesStepController : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_debDir;
    QList<QByteArray> m_debs;
    QList<QByteArray> m_zips;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ReleaseSession> m_session;
    secrets::MemorySecretStore m_store;

    Playbook playbook(PipelineKind kind) const
    {
        Playbook book = *PlaybookLoader::loadPreset(u"aleph-vm"_s).playbook;
        book.pipelineKind = kind;
        book.expectedAssets = names;
        return book;
    }

    void configure(PackagesStepController &controller, const QUrl &api, const QUrl &uploads, PipelineKind kind)
    {
        github::Endpoints endpoints;
        endpoints.api = api;
        endpoints.uploads = uploads;
        controller.setEndpoints(endpoints);
        controller.setSecretStore(&m_store);
        controller.setPlaybook(playbook(kind));
        controller.setWorkDirectory(m_dir->filePath(u"work"_s));
        controller.setSession(m_session.get());
    }

    static bool run(PackagesStepController &controller)
    {
        QSignalSpy finished(&controller, &PackagesStepController::finished);
        controller.start();
        return controller.busy() && finished.wait(60000) && !controller.busy();
    }

    static QString describe(PackagesStepController &controller)
    {
        QString text = controller.message();
        for (const PackageItem &item : controller.packages()->items()) {
            text += u"\n  %1: %2 %3"_s.arg(item.name, PackageItem::stateKey(item.state), item.error);
        }
        return text;
    }

    static QList<PackageItem::State> states(PackagesStepController &controller)
    {
        QList<PackageItem::State> result;
        for (const PackageItem &item : controller.packages()->items()) {
            result.append(item.state);
        }
        return result;
    }

    void verifyExactAssets(const QList<test::GitHubTwinState::Asset> &assets)
    {
        QStringList present;
        for (const auto &asset : assets) {
            present.append(asset.name);
            const qsizetype index = names.indexOf(asset.name);
            QVERIFY2(index >= 0, qPrintable(u"unexpected asset "_s + asset.name));
            QCOMPARE(asset.state, u"uploaded"_s);
            QCOMPARE(asset.content, m_debs.at(index));
        }
        present.sort();
        QCOMPARE(present, names);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_debDir.isValid());
        for (int i = 0; i < names.size(); ++i) {
            test::DebSpec spec;
            spec.payloadSize = 512 * 1024;
            spec.seed = quint32(i + 7);
            spec.compression = i == 1 ? u"zstd"_s : u"xz"_s;
            QString error;
            const QString deb = test::buildDeb(m_debDir.path(), names.at(i), spec, &error);
            QVERIFY2(!deb.isEmpty(), qPrintable(error));
            m_debs.append(readAll(deb));
            const QString zip = m_debDir.filePath(names.at(i) + u".zip"_s);
            QVERIFY(test::writeArtifactZip(zip, {deb}));
            m_zips.append(readAll(zip));
        }
        m_store.write(u"github/token"_s, token, [](const net::Error &) { });
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_session = std::make_unique<ReleaseSession>(m_dir->filePath(u"journal.sqlite"_s));
        QVERIFY(m_session->startRelease(tag));
    }

    void cleanup()
    {
        m_session.reset();
        m_dir.reset();
    }

    void attachesRealPackagesToTheDraftAndSkipsThemOnReRun()
    {
        test::GitHubTwin twin;
        QVERIFY(twin.start());
        twin.state().token = token;
        const qint64 releaseId = twin.addRelease(tag, true);
        const qint64 runId = twin.addRun(u".github/workflows/build-deb-package-and-integration-tests.yml"_s,
                                         u"Build Packages and tests on Droplets"_s, commit, u"success"_s);
        for (int i = 0; i < names.size(); ++i) {
            twin.addArtifact(runId, names.at(i), m_zips.at(i));
        }
        PackagesStepController controller;
        configure(controller, twin.api().url(), twin.uploads().url(), PipelineKind::AttachArtifacts);
        QCOMPARE(controller.mode(), PackagesStepController::AttachArtifacts);
        QCOMPARE(controller.packages()->rowCount(), 3);
        controller.setCommit(commit);

        // Progress reaches the page while the worker runs.
        int transfersSeen = 0;
        connect(controller.packages(), &QAbstractItemModel::dataChanged, this, [&](const QModelIndex &index) {
            if (index.data(PackagesItemModel::ActiveRole).toBool()) {
                ++transfersSeen;
            }
        });
        QVERIFY(run(controller));
        QVERIFY2(controller.outcome() == PackagesStepController::Succeeded, qPrintable(describe(controller)));
        QVERIFY(transfersSeen > 0);
        QCOMPARE(states(controller), QList<PackageItem::State>(3, PackageItem::State::Uploaded));
        const QModelIndex first = controller.packages()->index(0);
        QCOMPARE(first.data(PackagesItemModel::VersionRole).toString(), tag);
        QCOMPARE(first.data(PackagesItemModel::PackageRole).toString(), u"aleph-vm"_s);
        QCOMPARE(first.data(PackagesItemModel::Sha256Role).toString().toLatin1(), sha256(m_debs.at(0)));

        const auto *release = twin.state().release(releaseId);
        QVERIFY(release);
        QCOMPARE(release->assets.size(), 3);
        for (const auto &asset : release->assets) {
            const qsizetype index = names.indexOf(asset.name);
            QVERIFY2(index >= 0, qPrintable(asset.name));
            QCOMPARE(asset.content, m_debs.at(index));
        }
        QCOMPARE(m_session->journal()->stepState(tag, ReleaseStep::Packages), StepState::Done);
        const auto effects = m_session->journal()->effects(tag, u"packages"_s);
        QVERIFY(std::any_of(effects.cbegin(), effects.cend(), [](const JournalEffect &effect) {
            return effect.action == u"upload-asset"_s && effect.outcome == EffectOutcome::Succeeded;
        }));
        const qsizetype uploadsBefore = twin.uploads().requests().size();

        // Again: nothing is uploaded twice.
        QVERIFY(run(controller));
        QVERIFY2(controller.outcome() == PackagesStepController::Succeeded, qPrintable(describe(controller)));
        QCOMPARE(states(controller), QList<PackageItem::State>(3, PackageItem::State::SkippedIdentical));
        QCOMPARE(twin.uploads().requests().size(), uploadsBefore);
        QCOMPARE(twin.state().release(releaseId)->assets.size(), 3);

        // The release-on-tag pipeline: the same draft, verified instead.
        controller.setMode(PackagesStepController::VerifyDraft);
        QVERIFY(run(controller));
        QVERIFY2(controller.outcome() == PackagesStepController::Succeeded, qPrintable(describe(controller)));
        QCOMPARE(states(controller), QList<PackageItem::State>(3, PackageItem::State::Verified));
        QCOMPARE(twin.uploads().requests().size(), uploadsBefore);

        // Reopened, the page shows the last run from the journal.
        PackagesStepController reopened;
        configure(reopened, twin.api().url(), twin.uploads().url(), PipelineKind::AttachArtifacts);
        QCOMPARE(reopened.outcome(), PackagesStepController::Succeeded);
        QCOMPARE(reopened.commit(), commit);
        QCOMPARE(states(reopened), QList<PackageItem::State>(3, PackageItem::State::Verified));
    }

    void verifyingADraftWithAWrongPackageFails()
    {
        test::GitHubTwin twin;
        QVERIFY(twin.start());
        const qint64 releaseId = twin.addRelease(tag, true);
        auto *release = twin.state().release(releaseId);
        for (int i = 0; i < names.size(); ++i) {
            test::GitHubTwinState::Asset asset;
            asset.id = ++twin.state().nextId;
            asset.name = names.at(i);
            asset.content = i == 2 ? QByteArray("not a debian package") : m_debs.at(i);
            asset.size = asset.content.size();
            asset.contentType = u"application/vnd.debian.binary-package"_s;
            release->assets.append(asset);
        }
        PackagesStepController controller;
        configure(controller, twin.api().url(), twin.uploads().url(), PipelineKind::DraftByCi);
        QCOMPARE(controller.mode(), PackagesStepController::VerifyDraft);
        QVERIFY(run(controller));
        QCOMPARE(controller.outcome(), PackagesStepController::Failed);
        const QList<PackageItem::State> result = states(controller);
        QCOMPARE(result.at(0), PackageItem::State::Verified);
        QCOMPARE(result.at(2), PackageItem::State::Error);
        QVERIFY(!controller.packages()->index(2).data(PackagesItemModel::ErrorRole).toString().isEmpty());
        QCOMPARE(m_session->journal()->stepState(tag, ReleaseStep::Packages), StepState::NeedsAttention);
    }

    void anInterruptedRunIsResumedToExactlyTheExpectedAssets()
    {
        test::GitHubTwin twin;
        QVERIFY(twin.start());
        twin.state().token = token;
        const qint64 releaseId = twin.addRelease(tag, true);
        const qint64 runId = twin.addRun(u".github/workflows/build-deb-package-and-integration-tests.yml"_s,
                                         u"Build Packages and tests on Droplets"_s, commit, u"success"_s);
        for (int i = 0; i < names.size(); ++i) {
            twin.addArtifact(runId, names.at(i), m_zips.at(i));
        }
        PackagesStepController controller;
        configure(controller, twin.api().url(), twin.uploads().url(), PipelineKind::AttachArtifacts);
        controller.setRunId(QString::number(runId));

        // Cancelled as soon as the first upload starts.
        connect(controller.packages(), &QAbstractItemModel::dataChanged, &controller,
                [&controller](const QModelIndex &index) {
                    if (index.data(PackagesItemModel::StateRole).toInt() == PackagesItemModel::Uploading) {
                        controller.cancel();
                    }
                });
        QVERIFY(run(controller));
        QCOMPARE(controller.outcome(), PackagesStepController::Cancelled);
        QVERIFY(twin.state().release(releaseId)->assets.size() < names.size());
        QCOMPARE(m_session->journal()->stepState(tag, ReleaseStep::Packages), StepState::InProgress);
        disconnect(controller.packages(), nullptr, &controller, nullptr);

        // Then uploads that fail in every way GitHub's can: stored without an answer, a starter left behind, reset.
        using Fault = test::GitHubTwinState::UploadFault;
        twin.state().uploadFaults = {Fault::StoreThenReset, Fault::StarterThen502, Fault::ResetBeforeStore};
        QVERIFY(run(controller));
        // Each fault was met; the run recovered from them by listing again (GitHub's 422 already_exists tells that
        // a lost answer's upload is there) or left the rest to the next run.
        QVERIFY(twin.state().uploadFaults.isEmpty());
        QVERIFY(controller.outcome() != PackagesStepController::Cancelled);

        // The next run ends with exactly the expected assets, each once and whole.
        QVERIFY(run(controller));
        QVERIFY2(controller.outcome() == PackagesStepController::Succeeded, qPrintable(describe(controller)));
        verifyExactAssets(twin.state().release(releaseId)->assets);
    }

    void refusesToStartWithoutTokenOrRun()
    {
        PackagesStepController controller;
        secrets::MemorySecretStore empty;
        configure(controller, QUrl(u"http://127.0.0.1:9"_s), QUrl(u"http://127.0.0.1:9"_s),
                  PipelineKind::AttachArtifacts);
        controller.start();
        QCOMPARE(controller.outcome(), PackagesStepController::Failed);
        QVERIFY(controller.message().contains(u"CI run"_s));
        controller.setSecretStore(&empty);
        controller.setRunId(u"42"_s);
        controller.start();
        QTRY_VERIFY(!controller.busy());
        QCOMPARE(controller.outcome(), PackagesStepController::Failed);
        QVERIFY2(controller.message().contains(u"token"_s), qPrintable(controller.message()));

        controller.planRequests();
        QVERIFY(!controller.plannedRequests().isEmpty());
        QVERIFY(controller.plannedRequests().constFirst().startsWith(
            u"GET http://127.0.0.1:9/repos/aleph-im/aleph-vm/releases"_s));
    }
};

QTEST_MAIN(TestPackagesStepController)
#include "tst_packagesstepcontroller.moc"
