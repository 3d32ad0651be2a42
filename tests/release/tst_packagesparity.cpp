// SPDX-License-Identifier: GPL-3.0-or-later
// Step 5's two front ends over the one use case, against the GitHub twin with real .deb artifacts: `packages attach`
// and the app's controller, each on a fresh twin with the same draft and run, leave the same journal effects, the
// same step state and last run, and the same assets on the draft; the controller reports its overall progress
// while the worker runs, and a row its check while the worker hashes; run again, neither uploads anything.
#include "app/packagesstepcontroller.h"
#include "app/releasesession.h"
#include "app/steplistmodel.h"
#include "core/playbookloader.h"
#include "journal/journal.h"
#include "release/packagesstep.h"
#include "secrets/memorysecretstore.h"

#include "attachflowfixture.h"
#include "clirunner.h"

#include <QJsonArray>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;
using namespace Qt::StringLiterals;
using ra::test::AttachFlowFixture;

namespace {

const QString &tag = AttachFlowFixture::Tag;

/// An effect as both front ends must leave it, without what differs between two machines' runs (ids, times, the
/// work folder).
QJsonObject comparable(const JournalEffect &effect)
{
    QJsonObject intent = effect.intent;
    intent.remove(u"path"_s);
    QJsonObject result = effect.result;
    result.remove(u"assetId"_s);
    return {{u"step"_s, effect.step},  {u"action"_s, effect.action},
            {u"key"_s, effect.key},    {u"outcome"_s, outcomeKey(effect.outcome)},
            {u"intent"_s, intent},     {u"result"_s, result},
            {u"error"_s, effect.error}};
}

/// What a run left in the journal: its effects, step 5's state and note, and the last run without its time.
struct Recorded {
    QList<QJsonObject> effects;
    StepState state = StepState::NotStarted;
    QString note;
    QJsonObject lastRun;
};

Recorded recordedIn(const QString &journalPath)
{
    Recorded recorded;
    const auto journal = Journal::open(journalPath);
    if (!journal) {
        return recorded;
    }
    for (const JournalEffect &effect : journal->effects(tag, u"packages"_s)) {
        recorded.effects.append(comparable(effect));
    }
    recorded.state = journal->stepState(tag, ReleaseStep::Packages);
    recorded.note = journal->stepNote(tag, ReleaseStep::Packages);
    recorded.lastRun = journal->value(tag, QString::fromLatin1(release::PackagesStep::LastRunValue)).toObject();
    recorded.lastRun.remove(u"at"_s);
    return recorded;
}

/// The draft's assets: name, state and content.
QList<QJsonObject> draftOf(AttachFlowFixture &fixture)
{
    QList<QJsonObject> assets;
    for (const auto &asset : fixture.assets()) {
        assets.append({{u"name"_s, asset.name},
                       {u"state"_s, asset.state},
                       {u"sha256"_s, QString::fromLatin1(AttachFlowFixture::sha256(asset.content))}});
    }
    return assets;
}

} // namespace

class TestPackagesParity : public QObject
{
    Q_OBJECT

private:
    AttachFlowFixture m_fixture;
    QTemporaryDir m_dir;
    secrets::MemorySecretStore m_store;

    [[nodiscard]] Playbook playbook() const
    {
        Playbook book = *PlaybookLoader::loadPreset(u"aleph-vm"_s).playbook;
        book.pipelineKind = PipelineKind::AttachArtifacts;
        book.expectedAssets = AttachFlowFixture::Names;
        return book;
    }

    /// `packages attach` on the fixture's twin, recorded in \a journal.
    ra::test::CliRun attachWithCli(const QString &journal)
    {
        QStringList arguments{u"--json"_s,
                              u"packages"_s,
                              u"attach"_s,
                              u"--release"_s,
                              tag,
                              u"--repo"_s,
                              u"aleph-im/aleph-vm"_s,
                              u"--api-url"_s,
                              m_fixture.twin().api().url().toString(),
                              u"--uploads-url"_s,
                              m_fixture.twin().uploads().url().toString(),
                              u"--run-id"_s,
                              QString::number(m_fixture.runId()),
                              u"--work-dir"_s,
                              m_dir.filePath(u"cli-work"_s),
                              u"--journal"_s,
                              journal};
        for (const QString &name : AttachFlowFixture::Names) {
            arguments << u"--asset"_s << name;
        }
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"GITHUB_TOKEN"_s, AttachFlowFixture::Token);
        return ra::test::runCliServing(arguments, environment);
    }

    /// The controller as the page drives it, started and waited for; the progress it showed meanwhile in \a seen.
    bool attachWithApp(PackagesStepController &controller, QList<double> *seen)
    {
        connect(&controller, &PackagesStepController::progressChanged, &controller,
                [&controller, seen] { seen->append(controller.progress()); });
        QSignalSpy finished(&controller, &PackagesStepController::finished);
        controller.start();
        return finished.wait(60000) && !controller.busy();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_fixture.buildPackages(&error), qPrintable(error));
        m_store.write(u"github/token"_s, AttachFlowFixture::Token, [](const net::Error &) { });
    }

    void packagesAttachAndTheAppLeaveTheSameEffectsAndDraft()
    {
        // The CLI on a twin of its own.
        QVERIFY(m_fixture.start());
        const QString cliJournal = m_dir.filePath(u"cli.sqlite"_s);
        const auto cli = attachWithCli(cliJournal);
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.out + cli.err));
        QVERIFY(cli.json().object().value(u"ok"_s).toBool());
        const QList<QJsonObject> cliDraft = draftOf(m_fixture);
        const int cliUploads = m_fixture.uploadRequests();
        const auto cliAgain = attachWithCli(cliJournal);
        QCOMPARE(cliAgain.exitCode, 0);
        QCOMPARE(m_fixture.uploadRequests(), cliUploads);
        m_fixture.stop();

        // The app on another twin with the same draft and run.
        QVERIFY(m_fixture.start());
        const QString appJournal = m_dir.filePath(u"app.sqlite"_s);
        QList<double> progress;
        {
            ReleaseSession session(appJournal);
            QVERIFY(session.startRelease(tag));
            PackagesStepController controller;
            github::Endpoints endpoints;
            endpoints.api = m_fixture.twin().api().url();
            endpoints.uploads = m_fixture.twin().uploads().url();
            controller.setEndpoints(endpoints);
            controller.setSecretStore(&m_store);
            controller.setPlaybook(playbook());
            controller.setWorkDirectory(m_dir.filePath(u"app-work"_s));
            controller.setSession(&session);
            controller.setRunId(QString::number(m_fixture.runId()));
            QCOMPARE(controller.progress(), -1.0);
            bool inProgressShown = false;
            connect(&controller, &PackagesStepController::progressChanged, &controller, [&] {
                inProgressShown =
                    inProgressShown ||
                    session.steps()->index(4).data(StepListModel::StateRole).value<StepListModel::State>() ==
                        StepListModel::InProgress;
            });
            QVERIFY(attachWithApp(controller, &progress));
            // The step list showed step 5 in progress while the worker ran.
            QVERIFY(inProgressShown);
            QCOMPARE(controller.outcome(), PackagesStepController::Succeeded);
            QCOMPARE(controller.progress(), -1.0);
            const int appUploads = m_fixture.uploadRequests();
            QVERIFY(attachWithApp(controller, &progress));
            QCOMPARE(controller.outcome(), PackagesStepController::Succeeded);
            QCOMPARE(m_fixture.uploadRequests(), appUploads);
            QCOMPARE(appUploads, cliUploads);
        }
        // While the worker ran, the page saw the run go forward between 0 and 1.
        QVERIFY(
            std::any_of(progress.cbegin(), progress.cend(), [](double value) { return value > 0.0 && value < 1.0; }));
        QVERIFY(std::all_of(progress.cbegin(), progress.cend(),
                            [](double value) { return value == -1.0 || (value >= 0.0 && value <= 1.0); }));

        QCOMPARE(draftOf(m_fixture), cliDraft);
        QCOMPARE(cliDraft.size(), AttachFlowFixture::Names.size());
        const Recorded fromCli = recordedIn(cliJournal);
        const Recorded fromApp = recordedIn(appJournal);
        QCOMPARE(fromCli.effects.size(), AttachFlowFixture::Names.size());
        QCOMPARE(fromApp.effects, fromCli.effects);
        QCOMPARE(fromApp.state, fromCli.state);
        QCOMPARE(fromCli.state, StepState::Done);
        QCOMPARE(fromApp.note, fromCli.note);
        QCOMPARE(fromApp.lastRun, fromCli.lastRun);
        QCOMPARE(fromCli.lastRun.value(u"packages"_s).toArray().size(), AttachFlowFixture::Names.size());
        m_fixture.stop();
    }

    void aRowShowsItsCheckWhileTheWorkerHashes()
    {
        // What the worker reports while it hashes a downloaded package, as the page's row shows it.
        PackagesItemModel model;
        packages::PackageItem item;
        item.name = AttachFlowFixture::Names.first();
        item.state = packages::PackageItem::State::Downloaded;
        model.updateItem(0, item);
        const QModelIndex row = model.index(0);
        QVERIFY(!row.data(PackagesItemModel::ActiveRole).toBool());
        QCOMPARE(row.data(PackagesItemModel::ProgressRole).toDouble(), -1.0);
        item.done = 256;
        item.total = 1024;
        model.updateItem(0, item);
        QVERIFY(row.data(PackagesItemModel::ActiveRole).toBool());
        QCOMPARE(row.data(PackagesItemModel::ProgressRole).toDouble(), 0.25);
        QVERIFY2(row.data(PackagesItemModel::ProgressTextRole).toString().startsWith(u"checking"_s),
                 qPrintable(row.data(PackagesItemModel::ProgressTextRole).toString()));
        item.done = 1024;
        model.updateItem(0, item);
        QVERIFY(!row.data(PackagesItemModel::ActiveRole).toBool());
    }
};

QTEST_MAIN(TestPackagesParity)
#include "tst_packagesparity.moc"
