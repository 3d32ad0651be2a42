// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/playbook.h"
#include "github/repositoryref.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace ra::github {
class GitHubClient;
}

namespace ra::review {

/// A release whose tracking issue waits for the viewer's approval.
struct InboxEntry {
    QString tag;
    int issueNumber = 0;
    QUrl issueUrl;
    int revision = 0;
    QString digest;
    /// "pending" (no verdict yet) or "stale" (the viewer approved an earlier revision).
    QString standing;
    /// Since when the current revision waits (when it was posted on the issue); invalid when unknown.
    QDateTime since;

    [[nodiscard]] QJsonObject toJson() const;
};

struct InboxResult {
    QString error; ///< empty when read
    QString hint;
    QString viewer;
    QList<InboxEntry> waiting;

    [[nodiscard]] bool ok() const
    {
        return error.isEmpty();
    }
};

/**
 * The reviewer's inbox: the open tracking issues of the project that carry a content under review
 * (TrackingIssueContent, titled as the playbook says) whose release is not published, and where the viewer is
 * an approver (anyone when the playbook lists none) with no approval of the current digest. A request for
 * changes on the current digest waits for the maintainer, not the viewer: it is not listed. Works for a token
 * without push access; the issue list and the comments are read conditionally (a refresh on a timer costs
 * little of the rate limit).
 */
class ReviewInbox : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const InboxResult &)>;

    ReviewInbox(github::GitHubClient &client, github::RepositoryRef repository, Approvals approvals,
                QString issueTitleTemplate, QObject *parent = nullptr);

    /// Reads the inbox; \a done is called once (never after this object is destroyed).
    void read(Done done);

private:
    struct Candidate;
    void readNext(const std::shared_ptr<InboxResult> &result, const std::shared_ptr<QList<Candidate>> &candidates,
                  const Done &done);

    github::GitHubClient &m_client;
    github::RepositoryRef m_repository;
    Approvals m_approvals;
    QString m_titleTemplate;
};

} // namespace ra::review
