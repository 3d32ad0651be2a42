// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/stagingservermodel.h"

#include <QVariantList>
#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace ra {

namespace {

/// "HTTP 200", "HTTP 503, failing: ipv6.egress", or the transport error.
QString checkText(const QJsonObject &check)
{
    const QString error = check.value(u"error"_s).toString();
    const int status = check.value(u"status"_s).toInt();
    if (status == 0) {
        return error.isEmpty() ? StagingServerModel::tr("no answer") : error;
    }
    QStringList failures;
    const QJsonArray array = check.value(u"failures"_s).toArray();
    for (const QJsonValue &failure : array) {
        failures.append(failure.toString());
    }
    QString text = StagingServerModel::tr("HTTP %1").arg(status);
    const int expected = check.value(u"expected_status"_s).toInt(200);
    if (status != expected) {
        text = StagingServerModel::tr("HTTP %1, expected %2").arg(status).arg(expected);
    }
    if (!failures.isEmpty()) {
        text += StagingServerModel::tr(", failing: %1").arg(failures.join(u", "_s));
    }
    return text;
}

} // namespace

QVariant StagingServerModel::data(const QModelIndex &index, int role) const
{
    const QJsonObject row = rowAt(index);
    if (row.isEmpty()) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return row.value(u"name"_s).toString();
    case UrlRole:
        return row.value(u"url"_s).toString();
    case ServerVersionRole:
        return row.value(u"server_version"_s).toString();
    case ConfigVersionRole:
        return row.value(u"config_version"_s).toString();
    case VersionMatchesRole:
        return row.value(u"version_matches"_s).toBool();
    case VersionTextRole:
        return row.value(u"version"_s).toString();
    case ErrorRole:
        return row.value(u"error"_s).toString();
    case VerdictRole:
        return row.value(u"verdict"_s).toString();
    case ChecksRole: {
        QVariantList checks;
        const QJsonArray array = row.value(u"checks"_s).toArray();
        for (const QJsonValue &value : array) {
            const QJsonObject check = value.toObject();
            checks.append(QVariantMap{{u"path"_s, check.value(u"path"_s).toString()},
                                      {u"status"_s, check.value(u"status"_s).toInt()},
                                      {u"verdict"_s, check.value(u"verdict"_s).toString()},
                                      {u"text"_s, checkText(check)}});
        }
        return checks;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> StagingServerModel::roleNames() const
{
    return {
        {NameRole, "name"},
        {UrlRole, "url"},
        {ServerVersionRole, "serverVersion"},
        {ConfigVersionRole, "configVersion"},
        {VersionMatchesRole, "versionMatches"},
        {VersionTextRole, "versionText"},
        {ErrorRole, "error"},
        {VerdictRole, "verdict"},
        {ChecksRole, "checks"},
    };
}

} // namespace ra
