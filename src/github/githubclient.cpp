// SPDX-License-Identifier: GPL-3.0-or-later
#include "github/githubclient.h"

#include "net/redactor.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ra::github {

namespace {

/// One query parameter, percent-encoded by hand: QUrlQuery leaves "+" alone and servers read it as a space.
QString param(const QString &name, const QString &value)
{
    return name + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(value));
}

QString encoded(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

QByteArray jsonBody(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

/// True when the download at \a path is a zip: artifacts are always zips, a proxy's page never is.
bool isZipDownload(const net::Response &response, const QString &path)
{
    if (response.header("content-type").trimmed().toLower().startsWith("text/html")) {
        return false;
    }
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(4) == QByteArrayView("PK\x03\x04");
}

/// What came back instead of a zip, for the error message.
QString describeBody(const net::Response &response)
{
    return response.header("content-type").toLower().contains("text/html") ? u"an HTML page"_s
                                                                           : u"a file that is not a zip"_s;
}

/// \a callback, with GitHub's 422 already_exists on asset \a name said in words: what holds the name, what to do.
Callback<Asset> explainingNameTaken(Callback<Asset> callback, const QString &name)
{
    return [callback = std::move(callback), name](const Result<Asset> &answer) {
        Result<Asset> result = answer;
        if (result.error.kind == net::ErrorKind::Validation && result.error.codes.contains(u"already_exists"_s)) {
            result.error.message =
                u"GitHub already holds an asset named %1 on this release (HTTP 422 already_exists)"_s.arg(name);
            result.error.hint = u"An asset is never overwritten: delete the one that holds the name (its content may "
                                u"differ from this file), then upload again."_s;
        }
        callback(result);
    };
}

} // namespace

GitHubClient::GitHubClient(const Endpoints &endpoints, QObject *parent)
    : QObject(parent)
    , m_endpoints(endpoints)
{
    m_http.setRetryPolicy(std::make_shared<net::GitHubRetryPolicy>());
    m_http.setDefaultHeader("Accept", "application/vnd.github+json");
    m_http.setDefaultHeader("X-GitHub-Api-Version", "2022-11-28");
    m_http.setDefaultHeader("User-Agent", "release-assistant (aleph-vm releases)");
}

GitHubClient::~GitHubClient() = default;

const Endpoints &GitHubClient::endpoints() const
{
    return m_endpoints;
}

void GitHubClient::setEndpoints(const Endpoints &endpoints)
{
    m_endpoints = endpoints;
}

void GitHubClient::setToken(const QString &token)
{
    if (m_token != token.trimmed()) {
        // Another account may see other things (drafts): never answer it from the previous account's reads.
        m_conditionalCache.clear();
    }
    m_token = token.trimmed();
    net::Redactor::global().addSecret(m_token);
}

bool GitHubClient::hasToken() const
{
    return !m_token.isEmpty();
}

net::HttpClient &GitHubClient::http()
{
    return m_http;
}

net::Request GitHubClient::apiRequest(const QByteArray &method, const QUrl &url) const
{
    net::Request request(method, url);
    if (!m_token.isEmpty()) {
        request.setHeader("Authorization", "Bearer " + m_token.toUtf8());
    }
    return request;
}

net::Request GitHubClient::apiRequest(const QByteArray &method, const QString &path) const
{
    return apiRequest(method, m_endpoints.apiUrl(path));
}

template<class T, class Parse>
net::Call *GitHubClient::run(const net::Request &request, Callback<T> callback, Parse parse)
{
    net::Call *call = m_http.send(request);
    connect(call, &net::Call::finished, this, [callback = std::move(callback), parse](const net::Response &response) {
        Result<T> result;
        if (!response.ok()) {
            result.error = response.error;
        } else {
            parse(response, result);
        }
        callback(result);
    });
    return call;
}

template<class T, class Parse>
net::Call *GitHubClient::runObject(const net::Request &request, Callback<T> callback, Parse parse)
{
    return run(request, std::move(callback),
               [this, method = request.method, parse](const net::Response &response, Result<T> &result) {
                   const auto object = response.jsonObject();
                   if (!object) {
                       result.error = m_http.retryPolicy().classifyUnreadable(method, response, u"a JSON object"_s);
                       return;
                   }
                   parse(*object, response, result);
               });
}

template<class T>
net::Call *GitHubClient::runList(const net::Request &request, Callback<QList<T>> callback)
{
    return run(request, std::move(callback),
               [this, method = request.method](const net::Response &response, Result<QList<T>> &result) {
                   for (const QJsonValue &item : response.items) {
                       if (!item.isObject()) {
                           result.value.clear();
                           result.error =
                               m_http.retryPolicy().classifyUnreadable(method, response, u"a JSON list of objects"_s);
                           return;
                       }
                       result.value.append(T::fromJson(item.toObject()));
                   }
               });
}

net::Call *GitHubClient::currentUser(Callback<AccountInfo> callback)
{
    const AccountInfo::TokenKind kind = AccountInfo::kindOfToken(m_token);
    return runObject(apiRequest("GET", u"/user"_s), std::move(callback),
                     [kind](const QJsonObject &o, const net::Response &response, Result<AccountInfo> &result) {
                         AccountInfo &info = result.value;
                         info.login = o.value(u"login"_s).toString();
                         info.name = o.value(u"name"_s).toString();
                         info.avatarUrl = QUrl(o.value(u"avatar_url"_s).toString());
                         info.tokenKind = kind;
                         info.scopesKnown = response.hasHeader("x-oauth-scopes");
                         const QString scopes = QString::fromUtf8(response.header("x-oauth-scopes"));
                         for (const QString &scope : scopes.split(u',', Qt::SkipEmptyParts)) {
                             info.scopes.append(scope.trimmed());
                         }
                         const QByteArray expiry = response.header("github-authentication-token-expiration");
                         if (!expiry.isEmpty()) {
                             // "2026-12-31 12:00:00 UTC" (also seen with a numeric offset)
                             QString text = QString::fromLatin1(expiry).trimmed();
                             text.replace(u" UTC"_s, u"Z"_s).replace(u' ', u'T');
                             info.expiresAt = QDateTime::fromString(text, Qt::ISODate);
                         }
                     });
}

net::Call *GitHubClient::repository(const RepositoryRef &repo, Callback<RepositoryInfo> callback)
{
    return runObject(apiRequest("GET", repo.apiPath()), std::move(callback),
                     [](const QJsonObject &o, const net::Response &, Result<RepositoryInfo> &result) {
                         RepositoryInfo &info = result.value;
                         info.fullName = o.value(u"full_name"_s).toString();
                         info.defaultBranch = o.value(u"default_branch"_s).toString();
                         info.isPrivate = o.value(u"private"_s).toBool();
                         info.archived = o.value(u"archived"_s).toBool();
                         info.htmlUrl = QUrl(o.value(u"html_url"_s).toString());
                         const QJsonObject permissions = o.value(u"permissions"_s).toObject();
                         info.permissionsKnown = !permissions.isEmpty();
                         info.canAdmin = permissions.value(u"admin"_s).toBool();
                         info.canPush = permissions.value(u"push"_s).toBool() || info.canAdmin ||
                                        permissions.value(u"maintain"_s).toBool();
                         info.canPull = permissions.value(u"pull"_s).toBool() || info.canPush;
                     });
}

net::Call *GitHubClient::immutableReleasesEnabled(const RepositoryRef &repo, Callback<bool> callback)
{
    // GitHub answers 404 when the setting is off.
    Callback<bool> onResult = [callback = std::move(callback)](const Result<bool> &enabled) {
        callback(enabled.error.kind == net::ErrorKind::NotFound ? Result<bool>{false, {}} : enabled);
    };
    return runObject(apiRequest("GET", repo.apiPath() + u"/immutable-releases"_s), std::move(onResult),
                     [](const QJsonObject &o, const net::Response &, Result<bool> &result) {
                         result.value = o.value(u"enabled"_s).toBool();
                     });
}

net::Call *GitHubClient::listReleases(const RepositoryRef &repo, Callback<QList<Release>> callback)
{
    net::Request request = apiRequest("GET", repo.apiPath() + u"/releases?per_page=100"_s);
    request.followPages = true;
    return runList<Release>(request, std::move(callback));
}

net::Call *GitHubClient::findReleaseByTag(const RepositoryRef &repo, const QString &tag,
                                          Callback<std::optional<Release>> callback)
{
    return listReleases(repo, [callback = std::move(callback), tag](const Result<QList<Release>> &list) {
        Result<std::optional<Release>> result;
        result.error = list.error;
        for (const Release &release : list.value) {
            // A draft and a published release may share a tag name; the draft is the one being prepared.
            if (release.tagName == tag && (!result.value || (release.draft && !result.value->draft))) {
                result.value = release;
            }
        }
        callback(result);
    });
}

net::Call *GitHubClient::publishedReleaseByTag(const RepositoryRef &repo, const QString &tag,
                                               Callback<Release> callback)
{
    return runObject(apiRequest("GET", repo.apiPath() + u"/releases/tags/"_s + encoded(tag)), std::move(callback),
                     [](const QJsonObject &o, const net::Response &, Result<Release> &result) {
                         result.value = Release::fromJson(o);
                     });
}

net::Call *GitHubClient::createRelease(const RepositoryRef &repo, const ReleaseFields &fields,
                                       Callback<Release> callback)
{
    net::Request request = apiRequest("POST", repo.apiPath() + u"/releases"_s);
    request.setJsonBody(jsonBody(fields.toJson()));
    return runObject(request, std::move(callback),
                     [](const QJsonObject &o, const net::Response &, Result<Release> &result) {
                         result.value = Release::fromJson(o);
                     });
}

net::Call *GitHubClient::updateRelease(const RepositoryRef &repo, qint64 releaseId, const ReleaseFields &fields,
                                       Callback<Release> callback)
{
    net::Request request = apiRequest("PATCH", repo.apiPath() + u"/releases/%1"_s.arg(releaseId));
    request.setJsonBody(jsonBody(fields.toJson()));
    request.retrySafe = true; // setting the same fields twice is harmless
    return runObject(request, std::move(callback),
                     [](const QJsonObject &o, const net::Response &, Result<Release> &result) {
                         result.value = Release::fromJson(o);
                     });
}

net::Call *GitHubClient::publishRelease(const RepositoryRef &repo, qint64 releaseId, Callback<Release> callback)
{
    ReleaseFields fields;
    fields.draft = false;
    return updateRelease(repo, releaseId, fields, std::move(callback));
}

net::Call *GitHubClient::deleteRelease(const RepositoryRef &repo, qint64 releaseId, Callback<bool> callback)
{
    return run(apiRequest("DELETE", repo.apiPath() + u"/releases/%1"_s.arg(releaseId)), std::move(callback),
               [](const net::Response &, Result<bool> &result) { result.value = true; });
}

net::Call *GitHubClient::generateNotes(const RepositoryRef &repo, const QString &tag, const QString &targetCommitish,
                                       const QString &previousTag, Callback<GeneratedNotes> callback)
{
    QJsonObject body{{u"tag_name"_s, tag}};
    if (!targetCommitish.isEmpty()) {
        body.insert(u"target_commitish"_s, targetCommitish);
    }
    if (!previousTag.isEmpty()) {
        body.insert(u"previous_tag_name"_s, previousTag);
    }
    net::Request request = apiRequest("POST", repo.apiPath() + u"/releases/generate-notes"_s);
    request.setJsonBody(jsonBody(body));
    request.retrySafe = true; // nothing is stored
    return runObject(request, std::move(callback),
                     [](const QJsonObject &o, const net::Response &, Result<GeneratedNotes> &result) {
                         result.value = {o.value(u"name"_s).toString(), o.value(u"body"_s).toString()};
                     });
}

net::Call *GitHubClient::listAssets(const RepositoryRef &repo, qint64 releaseId, Callback<QList<Asset>> callback)
{
    net::Request request = apiRequest("GET", repo.apiPath() + u"/releases/%1/assets?per_page=100"_s.arg(releaseId));
    request.followPages = true;
    return runList<Asset>(request, std::move(callback));
}

net::Call *GitHubClient::uploadAsset(const Release &release, const QString &filePath, const QString &name,
                                     const QString &label, const QString &contentType, Callback<Asset> callback)
{
    QUrl url = release.uploadUrl;
    QString query = param(u"name"_s, name);
    if (!label.isEmpty()) {
        query += u'&' + param(u"label"_s, label);
    }
    url.setQuery(query, QUrl::StrictMode);
    net::Request request = apiRequest("POST", url);
    request.setBodyFile(filePath);
    request.setHeader("Content-Type", contentType.isEmpty() ? "application/octet-stream" : contentType.toUtf8());
    return runObject(
        request, explainingNameTaken(std::move(callback), name),
        [](const QJsonObject &o, const net::Response &, Result<Asset> &result) { result.value = Asset::fromJson(o); });
}

net::Call *GitHubClient::updateAsset(const RepositoryRef &repo, qint64 assetId, const QString &name,
                                     const QString &label, Callback<Asset> callback)
{
    QJsonObject body{{u"name"_s, name}};
    if (!label.isNull()) {
        body.insert(u"label"_s, label);
    }
    net::Request request = apiRequest("PATCH", repo.apiPath() + u"/releases/assets/%1"_s.arg(assetId));
    request.setJsonBody(jsonBody(body));
    request.retrySafe = true;
    return runObject(
        request, explainingNameTaken(std::move(callback), name),
        [](const QJsonObject &o, const net::Response &, Result<Asset> &result) { result.value = Asset::fromJson(o); });
}

net::Call *GitHubClient::deleteAsset(const RepositoryRef &repo, qint64 assetId, Callback<bool> callback)
{
    return run(apiRequest("DELETE", repo.apiPath() + u"/releases/assets/%1"_s.arg(assetId)), std::move(callback),
               [](const net::Response &, Result<bool> &result) { result.value = true; });
}

net::Call *GitHubClient::downloadAsset(const RepositoryRef &repo, qint64 assetId, const QString &path,
                                       Callback<qint64> callback)
{
    net::Request request = apiRequest("GET", repo.apiPath() + u"/releases/assets/%1"_s.arg(assetId));
    request.setHeader("Accept", "application/octet-stream");
    request.downloadPath = path;
    request.resumeDownload = true;
    return run(request, std::move(callback),
               [](const net::Response &response, Result<qint64> &result) { result.value = response.downloadedBytes; });
}

net::Call *GitHubClient::listWorkflowRuns(const RepositoryRef &repo, const RunFilter &filter,
                                          Callback<QList<WorkflowRun>> callback)
{
    QString path =
        repo.apiPath() + (filter.workflow.isEmpty() ? u"/actions/runs"_s
                                                    : u"/actions/workflows/%1/runs"_s.arg(encoded(filter.workflow)));
    QStringList query{u"per_page=100"_s};
    const std::pair<QString, QString> fields[] = {{u"head_sha"_s, filter.headSha},
                                                  {u"branch"_s, filter.branch},
                                                  {u"event"_s, filter.event},
                                                  {u"status"_s, filter.status}};
    for (const auto &[name, value] : fields) {
        if (!value.isEmpty()) {
            query.append(param(name, value));
        }
    }
    net::Request request = apiRequest("GET", path + u'?' + query.join(u'&'));
    request.followPages = true;
    request.itemsKey = u"workflow_runs"_s;
    request.maxPages = 10; // filtered queries return at most 1000 runs
    return runList<WorkflowRun>(request, std::move(callback));
}

net::Call *GitHubClient::listRunArtifacts(const RepositoryRef &repo, qint64 runId, Callback<QList<Artifact>> callback)
{
    net::Request request = apiRequest("GET", repo.apiPath() + u"/actions/runs/%1/artifacts?per_page=100"_s.arg(runId));
    request.followPages = true;
    request.itemsKey = u"artifacts"_s;
    return runList<Artifact>(request, std::move(callback));
}

net::Call *GitHubClient::downloadArtifact(const RepositoryRef &repo, qint64 artifactId, const QString &path,
                                          Callback<qint64> callback)
{
    net::Request request = apiRequest("GET", repo.apiPath() + u"/actions/artifacts/%1/zip"_s.arg(artifactId));
    request.downloadPath = path;
    request.resumeDownload = true;
    net::Call *call = m_http.send(request);
    connect(call, &net::Call::finished, this, [callback = std::move(callback), path](const net::Response &response) {
        Result<qint64> result;
        result.value = response.downloadedBytes;
        result.error = response.error;
        if (response.error.kind == net::ErrorKind::Gone) {
            result.error.message = u"The workflow artifact has expired (HTTP 410); GitHub deletes artifacts after "
                                   u"their retention period"_s;
            result.error.hint = u"Re-run the workflow for this commit to build the packages again, then retry."_s;
        } else if (!result.error.isError() && !isZipDownload(response, path)) {
            // A captive portal or a proxy answers 200 with its own page: keeping it would pass a login page off as
            // the packages, and resuming from it would never give the artifact.
            QFile::remove(path);
            result.value = 0;
            result.error.kind = net::ErrorKind::Unreadable;
            result.error.httpStatus = response.status;
            result.error.message =
                u"GitHub's artifact storage did not send the artifact zip (%1 from %2): a proxy or a captive portal "
                u"answered instead"_s.arg(describeBody(response), response.url.host());
            result.error.hint = u"Sign in to the network's portal or check the proxy settings, then download the "
                                u"artifact again."_s;
        }
        callback(result);
    });
    return call;
}

net::Call *GitHubClient::createIssue(const RepositoryRef &repo, const QString &title, const QString &body,
                                     const QStringList &labels, Callback<IssueItem> callback)
{
    QJsonObject object{{u"title"_s, title}, {u"body"_s, body}};
    if (!labels.isEmpty()) {
        object.insert(u"labels"_s, QJsonArray::fromStringList(labels));
    }
    net::Request request = apiRequest("POST", repo.apiPath() + u"/issues"_s);
    request.setJsonBody(jsonBody(object));
    return runObject(request, std::move(callback),
                     [](const QJsonObject &o, const net::Response &, Result<IssueItem> &result) {
                         result.value = IssueItem::fromJson(o);
                     });
}

net::Call *GitHubClient::createComment(const RepositoryRef &repo, int issueNumber, const QString &body,
                                       Callback<IssueItem> callback)
{
    net::Request request = apiRequest("POST", repo.apiPath() + u"/issues/%1/comments"_s.arg(issueNumber));
    request.setJsonBody(jsonBody(QJsonObject{{u"body"_s, body}}));
    return runObject(request, std::move(callback),
                     [](const QJsonObject &o, const net::Response &, Result<IssueItem> &result) {
                         result.value = IssueItem::fromJson(o);
                     });
}

net::Call *GitHubClient::updateComment(const RepositoryRef &repo, qint64 commentId, const QString &body,
                                       Callback<IssueItem> callback)
{
    net::Request request = apiRequest("PATCH", repo.apiPath() + u"/issues/comments/%1"_s.arg(commentId));
    request.setJsonBody(jsonBody(QJsonObject{{u"body"_s, body}}));
    request.retrySafe = true;
    return runObject(request, std::move(callback),
                     [](const QJsonObject &o, const net::Response &, Result<IssueItem> &result) {
                         result.value = IssueItem::fromJson(o);
                     });
}

net::Call *GitHubClient::updateIssueBody(const RepositoryRef &repo, int number, const QString &body,
                                         Callback<IssueItem> callback)
{
    net::Request request = apiRequest("PATCH", repo.apiPath() + u"/issues/%1"_s.arg(number));
    request.setJsonBody(jsonBody(QJsonObject{{u"body"_s, body}}));
    // Setting the same body twice leaves the same issue.
    request.retrySafe = true;
    return runObject(request, std::move(callback),
                     [](const QJsonObject &o, const net::Response &, Result<IssueItem> &result) {
                         result.value = IssueItem::fromJson(o);
                     });
}

} // namespace ra::github
