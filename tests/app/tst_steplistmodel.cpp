// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/steplistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ra;
using namespace Qt::StringLiterals;

class TestStepListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelIsConsistent()
    {
        StepListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.data(model.index(0), StepListModel::KeyRole).toString(), u"staging"_s);
        QCOMPARE(model.data(model.index(6), StepListModel::NumberRole).toInt(), 7);
        QCOMPARE(model.roleNames().value(StepListModel::StateTextRole), QByteArray("stateText"));
        model.status(ReleaseStep::Notes)->setState(StepState::NeedsAttention);
        model.resetStates();
    }

    void stateChangesReachViewsAndPages()
    {
        StepListModel model;
        QSignalSpy rowChanged(&model, &QAbstractItemModel::dataChanged);
        StepStatus *tag = model.status(u"tag"_s);
        QVERIFY(tag);
        QSignalSpy pageChanged(tag, &StepStatus::stateChanged);

        tag->setState(StepState::InProgress);
        QCOMPARE(pageChanged.size(), 1);
        QCOMPARE(rowChanged.size(), 1);
        QCOMPARE(rowChanged.constFirst().at(0).value<QModelIndex>().row(), 1);
        QCOMPARE(model.data(model.index(1), StepListModel::StateRole).toInt(), int(StepListModel::InProgress));
        // The state crosses into QML as the enum, not as a bare number or a string.
        const QVariant state = model.data(model.index(1), StepListModel::StateRole);
        QCOMPARE(state.metaType(), QMetaType::fromType<StepListModel::State>());
        QCOMPARE(state.value<StepListModel::State>(), StepListModel::InProgress);
        QCOMPARE(model.data(model.index(1), StepListModel::StateTextRole).toString(), u"In progress"_s);

        tag->setState(StepState::InProgress);
        QCOMPARE(pageChanged.size(), 1);

        model.resetStates();
        QCOMPARE(tag->state(), StepState::NotStarted);
        QVERIFY(!model.status(u"nonsense"_s));
        QCOMPARE(model.rowOfKey(u"announce"_s), 6);
        QCOMPARE(model.keyAt(6), u"announce"_s);
        QCOMPARE(model.keyAt(0), u"staging"_s);
        QVERIFY(model.keyAt(7).isEmpty());
        QVERIFY(model.keyAt(-1).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStepListModel)
#include "tst_steplistmodel.moc"
