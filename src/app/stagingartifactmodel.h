// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/stagingjsonlistmodel.h"

namespace ra {

/// Step 1: the package artifacts of the build run, with size and expiry, and the expected ones missing.
class StagingArtifactModel : public StagingJsonListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by StagingStepController.artifacts")

public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        MissingRole,
        SizeRole,
        SizeTextRole,
        ExpiredRole,
        ExpiresAtRole,
        ExpiryTextRole,
        VerdictRole,
    };
    Q_ENUM(Role)

    using StagingJsonListModel::StagingJsonListModel;

    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// "expires in 12 days (2026-12-04)", "expired", "missing from the run".
    [[nodiscard]] static QString expiryText(const QJsonObject &artifact, const QDateTime &now);
};

} // namespace ra
