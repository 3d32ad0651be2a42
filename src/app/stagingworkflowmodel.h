// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/stagingjsonlistmodel.h"

namespace ra {

/// Step 1: the playbook's workflows and their latest run on the candidate commit.
class StagingWorkflowModel : public StagingJsonListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by StagingStepController.workflows")

public:
    enum Role {
        WorkflowRole = Qt::UserRole + 1,
        NameRole,
        FoundRole,
        StatusRole,
        ConclusionRole,
        SummaryRole,
        UrlRole,
        VerdictRole,
    };
    Q_ENUM(Role)

    using StagingJsonListModel::StagingJsonListModel;

    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
};

} // namespace ra
