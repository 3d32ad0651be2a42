// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/releasestep.h"

#include <QTest>

using namespace ra;
using namespace Qt::StringLiterals;

class TestReleaseStep : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stepsAreTheSevenOfTheProcedureInOrder()
    {
        const QStringList keys = [] {
            QStringList result;
            for (ReleaseStep step : allReleaseSteps()) {
                result.append(stepKey(step));
            }
            return result;
        }();
        QCOMPARE(keys, QStringList({u"staging"_s, u"tag"_s, u"scoring-table"_s, u"notes"_s, u"packages"_s,
                                    u"review-publish"_s, u"announce"_s}));
    }

    void keysRoundTrip()
    {
        for (ReleaseStep step : allReleaseSteps()) {
            QCOMPARE(stepFromKey(stepKey(step)), step);
        }
        for (StepState state :
             {StepState::NotStarted, StepState::InProgress, StepState::Done, StepState::NeedsAttention}) {
            QCOMPARE(stateFromKey(stateKey(state)), state);
        }
    }

    void unknownKeysAreRejected()
    {
        QCOMPARE(stepFromKey(u"Tag"_s), std::nullopt);
        QCOMPARE(stepFromKey(QString()), std::nullopt);
        QCOMPARE(stateFromKey(u"finished"_s), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestReleaseStep)
#include "tst_releasestep.moc"
