// SPDX-License-Identifier: GPL-3.0-or-later
// GitHubClient's conditional reads: ETag / If-None-Match on the issue and its comments.
#include "github/githubclient.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ra::github {

namespace {

/// Enough for the tracking issues of a few projects and their comment pages.
constexpr qsizetype MaximumCachedAnswers = 256;
/// As Request::maxPages: a thread longer than this is not a tracking issue.
constexpr int MaximumPages = 50;

} // namespace

net::Call *GitHubClient::conditionalGet(const QUrl &url, Callback<ConditionalPage> callback)
{
    net::Request request = apiRequest("GET", url);
    const QString key = url.toString(QUrl::FullyEncoded);
    const auto cached = m_conditionalCache.constFind(key);
    if (cached != m_conditionalCache.cend()) {
        request.setHeader("If-None-Match", cached->etag);
    }
    net::Call *call = m_http.send(request);
    connect(
        call, &net::Call::finished, this, [this, key, callback = std::move(callback)](const net::Response &response) {
            Result<ConditionalPage> result;
            const auto entry = m_conditionalCache.constFind(key);
            if (response.status == 304 && entry != m_conditionalCache.cend()) {
                ++m_notModified;
                result.value = {entry->body, entry->next, true};
                callback(result);
                return;
            }
            if (!response.ok()) {
                result.error = response.error;
                callback(result);
                return;
            }
            result.value = {response.body,
                            response.nextPageUrl().isEmpty() ? QUrl() : response.url.resolved(response.nextPageUrl()),
                            false};
            const QByteArray etag = response.header("etag");
            if (!etag.isEmpty()) {
                if (m_conditionalCache.size() >= MaximumCachedAnswers) {
                    m_conditionalCache.clear();
                }
                m_conditionalCache.insert(key, {etag, result.value.body, result.value.next});
            } else {
                m_conditionalCache.remove(key);
            }
            callback(result);
        });
    return call;
}

void GitHubClient::forgetList(const QUrl &first)
{
    QString key = first.toString(QUrl::FullyEncoded);
    for (int page = 0; page < MaximumPages && m_conditionalCache.contains(key); ++page) {
        const QUrl next = m_conditionalCache.take(key).next;
        key = next.toString(QUrl::FullyEncoded);
    }
}

net::Call *GitHubClient::conditionalList(const QString &path, Callback<QJsonArray> callback, int expectedCount)
{
    const QUrl first = m_endpoints.apiUrl(path);
    if (expectedCount >= 0) {
        callback = [this, path, first, expectedCount, callback = std::move(callback)](const Result<QJsonArray> &list) {
            if (list.ok() && list.value.size() != expectedCount) {
                // Pages answered 304 hid a change (a new last page): read the whole list again.
                forgetList(first);
                conditionalList(path, callback);
                return;
            }
            callback(list);
        };
    }
    auto items = std::make_shared<QJsonArray>();
    return conditionalGet(first, [this, items, callback, first](const Result<ConditionalPage> &page) {
        if (!page.ok()) {
            callback({{}, page.error});
            return;
        }
        const auto array = QJsonDocument::fromJson(page.value.body);
        if (!array.isArray()) {
            net::Response response;
            response.status = 200;
            response.body = page.value.body;
            response.url = first;
            callback({{}, m_http.retryPolicy().classifyUnreadable("GET", response, u"a JSON array"_s)});
            return;
        }
        for (const QJsonValue &item : array.array()) {
            items->append(item);
        }
        if (page.value.next.isEmpty()) {
            callback({*items, {}});
            return;
        }
        nextConditionalPage(page.value.next, items, 1, callback);
    });
}

void GitHubClient::nextConditionalPage(const QUrl &url, const std::shared_ptr<QJsonArray> &items, int pages,
                                       const Callback<QJsonArray> &callback)
{
    conditionalGet(url, [this, url, items, pages, callback](const Result<ConditionalPage> &page) {
        if (!page.ok()) {
            callback({{}, page.error});
            return;
        }
        const auto array = QJsonDocument::fromJson(page.value.body);
        if (!array.isArray()) {
            net::Response response;
            response.status = 200;
            response.body = page.value.body;
            response.url = url;
            callback({{}, m_http.retryPolicy().classifyUnreadable("GET", response, u"a JSON array"_s)});
            return;
        }
        for (const QJsonValue &item : array.array()) {
            items->append(item);
        }
        if (page.value.next.isEmpty() || pages + 1 >= MaximumPages) {
            callback({*items, {}});
            return;
        }
        nextConditionalPage(page.value.next, items, pages + 1, callback);
    });
}

int GitHubClient::notModifiedCount() const
{
    return m_notModified;
}

net::Call *GitHubClient::issue(const RepositoryRef &repo, int number, Callback<IssueItem> callback)
{
    const QUrl url = m_endpoints.apiUrl(repo.apiPath() + u"/issues/%1"_s.arg(number));
    return conditionalGet(url, [this, url, callback = std::move(callback)](const Result<ConditionalPage> &page) {
        Result<IssueItem> result;
        result.error = page.error;
        if (page.ok()) {
            const QJsonDocument document = QJsonDocument::fromJson(page.value.body);
            if (!document.isObject()) {
                net::Response response;
                response.status = 200;
                response.body = page.value.body;
                response.url = url;
                result.error = m_http.retryPolicy().classifyUnreadable("GET", response, u"a JSON object"_s);
            } else {
                result.value = IssueItem::fromJson(document.object());
            }
        }
        callback(result);
    });
}

} // namespace ra::github
