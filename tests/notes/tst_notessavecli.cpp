// SPDX-License-Identifier: GPL-3.0-or-later
// `release-assistant-cli notes save`, end to end: the real executable against the GitHub twin served by this
// process, on a clone whose range the lint checks. Exit 0 when saved or up to date, 1 on a lint error (findings
// with lines, nothing sent) and on a conflict (both versions in <file>.conflict, the edited file then taken as
// the merge), 2 for a file that is not UTF-8, without a token and for a misspelled tag; a web edit written back
// to an unchanged file; --keep-mine replaces a web edit knowingly, its text kept as a revision; --json; --dry-run
// sends and records nothing.
#include "journal/journal.h"
#include "notes/draftsync.h"
#include "notes/notesrevisions.h"

#include "notessavefixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString token = u"github_pat_11TWINTOKEN0000000000_notessavecli"_s;
const QString tag = ra::test::NotesSaveFixture::Tag;
const QString first = u"# 1.1.0\n\n## Bug fixes\n\n- Keep the VM network up (#11)\n"_s;

} // namespace

class TestNotesSaveCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<ra::test::NotesSaveFixture>(token);
        QString error;
        QVERIFY2(m_fixture->setUp({}, &error), qPrintable(error));
        m_twin = m_fixture->startTwin();
        QVERIFY(m_twin);
        m_clone = m_fixture->clonePath();
        m_notes = m_fixture->notesPath();
    }

    void cleanup()
    {
        m_twin.reset();
        m_fixture.reset();
    }

    void savesThenIsUpToDate()
    {
        QVERIFY(write(first.toUtf8()));
        const auto created = save();
        QVERIFY2(created.exitCode == 0, qPrintable(created.out + created.err));
        QVERIFY2(created.out.contains(u"Created the draft release 1.1.0"_s), qPrintable(created.out));
        QVERIFY2(created.out.contains(u"Step 4: done"_s), qPrintable(created.out));
        QCOMPARE(m_twin->state().releaseByTag(tag)->body, first);

        const int writes = m_twin->api().requestCount("PATCH") + m_twin->api().requestCount("POST");
        const auto again = save({u"--json"_s});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        const QJsonObject json = again.json().object();
        QCOMPARE(json.value(u"outcome"_s).toString(), u"up-to-date"_s);
        QCOMPARE(json.value(u"release"_s).toString(), tag);
        QCOMPARE(json.value(u"errors"_s).toInt(), 0);
        QCOMPARE(json.value(u"step"_s).toObject().value(u"state"_s).toString(), u"done"_s);
        QCOMPARE(json.value(u"releaseId"_s).toString(), QString::number(m_twin->state().releaseByTag(tag)->id));
        QCOMPARE(m_twin->api().requestCount("PATCH") + m_twin->api().requestCount("POST"), writes);

        // `release status` reads the same state through the one policy.
        const auto status = ra::test::runCli({u"release"_s, u"status"_s, u"--release"_s, tag, u"--json"_s, u"--repo"_s,
                                              m_clone, u"--journal"_s, journalPath()});
        QCOMPARE(status.json().object().value(u"steps"_s).toArray().at(3).toObject().value(u"state"_s).toString(),
                 u"done"_s);
    }

    void aLintErrorIsExitOneAndSendsNothing()
    {
        QVERIFY(write((first + u"- Add the VM pool (#10)\n"_s).toUtf8()));
        const auto refused = save();
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.out.contains(m_notes + u":6: error [pr-out-of-range]"_s), qPrintable(refused.out));
        QVERIFY2(refused.err.contains(u"nothing was sent"_s), qPrintable(refused.err));
        QVERIFY(m_twin->api().requests().isEmpty());

        const auto json = save({u"--json"_s});
        QCOMPARE(json.exitCode, 1);
        const QJsonObject result = json.json().object();
        QCOMPARE(result.value(u"outcome"_s).toString(), u"lint-error"_s);
        QCOMPARE(result.value(u"errors"_s).toInt(), 1);
        const QJsonObject finding = result.value(u"findings"_s).toArray().at(0).toObject();
        QCOMPARE(finding.value(u"line"_s).toInt(), 6);
        QCOMPARE(finding.value(u"rule"_s).toString(), u"pr-out-of-range"_s);
        QVERIFY(m_twin->api().requests().isEmpty());
    }

    void badInputIsExitTwo()
    {
        QVERIFY(write("# 1.1.0\n\nCaf\xe9\n"));
        const auto latin1 = save();
        QCOMPARE(latin1.exitCode, 2);
        QVERIFY2(latin1.err.contains(u"not valid UTF-8: line 3"_s), qPrintable(latin1.err));

        QVERIFY(write(first.toUtf8()));
        const auto anonymous = save({}, false);
        QCOMPARE(anonymous.exitCode, 2);
        QVERIFY2(anonymous.err.contains(u"GITHUB_TOKEN is not set"_s), qPrintable(anonymous.err));
        QVERIFY(m_twin->api().requests().isEmpty());
        QVERIFY(!QFile::exists(journalPath()));

        const auto misspelled = save({u"--release"_s, u"1.1.0rc1"_s});
        QCOMPARE(misspelled.exitCode, 2);
        QVERIFY2(misspelled.err.contains(u"1.1.0-rc1"_s), qPrintable(misspelled.err));
        QVERIFY(m_twin->api().requests().isEmpty());
    }

    void aWebEditIsWrittenToTheUnchangedFile()
    {
        QVERIFY(write(first.toUtf8()));
        QCOMPARE(save().exitCode, 0);
        const QString web = first + u"- Keep the VM network up on reboot (#11)\n"_s;
        m_twin->state().releaseByTag(tag)->body = web;
        const int patches = m_twin->api().requestCount("PATCH");
        const auto loaded = save();
        QVERIFY2(loaded.exitCode == 0, qPrintable(loaded.out + loaded.err));
        QVERIFY2(loaded.out.contains(u"Wrote the draft's text to %1"_s.arg(m_notes)), qPrintable(loaded.out));
        QCOMPARE(read(), web);
        QCOMPARE(m_twin->api().requestCount("PATCH"), patches);
        // The file and the draft agree now: saving it again changes nothing.
        QVERIFY(save().out.contains(u"already holds these notes"_s));
    }

    void aConflictIsExitOneUntilTheFileIsMerged()
    {
        QVERIFY(write(first.toUtf8()));
        QCOMPARE(save().exitCode, 0);
        const QString web = first + u"- Keep the VM network up on reboot (#11)\n"_s;
        m_twin->state().releaseByTag(tag)->body = web;
        const QString mine = first + u"\nThanks to all contributors.\n"_s;
        QVERIFY(write(mine.toUtf8()));

        const auto conflict = save({u"--json"_s});
        QCOMPARE(conflict.exitCode, 1);
        const QJsonObject json = conflict.json().object();
        QCOMPARE(json.value(u"outcome"_s).toString(), u"conflict"_s);
        QCOMPARE(json.value(u"step"_s).toObject().value(u"state"_s).toString(), u"needs-attention"_s);
        QCOMPARE(json.value(u"conflictFile"_s).toString(), m_notes + u".conflict"_s);
        QVERIFY2(conflict.err.contains(u"edit %1"_s.arg(m_notes)), qPrintable(conflict.err));
        QFile both(m_notes + u".conflict"_s);
        QVERIFY(both.open(QIODevice::ReadOnly));
        const QString merge = QString::fromUtf8(both.readAll());
        QVERIFY2(merge.contains(u"<<<<<<< your notes\n\nThanks to all contributors.\n=======\n"_s), qPrintable(merge));
        QVERIFY2(merge.contains(u"on reboot (#11)\n>>>>>>> GitHub draft"_s), qPrintable(merge));
        QCOMPARE(m_twin->state().releaseByTag(tag)->body, web);
        QCOMPARE(read(), mine);

        // The merge, markers and all, is refused by the lint; the file edited into one text is saved.
        QVERIFY(write(merge.toUtf8()));
        const auto markers = save();
        QCOMPARE(markers.exitCode, 1);
        QVERIFY2(markers.out.contains(u"[conflict-marker]"_s), qPrintable(markers.out));
        const QString merged = web + u"\nThanks to all contributors.\n"_s;
        QVERIFY(write(merged.toUtf8()));
        const auto saved = save();
        QVERIFY2(saved.exitCode == 0, qPrintable(saved.out + saved.err));
        QCOMPARE(m_twin->state().releaseByTag(tag)->body, merged);
        QVERIFY2(saved.out.contains(u"Step 4: done"_s), qPrintable(saved.out));
    }

    void aDryRunPrintsTheRequestAndSendsNothing()
    {
        QVERIFY(write(first.toUtf8()));
        const auto dry = save({u"--dry-run"_s});
        QVERIFY2(dry.exitCode == 0, qPrintable(dry.out + dry.err));
        QVERIFY2(dry.out.contains(u"would send: POST /repos/aleph-im/aleph-vm/releases (the notes as body: %1 "
                                  u"characters, sha256 %2)"_s.arg(first.size())
                                      .arg(ra::notes::syncHash(first))),
                 qPrintable(dry.out));
        const auto json = save({u"--dry-run"_s, u"--json"_s});
        const QJsonObject request = json.json().object().value(u"request"_s).toObject();
        QCOMPARE(request.value(u"method"_s).toString(), u"POST"_s);
        QCOMPARE(request.value(u"json"_s).toObject().value(u"body"_s).toString(), first);
        QVERIFY(json.json().object().value(u"dryRun"_s).toBool());
        QCOMPARE(m_twin->api().requestCount("POST"), 0);
        QVERIFY(m_twin->state().releases.isEmpty());
        QString error;
        const auto journal = ra::Journal::open(journalPath(), &error);
        QVERIFY2(journal, qPrintable(error));
        QVERIFY(!journal->hasRelease(tag));
    }

    void keepMineReplacesAWebEditKnowingly()
    {
        QVERIFY(write(first.toUtf8()));
        QCOMPARE(save().exitCode, 0);
        const QString web = first + u"- Keep the VM network up on reboot (#11)\n"_s;
        m_twin->state().releaseByTag(tag)->body = web;
        const QString mine = first + u"\nThanks to all contributors.\n"_s;
        QVERIFY(write(mine.toUtf8()));
        // Without the option the web edit stands: a conflict, nothing written.
        QCOMPARE(save().exitCode, 1);
        QCOMPARE(m_twin->state().releaseByTag(tag)->body, web);

        // --dry-run says what --keep-mine would send, and sends it not.
        const int patches = m_twin->api().requestCount("PATCH");
        const auto dry = save({u"--keep-mine"_s, u"--dry-run"_s, u"--json"_s});
        QVERIFY2(dry.exitCode == 0, qPrintable(dry.out + dry.err));
        QCOMPARE(dry.json().object().value(u"request"_s).toObject().value(u"method"_s).toString(), u"PATCH"_s);
        QCOMPARE(m_twin->api().requestCount("PATCH"), patches);

        const auto kept = save({u"--keep-mine"_s, u"--json"_s});
        QVERIFY2(kept.exitCode == 0, qPrintable(kept.out + kept.err));
        QCOMPARE(m_twin->state().releaseByTag(tag)->body, mine);
        QCOMPARE(m_twin->api().requestCount("PATCH"), patches + 1);
        const QJsonObject json = kept.json().object();
        QCOMPARE(json.value(u"outcome"_s).toString(), u"saved"_s);
        QCOMPARE(json.value(u"step"_s).toObject().value(u"state"_s).toString(), u"done"_s);
        const QJsonObject overwritten = json.value(u"overwritten"_s).toObject();
        QCOMPARE(overwritten.value(u"hash"_s).toString(), ra::notes::syncHash(web));
        QCOMPARE(overwritten.value(u"origin"_s).toString(), u"overwritten"_s);

        // The web edit is not lost: it is the revision before the notes that replaced it.
        QString error;
        const auto journal = ra::Journal::open(journalPath(), &error);
        QVERIFY2(journal, qPrintable(error));
        const QList<ra::notes::NotesRevision> revisions = ra::notes::NotesRevisions(*journal, tag).all();
        QCOMPARE(revisions.size(), 3);
        QCOMPARE(revisions.at(1).text, web);
        QCOMPARE(revisions.at(1).origin, u"overwritten"_s);
        QCOMPARE(revisions.at(2).text, mine);
        QCOMPARE(revisions.at(2).origin, u"merged"_s);
        // Saved again, the notes are simply up to date.
        QCOMPARE(save({u"--json"_s}).json().object().value(u"outcome"_s).toString(), u"up-to-date"_s);
    }

    void keepMineWithoutAWebEditIsAPlainSave()
    {
        QVERIFY(write(first.toUtf8()));
        const auto created = save({u"--keep-mine"_s, u"--json"_s});
        QVERIFY2(created.exitCode == 0, qPrintable(created.out + created.err));
        QCOMPARE(created.json().object().value(u"outcome"_s).toString(), u"created"_s);
        QVERIFY(!created.json().object().contains(u"overwritten"_s));
        QCOMPARE(m_twin->state().releaseByTag(tag)->body, first);
    }

private:
    [[nodiscard]] QString journalPath() const
    {
        return m_fixture->path(u"journal.sqlite"_s);
    }

    [[nodiscard]] bool write(const QByteArray &bytes) const
    {
        return m_fixture->write(bytes);
    }

    [[nodiscard]] QString read() const
    {
        return m_fixture->read();
    }

    ra::test::CliRun save(const QStringList &extra = {}, bool withToken = true) const
    {
        return m_fixture->save(*m_twin, journalPath(), extra, withToken);
    }

    std::unique_ptr<ra::test::NotesSaveFixture> m_fixture;
    std::unique_ptr<ra::test::GitHubTwin> m_twin;
    QString m_clone;
    QString m_notes;
};

QTEST_MAIN(TestNotesSaveCli)
#include "tst_notessavecli.moc"
