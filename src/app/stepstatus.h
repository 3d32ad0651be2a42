// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/releasestep.h"

#include <QObject>
#include <QtQmlIntegration>

namespace ra {

/// One release step as a page sees it: its names and the state the current release reached on it.
class StepStatus : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Obtained from StepListModel.status()")

    Q_PROPERTY(QString key READ key CONSTANT)
    Q_PROPERTY(int number READ number CONSTANT)
    Q_PROPERTY(QString title READ title CONSTANT)
    Q_PROPERTY(QString summary READ summary CONSTANT)
    Q_PROPERTY(int state READ stateValue NOTIFY stateChanged)
    Q_PROPERTY(QString stateText READ stateText NOTIFY stateChanged)

public:
    StepStatus(ReleaseStep step, int number, QObject *parent = nullptr);

    [[nodiscard]] ReleaseStep step() const;
    [[nodiscard]] QString key() const;
    [[nodiscard]] int number() const;
    [[nodiscard]] QString title() const;
    [[nodiscard]] QString summary() const;
    [[nodiscard]] StepState state() const;
    [[nodiscard]] int stateValue() const;
    [[nodiscard]] QString stateText() const;

    void setState(StepState state);

Q_SIGNALS:
    void stateChanged();

private:
    ReleaseStep m_step;
    int m_number;
    StepState m_state = StepState::NotStarted;
};

} // namespace ra
