// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/githubissuestwin.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ra::test {

namespace {

HttpResponse json(int status, const QJsonObject &object)
{
    return HttpResponse::json(status, QJsonDocument(object));
}

HttpResponse notFound()
{
    return json(404, {{u"message"_s, u"Not Found"_s}, {u"documentation_url"_s, u"https://docs.github.com/rest"_s}});
}

} // namespace

GitHubIssuesState::Issue *GitHubIssuesState::issue(int number)
{
    for (Issue &i : issues) {
        if (i.number == number) {
            return &i;
        }
    }
    return nullptr;
}

GitHubIssuesTwin::GitHubIssuesTwin(GitHubTwin &twin)
    : m_twin(twin)
{
    installRoutes();
}

GitHubIssuesState &GitHubIssuesTwin::state()
{
    return m_state;
}

int GitHubIssuesTwin::addIssue(const QString &title, const QString &body, bool pullRequest)
{
    const int number = int(m_state.issues.size()) + 1;
    m_state.issues.append({number, title, body, u"open"_s, pullRequest, {}});
    return number;
}

qint64 GitHubIssuesTwin::addComment(int number, const QString &login, const QString &body, const QDateTime &at)
{
    auto *issue = m_state.issue(number);
    if (!issue) {
        return 0;
    }
    const qint64 id = ++m_twin.state().nextId;
    issue->comments.append({id, login, body, at});
    return id;
}

QJsonObject GitHubIssuesTwin::issueJson(const GitHubIssuesState::Issue &issue) const
{
    const GitHubTwinState &s = m_twin.state();
    QJsonObject object{{u"id"_s, 500000 + issue.number},
                       {u"number"_s, issue.number},
                       {u"title"_s, issue.title},
                       {u"body"_s, issue.body},
                       {u"state"_s, issue.state},
                       {u"comments"_s, issue.comments.size()},
                       {u"html_url"_s, u"https://github.com/%1/%2/issues/%3"_s.arg(s.owner, s.repo).arg(issue.number)}};
    if (issue.pullRequest) {
        object.insert(u"pull_request"_s,
                      QJsonObject{{u"url"_s, u"https://api.github.com/pulls/%1"_s.arg(issue.number)}});
    }
    return object;
}

QJsonObject GitHubIssuesTwin::commentJson(int number, const GitHubIssuesState::Comment &comment) const
{
    const GitHubTwinState &s = m_twin.state();
    return {{u"id"_s, comment.id},
            {u"body"_s, comment.body},
            {u"user"_s, QJsonObject{{u"login"_s, comment.login}, {u"type"_s, u"User"_s}}},
            {u"created_at"_s, comment.createdAt.toString(Qt::ISODate)},
            {u"updated_at"_s, comment.createdAt.toString(Qt::ISODate)},
            {u"html_url"_s,
             u"https://github.com/%1/%2/issues/%3#issuecomment-%4"_s.arg(s.owner, s.repo).arg(number).arg(comment.id)}};
}

HttpResponse GitHubIssuesTwin::page(const HttpRequest &request, const QJsonArray &items) const
{
    const int size = std::max(1, m_twin.state().pageSize);
    const int number = std::max(1, request.query.queryItemValue(u"page"_s).toInt());
    QJsonArray slice;
    for (qsizetype i = qsizetype(number - 1) * size; i < items.size() && i < qsizetype(number) * size; ++i) {
        slice.append(items.at(i));
    }
    HttpResponse response = HttpResponse::json(200, QJsonDocument(slice));
    if (qsizetype(number) * size < items.size()) {
        QUrlQuery query = request.query;
        query.removeAllQueryItems(u"page"_s);
        query.addQueryItem(u"page"_s, QString::number(number + 1));
        QUrl next = m_twin.api().url(request.path);
        next.setQuery(query);
        response.withHeader("Link", "<" + next.toEncoded() + ">; rel=\"next\"");
    }
    return response;
}

void GitHubIssuesTwin::installRoutes()
{
    TestHttpServer &api = m_twin.api();
    const QString repo = u"/repos/{owner}/{repo}"_s;
    auto route = [this, &api](const QByteArray &method, const QString &pattern, TestHttpServer::Handler handler) {
        api.route(method, pattern, [this, handler = std::move(handler)](const HttpRequest &request) {
            if (!m_twin.authorized(request)) {
                return json(401, {{u"message"_s, u"Bad credentials"_s}});
            }
            return m_twin.conditionalAnswer(request, handler(request));
        });
    };

    route("GET", repo + u"/issues"_s, [this](const HttpRequest &request) {
        const QString wanted = request.query.queryItemValue(u"state"_s);
        QJsonArray items;
        for (const auto &issue : std::as_const(m_state.issues)) {
            if (wanted == u"all"_s || issue.state == (wanted.isEmpty() ? u"open"_s : wanted)) {
                items.append(issueJson(issue));
            }
        }
        return page(request, items);
    });
    route("GET", repo + u"/issues/{number}"_s, [this](const HttpRequest &request) {
        const auto *issue = m_state.issue(request.pathParameters.value(u"number"_s).toInt());
        return issue ? json(200, issueJson(*issue)) : notFound();
    });
    route("POST", repo + u"/issues"_s, [this](const HttpRequest &request) {
        const QJsonObject body = request.json().object();
        if (body.value(u"title"_s).toString().isEmpty()) {
            return json(422, {{u"message"_s, u"Validation Failed"_s},
                              {u"errors"_s, QJsonArray{QJsonObject{{u"resource"_s, u"Issue"_s},
                                                                   {u"code"_s, u"missing_field"_s},
                                                                   {u"field"_s, u"title"_s}}}}});
        }
        ++m_state.issuesCreated;
        const int number = addIssue(body.value(u"title"_s).toString(), body.value(u"body"_s).toString());
        return json(201, issueJson(*m_state.issue(number)));
    });
    route("PATCH", repo + u"/issues/{number}"_s, [this](const HttpRequest &request) {
        auto *issue = m_state.issue(request.pathParameters.value(u"number"_s).toInt());
        if (!issue) {
            return notFound();
        }
        if (m_twin.readOnly(request)) {
            // Only the author and collaborators with triage or push access may edit an issue.
            return json(403, {{u"message"_s, u"Must have admin rights to Repository."_s}});
        }
        const QJsonObject body = request.json().object();
        if (body.contains(u"title"_s)) {
            issue->title = body.value(u"title"_s).toString();
        }
        if (body.contains(u"body"_s)) {
            issue->body = body.value(u"body"_s).toString();
        }
        if (body.contains(u"state"_s)) {
            issue->state = body.value(u"state"_s).toString();
        }
        ++m_state.issuesEdited;
        return json(200, issueJson(*issue));
    });
    route("GET", repo + u"/issues/{number}/comments"_s, [this](const HttpRequest &request) {
        const int number = request.pathParameters.value(u"number"_s).toInt();
        const auto *issue = m_state.issue(number);
        if (!issue) {
            return notFound();
        }
        QJsonArray items;
        for (const auto &comment : issue->comments) {
            items.append(commentJson(number, comment));
        }
        return page(request, items);
    });
    route("POST", repo + u"/issues/{number}/comments"_s, [this](const HttpRequest &request) {
        const int number = request.pathParameters.value(u"number"_s).toInt();
        const QString body = request.json().object().value(u"body"_s).toString();
        if (!m_state.issue(number)) {
            return notFound();
        }
        if (body.size() > 65536) {
            return json(
                422, {{u"message"_s, u"Validation Failed"_s},
                      {u"errors"_s,
                       QJsonArray{QJsonObject{{u"resource"_s, u"IssueComment"_s},
                                              {u"code"_s, u"custom"_s},
                                              {u"field"_s, u"body"_s},
                                              {u"message"_s, u"body is too long (maximum is 65536 characters)"_s}}}}});
        }
        ++m_state.commentsPosted;
        m_state.now = m_state.now.addSecs(60);
        addComment(number, m_twin.loginOf(request), body, m_state.now);
        return json(201, commentJson(number, m_state.issue(number)->comments.constLast()));
    });
}

} // namespace ra::test
