// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/stagingjsonlistmodel.h"

namespace ra {

/// Step 1: each staging server, the version it reports against the candidate's `git describe`, and its
/// health checks (a list of {path, status, verdict, text} per server, for a nested Repeater).
class StagingServerModel : public StagingJsonListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by StagingStepController.servers")

public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        UrlRole,
        ServerVersionRole,
        ConfigVersionRole,
        VersionMatchesRole,
        VersionTextRole,
        ErrorRole,
        VerdictRole,
        ChecksRole,
    };
    Q_ENUM(Role)

    using StagingJsonListModel::StagingJsonListModel;

    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
};

} // namespace ra
