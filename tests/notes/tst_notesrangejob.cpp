// SPDX-License-Identifier: GPL-3.0-or-later
// The app's notes range job chooses the range by the engine's rule (release::NotesStep::chooseRange()) with the
// project's own tag spelling: a project that tags "release-1.0.0" gets its previous release as the start, the
// start chosen by hand wins, and the end is the tag once it exists, else the commit chosen in step 2, else HEAD.
#include "app/notesrangejob.h"
#include "git/repository.h"
#include "git/tagversionorder.h"
#include "release/notesstep.h"

#include "historybuilder.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestNotesRangeJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_clone = m_dir.filePath(u"clone"_s);
        ra::test::HistoryBuilder history(m_clone);
        const int initial = history.commit(u"Initial commit"_s, {});
        const int pool = history.commit(u"Feature: add the VM pool (#10)"_s, {initial});
        const int candidate = history.commit(u"Fix: keep the VM network up (#11)"_s, {pool});
        history.commit(u"Feature: faster boot of microVMs (#12)"_s, {candidate});
        history.lightweightTag(u"release-0.9.0"_s, initial);
        history.lightweightTag(u"release-1.0.0"_s, pool);
        history.lightweightTag(u"release-1.1.0-rc1"_s, candidate);
        QString error;
        QVERIFY2(history.run(&error), qPrintable(error));
        m_candidate = history.sha(candidate);
        m_spelling.prefix = u"release-"_s;
    }

    void theProjectsSpellingFindsThePreviousRelease()
    {
        const ra::NotesRangeJobResult result = ra::runNotesRangeJob(job(u"release-1.1.0"_s));
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        // A final release starts at the previous final one: the candidate is skipped.
        QCOMPARE(result.previousTag, u"release-1.0.0"_s);
        QCOMPARE(result.previousTagOrigin, u"the previous final release"_s);
        QCOMPARE(result.rangeEnd, u"HEAD"_s);
        QCOMPARE(result.tagChoices, (QStringList{u"release-1.1.0-rc1"_s, u"release-1.0.0"_s, u"release-0.9.0"_s}));
        QVERIFY(result.notes);
        QVERIFY(result.notes->markdown.contains(u"#12"_s));

        // The engine gives the command line the same range.
        auto repository = ra::git::Repository::open(m_clone);
        QVERIFY(repository);
        const auto tags = repository->tags();
        QVERIFY(tags);
        const auto choice = ra::release::NotesStep::chooseRange(*tags, u"release-1.1.0"_s, {}, {},
                                                                ra::git::tagVersionOrder(m_spelling));
        QVERIFY(choice);
        QCOMPARE(choice->from, result.previousTag);
        QCOMPARE(choice->end, result.rangeEnd);
        QCOMPARE(choice->rule, std::optional(ra::notes::PreviousTagRule::PreviousFinal));
    }

    void aPreReleaseStartsAtThePreviousTagOfAnyKind()
    {
        const ra::NotesRangeJobResult result = ra::runNotesRangeJob(job(u"release-1.1.0-rc2"_s));
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.previousTag, u"release-1.1.0-rc1"_s);
        QCOMPARE(result.previousTagOrigin, u"the previous tag (this is a pre-release)"_s);
    }

    void theStartChosenByHandAndTheEndChosenInStepTwoWin()
    {
        ra::NotesRangeJob chosen = job(u"release-1.1.0"_s);
        chosen.previousTag = u"release-0.9.0"_s;
        chosen.revision = m_candidate;
        const ra::NotesRangeJobResult result = ra::runNotesRangeJob(chosen);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.previousTag, u"release-0.9.0"_s);
        QCOMPARE(result.previousTagOrigin, u"chosen by hand"_s);
        QCOMPARE(result.rangeEnd, m_candidate);
        QCOMPARE(result.rangeEndCommit, m_candidate);
        QVERIFY(!result.notes->markdown.contains(u"#12"_s));

        // Once the tag exists it ends the range.
        const ra::NotesRangeJobResult tagged = ra::runNotesRangeJob(job(u"release-1.0.0"_s));
        QCOMPARE(tagged.rangeEnd, u"release-1.0.0"_s);
        QCOMPARE(tagged.previousTag, u"release-0.9.0"_s);
    }

private:
    [[nodiscard]] ra::NotesRangeJob job(const QString &tag) const
    {
        ra::NotesRangeJob job;
        job.repositoryPath = m_clone;
        job.tag = tag;
        job.gitHubRepository = u"example/project"_s;
        job.spelling = m_spelling;
        return job;
    }

    QTemporaryDir m_dir;
    QString m_clone;
    QString m_candidate;
    ra::TagSpelling m_spelling = ra::TagSpelling::alephVm();
};

QTEST_GUILESS_MAIN(TestNotesRangeJob)
#include "tst_notesrangejob.moc"
