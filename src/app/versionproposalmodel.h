// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/versionproposer.h"

#include <QAbstractListModel>
#include <QtQmlIntegration>

namespace ra {

/// The versions that could follow the previous release tag, each with the reason it is offered; the one the
/// commits suggest is marked, and so is the one the release is named after.
class VersionProposalModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by TagStepController.proposals")

    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        BumpRole = Qt::UserRole + 1,
        TagRole,
        ReasonRole,
        SuggestedRole,
        ChosenRole,
    };
    Q_ENUM(Role)

    struct Row {
        VersionProposal proposal;
        bool suggested = false;
        bool chosen = false;
    };

    using QAbstractListModel::QAbstractListModel;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    void setRows(QList<Row> rows);
    [[nodiscard]] const QList<Row> &rows() const;

Q_SIGNALS:
    void countChanged();

private:
    QList<Row> m_rows;
};

} // namespace ra
