// SPDX-License-Identifier: GPL-3.0-or-later
// ReviewPublisher's reading of what is under review: from the draft, or from the tracking issue for a token
// that cannot see drafts.
#include "review/reviewpublisher.h"

using namespace Qt::StringLiterals;

namespace ra::review {

void ReviewPublisher::finish(const std::shared_ptr<ReviewSnapshot> &snapshot, const SnapshotCallback &done) const
{
    readContent(*snapshot);
    if (!snapshot->release && !snapshot->issueContent) {
        if (!snapshot->issueContentError.isEmpty()) {
            snapshot->error = snapshot->issueContentError;
            snapshot->hint = u"The draft is not visible to this token, and the tracking issue does not say what is "
                             u"under review: ask a maintainer to refresh the review, which rewrites it."_s;
        } else {
            snapshot->error = u"%1 has no release for tag %2"_s.arg(m_config.repository.toString(), m_config.tag);
            snapshot->hint = u"Save the notes to a draft first (step 4); drafts are listed only with a token that may "
                             u"push, and a reviewer reads them from the tracking issue once a maintainer's review "
                             u"refresh has published them there."_s;
        }
        done(*snapshot);
        return;
    }
    evaluate(*snapshot);
    done(*snapshot);
}

void ReviewPublisher::readContent(ReviewSnapshot &snapshot) const
{
    snapshot.issueContent.reset();
    snapshot.issueContentError.clear();
    snapshot.revisions.clear();
    if (TrackingIssueContent::hasContent(snapshot.issueBody)) {
        QString error;
        snapshot.issueContent = TrackingIssueContent::parseBody(snapshot.issueBody, &error);
        if (snapshot.issueContent && snapshot.issueContent->tag != m_config.tag) {
            error = u"The tracking issue #%1 is about release %2, not %3"_s.arg(snapshot.issueNumber)
                        .arg(snapshot.issueContent->tag, m_config.tag);
            snapshot.issueContent.reset();
        }
        snapshot.issueContentError = error;
    }
    for (const ReviewComment &comment : std::as_const(snapshot.comments)) {
        if (!TrackingIssueContent::isRevisionComment(comment.body)) {
            continue;
        }
        QString ignored;
        const auto revision = TrackingIssueContent::parseRevisionComment(comment.body, &ignored);
        if (revision && revision->tag == m_config.tag) {
            snapshot.revisions.append({*revision, comment.createdAt});
        }
    }
}

void ReviewPublisher::evaluate(ReviewSnapshot &snapshot) const
{
    if (snapshot.release) {
        snapshot.subject.tag = snapshot.release->tagName;
        snapshot.subject.notes = snapshot.release->body;
        snapshot.subject.assets.clear();
        for (const github::Asset &asset : snapshot.release->assets) {
            snapshot.subject.assets.append({asset.name, asset.sha256(), asset.size});
        }
    } else {
        snapshot.subject = snapshot.issueContent->subject();
        snapshot.fromIssue = true;
    }
    snapshot.digest = snapshot.subject.digest();
    snapshot.status = ApprovalEvaluator::evaluate(snapshot.comments, m_config.tag, m_config.approvals, snapshot.digest);
}

} // namespace ra::review
