// SPDX-License-Identifier: GPL-3.0-or-later
// Step 5 as the release engine's use case, against the GitHub twin with real .deb artifacts: the requests planned
// without sending any; the packages checked and reconciled with the draft's assets (each upload named with its
// size and sha256; an identical asset kept, another content replaced); a journaled run that records the run and
// the step's state, then uploads nothing twice; progress reported through downloads, hashing and uploads; a cancel
// that stops at a safe point and a re-run that finishes; an upload left open settled first; no run without a
// journal.
#include "release/packagesstep.h"

#include "release/steppolicy.h"

#include "attachflowfixture.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;
using namespace Qt::StringLiterals;
using packages::PackageItem;
using ra::test::AttachFlowFixture;
using release::PackagesStep;

class TestPackagesStep : public QObject
{
    Q_OBJECT

private:
    AttachFlowFixture m_fixture;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<github::GitHubClient> m_client;

    [[nodiscard]] github::Endpoints endpoints()
    {
        github::Endpoints endpoints;
        endpoints.api = m_fixture.twin().api().url();
        endpoints.uploads = m_fixture.twin().uploads().url();
        return endpoints;
    }

    [[nodiscard]] PackagesStep::Request request() const
    {
        PackagesStep::Request request;
        request.options.repository = {u"aleph-im"_s, u"aleph-vm"_s};
        request.options.tag = AttachFlowFixture::Tag;
        request.options.runId = m_fixture.runId();
        request.options.expectedNames = AttachFlowFixture::Names;
        request.options.workDir = m_dir->filePath(u"work"_s);
        return request;
    }

    [[nodiscard]] PackagesStep step() const
    {
        return PackagesStep(m_journal.get(), AttachFlowFixture::Tag);
    }

    [[nodiscard]] QList<JournalEffect> effects() const
    {
        return m_journal->effects(AttachFlowFixture::Tag, u"packages"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fixture.buildPackages(&error), qPrintable(error));
    }

    void init()
    {
        QVERIFY(m_fixture.start());
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QString error;
        m_journal = Journal::open(m_dir->filePath(u"journal.sqlite"_s), &error);
        QVERIFY2(m_journal, qPrintable(error));
        QVERIFY(m_journal->createRelease(AttachFlowFixture::Tag, {}));
        m_client = std::make_unique<github::GitHubClient>(endpoints());
        m_client->setToken(AttachFlowFixture::Token);
        m_client->http().setClock(std::make_shared<ra::test::FakeClock>());
    }

    void cleanup()
    {
        m_client.reset();
        m_journal.reset();
        m_dir.reset();
        m_fixture.stop();
    }

    void planNamesEveryRequestAndSendsNone()
    {
        const release::StepPlan plan = PackagesStep::plan(request(), endpoints());
        QCOMPARE(plan.step, ReleaseStep::Packages);
        QVERIFY(plan.operations.constFirst().target.endsWith(u"/repos/aleph-im/aleph-vm/releases?per_page=100"_s));
        QStringList uploads;
        for (const release::PlannedOperation &operation : plan.operations) {
            if (operation.action == u"upload-asset"_s) {
                QCOMPARE(operation.payload.value(u"method"_s).toString(), u"POST"_s);
                QVERIFY(operation.target.startsWith(m_fixture.twin().uploads().url().toString()));
                uploads.append(operation.key);
            }
        }
        QCOMPARE(uploads, AttachFlowFixture::Names);
        QCOMPARE(m_fixture.twin().api().requests().size(), 0);

        PackagesStep::Request verify = request();
        verify.mode = PackagesStep::Mode::Verify;
        const release::StepPlan checks = PackagesStep::plan(verify, endpoints());
        QCOMPARE(checks.operations.size(), 1 + AttachFlowFixture::Names.size());
        QVERIFY(std::none_of(checks.operations.cbegin(), checks.operations.cend(),
                             [](const auto &operation) { return !operation.action.isEmpty(); }));
    }

    void checkedPlanNamesEachUploadAndReconcilesWithTheDraft()
    {
        QList<PackageItem> items;
        const release::StepPlan plan = step().planChecked(request(), *m_client, {}, nullptr, &items);
        QVERIFY2(plan.blockers.isEmpty(), qPrintable(plan.blockers.join(u'\n')));
        QCOMPARE(plan.operations.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const release::PlannedOperation &upload = plan.operations.at(i);
            QCOMPARE(upload.action, u"upload-asset"_s);
            QCOMPARE(upload.key, AttachFlowFixture::Names.at(i));
            QCOMPARE(upload.payload.value(u"size"_s).toInteger(), m_fixture.debs().at(i).size());
            QCOMPARE(upload.payload.value(u"sha256"_s).toString().toLatin1(),
                     AttachFlowFixture::sha256(m_fixture.debs().at(i)));
            QCOMPARE(items.at(i).state, PackageItem::State::Inspected);
        }
        // Checking downloads and hashes; it changes nothing on GitHub and records nothing.
        QCOMPARE(m_fixture.uploadRequests(), 0);
        QVERIFY(m_fixture.assets().isEmpty());
        QVERIFY(effects().isEmpty());

        QVERIFY(step().execute(request(), *m_client).ok());
        const release::StepPlan done = step().planChecked(request(), *m_client);
        QVERIFY(done.operations.isEmpty());
        QVERIFY2(done.isDone(), qPrintable(done.doneNote));

        // Another content under one name: a replacement, under the temporary name of the checked file.
        m_fixture.twin().state().release(m_fixture.releaseId())->assets[1].digest = u"sha256:0000"_s;
        const release::StepPlan replace = step().planChecked(request(), *m_client);
        QCOMPARE(replace.operations.size(), 1);
        QVERIFY(replace.operations.constFirst().key.startsWith(AttachFlowFixture::Names.at(1) + u".ra-new-"_s));
        QVERIFY(replace.operations.constFirst().summary.contains(u"replace"_s));
    }

    void aJournaledRunAttachesOnceAndRecordsTheStep()
    {
        const PackagesStep::Outcome outcome = step().execute(request(), *m_client);
        QVERIFY2(outcome.ok(), qPrintable(outcome.message));
        QCOMPARE(outcome.items.size(), 3);
        for (const PackageItem &item : outcome.items) {
            QCOMPARE(item.state, PackageItem::State::Uploaded);
        }
        m_fixture.verifyExactAssets();
        QVERIFY2(outcome.message.contains(AttachFlowFixture::Tag), qPrintable(outcome.message));

        const QList<JournalEffect> recorded = effects();
        QCOMPARE(recorded.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(recorded.at(i).action, u"upload-asset"_s);
            QCOMPARE(recorded.at(i).key, AttachFlowFixture::Names.at(i));
            QCOMPARE(recorded.at(i).outcome, EffectOutcome::Succeeded);
            QCOMPARE(recorded.at(i).intent.value(u"sha256"_s).toString().toLatin1(),
                     AttachFlowFixture::sha256(m_fixture.debs().at(i)));
        }
        QCOMPARE(m_journal->stepState(AttachFlowFixture::Tag, ReleaseStep::Packages), StepState::Done);
        QCOMPARE(m_journal->stepNote(AttachFlowFixture::Tag, ReleaseStep::Packages), outcome.message);
        const PackagesStep::Status status = step().status();
        QCOMPARE(status.state, StepState::Done);
        QVERIFY(status.lastRun);
        QVERIFY(status.lastRun->ok());
        QCOMPARE(status.lastRun->items.size(), 3);
        QCOMPARE(status.lastRun->items.at(2).sha256.toLatin1(), AttachFlowFixture::sha256(m_fixture.debs().at(2)));

        const int uploads = m_fixture.uploadRequests();
        const PackagesStep::Outcome again = step().execute(request(), *m_client);
        QVERIFY(again.ok());
        for (const PackageItem &item : again.items) {
            QCOMPARE(item.state, PackageItem::State::SkippedIdentical);
        }
        QCOMPARE(m_fixture.uploadRequests(), uploads);
        QCOMPARE(effects().size(), 3);
    }

    void progressCoversDownloadsHashingAndUploads()
    {
        QList<PackageItem> rows(3);
        bool hashing = false;
        double last = 0.0;
        bool monotonic = true;
        const PackagesStep::Progress progress = [&](int index, const PackageItem &item) {
            rows[index] = item;
            hashing = hashing || (item.state == PackageItem::State::Downloaded && item.total > 0 && item.done > 0 &&
                                  item.total == item.size);
            const double now = PackagesStep::progressOf(rows, PackagesStep::Mode::Attach);
            monotonic = monotonic && now + 1e-9 >= last;
            last = now;
        };
        QVERIFY(step().execute(request(), *m_client, progress).ok());
        QVERIFY(hashing);
        QVERIFY(monotonic);
        QCOMPARE(last, 1.0);
    }

    void aCancelStopsAtASafePointAndTheReRunFinishes()
    {
        std::atomic_bool cancel = false;
        // Cancelled once the first package is checked: nothing is uploaded.
        const PackagesStep::Progress progress = [&cancel](int, const PackageItem &item) {
            if (item.state == PackageItem::State::Inspected) {
                cancel = true;
            }
        };
        const PackagesStep::Outcome cancelled = step().execute(request(), *m_client, progress, &cancel);
        QCOMPARE(cancelled.result, PackagesStep::Outcome::Result::Cancelled);
        QCOMPARE(m_fixture.uploadRequests(), 0);
        QCOMPARE(m_journal->stepState(AttachFlowFixture::Tag, ReleaseStep::Packages), StepState::InProgress);
        QCOMPARE(step().status().lastRun->result, PackagesStep::Outcome::Result::Cancelled);

        const PackagesStep::Outcome resumed = step().execute(request(), *m_client);
        QVERIFY2(resumed.ok(), qPrintable(resumed.message));
        m_fixture.verifyExactAssets();
    }

    void anUploadLeftOpenIsSettledFirst()
    {
        // A run killed after its upload intent, the asset stored: the next run must not upload it again.
        const QString name = AttachFlowFixture::Names.first();
        const QByteArray deb = m_fixture.debs().first();
        m_fixture.twin().addAsset(m_fixture.releaseId(), name, deb);
        QVERIFY(m_journal->beginEffect(AttachFlowFixture::Tag, u"packages"_s, u"upload-asset"_s, name,
                                       {{u"size"_s, deb.size()},
                                        {u"sha256"_s, QString::fromLatin1(AttachFlowFixture::sha256(deb))},
                                        {u"finalName"_s, name}}) > 0);
        const PackagesStep::Status open = step().status();
        QCOMPARE(open.state, StepState::NeedsAttention);
        QCOMPARE(open.unresolved.size(), 1);

        const PackagesStep::Outcome outcome = step().execute(request(), *m_client);
        QVERIFY2(outcome.ok(), qPrintable(outcome.message));
        QCOMPARE(outcome.items.constFirst().state, PackageItem::State::SkippedIdentical);
        m_fixture.verifyExactAssets();
        QCOMPARE(m_fixture.uploadRequests(), 2);
        QVERIFY(step().status().unresolved.isEmpty());
        QCOMPARE(release::StepPolicy::verdict(*m_journal, AttachFlowFixture::Tag, ReleaseStep::Packages).state,
                 StepState::Done);
    }

    void withoutAJournalNothingIsSent()
    {
        const PackagesStep::Outcome outcome =
            PackagesStep(nullptr, AttachFlowFixture::Tag).execute(request(), *m_client);
        QCOMPARE(outcome.result, PackagesStep::Outcome::Result::Failed);
        QVERIFY2(outcome.message.contains(u"journal"_s), qPrintable(outcome.message));
        QCOMPARE(m_fixture.twin().api().requests().size(), 0);
    }

    void outcomeReadsBackAsTheJournalKeepsIt()
    {
        PackagesStep::Outcome outcome;
        outcome.result = PackagesStep::Outcome::Result::Cancelled;
        outcome.mode = PackagesStep::Mode::Verify;
        outcome.message = u"cancelled; run the step again"_s;
        outcome.unexpected = {u"notes.txt"_s};
        outcome.finishedAt = QDateTime(QDate(2024, 5, 2), QTime(10, 0), QTimeZone::UTC);
        PackageItem item;
        item.name = AttachFlowFixture::Names.first();
        item.state = PackageItem::State::Verified;
        item.package = u"aleph-vm"_s;
        item.version = AttachFlowFixture::Tag;
        item.architecture = u"all"_s;
        item.sha256 = u"ab"_s;
        item.size = 42;
        outcome.items = {item};
        const QJsonObject json = outcome.toJson();
        // The names the app has kept in the journal since before the engine: a journal written then reads back.
        QCOMPARE(json.value(u"outcome"_s).toString(), u"Cancelled"_s);
        QCOMPARE(json.value(u"mode"_s).toString(), u"verify"_s);
        const PackagesStep::Outcome back = PackagesStep::Outcome::fromJson(json);
        QCOMPARE(back.result, outcome.result);
        QCOMPARE(back.mode, outcome.mode);
        QCOMPARE(back.message, outcome.message);
        QCOMPARE(back.unexpected, outcome.unexpected);
        QCOMPARE(back.finishedAt, outcome.finishedAt);
        QCOMPARE(back.items.constFirst().toJson(), item.toJson());
        QCOMPARE(PackagesStep::resultKey(back.result), u"cancelled"_s);
    }
};

QTEST_GUILESS_MAIN(TestPackagesStep)
#include "tst_packagesstep.moc"
