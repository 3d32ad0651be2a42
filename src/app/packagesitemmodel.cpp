// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/packagesitemmodel.h"

#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;
using ra::packages::PackageItem;

namespace ra {

namespace {

bool isTransfer(PackageItem::State state)
{
    return state == PackageItem::State::Downloading || state == PackageItem::State::Uploading;
}

/// A downloaded package whose sha256 is being computed: long for hundreds of MiB, so it shows its progress too.
bool isHashing(const PackageItem &item)
{
    return item.state == PackageItem::State::Downloaded && item.total > 0 && item.done < item.total;
}

bool isActive(const PackageItem &item)
{
    return isTransfer(item.state) || isHashing(item);
}

} // namespace

QString PackagesItemModel::stateText(PackageItem::State state)
{
    switch (state) {
    case PackageItem::State::Pending:
        return tr("waiting");
    case PackageItem::State::Downloading:
        return tr("downloading");
    case PackageItem::State::Downloaded:
        return tr("downloaded");
    case PackageItem::State::Inspected:
        return tr("checked, ready to upload");
    case PackageItem::State::Uploading:
        return tr("uploading");
    case PackageItem::State::Uploaded:
        return tr("uploaded");
    case PackageItem::State::SkippedIdentical:
        return tr("already on the draft (same sha256), skipped");
    case PackageItem::State::Replaced:
        return tr("replaced a different file of that name");
    case PackageItem::State::Verified:
        return tr("verified on the draft");
    case PackageItem::State::Error:
        return tr("failed");
    }
    return {};
}

int PackagesItemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant PackagesItemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const PackageItem &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return item.name;
    case StateRole:
        return int(item.state);
    case StateTextRole:
        return stateText(item.state);
    case PackageRole:
        return item.package;
    case VersionRole:
        return item.version;
    case ArchitectureRole:
        return item.architecture;
    case Sha256Role:
        return item.sha256;
    case SizeTextRole:
        return item.size > 0 ? QLocale().formattedDataSize(item.size) : QString();
    case ProgressRole:
        // -1: no transfer or check going on, or its size is not known yet.
        return isActive(item) && item.total > 0 ? double(item.done) / double(item.total) : -1.0;
    case ProgressTextRole:
        if (isHashing(item)) {
            return tr("checking: %1 of %2")
                .arg(QLocale().formattedDataSize(item.done), QLocale().formattedDataSize(item.total));
        }
        if (!isTransfer(item.state)) {
            return QString();
        }
        return item.total > 0
                   ? tr("%1 of %2").arg(QLocale().formattedDataSize(item.done), QLocale().formattedDataSize(item.total))
                   : QLocale().formattedDataSize(item.done);
    case ErrorRole:
        return item.error;
    case ActiveRole:
        return isActive(item);
    default:
        return {};
    }
}

QHash<int, QByteArray> PackagesItemModel::roleNames() const
{
    return {
        {NameRole, "name"},           {StateRole, "packageState"},
        {StateTextRole, "stateText"}, {PackageRole, "packageName"},
        {VersionRole, "version"},     {ArchitectureRole, "architecture"},
        {Sha256Role, "sha256"},       {SizeTextRole, "sizeText"},
        {ProgressRole, "progress"},   {ProgressTextRole, "progressText"},
        {ErrorRole, "error"},         {ActiveRole, "active"},
    };
}

void PackagesItemModel::setItems(const QList<PackageItem> &items)
{
    const bool countChanges = items.size() != m_items.size();
    beginResetModel();
    m_items = items;
    endResetModel();
    if (countChanges) {
        Q_EMIT countChanged();
    }
}

void PackagesItemModel::updateItem(int index, const PackageItem &item)
{
    if (index < 0) {
        return;
    }
    // The flow numbers its own list; a row of another name at that index is from the list shown before.
    if (index < m_items.size() && m_items.at(index).name == item.name) {
        m_items[index] = item;
        Q_EMIT dataChanged(this->index(index), this->index(index));
        return;
    }
    QList<PackageItem> items = m_items;
    const auto existing =
        std::find_if(items.begin(), items.end(), [&item](const PackageItem &row) { return row.name == item.name; });
    if (existing != items.end()) {
        *existing = item;
    } else {
        items.append(item);
    }
    setItems(items);
}

const QList<PackageItem> &PackagesItemModel::items() const
{
    return m_items;
}

QJsonArray PackagesItemModel::toJson() const
{
    QJsonArray array;
    for (const PackageItem &item : m_items) {
        array.append(item.toJson());
    }
    return array;
}

QList<PackageItem> PackagesItemModel::itemsFromJson(const QJsonArray &array)
{
    QList<PackageItem> items;
    for (const QJsonValue &value : array) {
        PackageItem item = PackageItem::fromJson(value.toObject());
        // A transfer cut by a restart did not finish: it is waiting to be resumed.
        if (isTransfer(item.state)) {
            item.state = PackageItem::State::Pending;
        }
        items.append(item);
    }
    return items;
}

} // namespace ra
