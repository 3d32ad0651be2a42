// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "packages/packageitem.h"

#include <QAbstractListModel>
#include <QJsonArray>
#include <QtQmlIntegration>

namespace ra {

/// Step 5: one row per expected package, with where it stands (downloading, uploaded, skipped …), its control
/// data, sha256 and the progress of its current transfer.
class PackagesItemModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by PackagesStepController.packages")

    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        StateRole,
        StateTextRole,
        PackageRole,
        VersionRole,
        ArchitectureRole,
        Sha256Role,
        SizeTextRole,
        ProgressRole,
        ProgressTextRole,
        ErrorRole,
        ActiveRole,
    };
    Q_ENUM(Role)

    /// PackageItem::State, for QML.
    enum State {
        Pending = int(packages::PackageItem::State::Pending),
        Downloading = int(packages::PackageItem::State::Downloading),
        Downloaded = int(packages::PackageItem::State::Downloaded),
        Inspected = int(packages::PackageItem::State::Inspected),
        Uploading = int(packages::PackageItem::State::Uploading),
        Uploaded = int(packages::PackageItem::State::Uploaded),
        SkippedIdentical = int(packages::PackageItem::State::SkippedIdentical),
        Replaced = int(packages::PackageItem::State::Replaced),
        Verified = int(packages::PackageItem::State::Verified),
        Error = int(packages::PackageItem::State::Error),
    };
    Q_ENUM(State)

    using QAbstractListModel::QAbstractListModel;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    void setItems(const QList<packages::PackageItem> &items);
    /// One row changed (the flow reports by index); rows are added up to \a index when needed.
    void updateItem(int index, const packages::PackageItem &item);
    [[nodiscard]] const QList<packages::PackageItem> &items() const;

    /// The rows as PackageItem::toJson() writes them, and back (the last run kept in the journal).
    [[nodiscard]] QJsonArray toJson() const;
    [[nodiscard]] static QList<packages::PackageItem> itemsFromJson(const QJsonArray &array);

    [[nodiscard]] static QString stateText(packages::PackageItem::State state);

Q_SIGNALS:
    void countChanged();

private:
    QList<packages::PackageItem> m_items;
};

} // namespace ra
