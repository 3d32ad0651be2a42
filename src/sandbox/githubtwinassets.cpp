// SPDX-License-Identifier: GPL-3.0-or-later
// The GitHub twin's release assets, uploads host, workflow artifacts and blob storage (api-contracts.md §1.3,
// §1.4), and the faults of those transfers.
#include "sandbox/githubtwin.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ra::test {

namespace {

HttpResponse json(int status, const QJsonObject &object)
{
    return HttpResponse::json(status, QJsonDocument(object));
}

QString sha256Digest(const QByteArray &content)
{
    return u"sha256:"_s + QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

} // namespace

qint64 GitHubTwin::addAsset(qint64 releaseId, const QString &name, const QByteArray &content, const QString &state)
{
    GitHubTwinState::Release *release = m_state.release(releaseId);
    if (!release) {
        return 0;
    }
    GitHubTwinState::Asset asset;
    asset.id = ++m_state.nextId;
    asset.name = name;
    asset.state = state;
    asset.contentType = u"application/vnd.debian.binary-package"_s;
    asset.content = content;
    asset.size = content.size();
    asset.digest = sha256Digest(content);
    release->assets.append(asset);
    return asset.id;
}

QUrl GitHubTwin::putBlob(const QByteArray &content)
{
    const QString key = u"b%1"_s.arg(m_nextBlob++);
    m_blobs.insert(key, content);
    QUrl url = m_servers->blob.url(u"/blob/"_s + key);
    url.setQuery(u"sig=signed-twin-signature&se=2099-01-01"_s);
    return url;
}

QJsonObject GitHubTwin::assetJson(const GitHubTwinState::Asset &asset) const
{
    return {{u"id"_s, asset.id},
            {u"name"_s, asset.name},
            {u"label"_s, asset.label},
            {u"state"_s, asset.state},
            {u"content_type"_s, asset.contentType},
            {u"size"_s, asset.size},
            {u"digest"_s, !m_state.reportDigests || asset.digest.isEmpty() || asset.state != u"uploaded"_s
                              ? QJsonValue()
                              : QJsonValue(asset.digest)},
            {u"download_count"_s, 0},
            {u"url"_s, m_servers->api.url(repoPath() + u"/releases/assets/%1"_s.arg(asset.id)).toString()},
            {u"browser_download_url"_s,
             u"https://github.com/%1/%2/releases/download/x/%3"_s.arg(m_state.owner, m_state.repo, asset.name)}};
}

void GitHubTwin::installAssetRoutes()
{
    const QString repo = u"/repos/{owner}/{repo}"_s;
    const auto route = [this](const QByteArray &method, const QString &pattern, TestHttpServer::Handler handler) {
        apiRoute(method, pattern, std::move(handler));
    };
    route("GET", repo + u"/releases/{id}/assets"_s, [this](const HttpRequest &request) {
        const auto *release = m_state.release(request.pathParameters.value(u"id"_s).toLongLong());
        if (!release || (release->draft && readOnly(request))) {
            return notFound();
        }
        QJsonArray items;
        for (const auto &asset : release->assets) {
            items.append(assetJson(asset));
        }
        return page(request, items, {});
    });
    route("GET", repo + u"/releases/assets/{id}"_s, [this](const HttpRequest &request) {
        GitHubTwinState::Release *owner = nullptr;
        const auto *asset = m_state.asset(request.pathParameters.value(u"id"_s).toLongLong(), &owner);
        if (!asset || (owner->draft && readOnly(request))) {
            return notFound();
        }
        if (request.header("accept") == "application/octet-stream") {
            return HttpResponse::redirect(302, putBlob(asset->content));
        }
        return json(200, assetJson(*asset));
    });
    route("PATCH", repo + u"/releases/assets/{id}"_s, [this](const HttpRequest &request) {
        GitHubTwinState::Release *owner = nullptr;
        auto *asset = m_state.asset(request.pathParameters.value(u"id"_s).toLongLong(), &owner);
        if (!asset || readOnly(request)) {
            return notFound();
        }
        const QJsonObject body = request.json().object();
        const QString name = body.value(u"name"_s).toString(asset->name);
        for (const auto &other : std::as_const(owner->assets)) {
            if (other.id != asset->id && other.name == name) {
                return validationFailed(u"ReleaseAsset"_s, u"already_exists"_s, u"name"_s);
            }
        }
        asset->name = name;
        if (body.contains(u"label"_s)) {
            asset->label = body.value(u"label"_s).toString();
        }
        return json(200, assetJson(*asset));
    });
    route("DELETE", repo + u"/releases/assets/{id}"_s, [this](const HttpRequest &request) {
        const qint64 id = request.pathParameters.value(u"id"_s).toLongLong();
        if (readOnly(request)) {
            return notFound();
        }
        for (auto &release : m_state.releases) {
            for (qsizetype i = 0; i < release.assets.size(); ++i) {
                if (release.assets.at(i).id == id) {
                    m_state.deletes.append({release.assets.at(i), release.assets});
                    release.assets.removeAt(i);
                    return HttpResponse::text(204, {});
                }
            }
        }
        return notFound();
    });

    route("GET", repo + u"/actions/runs/{id}/artifacts"_s, [this](const HttpRequest &request) {
        const qint64 runId = request.pathParameters.value(u"id"_s).toLongLong();
        QJsonArray items;
        for (const auto &artifact : std::as_const(m_state.artifacts)) {
            if (artifact.runId != runId) {
                continue;
            }
            items.append(QJsonObject{
                {u"id"_s, artifact.id},
                {u"name"_s, artifact.name},
                {u"size_in_bytes"_s, artifact.content.size()},
                {u"expired"_s, artifact.expired},
                {u"digest"_s,
                 u"sha256:"_s + QString::fromLatin1(
                                    QCryptographicHash::hash(artifact.content, QCryptographicHash::Sha256).toHex())},
                {u"archive_download_url"_s,
                 m_servers->api.url(repoPath() + u"/actions/artifacts/%1/zip"_s.arg(artifact.id)).toString()},
                {u"created_at"_s, u"2026-11-22T09:30:00Z"_s},
                {u"expires_at"_s, artifact.expiresAt.toString(Qt::ISODate)},
                {u"workflow_run"_s, QJsonObject{{u"id"_s, QJsonValue(artifact.runId)}}}});
        }
        return page(request, items, u"artifacts"_s);
    });
    route("GET", repo + u"/actions/artifacts/{id}/zip"_s, [this](const HttpRequest &request) {
        const qint64 id = request.pathParameters.value(u"id"_s).toLongLong();
        for (const auto &artifact : std::as_const(m_state.artifacts)) {
            if (artifact.id == id) {
                if (artifact.expired) {
                    return json(410, {{u"message"_s, u"Artifact has expired"_s}});
                }
                return HttpResponse::redirect(302, putBlob(artifact.content));
            }
        }
        return notFound();
    });

    // Uploads host: raw bytes, name and label in the query, Content-Length required.
    uploads().route("POST", repo + u"/releases/{id}/assets"_s,
                    [this](const HttpRequest &request) { return upload(request); });

    // Blob storage: signed URLs, no Authorization accepted (Azure answers 400 InvalidAuthenticationInfo).
    blob().route("GET", u"/blob/{key}"_s, [this](const HttpRequest &request) {
        if (!request.header("authorization").isEmpty()) {
            return HttpResponse::text(
                400,
                "<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>InvalidAuthenticationInfo</Code>"
                "<Message>Authentication information is not given in the correct format.</Message></Error>",
                "application/xml");
        }
        const auto it = m_blobs.constFind(request.pathParameters.value(u"key"_s));
        if (it == m_blobs.constEnd()) {
            return HttpResponse::text(404, "BlobNotFound");
        }
        const QByteArray range = request.header("range");
        if (range.startsWith("bytes=") && range.endsWith('-')) {
            const qint64 from = range.mid(6, range.size() - 7).toLongLong();
            if (from >= it->size()) {
                return HttpResponse::text(416, {}).withHeader("Content-Range",
                                                              "bytes */" + QByteArray::number(it->size()));
            }
            HttpResponse partial = HttpResponse::text(206, it->mid(from), "application/zip");
            partial.withHeader("Content-Range", "bytes " + QByteArray::number(from) + '-' +
                                                    QByteArray::number(it->size() - 1) + '/' +
                                                    QByteArray::number(it->size()));
            return partial;
        }
        return HttpResponse::text(200, *it, "application/zip").withHeader("Accept-Ranges", "bytes");
    });
}

HttpResponse GitHubTwin::upload(const HttpRequest &request)
{
    if (!authorized(request)) {
        return unauthorized();
    }
    const qint64 releaseId = request.pathParameters.value(u"id"_s).toLongLong();
    auto *release = m_state.release(releaseId);
    if (!release) {
        return notFound();
    }
    if (release->immutable) {
        return json(422, {{u"message"_s, u"Cannot upload assets to an immutable release."_s}});
    }
    if (request.header("content-length").isEmpty()) {
        return json(411, {{u"message"_s, u"Content-Length required"_s}});
    }
    const QString name = request.query.queryItemValue(u"name"_s, QUrl::FullyDecoded);
    const auto fault =
        m_state.uploadFaults.isEmpty() ? GitHubTwinState::UploadFault::None : m_state.uploadFaults.takeFirst();
    if (fault == GitHubTwinState::UploadFault::NameTakenMeanwhile) {
        addAsset(releaseId, name, "another build, uploaded meanwhile by someone else");
        release = m_state.release(releaseId);
    }
    for (const auto &asset : std::as_const(release->assets)) {
        if (asset.name == name) {
            return validationFailed(u"ReleaseAsset"_s, u"already_exists"_s, u"name"_s);
        }
    }
    switch (fault) {
    case GitHubTwinState::UploadFault::ServerError:
        return json(500, {{u"message"_s, u"Server Error"_s}});
    case GitHubTwinState::UploadFault::ResetBeforeStore:
        return HttpResponse::failing(HttpFault::ResetConnection);
    case GitHubTwinState::UploadFault::StarterThen502:
        addAsset(releaseId, name, {}, u"starter"_s);
        return HttpResponse::text(502, "<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html");
    case GitHubTwinState::UploadFault::StoreThenReset:
    case GitHubTwinState::UploadFault::NameTakenMeanwhile:
    case GitHubTwinState::UploadFault::None:
        break;
    }
    GitHubTwinState::Asset asset;
    asset.id = ++m_state.nextId;
    asset.name = name;
    asset.label = request.query.queryItemValue(u"label"_s, QUrl::FullyDecoded);
    asset.contentType = QString::fromUtf8(request.header("content-type"));
    asset.size = request.bodySize;
    // Over the server's body limit (benchmarks) the size is known, the content and its digest are not.
    if (request.body.size() == request.bodySize) {
        asset.content = request.body;
        asset.digest = sha256Digest(request.body);
    }
    release->assets.append(asset);
    if (fault == GitHubTwinState::UploadFault::StoreThenReset) {
        return HttpResponse::failing(HttpFault::ResetConnection);
    }
    return json(201, assetJson(asset));
}

void GitHubTwin::garble(const QByteArray &method, const QString &pattern, Garble how, int times)
{
    m_garblings.append({method, pattern, how, times});
}

HttpResponse GitHubTwin::garbled(const QByteArray &method, const QString &pattern, HttpResponse response)
{
    for (qsizetype i = 0; i < m_garblings.size(); ++i) {
        Garbling &garbling = m_garblings[i];
        if (garbling.method != method || garbling.pattern != pattern) {
            continue;
        }
        const Garble how = garbling.how;
        if (--garbling.remaining <= 0) {
            m_garblings.removeAt(i);
        }
        if (how == Garble::PortalPage) {
            return HttpResponse::text(200,
                                      "<!DOCTYPE html>\n<html><head><title>Guest Wi-Fi</title></head><body>"
                                      "<form method=\"post\" action=\"/login\">Accept the terms of use to continue"
                                      "<button>Connect</button></form></body></html>\n",
                                      "text/html; charset=utf-8");
        }
        response.body.truncate(std::max<qsizetype>(1, response.body.size() / 2));
        response.headers.removeIf(
            [](const auto &header) { return header.first.compare("content-length", Qt::CaseInsensitive) == 0; });
        return response;
    }
    return response;
}

} // namespace ra::test
