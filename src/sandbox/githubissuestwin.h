// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/githubtwin.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace ra::test {

/// Issues and their comments, kept by GitHubIssuesTwin.
struct GitHubIssuesState {
    struct Comment {
        qint64 id = 0;
        QString login;
        QString body;
        QDateTime createdAt;
    };
    struct Issue {
        int number = 0;
        QString title;
        QString body;
        QString state = QStringLiteral("open");
        bool pullRequest = false;
        QList<Comment> comments;
    };
    QList<Issue> issues;
    /// The creation time of the next comment posted through the API; each post moves it one minute on, so
    /// that comments are ordered even within one second.
    QDateTime now = QDateTime(QDate(2026, 12, 1), QTime(10, 0), QTimeZone::UTC);
    int issuesCreated = 0;
    int commentsPosted = 0;
    /// Issues edited through PATCH /issues/{number}.
    int issuesEdited = 0;

    [[nodiscard]] Issue *issue(int number);
};

/**
 * Stateful issues on a GitHubTwin (api-contracts.md §1.5): create, list (paginated with the twin's page size,
 * pull requests included as GitHub does), read one, edit one (refused to a read-only account), and list and post
 * comments, every GET with an ETag and 304 to a matching If-None-Match; a posted comment's author
 * is the login of the account whose token posted it. Installing it replaces the twin's stateless issue routes for this
 * twin only.
 */
class GitHubIssuesTwin
{
public:
    explicit GitHubIssuesTwin(GitHubTwin &twin);

    [[nodiscard]] GitHubIssuesState &state();
    /// Adds an issue and returns its number.
    int addIssue(const QString &title, const QString &body = {}, bool pullRequest = false);
    /// Adds a comment by \a login at \a at and returns its id.
    qint64 addComment(int number, const QString &login, const QString &body, const QDateTime &at);

private:
    void installRoutes();
    [[nodiscard]] QJsonObject issueJson(const GitHubIssuesState::Issue &issue) const;
    [[nodiscard]] QJsonObject commentJson(int number, const GitHubIssuesState::Comment &comment) const;
    [[nodiscard]] HttpResponse page(const HttpRequest &request, const QJsonArray &items) const;

    GitHubTwin &m_twin;
    GitHubIssuesState m_state;
};

} // namespace ra::test
