// SPDX-License-Identifier: GPL-3.0-or-later
// The app and the command line start a release's notes at the same tag when the maintainer names none: the
// notes workbench of the app and `notes generate` without --from, on one clone with release candidates.
#include "app/notesworkbench.h"
#include "app/releasesession.h"
#include "journal/journal.h"

#include "clirunner.h"
#include "historybuilder.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestNotesRangeParity : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_clone;

    /// The tag the app's notes workbench starts the notes of \a release at, or why it has none.
    QString appChoice(const QString &release, QString *origin)
    {
        const QString journalPath = m_dir.filePath(u"journal-%1.sqlite"_s.arg(release));
        ra::ReleaseSession session(journalPath);
        if (!session.startRelease(release) || !session.journal()->setValue(release, u"repository.path"_s, m_clone)) {
            return u"(no release)"_s;
        }
        ra::NotesWorkbench workbench;
        QSignalSpy finished(&workbench, &ra::NotesWorkbench::generationFinished);
        workbench.setSession(&session);
        if (!finished.wait(20000)) {
            return u"(no answer)"_s;
        }
        *origin = workbench.previousTagOrigin();
        return workbench.rangeKnown() ? workbench.previousTag() : workbench.rangeError();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_clone = m_dir.filePath(u"clone"_s);
        ra::test::HistoryBuilder history(m_clone);
        const int root = history.commit(u"Initial commit"_s, {});
        const int first = history.commit(u"Fix: one (#1)"_s, {root});
        const int second = history.commit(u"Fix: two (#2)"_s, {first});
        history.commit(u"Fix: three (#3)"_s, {second});
        history.lightweightTag(u"1.0.0"_s, root);
        history.lightweightTag(u"1.1.0-rc1"_s, first);
        history.lightweightTag(u"1.1.0-rc2"_s, second);
        QString error;
        QVERIFY2(history.run(&error), qPrintable(error));
    }

    void sameStart_data()
    {
        QTest::addColumn<QString>("release");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("rule");
        QTest::newRow("final skips its release candidates") << u"1.1.0"_s << u"1.0.0"_s << u"previous-final"_s;
        QTest::newRow("next rc follows the last rc") << u"1.1.0-rc3"_s << u"1.1.0-rc2"_s << u"previous-of-any-kind"_s;
        QTest::newRow("tagged rc follows the one before")
            << u"1.1.0-rc2"_s << u"1.1.0-rc1"_s << u"previous-of-any-kind"_s;
        QTest::newRow("next minor") << u"1.2.0"_s << u"1.0.0"_s << u"previous-final"_s;
    }

    void sameStart()
    {
        QFETCH(QString, release);
        QFETCH(QString, expected);
        QFETCH(QString, rule);

        const auto cli =
            ra::test::runCli({u"--json"_s, u"notes"_s, u"generate"_s, u"--repo"_s, m_clone, u"--tag"_s, release});
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.err));
        const QJsonObject range = cli.json().object().value(u"range"_s).toObject();
        const QString cliChoice = range.value(u"from"_s).toString();

        QString origin;
        const QString app = appChoice(release, &origin);
        QCOMPARE(cliChoice, app);
        QCOMPARE(cliChoice, expected);
        // Both say the same reason: the app in its words, the command line in its JSON.
        QCOMPARE(range.value(u"fromChosen"_s).toObject().value(u"rule"_s).toString(), rule);
        QCOMPARE(origin.contains(u"pre-release"_s), rule == u"previous-of-any-kind"_s);
    }
};

QTEST_MAIN(TestNotesRangeParity)
#include "tst_notesrangeparity.moc"
