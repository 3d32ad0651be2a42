// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/reviewview.h"

#include <QAbstractListModel>
#include <QHash>
#include <QtQmlIntegration>

namespace ra {

/// Each approver's standing on the release under review (review::ReviewerStanding): approved or changes
/// requested on which revision and when, or pending / stale since when.
class ReviewStandingModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by ReviewDetailController")

    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        LoginRole = Qt::UserRole + 1,
        StandingRole, ///< "approved", "changes-requested", "stale" or "pending"
        DigestRole, ///< the digest the verdict was given to; empty while pending
        RevisionRole, ///< the revision of that digest; 0 when unknown or pending
        AtTextRole, ///< when the verdict was given, local time; empty while pending
        WaitingSinceTextRole, ///< stale and pending: since when they are awaited, local time
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// Shows \a standings; \a revisionOf gives the revision each digest was posted as on the tracking issue.
    void setStandings(const QList<review::ReviewerStanding> &standings, const QHash<QString, int> &revisionOf);

Q_SIGNALS:
    void countChanged();

private:
    QList<review::ReviewerStanding> m_standings;
    QHash<QString, int> m_revisionOf;
};

} // namespace ra
