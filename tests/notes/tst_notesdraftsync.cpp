// SPDX-License-Identifier: GPL-3.0-or-later
// Draft sync end to end: NotesDraftSync against the stateful GitHub twin, with a real journal. Saving creates
// the draft, loading reads it back, a web edit is loaded or, when the editor changed too, reported with both
// texts and never overwritten; every synced text is a journal revision with its hash, diffable with any other.
#include "githubtwin.h"
#include "journal/journal.h"
#include "notes/notesdraftsync.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ra::notes::DraftSyncOutcome;
using ra::notes::NotesDraftSync;
using ra::notes::SyncAction;
using ra::test::GitHubTwin;

class TestNotesDraftSync : public QObject
{
    Q_OBJECT

private:
    const QString m_release = u"1.15.0"_s;
    const QString m_token = u"github_pat_11TWINTOKEN0000000000_abcdefghijklmnop"_s;
    const QString m_first = u"# 1.15.0\n\nFirst draft.\n\n## Bug fixes\n\n- Fixed the cache (#701)\n"_s;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<GitHubTwin> m_twin;
    std::unique_ptr<ra::github::GitHubClient> m_client;
    std::unique_ptr<ra::Journal> m_journal;
    std::unique_ptr<NotesDraftSync> m_sync;

    DraftSyncOutcome await(const std::function<void(NotesDraftSync::Done)> &start)
    {
        std::optional<DraftSyncOutcome> outcome;
        start([&outcome](const DraftSyncOutcome &result) { outcome = result; });
        if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 10000)) {
            DraftSyncOutcome timeout;
            timeout.error = u"test timed out"_s;
            return timeout;
        }
        return *outcome;
    }

    DraftSyncOutcome sync(const QString &text)
    {
        return await([&](NotesDraftSync::Done done) { m_sync->sync(text, done); });
    }

    ra::test::GitHubTwinState::Release *draft()
    {
        return m_twin->state().releaseByTag(m_release);
    }

    QList<ra::JournalEffect> saveEffects() const
    {
        QList<ra::JournalEffect> effects;
        for (const ra::JournalEffect &effect : m_journal->effects(m_release, u"notes"_s)) {
            if (effect.action.endsWith(u"-notes-draft"_s)) {
                effects.append(effect);
            }
        }
        return effects;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_twin = std::make_unique<GitHubTwin>();
        QVERIFY(m_twin->start());
        m_twin->state().token = m_token;
        ra::github::Endpoints endpoints;
        endpoints.api = m_twin->api().url();
        endpoints.uploads = m_twin->uploads().url();
        endpoints.web = m_twin->web().url();
        m_client = std::make_unique<ra::github::GitHubClient>(endpoints);
        m_client->setToken(m_token);
        QString error;
        m_journal = ra::Journal::open(m_dir->filePath(u"journal.sqlite"_s), &error);
        QVERIFY2(m_journal, qPrintable(error));
        QVERIFY(m_journal->createRelease(m_release, {}));
        m_sync = std::make_unique<NotesDraftSync>(
            *m_client, *m_journal, ra::github::RepositoryRef{u"aleph-im"_s, u"aleph-vm"_s}, m_release, m_release);
    }

    void cleanup()
    {
        m_sync.reset();
        m_journal.reset();
        m_client.reset();
        m_twin.reset();
        m_dir.reset();
    }

    void saveCreatesTheDraftAndLoadsItBack()
    {
        m_sync->setTargetCommitish(u"0123456789abcdef0123456789abcdef01234567"_s);
        const DraftSyncOutcome created = sync(m_first);
        QVERIFY2(created.ok(), qPrintable(created.error));
        QCOMPARE(created.action, SyncAction::Create);
        QVERIFY(draft());
        QVERIFY(draft()->draft);
        QCOMPARE(draft()->body, m_first);
        QCOMPARE(draft()->name, m_release);
        QCOMPARE(draft()->targetCommitish, u"0123456789abcdef0123456789abcdef01234567"_s);
        QCOMPARE(created.releaseId, draft()->id);
        QVERIFY(created.revision);
        QCOMPARE(created.revision->number, 1);
        QCOMPARE(created.revision->hash, ra::notes::syncHash(m_first));
        QCOMPARE(created.revision->origin, u"saved"_s);

        // The write is a journal effect: intent with the content hash before, result after.
        const auto effects = saveEffects();
        QCOMPARE(effects.size(), 1);
        QCOMPARE(effects.first().action, u"create-notes-draft"_s);
        QCOMPARE(effects.first().outcome, ra::EffectOutcome::Succeeded);
        QCOMPARE(effects.first().intent.value(u"hash"_s).toString(), ra::notes::syncHash(m_first));
        QCOMPARE(effects.first().result.value(u"releaseId"_s).toString(), QString::number(draft()->id));

        const DraftSyncOutcome loaded = await([&](NotesDraftSync::Done done) { m_sync->load(done); });
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        QCOMPARE(loaded.action, SyncAction::Load);
        QCOMPARE(loaded.remoteBody, m_first);
        QVERIFY2(!loaded.revision, "loading the text just saved is not a new revision");

        // Saving the same text again sends nothing.
        const int patches = m_twin->api().requestCount("PATCH");
        QCOMPARE(sync(m_first).action, SyncAction::UpToDate);
        QCOMPARE(m_twin->api().requestCount("PATCH"), patches);
        QCOMPARE(m_twin->state().releases.size(), 1);
    }

    void localEditUpdatesTheDraft()
    {
        QCOMPARE(sync(m_first).action, SyncAction::Create);
        const QString second = m_first + u"- Fixed IPv6 (#702)\n"_s;
        const DraftSyncOutcome saved = sync(second);
        QVERIFY2(saved.ok(), qPrintable(saved.error));
        QCOMPARE(saved.action, SyncAction::Save);
        QCOMPARE(draft()->body, second);
        QCOMPARE(m_twin->state().releases.size(), 1);
        QCOMPARE(saved.revision->number, 2);
        QCOMPARE(saveEffects().constLast().action, u"update-notes-draft"_s);
    }

    void webEditIsLoadedWhenTheEditorDidNotChange()
    {
        QCOMPARE(sync(m_first).action, SyncAction::Create);
        // Someone fixes a typo on github.com; GitHub stores web edits with CRLF.
        const QString web = u"# 1.15.0\r\n\r\nFirst draft, edited on the web.\r\n"_s;
        draft()->body = web;
        const int patches = m_twin->api().requestCount("PATCH");
        const DraftSyncOutcome outcome = sync(m_first);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        QCOMPARE(outcome.action, SyncAction::Load);
        QCOMPARE(outcome.remoteBody, web);
        QCOMPARE(outcome.revision->origin, u"loaded"_s);
        QCOMPARE(draft()->body, web);
        QCOMPARE(m_twin->api().requestCount("PATCH"), patches);
    }

    void conflictingWebEditShowsBothAndOverwritesNothing()
    {
        QCOMPARE(sync(m_first).action, SyncAction::Create);
        const QString mine = m_first + u"- Fixed IPv6 (#702)\n"_s;
        const QString web = m_first + u"- Fixed the scheduler (#703)\n"_s;
        draft()->body = web;
        const int patches = m_twin->api().requestCount("PATCH");

        const DraftSyncOutcome conflict = sync(mine);
        QVERIFY2(conflict.ok(), qPrintable(conflict.error));
        QCOMPARE(conflict.action, SyncAction::Conflict);
        QCOMPARE(conflict.remoteBody, web);
        QVERIFY2(conflict.conflictText.contains(u"<<<<<<< your notes\n- Fixed IPv6 (#702)\n=======\n"
                                                u"- Fixed the scheduler (#703)\n>>>>>>> GitHub draft"_s),
                 qPrintable(conflict.conflictText));
        QVERIFY(!conflict.revision);
        QCOMPARE(draft()->body, web);
        QCOMPARE(m_twin->api().requestCount("PATCH"), patches);
        QCOMPARE(m_sync->revisions().count(), 1);

        // Asking again does not wear the conflict down into an overwrite.
        QCOMPARE(sync(mine).action, SyncAction::Conflict);
        QCOMPARE(draft()->body, web);

        // The maintainer merges; someone edits the web again meanwhile: still no overwrite.
        const QString merged = m_first + u"- Fixed IPv6 (#702)\n- Fixed the scheduler (#703)\n"_s;
        const QString webHash = ra::notes::syncHash(web);
        const QString webAgain = web + u"- Fixed the metrics (#704)\n"_s;
        draft()->body = webAgain;
        const DraftSyncOutcome again =
            await([&](NotesDraftSync::Done done) { m_sync->saveMerged(merged, webHash, done); });
        QCOMPARE(again.action, SyncAction::Conflict);
        QCOMPARE(again.remoteBody, webAgain);
        QCOMPARE(draft()->body, webAgain);
        QCOMPARE(m_twin->api().requestCount("PATCH"), patches);

        // Merged against the latest web text: saved, and recorded as a merge.
        const QString mergedAgain = merged + u"- Fixed the metrics (#704)\n"_s;
        const DraftSyncOutcome saved = await(
            [&](NotesDraftSync::Done done) { m_sync->saveMerged(mergedAgain, ra::notes::syncHash(webAgain), done); });
        QVERIFY2(saved.ok(), qPrintable(saved.error));
        QCOMPARE(saved.action, SyncAction::Save);
        QCOMPARE(draft()->body, mergedAgain);
        QCOMPARE(saved.revision->origin, u"merged"_s);
        QCOMPARE(saved.revision->number, 2);
        // From now on the merged text is the base: the next local edit is a plain save.
        QCOMPARE(sync(mergedAgain + u"\nThanks to all contributors.\n"_s).action, SyncAction::Save);
    }

    void revisionsAreKeptInTheJournalAndDiffable()
    {
        const QString second = m_first + u"- Fixed IPv6 (#702)\n"_s;
        const QString third = QString(second).replace(u"First draft."_s, u"A reliability release."_s);
        QCOMPARE(sync(m_first).action, SyncAction::Create);
        QCOMPARE(sync(second).action, SyncAction::Save);
        QCOMPARE(sync(third).action, SyncAction::Save);

        // A new journal object on the same database (as after a restart) sees every revision.
        m_sync.reset();
        QString error;
        auto reopened = ra::Journal::open(m_journal->databasePath(), &error);
        QVERIFY2(reopened, qPrintable(error));
        const ra::notes::NotesRevisions revisions(*reopened, m_release);
        const QList<ra::notes::NotesRevision> all = revisions.all();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).text, m_first);
        QCOMPARE(all.at(1).text, second);
        QCOMPARE(all.at(2).text, third);
        for (const auto &revision : all) {
            QCOMPARE(revision.hash, ra::notes::syncHash(revision.text));
            QCOMPARE(revision.releaseId, draft()->id);
            QVERIFY(revision.savedAt.isValid());
        }
        QCOMPARE(revisions.lastSyncedHash(), ra::notes::syncHash(third));

        const auto diff = revisions.diff(1, 3);
        QVERIFY(diff);
        QStringList removed;
        QStringList added;
        for (const ra::notes::DiffLine &line : *diff) {
            if (line.op == ra::notes::DiffLine::Op::Removed) {
                removed.append(line.text);
            } else if (line.op == ra::notes::DiffLine::Op::Added) {
                added.append(line.text);
            }
        }
        QCOMPARE(removed, QStringList{u"First draft."_s});
        QCOMPARE(added, (QStringList{u"A reliability release."_s, u"- Fixed IPv6 (#702)"_s}));
        QVERIFY(!revisions.diff(1, 4));
        QVERIFY(revisions.diff(3, 1));
    }

    void failedSaveIsJournalledAndRecordsNoRevision()
    {
        QCOMPARE(sync(m_first).action, SyncAction::Create);
        m_twin->api().injectFault(
            "PATCH", m_twin->repoPath() + u"/releases/{id}"_s,
            ra::test::HttpResponse::json(422, QJsonDocument(QJsonObject{{u"message"_s, u"Validation Failed"_s}})));
        const DraftSyncOutcome failed = sync(m_first + u"more\n"_s);
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error.contains(u"Validation Failed"_s), qPrintable(failed.error));
        QCOMPARE(saveEffects().constLast().outcome, ra::EffectOutcome::Failed);
        QCOMPARE(m_sync->revisions().count(), 1);
        QCOMPARE(draft()->body, m_first);
    }

    void publishedReleaseIsLeftAlone()
    {
        const qint64 id = m_twin->addRelease(m_release, false);
        m_twin->state().release(id)->body = u"Published notes"_s;
        const DraftSyncOutcome outcome = sync(m_first);
        QVERIFY(!outcome.ok());
        QVERIFY2(outcome.error.contains(u"already published"_s), qPrintable(outcome.error));
        QCOMPARE(m_twin->state().release(id)->body, u"Published notes"_s);
        QCOMPARE(m_twin->api().requestCount("PATCH"), 0);
    }

    void loadWithoutDraftFails()
    {
        const DraftSyncOutcome outcome = await([&](NotesDraftSync::Done done) { m_sync->load(done); });
        QVERIFY(!outcome.ok());
        QVERIFY2(outcome.error.contains(u"no draft"_s), qPrintable(outcome.error));
    }
};

QTEST_GUILESS_MAIN(TestNotesDraftSync)
#include "tst_notesdraftsync.moc"
