// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/stagingartifactmodel.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace ra {

QString StagingArtifactModel::expiryText(const QJsonObject &artifact, const QDateTime &now)
{
    if (artifact.value(u"missing"_s).toBool()) {
        return tr("missing from the build run");
    }
    if (artifact.value(u"expired"_s).toBool()) {
        return tr("expired: re-run the build to get packages again");
    }
    const QDateTime expiresAt = QDateTime::fromString(artifact.value(u"expires_at"_s).toString(), Qt::ISODate);
    if (!expiresAt.isValid()) {
        return tr("no expiry date given");
    }
    const qint64 days = now.daysTo(expiresAt);
    const QString date = QLocale().toString(expiresAt.toLocalTime().date(), QLocale::ShortFormat);
    if (days < 1) {
        return tr("expires today (%1)").arg(date);
    }
    return tr("expires in %n day(s) (%1)", nullptr, int(days)).arg(date);
}

QVariant StagingArtifactModel::data(const QModelIndex &index, int role) const
{
    const QJsonObject row = rowAt(index);
    if (row.isEmpty()) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return row.value(u"name"_s).toString();
    case MissingRole:
        return row.value(u"missing"_s).toBool();
    case SizeRole:
        return row.value(u"size"_s).toDouble();
    case SizeTextRole:
        return row.value(u"missing"_s).toBool() ? QString()
                                                : QLocale().formattedDataSize(qint64(row.value(u"size"_s).toDouble()));
    case ExpiredRole:
        return row.value(u"expired"_s).toBool();
    case ExpiresAtRole:
        return row.value(u"expires_at"_s).toString();
    case ExpiryTextRole:
        return expiryText(row, QDateTime::currentDateTimeUtc());
    case VerdictRole:
        return row.value(u"verdict"_s).toString();
    default:
        return {};
    }
}

QHash<int, QByteArray> StagingArtifactModel::roleNames() const
{
    return {
        {NameRole, "name"},
        {MissingRole, "missing"},
        {SizeRole, "size"},
        {SizeTextRole, "sizeText"},
        {ExpiredRole, "expired"},
        {ExpiresAtRole, "expiresAt"},
        {ExpiryTextRole, "expiryText"},
        {VerdictRole, "verdict"},
    };
}

} // namespace ra
