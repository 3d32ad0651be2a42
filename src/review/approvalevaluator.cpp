// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/approvalevaluator.h"

#include "review/trackingissuecontent.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ra::review {

bool ApprovalStatus::quorumReached() const
{
    return approvedBy.size() >= required;
}

int ApprovalStatus::missing() const
{
    return std::max<int>(0, required - int(approvedBy.size()));
}

bool ApprovalStatus::canPublish() const
{
    return quorumReached() && changesRequestedBy.isEmpty();
}

ApprovalStatus ApprovalEvaluator::evaluate(const QList<ReviewComment> &comments, const QString &release,
                                           const Approvals &approvals, const QString &currentDigest)
{
    ApprovalStatus status;
    status.digest = currentDigest;
    status.required = std::max(0, approvals.required);

    QList<ReviewComment> ordered = comments;
    std::ranges::stable_sort(ordered, [](const ReviewComment &a, const ReviewComment &b) {
        return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.id < b.id;
    });
    QStringList allowed;
    for (const QString &login : approvals.approvers) {
        allowed.append(login.toLower());
    }

    // Per login (lower case): the latest verdict on the current digest, else the latest on any other.
    QHash<QString, ApprovalEntry> currentByLogin;
    QHash<QString, ApprovalEntry> staleByLogin;
    QStringList order;
    for (const ReviewComment &comment : std::as_const(ordered)) {
        if (TrackingIssueContent::isRevisionComment(comment.body)) {
            continue; // the notes it quotes may hold anything, an approval marker too
        }
        const auto marker = ApprovalMarker::parse(comment.body);
        if (!marker || marker->release != release || comment.login.isEmpty()) {
            continue;
        }
        const QString key = comment.login.toLower();
        if (!allowed.isEmpty() && !allowed.contains(key)) {
            if (!status.ignoredLogins.contains(comment.login)) {
                status.ignoredLogins.append(comment.login);
            }
            continue;
        }
        ApprovalEntry entry{comment.login,
                            marker->verdict,
                            marker->digest,
                            comment.createdAt,
                            comment.id,
                            comment.htmlUrl,
                            marker->digest == currentDigest};
        (entry.current ? currentByLogin : staleByLogin).insert(key, entry);
        order.removeAll(key);
        order.append(key);
    }

    for (const QString &key : std::as_const(order)) {
        const ApprovalEntry entry = currentByLogin.contains(key) ? currentByLogin.value(key) : staleByLogin.value(key);
        status.entries.append(entry);
    }
    std::ranges::stable_sort(status.entries,
                             [](const ApprovalEntry &a, const ApprovalEntry &b) { return a.at < b.at; });
    for (const ApprovalEntry &entry : std::as_const(status.entries)) {
        if (!entry.current) {
            status.staleBy.append(entry.login);
        } else if (entry.verdict == Verdict::Approve) {
            status.approvedBy.append(entry.login);
        } else {
            status.changesRequestedBy.append(entry.login);
        }
    }
    return status;
}

} // namespace ra::review
