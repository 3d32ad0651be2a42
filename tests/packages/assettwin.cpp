// SPDX-License-Identifier: GPL-3.0-or-later
#include "assettwin.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace ra::test {

namespace {

const QString Repo = u"/repos/{owner}/{repo}"_s;

/// A signed blob URL as GitHub hands out (the query must not end up in the path).
QUrl signedUrl(QUrl url, const QString &query)
{
    url.setQuery(query);
    return url;
}

HttpResponse validationFailed(const QString &resource, const QString &field)
{
    return HttpResponse::json(
        422, QJsonDocument(QJsonObject{{u"message"_s, u"Validation Failed"_s},
                                       {u"errors"_s, QJsonArray{QJsonObject{{u"resource"_s, resource},
                                                                            {u"code"_s, u"already_exists"_s},
                                                                            {u"field"_s, field}}}}}));
}

HttpResponse notFound()
{
    return HttpResponse::json(404, QJsonDocument(QJsonObject{{u"message"_s, u"Not Found"_s}}));
}

} // namespace

AssetTwin::AssetTwin()
{
    m_api.route("GET", Repo + u"/releases"_s, [this](const HttpRequest &) {
        return HttpResponse::json(200, QJsonDocument(QJsonArray{releaseJson()}));
    });
    m_api.route("GET", Repo + u"/releases/tags/{tag}"_s, [](const HttpRequest &) {
        // Drafts are never found by tag.
        return notFound();
    });
    m_api.route("GET", Repo + u"/releases/{id}/assets"_s, [this](const HttpRequest &request) {
        if (request.pathParameters.value(u"id"_s).toLongLong() != ReleaseId) {
            return notFound();
        }
        QJsonArray list;
        for (const Asset &asset : std::as_const(m_assets)) {
            list.append(assetJson(asset));
        }
        return HttpResponse::json(200, QJsonDocument(list));
    });
    m_api.route("PATCH", Repo + u"/releases/assets/{id}"_s, [this](const HttpRequest &request) {
        const qint64 id = request.pathParameters.value(u"id"_s).toLongLong();
        const QString name = request.json().object().value(u"name"_s).toString();
        for (const Asset &other : std::as_const(m_assets)) {
            if (other.name == name && other.id != id) {
                return validationFailed(u"ReleaseAsset"_s, u"name"_s);
            }
        }
        for (Asset &asset : m_assets) {
            if (asset.id == id) {
                if (!name.isEmpty()) {
                    asset.name = name;
                }
                return HttpResponse::json(200, QJsonDocument(assetJson(asset)));
            }
        }
        return notFound();
    });
    m_api.route("DELETE", Repo + u"/releases/assets/{id}"_s, [this](const HttpRequest &request) {
        const qint64 id = request.pathParameters.value(u"id"_s).toLongLong();
        for (qsizetype i = 0; i < m_assets.size(); ++i) {
            if (m_assets.at(i).id == id) {
                m_deletes.append({m_assets.at(i), m_assets});
                m_assets.removeAt(i);
                return HttpResponse::text(204, {});
            }
        }
        return notFound();
    });
    m_api.route("GET", Repo + u"/releases/assets/{id}"_s, [this](const HttpRequest &request) {
        const qint64 id = request.pathParameters.value(u"id"_s).toLongLong();
        for (const Asset &asset : std::as_const(m_assets)) {
            if (asset.id == id) {
                if (request.header("accept") != "application/octet-stream") {
                    return HttpResponse::json(200, QJsonDocument(assetJson(asset)));
                }
                return HttpResponse::redirect(302, signedUrl(m_blob.url(u"/assets/%1"_s.arg(id)), u"sig=abc"_s));
            }
        }
        return notFound();
    });
    m_api.route("GET", Repo + u"/actions/runs/{run}/artifacts"_s, [this](const HttpRequest &request) {
        QJsonArray list;
        if (request.pathParameters.value(u"run"_s).toLongLong() == RunId) {
            for (const Artifact &artifact : std::as_const(m_artifacts)) {
                list.append(QJsonObject{
                    {u"id"_s, artifact.id},
                    {u"name"_s, artifact.name},
                    {u"size_in_bytes"_s, artifact.zip.size()},
                    {u"expired"_s, artifact.expired},
                    {u"expires_at"_s, artifact.expiresAt.toString(Qt::ISODate)},
                    {u"archive_download_url"_s,
                     m_api.url(u"/repos/aleph-im/aleph-vm/actions/artifacts/%1/zip"_s.arg(artifact.id)).toString()},
                });
            }
        }
        return HttpResponse::json(200,
                                  QJsonDocument(QJsonObject{{u"total_count"_s, list.size()}, {u"artifacts"_s, list}}));
    });
    m_api.route("GET", Repo + u"/actions/artifacts/{id}/zip"_s, [this](const HttpRequest &request) {
        const qint64 id = request.pathParameters.value(u"id"_s).toLongLong();
        for (const Artifact &artifact : std::as_const(m_artifacts)) {
            if (artifact.id == id) {
                if (artifact.expired) {
                    return HttpResponse::json(410,
                                              QJsonDocument(QJsonObject{{u"message"_s, u"Artifact has expired"_s}}));
                }
                return HttpResponse::redirect(302,
                                              signedUrl(m_blob.url(u"/artifacts/%1"_s.arg(id)), u"sig=xyz&se=60"_s));
            }
        }
        return notFound();
    });
    m_uploadsHost.route("POST", Repo + u"/releases/{id}/assets"_s,
                        [this](const HttpRequest &request) { return upload(request); });
    m_blob.route("GET", u"/artifacts/{id}"_s, [this](const HttpRequest &request) {
        const qint64 id = request.pathParameters.value(u"id"_s).toLongLong();
        for (const Artifact &artifact : std::as_const(m_artifacts)) {
            if (artifact.id == id) {
                return blobDownload(request, artifact.zip);
            }
        }
        return HttpResponse::text(404, "<Error><Code>BlobNotFound</Code></Error>", "application/xml");
    });
    m_blob.route("GET", u"/assets/{id}"_s, [this](const HttpRequest &request) {
        const qint64 id = request.pathParameters.value(u"id"_s).toLongLong();
        for (const Asset &asset : std::as_const(m_assets)) {
            if (asset.id == id) {
                return blobDownload(request, asset.content);
            }
        }
        return HttpResponse::text(404, "<Error><Code>BlobNotFound</Code></Error>", "application/xml");
    });
}

bool AssetTwin::listen()
{
    return m_api.listen() && m_uploadsHost.listen() && m_blob.listen();
}

QUrl AssetTwin::apiUrl() const
{
    return m_api.url();
}

QUrl AssetTwin::uploadsUrl() const
{
    return m_uploadsHost.url();
}

qint64 AssetTwin::addAsset(const QString &name, const QByteArray &content, const QString &state)
{
    Asset asset;
    asset.id = ++m_nextId;
    asset.name = name;
    asset.state = state;
    asset.content = content;
    asset.size = content.size();
    asset.sha256 = QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex();
    m_assets.append(asset);
    return asset.id;
}

qint64 AssetTwin::addArtifact(const QString &name, const QByteArray &zip, bool expired)
{
    Artifact artifact;
    artifact.id = ++m_nextId;
    artifact.name = name;
    artifact.zip = zip;
    artifact.expired = expired;
    artifact.expiresAt = QDateTime(QDate(2026, 11, 1), QTime(12, 0), QTimeZone::UTC);
    m_artifacts.append(artifact);
    return artifact.id;
}

QJsonObject AssetTwin::assetJson(const Asset &asset) const
{
    QJsonObject object{
        {u"id"_s, asset.id},
        {u"name"_s, asset.name},
        {u"label"_s, QString()},
        {u"state"_s, asset.state},
        {u"content_type"_s, u"application/vnd.debian.binary-package"_s},
        {u"size"_s, asset.size},
        {u"download_count"_s, 0},
        {u"url"_s, m_api.url(u"/repos/aleph-im/aleph-vm/releases/assets/%1"_s.arg(asset.id)).toString()},
    };
    object.insert(u"digest"_s, m_reportDigest && asset.state == u"uploaded"
                                   ? QJsonValue(u"sha256:"_s + QString::fromLatin1(asset.sha256))
                                   : QJsonValue(QJsonValue::Null));
    return object;
}

QJsonObject AssetTwin::releaseJson() const
{
    QJsonArray assets;
    for (const Asset &asset : m_assets) {
        assets.append(assetJson(asset));
    }
    return {
        {u"id"_s, ReleaseId},
        {u"tag_name"_s, m_tag},
        {u"name"_s, m_tag},
        {u"draft"_s, true},
        {u"prerelease"_s, false},
        {u"upload_url"_s,
         m_uploadsHost.url(u"/repos/aleph-im/aleph-vm/releases/%1/assets"_s.arg(ReleaseId)).toString() +
             u"{?name,label}"_s},
        {u"assets"_s, assets},
    };
}

HttpResponse AssetTwin::upload(const HttpRequest &request)
{
    ++m_uploads;
    const QString name = request.query.queryItemValue(u"name"_s, QUrl::FullyDecoded);
    if (request.pathParameters.value(u"id"_s).toLongLong() != ReleaseId) {
        return notFound();
    }
    if (request.header("content-type").isEmpty() || request.header("content-length").isEmpty()) {
        return HttpResponse::json(400, QJsonDocument(QJsonObject{{u"message"_s, u"Bad Content-Length"_s}}));
    }
    for (const Asset &asset : std::as_const(m_assets)) {
        if (asset.name == name) {
            return validationFailed(u"ReleaseAsset"_s, u"name"_s);
        }
    }
    const UploadFault fault = m_uploadFaults.isEmpty() ? UploadFault::None : m_uploadFaults.takeFirst();
    switch (fault) {
    case UploadFault::ServerError:
        return HttpResponse::json(500, QJsonDocument(QJsonObject{{u"message"_s, u"Server Error"_s}}));
    case UploadFault::ResetBeforeStore:
        return HttpResponse::failing(HttpFault::ResetConnection);
    case UploadFault::StarterThen502:
        addAsset(name, {}, u"starter"_s);
        return HttpResponse::text(502, "Bad Gateway");
    case UploadFault::StoreThenReset:
        addAsset(name, request.body);
        return HttpResponse::failing(HttpFault::ResetConnection);
    case UploadFault::None:
        break;
    }
    const qint64 id = addAsset(name, request.body);
    if (request.body.size() != request.bodySize) {
        // Over the body limit (benchmark): size is known, content and digest are not.
        m_assets.last().size = request.bodySize;
        m_assets.last().sha256.clear();
    }
    return HttpResponse::json(201, QJsonDocument(assetJson(m_assets.last())))
        .withHeader("location", QByteArray::number(id));
}

HttpResponse AssetTwin::blobDownload(const HttpRequest &request, const QByteArray &content)
{
    if (!request.header("authorization").isEmpty()) {
        return HttpResponse::text(
            400,
            "<?xml version=\"1.0\"?><Error><Code>InvalidAuthenticationInfo</Code>"
            "<Message>Authentication information is not given in the correct format.</Message></Error>",
            "application/xml");
    }
    const QByteArray range = request.header("range");
    if (range.startsWith("bytes=") && range.endsWith('-')) {
        const qint64 from = range.mid(6, range.size() - 7).toLongLong();
        if (from >= content.size()) {
            return HttpResponse::text(416, {});
        }
        return HttpResponse::text(206, content.mid(from), "application/zip")
            .withHeader("content-range", "bytes " + QByteArray::number(from) + '-' +
                                             QByteArray::number(content.size() - 1) + '/' +
                                             QByteArray::number(content.size()));
    }
    return HttpResponse::text(200, content, "application/zip");
}

} // namespace ra::test
