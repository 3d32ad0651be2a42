// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/reviewinbox.h"

#include "github/githubclient.h"
#include "review/approvalevaluator.h"
#include "review/issuethreads.h"
#include "review/trackingissue.h"
#include "review/trackingissuecontent.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace ra::review {

struct ReviewInbox::Candidate {
    github::IssueItem issue;
    TrackingIssueContent content;
};

QJsonObject InboxEntry::toJson() const
{
    return {{u"release"_s, tag},
            {u"issue"_s, QJsonObject{{u"number"_s, issueNumber}, {u"url"_s, issueUrl.toString()}}},
            {u"revision"_s, revision},
            {u"digest"_s, digest},
            {u"standing"_s, standing},
            {u"since"_s, since.isValid() ? QJsonValue(since.toString(Qt::ISODate)) : QJsonValue()}};
}

ReviewInbox::ReviewInbox(github::GitHubClient &client, github::RepositoryRef repository, Approvals approvals,
                         QString issueTitleTemplate, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_repository(std::move(repository))
    , m_approvals(std::move(approvals))
    , m_titleTemplate(std::move(issueTitleTemplate))
{
}

void ReviewInbox::read(Done done)
{
    auto result = std::make_shared<InboxResult>();
    m_client.currentUser([self = QPointer(this), result, done](const github::Result<github::AccountInfo> &user) {
        if (!self) {
            return;
        }
        if (!user.ok()) {
            result->error = u"GitHub did not say who the token belongs to: %1"_s.arg(user.error.message);
            result->hint = user.error.hint.isEmpty() ? u"Set GITHUB_TOKEN to your own token."_s : user.error.hint;
            done(*result);
            return;
        }
        result->viewer = user.value.login;
        const QStringList &approvers = self->m_approvals.approvers;
        if (!approvers.isEmpty() && std::ranges::none_of(approvers, [&](const QString &a) {
                return a.compare(result->viewer, Qt::CaseInsensitive) == 0;
            })) {
            done(*result); // not an approver of this project: nothing waits for them
            return;
        }
        self->m_client.listReleases(self->m_repository, [self, result,
                                                         done](const github::Result<QList<github::Release>> &releases) {
            if (!self) {
                return;
            }
            if (!releases.ok()) {
                result->error = u"The releases of %1 could not be read: %2"_s.arg(self->m_repository.toString(),
                                                                                  releases.error.message);
                result->hint = releases.error.hint;
                done(*result);
                return;
            }
            QStringList published;
            for (const github::Release &release : releases.value) {
                if (!release.draft) {
                    published.append(release.tagName);
                }
            }
            IssueThreads::openIssues(
                self->m_client, self->m_repository,
                [self, result, done, published](const github::Result<QList<github::IssueItem>> &issues) {
                    if (!self) {
                        return;
                    }
                    if (!issues.ok()) {
                        result->error = u"The issues of %1 could not be read: %2"_s.arg(self->m_repository.toString(),
                                                                                        issues.error.message);
                        result->hint = issues.error.hint;
                        done(*result);
                        return;
                    }
                    auto candidates = std::make_shared<QList<Candidate>>();
                    for (const github::IssueItem &issue : issues.value) {
                        if (!TrackingIssueContent::hasContent(issue.body)) {
                            continue;
                        }
                        QString error;
                        const auto content = TrackingIssueContent::parseBody(issue.body, &error);
                        // Only the issue titled as the playbook says speaks for a release: another one quoting
                        // a tracking body does not.
                        if (content && issue.title == TrackingIssue::title(content->tag, self->m_titleTemplate) &&
                            !published.contains(content->tag)) {
                            candidates->append({issue, *content});
                        }
                    }
                    self->readNext(result, candidates, done);
                });
        });
    });
}

void ReviewInbox::readNext(const std::shared_ptr<InboxResult> &result,
                           const std::shared_ptr<QList<Candidate>> &candidates, const Done &done)
{
    if (candidates->isEmpty()) {
        done(*result);
        return;
    }
    const Candidate candidate = candidates->takeFirst();
    IssueThreads::comments(
        m_client, m_repository, candidate.issue.number,
        [self = QPointer(this), result, candidates, candidate,
         done](const github::Result<QList<ReviewComment>> &comments) {
            if (!self) {
                return;
            }
            if (!comments.ok()) {
                result->error = u"The comments of issue #%1 could not be read: %2"_s.arg(candidate.issue.number)
                                    .arg(comments.error.message);
                result->hint = comments.error.hint;
                done(*result);
                return;
            }
            const TrackingIssueContent &content = candidate.content;
            const ApprovalStatus status =
                ApprovalEvaluator::evaluate(comments.value, content.tag, self->m_approvals, content.digest);
            QString standing = u"pending"_s;
            for (const ApprovalEntry &entry : status.entries) {
                if (entry.login.compare(result->viewer, Qt::CaseInsensitive) == 0) {
                    standing = !entry.current                      ? u"stale"_s
                               : entry.verdict == Verdict::Approve ? u"approved"_s
                                                                   : u"changes-requested"_s;
                }
            }
            if (standing == u"pending"_s || standing == u"stale"_s) {
                InboxEntry entry{content.tag,
                                 candidate.issue.number,
                                 candidate.issue.htmlUrl,
                                 content.revision,
                                 content.digest,
                                 standing,
                                 {}};
                for (const ReviewComment &comment : comments.value) {
                    QString ignored;
                    const auto revision = TrackingIssueContent::isRevisionComment(comment.body)
                                              ? TrackingIssueContent::parseRevisionComment(comment.body, &ignored)
                                              : std::nullopt;
                    if (revision && revision->digest == content.digest) {
                        entry.since = comment.createdAt;
                    }
                }
                result->waiting.append(entry);
            }
            self->readNext(result, candidates, done);
        },
        candidate.issue.comments);
}

} // namespace ra::review
