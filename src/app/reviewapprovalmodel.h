// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/approvalevaluator.h"

#include <QAbstractListModel>
#include <QtQmlIntegration>

namespace ra {

/// Each reviewer's standing verdict on the release: who, approve or changes, on the current content or stale.
class ReviewApprovalModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by ReviewPublishController")

    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        LoginRole = Qt::UserRole + 1,
        VerdictRole, ///< "approve" or "changes"
        CurrentRole, ///< given to the content the draft holds now
        AtRole, ///< local date and time, for display
        UrlRole,
        DigestRole,
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    void setEntries(const QList<review::ApprovalEntry> &entries);

Q_SIGNALS:
    void countChanged();

private:
    QList<review::ApprovalEntry> m_entries;
};

} // namespace ra
