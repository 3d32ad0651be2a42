// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/steplistmodel.h"

namespace ra {

StepListModel::StepListModel(QObject *parent)
    : QAbstractListModel(parent)
{
    const auto steps = allReleaseSteps();
    for (ReleaseStep step : steps) {
        auto *status = new StepStatus(step, int(m_steps.size()) + 1, this);
        const int row = int(m_steps.size());
        connect(status, &StepStatus::stateChanged, this,
                [this, row] { Q_EMIT dataChanged(index(row), index(row), {StateRole, StateTextRole}); });
        m_steps.append(status);
    }
}

int StepListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

QVariant StepListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const StepStatus *step = m_steps.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return step->title();
    case KeyRole:
        return step->key();
    case NumberRole:
        return step->number();
    case SummaryRole:
        return step->summary();
    case StateRole:
        return QVariant::fromValue(State(step->stateValue()));
    case StateTextRole:
        return step->stateText();
    default:
        return {};
    }
}

QHash<int, QByteArray> StepListModel::roleNames() const
{
    return {
        {KeyRole, "key"},         {NumberRole, "number"}, {TitleRole, "title"},
        {SummaryRole, "summary"}, {StateRole, "state"},   {StateTextRole, "stateText"},
    };
}

StepStatus *StepListModel::status(const QString &key) const
{
    const int row = rowOfKey(key);
    return row < 0 ? nullptr : m_steps.at(row);
}

StepStatus *StepListModel::status(ReleaseStep step) const
{
    return status(stepKey(step));
}

int StepListModel::rowOfKey(const QString &key) const
{
    for (qsizetype i = 0; i < m_steps.size(); ++i) {
        if (m_steps[i]->key() == key) {
            return int(i);
        }
    }
    return -1;
}

QString StepListModel::keyAt(int row) const
{
    return row >= 0 && row < m_steps.size() ? m_steps.at(row)->key() : QString();
}

void StepListModel::resetStates()
{
    for (StepStatus *step : std::as_const(m_steps)) {
        step->setState(StepState::NotStarted);
    }
}

} // namespace ra
