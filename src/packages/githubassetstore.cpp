// SPDX-License-Identifier: GPL-3.0-or-later
#include "packages/githubassetstore.h"

#include "net/httpclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace ra::packages {

namespace {

void setError(StoreError *error, const QString &what, const net::Response &response)
{
    error->message = describeFailure(what, response);
    error->httpStatus = response.status;
    error->alreadyExists = response.error.codes.contains(u"already_exists"_s);
    error->cancelled = response.error.kind == net::ErrorKind::Cancelled;
}

} // namespace

GitHubAssetStore::GitHubAssetStore(net::HttpClient &client, GitHubTarget target, qint64 releaseId,
                                   const QString &uploadUrl)
    : m_client(client)
    , m_target(std::move(target))
    , m_releaseId(releaseId)
    , m_uploadUrl(QString(uploadUrl).remove(u"{?name,label}"_s))
{
}

RemoteAsset GitHubAssetStore::assetFromJson(const QJsonObject &object)
{
    RemoteAsset asset;
    asset.id = object.value(u"id"_s).toInteger();
    asset.name = object.value(u"name"_s).toString();
    asset.state = object.value(u"state"_s).toString();
    asset.size = object.value(u"size"_s).toInteger();
    asset.digest = object.value(u"digest"_s).toString();
    return asset;
}

std::optional<QList<RemoteAsset>> GitHubAssetStore::listAssets(StoreError *error)
{
    net::Request request = m_target.request("GET", m_target.repoUrl(u"/releases/%1/assets"_s.arg(m_releaseId)));
    QUrlQuery query;
    query.addQueryItem(u"per_page"_s, u"100"_s);
    QUrl url = request.url;
    url.setQuery(query);
    request.url = url;
    request.followPages = true;
    const net::Response response = sendAndWait(m_client, request);
    if (!response.ok()) {
        setError(error, u"listing the release assets failed"_s, response);
        return std::nullopt;
    }
    QList<RemoteAsset> assets;
    for (const QJsonValue &value : response.items) {
        assets.append(assetFromJson(value.toObject()));
    }
    return assets;
}

std::optional<RemoteAsset> GitHubAssetStore::upload(const QString &name, const QString &path,
                                                    const QString &contentType, const Progress &progress,
                                                    const std::atomic_bool *cancel, StoreError *error)
{
    QUrl url = m_uploadUrl;
    QUrlQuery query;
    query.addQueryItem(u"name"_s, name);
    url.setQuery(query);
    net::Request request = m_target.request("POST", url);
    request.setHeader("Content-Type", contentType.toUtf8());
    request.setBodyFile(path);
    // A cancel takes effect once this file is sent: aborting an upload in flight crashes inside
    // QNetworkAccessManager with the current transport (reported to its owner). The attacher checks the flag
    // before every further step.
    Q_UNUSED(cancel);
    const net::Response response = sendAndWait(m_client, request, nullptr, progress);
    if (!response.ok()) {
        setError(error, u"uploading %1 failed"_s.arg(name), response);
        return std::nullopt;
    }
    return assetFromJson(response.json().object());
}

bool GitHubAssetStore::deleteAsset(qint64 id, StoreError *error)
{
    const net::Response response =
        sendAndWait(m_client, m_target.request("DELETE", m_target.repoUrl(u"/releases/assets/%1"_s.arg(id))));
    if (!response.ok()) {
        setError(error, u"deleting asset %1 failed"_s.arg(id), response);
        return false;
    }
    return true;
}

std::optional<RemoteAsset> GitHubAssetStore::renameAsset(qint64 id, const QString &name, StoreError *error)
{
    net::Request request = m_target.request("PATCH", m_target.repoUrl(u"/releases/assets/%1"_s.arg(id)));
    request.setJsonBody(QJsonDocument(QJsonObject{{u"name"_s, name}}).toJson(QJsonDocument::Compact));
    // Renaming to the same name twice gives the same result.
    request.retrySafe = true;
    const net::Response response = sendAndWait(m_client, request);
    if (!response.ok()) {
        setError(error, u"renaming asset %1 to %2 failed"_s.arg(id).arg(name), response);
        return std::nullopt;
    }
    return assetFromJson(response.json().object());
}

} // namespace ra::packages
