// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/issuethreads.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ra::review {

net::Call *IssueThreads::findByTitle(github::GitHubClient &client, const github::RepositoryRef &repo,
                                     const QString &title, github::Callback<std::optional<github::IssueItem>> callback)
{
    // Oldest first, so that a duplicate created by hand later never replaces the thread holding the votes.
    net::Request request =
        client.apiRequest("GET", repo.apiPath() + u"/issues?state=all&sort=created&direction=asc&per_page=100"_s);
    request.followPages = true;
    net::Call *call = client.http().send(request);
    QObject::connect(
        call, &net::Call::finished, &client, [callback = std::move(callback), title](const net::Response &response) {
            github::Result<std::optional<github::IssueItem>> result;
            result.error = response.error;
            if (response.ok()) {
                for (const QJsonValue &item : response.items) {
                    const QJsonObject object = item.toObject();
                    if (!object.contains(u"pull_request"_s) && object.value(u"title"_s).toString() == title) {
                        result.value = github::IssueItem::fromJson(object);
                        break;
                    }
                }
            }
            callback(result);
        });
    return call;
}

net::Call *IssueThreads::comments(github::GitHubClient &client, const github::RepositoryRef &repo, int number,
                                  github::Callback<QList<ReviewComment>> callback, int expectedCount)
{
    return client.conditionalList(
        repo.apiPath() + u"/issues/%1/comments?per_page=100"_s.arg(number),
        [callback = std::move(callback)](const github::Result<QJsonArray> &items) {
            github::Result<QList<ReviewComment>> result;
            result.error = items.error;
            for (const QJsonValue &item : items.value) {
                const QJsonObject o = item.toObject();
                result.value.append({o.value(u"id"_s).toInteger(),
                                     o.value(u"user"_s).toObject().value(u"login"_s).toString(),
                                     o.value(u"body"_s).toString(),
                                     QDateTime::fromString(o.value(u"created_at"_s).toString(), Qt::ISODate),
                                     QUrl(o.value(u"html_url"_s).toString())});
            }
            callback(result);
        },
        expectedCount);
}

net::Call *IssueThreads::issue(github::GitHubClient &client, const github::RepositoryRef &repo, int number,
                               github::Callback<github::IssueItem> callback)
{
    return client.issue(repo, number, std::move(callback));
}

net::Call *IssueThreads::openIssues(github::GitHubClient &client, const github::RepositoryRef &repo,
                                    github::Callback<QList<github::IssueItem>> callback)
{
    return client.conditionalList(repo.apiPath() + u"/issues?state=open&sort=created&direction=asc&per_page=100"_s,
                                  [callback = std::move(callback)](const github::Result<QJsonArray> &items) {
                                      github::Result<QList<github::IssueItem>> result;
                                      result.error = items.error;
                                      for (const QJsonValue &item : items.value) {
                                          const QJsonObject object = item.toObject();
                                          if (!object.contains(u"pull_request"_s)) {
                                              result.value.append(github::IssueItem::fromJson(object));
                                          }
                                      }
                                      callback(result);
                                  });
}

} // namespace ra::review
