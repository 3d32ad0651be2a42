// SPDX-License-Identifier: GPL-3.0-or-later
// Step 3 for a project whose scoring target is a table file ("sql-file": someone else runs it): `table add` and the
// app's editor write the same rows and record step 3 done with the same note, through ScoringStep; a version that is
// no release of the journal writes the file and records nothing; a release busy in another process writes nothing.
#include "app/releasesession.h"
#include "app/scoringeditor.h"
#include "app/scoringreleaseplan.h"
#include "journal/journal.h"
#include "scoring/sampletable.h"
#include "scoring/tableformat.h"
#include "secrets/memorysecretstore.h"

#include "clirunner.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;
using namespace ra::scoring;
using namespace Qt::StringLiterals;
using ra::test::runCli;

namespace {

const QString kRelease = u"0.2.6"_s;
const QString kAt = u"2023-01-10T12:00:00Z"_s;

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestScoringFileParity : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    /// A table file holding the sample rows, and a journal with the release started.
    void prepare(const QString &name, bool startRelease) const
    {
        QString error;
        QVERIFY2(saveTableFile(m_dir.filePath(name + u".sql"_s), sampleTable(), &error), qPrintable(error));
        const auto journal = Journal::open(m_dir.filePath(name + u".journal"_s), &error);
        QVERIFY2(journal, qPrintable(error));
        if (startRelease) {
            QVERIFY(journal->createRelease(kRelease, {{u"tag"_s, kRelease}}));
        }
    }

    [[nodiscard]] ra::test::CliRun tableAdd(const QString &name) const
    {
        return runCli({u"--json"_s, u"table"_s, u"add"_s, u"--table"_s, m_dir.filePath(name + u".sql"_s),
                       u"--version"_s, kRelease, u"--at"_s, kAt, u"--journal"_s, m_dir.filePath(name + u".journal"_s)});
    }

    [[nodiscard]] std::pair<StepState, QString> stepThree(const QString &name) const
    {
        const auto journal = Journal::open(m_dir.filePath(name + u".journal"_s));
        return {journal->stepState(kRelease, ReleaseStep::ScoringTable),
                journal->stepNote(kRelease, ReleaseStep::ScoringTable)};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void tableAddAndTheEditorRecordStepThreeAlike()
    {
        prepare(u"cli"_s, true);
        const auto added = tableAdd(u"cli"_s);
        QVERIFY2(added.exitCode == 0, qPrintable(added.out + added.err));
        QVERIFY(added.json().object().value(u"recorded"_s).toBool());

        prepare(u"app"_s, true);
        ReleaseSession session(m_dir.filePath(u"app.journal"_s));
        QVERIFY(session.startRelease(kRelease));
        secrets::MemorySecretStore secrets;
        ScoringEditor editor;
        editor.setSecretStore(&secrets);
        editor.setScheduleDirectory(m_dir.filePath(u"schedule"_s));
        editor.setSession(&session);
        QVERIFY2(editor.openFile(m_dir.filePath(u"app.sql"_s)), qPrintable(editor.error()));
        editor.plan()->setRelease(kRelease);
        editor.plan()->setReleaseTime(kAt);
        QVERIFY(editor.canApply());
        editor.apply();
        QTRY_VERIFY_WITH_TIMEOUT(!editor.busy(), 10000);
        QVERIFY2(editor.error().isEmpty(), qPrintable(editor.error()));

        QCOMPARE(contentOf(m_dir.filePath(u"cli.sql"_s)), contentOf(m_dir.filePath(u"app.sql"_s)));
        const auto cli = stepThree(u"cli"_s);
        const auto app = stepThree(u"app"_s);
        QCOMPARE(cli.first, StepState::Done);
        QCOMPARE(app.first, StepState::Done);
        // The same rule and the same words, each naming its own file.
        QCOMPARE(cli.second, u"Listed in %1."_s.arg(m_dir.filePath(u"cli.sql"_s)));
        QCOMPARE(app.second, u"Listed in %1."_s.arg(m_dir.filePath(u"app.sql"_s)));
        QCOMPARE(session.steps()->status(ReleaseStep::ScoringTable)->state(), StepState::Done);
    }

    void aVersionThatIsNoReleaseRecordsNothing()
    {
        prepare(u"norelease"_s, false);
        const auto added = tableAdd(u"norelease"_s);
        QVERIFY2(added.exitCode == 0, qPrintable(added.out + added.err));
        QVERIFY(!added.json().object().value(u"recorded"_s).toBool());
        QVERIFY(contentOf(m_dir.filePath(u"norelease.sql"_s)).contains(kRelease.toUtf8()));
        const auto journal = Journal::open(m_dir.filePath(u"norelease.journal"_s));
        QVERIFY(!journal->hasRelease(kRelease));
    }

    void aBusyReleaseWritesNothing()
    {
        prepare(u"busy"_s, true);
        const QByteArray before = contentOf(m_dir.filePath(u"busy.sql"_s));
        QString error;
        const auto journal = Journal::open(m_dir.filePath(u"busy.journal"_s), &error);
        const auto lock = journal->lockRelease(kRelease, &error);
        QVERIFY2(lock, qPrintable(error));

        const auto added = tableAdd(u"busy"_s);
        QCOMPARE(added.exitCode, 1);
        QVERIFY2(added.err.contains(u"Nothing was written"_s), qPrintable(added.err));
        QCOMPARE(contentOf(m_dir.filePath(u"busy.sql"_s)), before);
        QCOMPARE(journal->stepState(kRelease, ReleaseStep::ScoringTable), StepState::NotStarted);
    }
};

QTEST_MAIN(TestScoringFileParity)
#include "tst_scoringfileparity.moc"
