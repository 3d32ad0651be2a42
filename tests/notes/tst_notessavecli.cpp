// SPDX-License-Identifier: GPL-3.0-or-later
// `release-assistant-cli notes save`, end to end: the real executable against the GitHub twin served by this
// process, on a clone whose range the lint checks. Exit 0 when saved or up to date, 1 on a lint error (findings
// with lines, nothing sent) and on a conflict (both versions in <file>.conflict, the edited file then taken as
// the merge), 2 for a file that is not UTF-8, without a token and for a misspelled tag; a web edit written back
// to an unchanged file; --json; --dry-run sends and records nothing.
#include "journal/journal.h"
#include "notes/draftsync.h"

#include "clirunner.h"
#include "gitdaemon.h"
#include "githubtwin.h"
#include "historybuilder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString token = u"github_pat_11TWINTOKEN0000000000_notessavecli"_s;
const QString tag = u"1.1.0"_s;
const QString first = u"# 1.1.0\n\n## Bug fixes\n\n- Keep the VM network up (#11)\n"_s;

} // namespace

class TestNotesSaveCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_clone = m_dir->filePath(u"clone"_s);
        ra::test::HistoryBuilder history(m_clone);
        const int initial = history.commit(u"Initial commit"_s, {});
        const int pool = history.commit(u"Feature: add the VM pool (#10)"_s, {initial});
        history.commit(u"Fix: keep the VM network up (#11)"_s, {pool});
        history.lightweightTag(u"1.0.0"_s, pool);
        QString error;
        QVERIFY2(history.run(&error), qPrintable(error));
        QCOMPARE(ra::test::runGit({u"remote"_s, u"add"_s, u"origin"_s, u"https://github.com/aleph-im/aleph-vm.git"_s},
                                  m_clone),
                 0);
        m_twin = std::make_unique<ra::test::GitHubTwin>();
        QVERIFY(m_twin->start());
        m_twin->state().token = token;
        m_notes = m_dir->filePath(u"notes.md"_s);
    }

    void cleanup()
    {
        m_twin.reset();
        m_dir.reset();
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

private:
    [[nodiscard]] QString journalPath() const
    {
        return m_dir->filePath(u"journal.sqlite"_s);
    }

    [[nodiscard]] bool write(const QByteArray &bytes) const
    {
        QFile file(m_notes);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
    }

    [[nodiscard]] QString read() const
    {
        QFile file(m_notes);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    ra::test::CliRun save(const QStringList &extra = {}, bool withToken = true) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"GITHUB_TOKEN"_s);
        if (withToken) {
            environment.insert(u"GITHUB_TOKEN"_s, token);
        }
        const QStringList arguments{u"notes"_s,
                                    u"save"_s,
                                    u"--release"_s,
                                    tag,
                                    m_notes,
                                    u"--repo"_s,
                                    m_clone,
                                    u"--journal"_s,
                                    journalPath(),
                                    u"--api-url"_s,
                                    m_twin->api().url().toString()};
        return ra::test::runCliServing(arguments + extra, environment);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ra::test::GitHubTwin> m_twin;
    QString m_clone;
    QString m_notes;
};

QTEST_MAIN(TestNotesSaveCli)
#include "tst_notessavecli.moc"
