// SPDX-License-Identifier: GPL-3.0-or-later
// The one rule every front end uses to say where a step stands, from the journal's effects and records.
#include "release/steppolicy.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ra;
using namespace Qt::StringLiterals;

namespace {

JournalEffect effect(const QString &action, const QString &key, EffectOutcome outcome, const QString &error = {})
{
    JournalEffect made;
    made.step = u"packages"_s;
    made.action = action;
    made.key = key;
    made.outcome = outcome;
    made.error = error;
    return made;
}

} // namespace

Q_DECLARE_METATYPE(QList<ra::JournalEffect>)

class TestStepPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evaluate_data()
    {
        QTest::addColumn<QList<JournalEffect>>("effects");
        QTest::addColumn<StepState>("recorded");
        QTest::addColumn<bool>("complete");
        QTest::addColumn<StepState>("expected");
        QTest::addColumn<int>("unresolved");
        QTest::addColumn<int>("failed");

        using O = EffectOutcome;
        QTest::addRow("nothing") << QList<JournalEffect>{} << StepState::NotStarted << false << StepState::NotStarted
                                 << 0 << 0;
        QTest::addRow("recorded progress")
            << QList<JournalEffect>{} << StepState::InProgress << false << StepState::InProgress << 0 << 0;
        QTest::addRow("an effect succeeded") << QList{effect(u"upload-asset"_s, u"a.deb"_s, O::Succeeded)}
                                             << StepState::NotStarted << false << StepState::InProgress << 0 << 0;
        QTest::addRow("evidence of completion") << QList{effect(u"upload-asset"_s, u"a.deb"_s, O::Succeeded)}
                                                << StepState::InProgress << true << StepState::Done << 0 << 0;
        QTest::addRow("a front end's done stands")
            << QList<JournalEffect>{} << StepState::Done << false << StepState::Done << 0 << 0;
        QTest::addRow("pending beats done") << QList{effect(u"upload-asset"_s, u"a.deb"_s, O::Pending)}
                                            << StepState::Done << true << StepState::NeedsAttention << 1 << 0;
        QTest::addRow("uncertain beats done") << QList{effect(u"announce-post"_s, u"x"_s, O::Uncertain)}
                                              << StepState::Done << false << StepState::NeedsAttention << 1 << 0;
        QTest::addRow("failure needs attention")
            << QList{effect(u"upload-asset"_s, u"a.deb"_s, O::Failed, u"422"_s)} << StepState::InProgress << false
            << StepState::NeedsAttention << 0 << 1;
        QTest::addRow("a successful retry settles a failure")
            << QList{effect(u"upload-asset"_s, u"a.deb"_s, O::Failed),
                     effect(u"upload-asset"_s, u"a.deb"_s, O::Succeeded)}
            << StepState::InProgress << false << StepState::InProgress << 0 << 0;
        QTest::addRow("a retry of another key does not")
            << QList{effect(u"upload-asset"_s, u"a.deb"_s, O::Failed),
                     effect(u"upload-asset"_s, u"b.deb"_s, O::Succeeded)}
            << StepState::InProgress << false << StepState::NeedsAttention << 0 << 1;
        QTest::addRow("a pending retry after a failure")
            << QList{effect(u"upload-asset"_s, u"a.deb"_s, O::Failed),
                     effect(u"upload-asset"_s, u"a.deb"_s, O::Pending)}
            << StepState::InProgress << false << StepState::NeedsAttention << 1 << 0;
        QTest::addRow("done despite an old failure when complete")
            << QList{effect(u"upload-asset"_s, u"a.deb"_s, O::Failed)} << StepState::InProgress << true
            << StepState::Done << 0 << 1;
        QTest::addRow("recorded problem")
            << QList<JournalEffect>{} << StepState::NeedsAttention << false << StepState::NeedsAttention << 0 << 0;
    }

    void evaluate()
    {
        QFETCH(QList<JournalEffect>, effects);
        QFETCH(StepState, recorded);
        QFETCH(bool, complete);
        QFETCH(StepState, expected);
        QFETCH(int, unresolved);
        QFETCH(int, failed);
        release::StepFacts facts;
        facts.effects = effects;
        facts.recordedState = recorded;
        facts.complete = complete;
        const release::StepVerdict verdict = release::StepPolicy::evaluate(facts);
        QCOMPARE(stateKey(verdict.state), stateKey(expected));
        QCOMPARE(verdict.unresolved.size(), unresolved);
        QCOMPARE(verdict.failed.size(), failed);
        if (expected == StepState::NeedsAttention) {
            QVERIFY(!verdict.reason.isEmpty());
        }
    }

    void verdictReadsTheProofOfEachStepFromTheJournal()
    {
        QTemporaryDir dir;
        QString error;
        auto journal = Journal::open(dir.filePath(u"journal.sqlite"_s), &error);
        QVERIFY2(journal, qPrintable(error));
        QVERIFY(journal->createRelease(u"1.2.0"_s, {}));
        // A page that claimed "in progress" does not hide a tag the journal knows was pushed.
        QVERIFY(journal->setStepState(u"1.2.0"_s, ReleaseStep::Tag, StepState::InProgress));
        const qint64 push =
            journal->beginEffect(u"1.2.0"_s, u"tag"_s, u"push-tag"_s, u"1.2.0"_s, {{u"commit"_s, u"abc"_s}});
        QCOMPARE(release::StepPolicy::verdict(*journal, u"1.2.0"_s, ReleaseStep::Tag).state, StepState::NeedsAttention);
        QVERIFY(journal->finishEffect(push, EffectOutcome::Succeeded));
        QCOMPARE(release::StepPolicy::verdict(*journal, u"1.2.0"_s, ReleaseStep::Tag).state, StepState::Done);

        QCOMPARE(release::StepPolicy::verdict(*journal, u"1.2.0"_s, ReleaseStep::Staging).state, StepState::NotStarted);
        QVERIFY(journal->setValue(u"1.2.0"_s, u"staging.signoff"_s, QJsonObject{{u"by"_s, u"me"_s}}));
        QCOMPARE(release::StepPolicy::verdict(*journal, u"1.2.0"_s, ReleaseStep::Staging).state, StepState::Done);

        // A scoring change the database took completes step 3, whatever a page last said.
        QVERIFY(journal->setStepState(u"1.2.0"_s, ReleaseStep::ScoringTable, StepState::InProgress));
        const qint64 apply = journal->beginEffect(u"1.2.0"_s, u"scoring-table"_s, u"apply-scoring"_s, u"1.2.0"_s,
                                                  {{u"table"_s, u"t"_s}});
        QVERIFY(journal->finishEffect(apply, EffectOutcome::Succeeded));
        QCOMPARE(release::StepPolicy::verdict(*journal, u"1.2.0"_s, ReleaseStep::ScoringTable).state, StepState::Done);
    }
};

QTEST_GUILESS_MAIN(TestStepPolicy)
#include "tst_steppolicy.moc"
