// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/stepstatus.h"

#include <QAbstractListModel>
#include <QtQmlIntegration>

namespace ra {

/// The seven release steps, in order, with the state the current release has reached on each.
class StepListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by ReleaseSession.steps")

public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        NumberRole,
        TitleRole,
        SummaryRole,
        StateRole,
        StateTextRole,
    };
    Q_ENUM(Role)

    /// Where the current release stands on a step; the state role carries it typed, so QML compares it with
    /// StepListModel.Done and the like instead of matching strings.
    enum State {
        NotStarted = int(StepState::NotStarted),
        InProgress = int(StepState::InProgress),
        Done = int(StepState::Done),
        NeedsAttention = int(StepState::NeedsAttention),
    };
    Q_ENUM(State)

    explicit StepListModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// The step of \a key ("staging", "tag", ...), or null for an unknown key.
    [[nodiscard]] Q_INVOKABLE ra::StepStatus *status(const QString &key) const;
    [[nodiscard]] StepStatus *status(ReleaseStep step) const;
    [[nodiscard]] Q_INVOKABLE int rowOfKey(const QString &key) const;
    /// The key of the step at \a row ("staging", "tag", ...), empty outside the list.
    [[nodiscard]] Q_INVOKABLE QString keyAt(int row) const;

    void resetStates();

private:
    QList<StepStatus *> m_steps;
};

} // namespace ra
