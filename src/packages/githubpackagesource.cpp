// SPDX-License-Identifier: GPL-3.0-or-later
#include "packages/githubpackagesource.h"

#include "net/httpclient.h"
#include "packages/githubassetstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace ra::packages {

namespace {

QUrl withQuery(QUrl url, const QList<std::pair<QString, QString>> &items)
{
    QUrlQuery query;
    for (const auto &[key, value] : items) {
        query.addQueryItem(key, value);
    }
    url.setQuery(query);
    return url;
}

/// Requests per download that may each end short before the download is reported as failed.
constexpr int MaxShortDownloads = 4;

/// The size of the whole file as the server declared it: the total of a 206's Content-Range, else the
/// Content-Length of a 200; -1 when unknown, or when a content coding makes the length differ from the file's.
qint64 declaredTotal(const net::Response &response)
{
    const QByteArray coding = response.header("content-encoding");
    if (!coding.isEmpty() && coding.compare("identity", Qt::CaseInsensitive) != 0) {
        return -1;
    }
    if (response.status == 206) {
        const QByteArray range = response.header("content-range");
        const qsizetype slash = range.lastIndexOf('/');
        bool ok = false;
        const qint64 total = slash < 0 ? -1 : range.mid(slash + 1).toLongLong(&ok);
        return ok ? total : -1;
    }
    bool ok = false;
    const qint64 length = response.header("content-length").toLongLong(&ok);
    return ok ? length : -1;
}

} // namespace

GitHubPackageSource::GitHubPackageSource(net::HttpClient &client, GitHubTarget target)
    : m_client(client)
    , m_target(std::move(target))
{
}

std::optional<ReleaseInfo> GitHubPackageSource::findRelease(const QString &tag, QString *error)
{
    net::Request request =
        m_target.request("GET", withQuery(m_target.repoUrl(u"/releases"_s), {{u"per_page"_s, u"100"_s}}));
    request.followPages = true;
    const net::Response response = sendAndWait(m_client, request);
    if (!response.ok()) {
        *error = describeFailure(u"listing the releases of %1 failed"_s.arg(m_target.repository), response);
        return std::nullopt;
    }
    std::optional<ReleaseInfo> found;
    for (const QJsonValue &value : response.items) {
        const QJsonObject object = value.toObject();
        if (object.value(u"tag_name"_s).toString() != tag) {
            continue;
        }
        ReleaseInfo info;
        info.id = object.value(u"id"_s).toInteger();
        info.tag = tag;
        info.draft = object.value(u"draft"_s).toBool();
        info.uploadUrl = object.value(u"upload_url"_s).toString();
        const QJsonArray assets = object.value(u"assets"_s).toArray();
        for (const QJsonValue &asset : assets) {
            info.assets.append(GitHubAssetStore::assetFromJson(asset.toObject()));
        }
        // Prefer the draft: that is where step 5 works.
        if (!found || (info.draft && !found->draft)) {
            found = info;
        }
    }
    if (!found) {
        *error =
            u"no release or draft for tag %1 in %2. Create the draft first (step 4)."_s.arg(tag, m_target.repository);
    }
    return found;
}

std::optional<QList<RunArtifact>> GitHubPackageSource::runArtifacts(qint64 runId, QString *error)
{
    net::Request request = m_target.request(
        "GET", withQuery(m_target.repoUrl(u"/actions/runs/%1/artifacts"_s.arg(runId)), {{u"per_page"_s, u"100"_s}}));
    request.followPages = true;
    request.itemsKey = u"artifacts"_s;
    const net::Response response = sendAndWait(m_client, request);
    if (!response.ok()) {
        *error = describeFailure(u"listing the artifacts of run %1 failed"_s.arg(runId), response);
        return std::nullopt;
    }
    QList<RunArtifact> artifacts;
    for (const QJsonValue &value : response.items) {
        const QJsonObject object = value.toObject();
        RunArtifact artifact;
        artifact.id = object.value(u"id"_s).toInteger();
        artifact.name = object.value(u"name"_s).toString();
        artifact.size = object.value(u"size_in_bytes"_s).toInteger();
        artifact.expired = object.value(u"expired"_s).toBool();
        artifact.expiresAt = QDateTime::fromString(object.value(u"expires_at"_s).toString(), Qt::ISODate);
        artifacts.append(artifact);
    }
    return artifacts;
}

std::optional<QList<qint64>> GitHubPackageSource::runsForCommit(const QString &commit, QString *error)
{
    net::Request request = m_target.request(
        "GET", withQuery(m_target.repoUrl(u"/actions/runs"_s), {{u"head_sha"_s, commit}, {u"per_page"_s, u"100"_s}}));
    request.followPages = true;
    request.itemsKey = u"workflow_runs"_s;
    const net::Response response = sendAndWait(m_client, request);
    if (!response.ok()) {
        *error = describeFailure(u"listing the runs of commit %1 failed"_s.arg(commit), response);
        return std::nullopt;
    }
    QList<qint64> runs;
    for (const QJsonValue &value : response.items) {
        runs.append(value.toObject().value(u"id"_s).toInteger());
    }
    return runs;
}

std::optional<QString> GitHubPackageSource::downloadArtifact(const RunArtifact &artifact, const QString &dir,
                                                             const Progress &progress, const std::atomic_bool *cancel,
                                                             QString *error)
{
    const QString expiredMessage =
        u"the artifact %1 expired on %2; re-run the workflow that built it, then attach the packages of the new run"_s
            .arg(artifact.name,
                 artifact.expiresAt.isValid() ? artifact.expiresAt.toString(Qt::ISODate) : u"an unknown date"_s);
    if (artifact.expired) {
        *error = expiredMessage;
        return std::nullopt;
    }
    if (!QDir().mkpath(dir)) {
        *error = u"cannot create the folder %1"_s.arg(dir);
        return std::nullopt;
    }
    const QString zipPath = QDir(dir).filePath(artifact.name + u".zip"_s);
    if (QFile::exists(zipPath) && QFileInfo(zipPath).size() == artifact.size) {
        return zipPath;
    }
    net::Request request = m_target.request("GET", m_target.repoUrl(u"/actions/artifacts/%1/zip"_s.arg(artifact.id)));
    const QString partPath = zipPath + u".part"_s;
    request.downloadPath = partPath;
    request.resumeDownload = true;
    // Qt's HTTP/1 reply sometimes ends a body cut by a connection reset as if it were complete (depending on
    // whether it sees the disconnect or the error first): a short file is resumed here, with Range, instead
    // of being found broken after unzipping and fetched again from the start.
    for (int attempt = 1;; ++attempt) {
        const net::Response response = sendAndWait(m_client, request, cancel, progress);
        if (response.status == 410 || response.error.kind == net::ErrorKind::Gone) {
            *error = expiredMessage;
            return std::nullopt;
        }
        if (!response.ok()) {
            *error = describeFailure(u"downloading the artifact %1 failed"_s.arg(artifact.name), response) +
                     u" The partial download is kept and resumed next time."_s;
            return std::nullopt;
        }
        // Only the server's own declaration: size_in_bytes of the listing is not always the zip's size.
        const qint64 expected = declaredTotal(response);
        const qint64 received = QFileInfo(partPath).size();
        if (expected <= 0 || received == expected) {
            break;
        }
        if (received > expected) {
            // What was appended does not belong to this file: nothing of it can be trusted.
            QFile::remove(partPath);
            *error = u"the download of the artifact %1 holds %2 bytes, more than the %3 the server declared; it was "
                     "removed, run the step again to download it anew"_s.arg(artifact.name)
                         .arg(received)
                         .arg(expected);
            return std::nullopt;
        }
        if (attempt >= MaxShortDownloads || (cancel && cancel->load())) {
            *error = u"the download of the artifact %1 ended at %2 of %3 bytes; run the step again to resume it"_s
                         .arg(artifact.name)
                         .arg(received)
                         .arg(expected);
            return std::nullopt;
        }
    }
    QFile::remove(zipPath);
    if (!QFile::rename(zipPath + u".part"_s, zipPath)) {
        *error = u"cannot rename the download to %1"_s.arg(zipPath);
        return std::nullopt;
    }
    return zipPath;
}

bool GitHubPackageSource::downloadAsset(qint64 assetId, const QString &path, const Progress &progress,
                                        const std::atomic_bool *cancel, QString *error)
{
    net::Request request = m_target.request("GET", m_target.repoUrl(u"/releases/assets/%1"_s.arg(assetId)));
    request.setHeader("Accept", "application/octet-stream");
    request.downloadPath = path;
    const net::Response response = sendAndWait(m_client, request, cancel, progress);
    if (!response.ok()) {
        *error = describeFailure(u"downloading release asset %1 failed"_s.arg(assetId), response);
        return false;
    }
    return true;
}

} // namespace ra::packages
