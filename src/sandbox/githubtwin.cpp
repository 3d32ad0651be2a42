// SPDX-License-Identifier: GPL-3.0-or-later
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

} // namespace

GitHubTwinState::Release *GitHubTwinState::release(qint64 id)
{
    for (Release &r : releases) {
        if (r.id == id) {
            return &r;
        }
    }
    return nullptr;
}

GitHubTwinState::Release *GitHubTwinState::releaseByTag(const QString &tag)
{
    for (Release &r : releases) {
        if (r.tagName == tag) {
            return &r;
        }
    }
    return nullptr;
}

GitHubTwinState::Asset *GitHubTwinState::asset(qint64 id, Release **owner)
{
    for (Release &r : releases) {
        for (Asset &a : r.assets) {
            if (a.id == id) {
                if (owner) {
                    *owner = &r;
                }
                return &a;
            }
        }
    }
    return nullptr;
}

GitHubTwin::GitHubTwin()
    : m_servers(std::make_unique<Servers>())
{
}

GitHubTwin::~GitHubTwin() = default;

bool GitHubTwin::start()
{
    return start(Ports{});
}

bool GitHubTwin::start(const Ports &ports)
{
    if (!m_servers->api.listen(ports.api) || !m_servers->uploads.listen(ports.uploads) ||
        !m_servers->blob.listen(ports.blob) || !m_servers->web.listen(ports.web)) {
        return false;
    }
    installRoutes();
    return true;
}

GitHubTwin::Ports GitHubTwin::ports() const
{
    return {m_servers->api.port(), m_servers->uploads.port(), m_servers->blob.port(), m_servers->web.port()};
}

TestHttpServer &GitHubTwin::api()
{
    return m_servers->api;
}

TestHttpServer &GitHubTwin::uploads()
{
    return m_servers->uploads;
}

TestHttpServer &GitHubTwin::blob()
{
    return m_servers->blob;
}

TestHttpServer &GitHubTwin::web()
{
    return m_servers->web;
}

GitHubTwinState &GitHubTwin::state()
{
    return m_state;
}

QString GitHubTwin::repoPath() const
{
    return u"/repos/%1/%2"_s.arg(m_state.owner, m_state.repo);
}

qint64 GitHubTwin::addRelease(const QString &tag, bool draft)
{
    GitHubTwinState::Release release;
    release.id = ++m_state.nextId;
    release.tagName = tag;
    release.name = tag;
    release.draft = draft;
    m_state.releases.append(release);
    return release.id;
}

qint64 GitHubTwin::addRun(const QString &path, const QString &name, const QString &headSha, const QString &conclusion)
{
    GitHubTwinState::Run run;
    run.id = ++m_state.nextId;
    run.path = path;
    run.name = name;
    run.headSha = headSha;
    run.conclusion = conclusion;
    run.status = conclusion.isEmpty() ? u"in_progress"_s : u"completed"_s;
    run.workflowId = qHash(path) % 100000;
    m_state.runs.append(run);
    return run.id;
}

qint64 GitHubTwin::addArtifact(qint64 runId, const QString &name, const QByteArray &content, bool expired)
{
    GitHubTwinState::Artifact artifact;
    artifact.id = ++m_state.nextId;
    artifact.runId = runId;
    artifact.name = name;
    artifact.content = content;
    artifact.expired = expired;
    artifact.expiresAt = QDateTime::currentDateTimeUtc().addDays(expired ? -1 : 89);
    m_state.artifacts.append(artifact);
    return artifact.id;
}

QJsonObject GitHubTwin::releaseJson(const GitHubTwinState::Release &release) const
{
    QJsonArray assets;
    for (const auto &asset : release.assets) {
        assets.append(assetJson(asset));
    }
    return {{u"id"_s, release.id},
            {u"tag_name"_s, release.tagName},
            {u"target_commitish"_s, release.targetCommitish},
            {u"name"_s, release.name},
            {u"body"_s, release.body},
            {u"draft"_s, release.draft},
            {u"prerelease"_s, release.prerelease},
            {u"immutable"_s, release.immutable},
            {u"html_url"_s,
             u"https://github.com/%1/%2/releases/tag/%3"_s.arg(m_state.owner, m_state.repo, release.tagName)},
            {u"upload_url"_s, m_servers->uploads.url(repoPath() + u"/releases/%1/assets"_s.arg(release.id)).toString() +
                                  u"{?name,label}"_s},
            {u"created_at"_s, u"2026-11-20T10:00:00Z"_s},
            {u"published_at"_s, release.draft ? QJsonValue() : QJsonValue(u"2026-11-21T10:00:00Z"_s)},
            {u"assets"_s, assets}};
}

HttpResponse GitHubTwin::primaryRateLimit(int status, qint64 resetEpoch)
{
    HttpResponse response = json(status, {{u"message"_s, u"API rate limit exceeded for user ID 1."_s}});
    response.withHeader("x-ratelimit-limit", "5000")
        .withHeader("x-ratelimit-remaining", "0")
        .withHeader("x-ratelimit-used", "5000")
        .withHeader("x-ratelimit-reset", QByteArray::number(resetEpoch))
        .withHeader("x-ratelimit-resource", "core");
    return response;
}

HttpResponse GitHubTwin::secondaryRateLimit(int retryAfterSeconds)
{
    HttpResponse response = json(
        403, {{u"message"_s,
               u"You have triggered an abuse detection mechanism. Please wait a few minutes before you try again."_s}});
    response.withHeader("retry-after", QByteArray::number(retryAfterSeconds))
        .withHeader("x-ratelimit-remaining", "4000");
    return response;
}

HttpResponse GitHubTwin::validationFailed(const QString &resource, const QString &code, const QString &field)
{
    return json(
        422, {{u"message"_s, u"Validation Failed"_s},
              {u"errors"_s, QJsonArray{QJsonObject{{u"resource"_s, resource}, {u"code"_s, code}, {u"field"_s, field}}}},
              {u"documentation_url"_s, u"https://docs.github.com/rest"_s}});
}

HttpResponse GitHubTwin::notFound()
{
    return json(404, {{u"message"_s, u"Not Found"_s}, {u"documentation_url"_s, u"https://docs.github.com/rest"_s}});
}

namespace {

/// The token of an Authorization header ("Bearer <token>" or "token <token>"); empty without one.
QString tokenOf(const HttpRequest &request)
{
    const QByteArray header = request.header("authorization");
    for (const QByteArray &scheme : {QByteArray("Bearer "), QByteArray("token ")}) {
        if (header.startsWith(scheme)) {
            return QString::fromUtf8(header.mid(scheme.size()));
        }
    }
    return {};
}

} // namespace

bool GitHubTwin::authorized(const HttpRequest &request) const
{
    const QString token = tokenOf(request);
    return m_state.token.isEmpty() ||
           (!token.isEmpty() && (token == m_state.token || m_state.otherAccounts.contains(token) ||
                                 m_state.readOnlyAccounts.contains(token)));
}

QString GitHubTwin::loginOf(const HttpRequest &request) const
{
    const QString token = tokenOf(request);
    if (const auto it = m_state.readOnlyAccounts.constFind(token); it != m_state.readOnlyAccounts.cend()) {
        return *it;
    }
    return m_state.otherAccounts.value(token, m_state.login);
}

bool GitHubTwin::canPush(const HttpRequest &request) const
{
    return m_state.canPush && !readOnly(request);
}

bool GitHubTwin::readOnly(const HttpRequest &request) const
{
    return m_state.readOnlyAccounts.contains(tokenOf(request));
}

HttpResponse GitHubTwin::conditionalAnswer(const HttpRequest &request, HttpResponse response)
{
    const bool conditional = request.method == "GET" && response.status == 200 && response.fault == HttpFault::None;
    QByteArray etag;
    if (conditional) {
        // GitHub's ETags vary with the account (Vary: Authorization): the same body read by two accounts differs.
        etag = "W/\"" +
               QCryptographicHash::hash(loginOf(request).toUtf8() + '\n' + response.body, QCryptographicHash::Sha256)
                   .toHex()
                   .left(40) +
               "\"";
        const QList<QByteArray> wanted = request.header("if-none-match").split(',');
        if (std::ranges::any_of(wanted, [&](const QByteArray &tag) { return tag.trimmed() == etag; })) {
            ++m_state.notModifiedAnswers;
            HttpResponse notModified;
            notModified.status = 304;
            notModified.headers = response.headers;
            notModified.headers.removeIf([](const auto &header) {
                return header.first.compare("content-type", Qt::CaseInsensitive) == 0 ||
                       header.first.compare("content-length", Qt::CaseInsensitive) == 0;
            });
            response = notModified;
        }
        response.withHeader("ETag", etag).withHeader("Vary", "Accept, Authorization");
    }
    if (response.status != 304) {
        ++m_state.rateLimitUsed;
    }
    response.withHeader("x-ratelimit-limit", "5000")
        .withHeader("x-ratelimit-remaining", QByteArray::number(std::max(0, 5000 - m_state.rateLimitUsed)))
        .withHeader("x-ratelimit-used", QByteArray::number(m_state.rateLimitUsed))
        .withHeader("x-ratelimit-resource", "core");
    return response;
}

HttpResponse GitHubTwin::unauthorized() const
{
    return json(401,
                {{u"message"_s, u"Bad credentials"_s}, {u"documentation_url"_s, u"https://docs.github.com/rest"_s}});
}

HttpResponse GitHubTwin::page(const HttpRequest &request, const QJsonArray &items, const QString &key) const
{
    const int size = std::max(1, m_state.pageSize);
    const int number = std::max(1, request.query.queryItemValue(u"page"_s).toInt());
    const int pages = std::max<int>(1, int((items.size() + size - 1) / size));
    QJsonArray slice;
    for (qsizetype i = qsizetype(number - 1) * size; i < items.size() && i < qsizetype(number) * size; ++i) {
        slice.append(items.at(i));
    }
    HttpResponse response = key.isEmpty() ? HttpResponse::json(200, QJsonDocument(slice))
                                          : json(200, {{u"total_count"_s, items.size()}, {key, slice}});
    auto pageUrl = [&](int n) {
        QUrlQuery query = request.query;
        query.removeAllQueryItems(u"page"_s);
        query.addQueryItem(u"page"_s, QString::number(n));
        QUrl url = m_servers->api.url(request.path);
        url.setQuery(query);
        return "<" + url.toEncoded() + ">";
    };
    QList<QByteArray> links;
    if (number < pages) {
        links << pageUrl(number + 1) + "; rel=\"next\"" << pageUrl(pages) + "; rel=\"last\"";
    }
    if (number > 1) {
        links << pageUrl(number - 1) + "; rel=\"prev\"" << pageUrl(1) + "; rel=\"first\"";
    }
    if (!links.isEmpty()) {
        response.withHeader("Link", links.join(", "));
    }
    return response;
}

void GitHubTwin::apiRoute(const QByteArray &method, const QString &pattern, TestHttpServer::Handler handler)
{
    m_servers->api.route(
        method, pattern, [this, method, pattern, handler = std::move(handler)](const HttpRequest &request) {
            HttpResponse response = authorized(request) ? conditionalAnswer(request, handler(request)) : unauthorized();
            response.withHeader("x-github-api-version-selected", "2022-11-28");
            if (!m_state.oauthScopes.isEmpty()) {
                response.withHeader("x-oauth-scopes", m_state.oauthScopes.toUtf8());
            }
            return garbled(method, pattern, std::move(response));
        });
}

void GitHubTwin::installRoutes()
{
    const QString repo = u"/repos/{owner}/{repo}"_s;
    const auto route = [this](const QByteArray &method, const QString &pattern, TestHttpServer::Handler handler) {
        apiRoute(method, pattern, std::move(handler));
    };

    route("GET", u"/user"_s, [this](const HttpRequest &request) {
        const QString login = loginOf(request);
        return json(200, {{u"login"_s, login}, {u"id"_s, login == m_state.login ? 1 : 2}, {u"name"_s, login}});
    });
    route("GET", repo, [this](const HttpRequest &request) {
        return json(200, {{u"full_name"_s, m_state.owner + u'/' + m_state.repo},
                          {u"default_branch"_s, u"main"_s},
                          {u"private"_s, false},
                          {u"html_url"_s, u"https://github.com/%1/%2"_s.arg(m_state.owner, m_state.repo)},
                          {u"permissions"_s,
                           QJsonObject{{u"admin"_s, false}, {u"push"_s, canPush(request)}, {u"pull"_s, true}}}});
    });
    route("GET", repo + u"/immutable-releases"_s, [this](const HttpRequest &) {
        return m_state.immutableReleases ? json(200, {{u"enabled"_s, true}, {u"enforced_by_owner"_s, false}})
                                         : notFound();
    });

    route("GET", repo + u"/releases"_s, [this](const HttpRequest &request) {
        QJsonArray items;
        for (auto it = m_state.releases.crbegin(); it != m_state.releases.crend(); ++it) {
            if (!it->draft || canPush(request)) {
                items.append(releaseJson(*it));
            }
        }
        return page(request, items, {});
    });
    route("GET", repo + u"/releases/tags/{tag}"_s, [this](const HttpRequest &request) {
        const auto *release = m_state.releaseByTag(request.pathParameters.value(u"tag"_s));
        return release && !release->draft ? json(200, releaseJson(*release)) : notFound();
    });
    route("POST", repo + u"/releases"_s, [this](const HttpRequest &request) {
        const QJsonObject body = request.json().object();
        const QString tag = body.value(u"tag_name"_s).toString();
        if (tag.isEmpty()) {
            return validationFailed(u"Release"_s, u"missing_field"_s, u"tag_name"_s);
        }
        if (m_state.releaseByTag(tag)) {
            return validationFailed(u"Release"_s, u"already_exists"_s, u"tag_name"_s);
        }
        if (body.contains(u"make_latest"_s) && !body.value(u"make_latest"_s).isString()) {
            return validationFailed(u"Release"_s, u"invalid"_s, u"make_latest"_s);
        }
        const qint64 id = addRelease(tag, body.value(u"draft"_s).toBool());
        auto *release = m_state.release(id);
        release->name = body.value(u"name"_s).toString(tag);
        release->body = body.value(u"body"_s).toString();
        release->prerelease = body.value(u"prerelease"_s).toBool();
        release->targetCommitish = body.value(u"target_commitish"_s).toString(u"main"_s);
        HttpResponse response = json(201, releaseJson(*release));
        response.withHeader("Location", m_servers->api.url(repoPath() + u"/releases/%1"_s.arg(id)).toEncoded());
        return response;
    });
    route("PATCH", repo + u"/releases/{id}"_s, [this](const HttpRequest &request) {
        auto *release = m_state.release(request.pathParameters.value(u"id"_s).toLongLong());
        if (!release || readOnly(request)) {
            return notFound();
        }
        const QJsonObject body = request.json().object();
        if (body.contains(u"name"_s)) {
            release->name = body.value(u"name"_s).toString();
        }
        if (body.contains(u"body"_s)) {
            release->body = body.value(u"body"_s).toString();
        }
        if (body.contains(u"prerelease"_s)) {
            release->prerelease = body.value(u"prerelease"_s).toBool();
        }
        if (body.contains(u"draft"_s)) {
            release->draft = body.value(u"draft"_s).toBool();
            release->immutable = !release->draft && m_state.immutableReleases;
        }
        return json(200, releaseJson(*release));
    });
    route("DELETE", repo + u"/releases/{id}"_s, [this](const HttpRequest &request) {
        const qint64 id = request.pathParameters.value(u"id"_s).toLongLong();
        if (readOnly(request)) {
            return notFound();
        }
        const qsizetype removed = m_state.releases.removeIf([id](const auto &r) { return r.id == id; });
        return removed ? HttpResponse::text(204, {}) : notFound();
    });
    route("POST", repo + u"/releases/generate-notes"_s, [](const HttpRequest &request) {
        const QJsonObject body = request.json().object();
        const QString tag = body.value(u"tag_name"_s).toString();
        const QString previous = body.value(u"previous_tag_name"_s).toString(u"1.0.0"_s);
        return json(
            200,
            {{u"name"_s, tag},
             {u"body"_s, u"## What's Changed\n* Fix: something by @someone in #1\n\n**Full Changelog**: %1...%2"_s.arg(
                             previous, tag)}});
    });

    installAssetRoutes();

    auto runsHandler = [this](const HttpRequest &request) {
        const QString workflow = request.pathParameters.value(u"workflow"_s);
        QJsonArray items;
        for (auto it = m_state.runs.crbegin(); it != m_state.runs.crend(); ++it) {
            const auto &run = *it;
            const auto filter = [&](const QString &name, const QString &value) {
                const QString wanted = request.query.queryItemValue(name, QUrl::FullyDecoded);
                return wanted.isEmpty() || wanted == value;
            };
            const QString status = request.query.queryItemValue(u"status"_s);
            if (!workflow.isEmpty() && !run.path.endsWith(u'/' + workflow) &&
                QString::number(run.workflowId) != workflow) {
                continue;
            }
            if (!filter(u"head_sha"_s, run.headSha) || !filter(u"branch"_s, run.headBranch) ||
                !filter(u"event"_s, run.event) ||
                (!status.isEmpty() && status != run.status && status != run.conclusion)) {
                continue;
            }
            items.append(QJsonObject{
                {u"id"_s, run.id},
                {u"name"_s, run.name},
                {u"path"_s, run.path},
                {u"head_sha"_s, run.headSha},
                {u"head_branch"_s, run.headBranch},
                {u"event"_s, run.event},
                {u"status"_s, run.status},
                {u"conclusion"_s, run.conclusion.isEmpty() ? QJsonValue() : QJsonValue(run.conclusion)},
                {u"run_attempt"_s, 1},
                {u"workflow_id"_s, run.workflowId},
                {u"html_url"_s,
                 u"https://github.com/%1/%2/actions/runs/%3"_s.arg(m_state.owner, m_state.repo).arg(run.id)},
                {u"created_at"_s, u"2026-11-22T09:00:00Z"_s}});
        }
        return page(request, items, u"workflow_runs"_s);
    };
    route("GET", repo + u"/actions/runs"_s, runsHandler);
    route("GET", repo + u"/actions/workflows/{workflow}/runs"_s, runsHandler);
    route("POST", repo + u"/issues"_s, [this](const HttpRequest &request) {
        const QJsonObject body = request.json().object();
        if (body.value(u"title"_s).toString().isEmpty()) {
            return validationFailed(u"Issue"_s, u"missing_field"_s, u"title"_s);
        }
        const qint64 id = ++m_state.nextId;
        const int number = int(id % 10000);
        return json(201, {{u"id"_s, id},
                          {u"number"_s, number},
                          {u"title"_s, body.value(u"title"_s)},
                          {u"body"_s, body.value(u"body"_s)},
                          {u"html_url"_s,
                           u"https://github.com/%1/%2/issues/%3"_s.arg(m_state.owner, m_state.repo).arg(number)}});
    });
    auto comment = [this](const HttpRequest &request, int status) {
        const QString body = request.json().object().value(u"body"_s).toString();
        if (body.size() > 65536) {
            return json(
                422, {{u"message"_s, u"Validation Failed"_s},
                      {u"errors"_s,
                       QJsonArray{QJsonObject{{u"resource"_s, u"IssueComment"_s},
                                              {u"code"_s, u"custom"_s},
                                              {u"field"_s, u"body"_s},
                                              {u"message"_s, u"body is too long (maximum is 65536 characters)"_s}}}}});
        }
        const qint64 id = request.pathParameters.contains(u"id"_s) ? request.pathParameters.value(u"id"_s).toLongLong()
                                                                   : ++m_state.nextId;
        return json(
            status,
            {{u"id"_s, id},
             {u"body"_s, body},
             {u"html_url"_s,
              u"https://github.com/%1/%2/issues/1#issuecomment-%3"_s.arg(m_state.owner, m_state.repo).arg(id)}});
    };
    route("POST", repo + u"/issues/{number}/comments"_s,
          [comment](const HttpRequest &request) { return comment(request, 201); });
    route("PATCH", repo + u"/issues/comments/{id}"_s,
          [comment](const HttpRequest &request) { return comment(request, 200); });

    // Web host: the device flow. Answers are JSON only with Accept: application/json, errors come as 200.
    m_servers->web.route("POST", u"/login/device/code"_s, [this](const HttpRequest &request) {
        if (request.header("accept") != "application/json") {
            return HttpResponse::text(200, "device_code=x&user_code=WDJB-MJHT", "application/x-www-form-urlencoded");
        }
        return json(200, {{u"device_code"_s, u"3584d83530557fdd1f46af8289938c8ef79f9dc5"_s},
                          {u"user_code"_s, u"WDJB-MJHT"_s},
                          {u"verification_uri"_s, u"https://github.com/login/device"_s},
                          {u"expires_in"_s, 900},
                          {u"interval"_s, m_state.deviceInterval}});
    });
    m_servers->web.route("POST", u"/login/oauth/access_token"_s, [this](const HttpRequest &request) {
        if (!request.body.contains("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code")) {
            return json(200, {{u"error"_s, u"unsupported_grant_type"_s}});
        }
        if (m_state.devicePollScript.isEmpty()) {
            return json(200, {{u"access_token"_s, m_state.deviceToken},
                              {u"token_type"_s, u"bearer"_s},
                              {u"scope"_s, u"repo,workflow"_s}});
        }
        const QString error = m_state.devicePollScript.takeFirst();
        QJsonObject body{{u"error"_s, error}};
        if (error == u"slow_down"_s) {
            m_state.deviceInterval += 5;
            body.insert(u"interval"_s, m_state.deviceInterval);
        }
        return json(200, body);
    });
}

} // namespace ra::test
