// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/reviewsnapshot.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace ra {
class Journal;
}

namespace ra::github {
class GitHubClient;
}

namespace ra::review {

/**
 * Step 6 against GitHub. refresh() reads the draft (its digest), the tracking issue and its verdicts;
 * submitVerdict() posts the reviewer's approval or change request on the tracking issue (creating it first);
 * publish() re-reads the draft and publishes it with the right flags, only when the quorum approved this very
 * content. Every write is a journal effect of step "review-publish" (intent before, result after); a re-run
 * reconciles with GitHub first, so it never comments twice on the same content or publishes twice.
 */
class ReviewPublisher : public QObject
{
    Q_OBJECT

public:
    using SnapshotCallback = std::function<void(const ReviewSnapshot &)>;
    using OutcomeCallback = std::function<void(const ReviewOutcome &)>;

    static constexpr auto Step = "review-publish";
    static constexpr auto IssueAction = "create-tracking-issue";
    static constexpr auto VerdictAction = "post-approval";
    static constexpr auto PublishAction = "publish-release";
    static constexpr auto UpdateIssueAction = "update-tracking-issue";
    static constexpr auto RevisionAction = "post-revision";
    /// Journal value: the tracking issue number once known.
    static constexpr auto IssueValue = "review.issue";
    /// Journal value: {digest, notes, at} of this machine's reviewer's last approval ("changes since").
    static constexpr auto LastApprovalValue = "review.lastApproval";

    /// \a journal may be null for read-only use (refresh); writes need it. Its release record \a config.tag
    /// must exist.
    ReviewPublisher(github::GitHubClient &client, Journal *journal, ReviewConfig config, QObject *parent = nullptr);

    [[nodiscard]] const ReviewConfig &config() const;
    /// Writes are described in ReviewOutcome::plannedRequests instead of being sent; reads still happen (they
    /// change nothing and are needed to know what would be sent).
    void setDryRun(bool dryRun);

    void refresh(SnapshotCallback done);
    /// Posts \a verdict on the current content; refused when it is not \a expectedDigest anymore (empty: no
    /// check), when the release is published, or when the viewer's same verdict on it is already there.
    void submitVerdict(Verdict verdict, const QString &reason, const QString &expectedDigest, OutcomeCallback done);
    /**
     * The maintainer's side of a review without push rights: puts what the draft holds now on the tracking
     * issue (creating it when there is none) — the version, the exact notes, the assets with their sha256, the
     * digest and a revision number, under the playbook's checklist with each step's state from the journal —
     * and posts each new revision as a comment, so that every revision stays readable. Nothing is written when
     * the issue already shows this content and checklist (ok, unchanged). Refused when the token cannot see the
     * draft, after publication, and in a dry run (ok, the requests in plannedRequests are not sent).
     */
    void syncTrackingIssue(OutcomeCallback done);
    /// The tracking issue's content for the draft of \a snapshot as revision \a revision, with its checklist.
    [[nodiscard]] TrackingIssueContent contentOf(const ReviewSnapshot &snapshot, int revision) const;
    /// Publishes the draft; refused unless the approvals reached the quorum on the content read right now,
    /// and that content is \a expectedDigest (empty: no check).
    void publish(const QString &expectedDigest, OutcomeCallback done);

private:
    void readRelease(const std::shared_ptr<ReviewSnapshot> &snapshot, const SnapshotCallback &done);
    void readIssue(const std::shared_ptr<ReviewSnapshot> &snapshot, const SnapshotCallback &done);
    void readComments(const std::shared_ptr<ReviewSnapshot> &snapshot, const SnapshotCallback &done);
    /// Reads the issue's content and revisions, takes the subject from the draft or else from the issue.
    void finish(const std::shared_ptr<ReviewSnapshot> &snapshot, const SnapshotCallback &done) const;
    void readContent(ReviewSnapshot &snapshot) const;
    void evaluate(ReviewSnapshot &snapshot) const;
    void ensureIssue(const ReviewSnapshot &snapshot, std::function<void(int number, const QString &error)> next);
    void postVerdict(const ReviewSnapshot &snapshot, int issueNumber, Verdict verdict, const QString &reason,
                     const OutcomeCallback &done);
    /// Marks a Pending/Uncertain effect of (\a action, \a key) as done (\a happened) or not (after reconciling).
    void settlePending(const QString &action, const QString &key, bool happened, const QJsonObject &result = {});
    [[nodiscard]] QString titleOfIssue() const;
    /// contentOf()'s body, or the short static one when the notes make it too long for GitHub.
    [[nodiscard]] QString issueBodyOf(const ReviewSnapshot &snapshot, int revision) const;
    void writeContent(const ReviewSnapshot &snapshot, int issueNumber, const TrackingIssueContent &content,
                      const OutcomeCallback &done);
    void postRevisions(const ReviewSnapshot &snapshot, int issueNumber, QList<TrackingIssueContent> pending,
                       const OutcomeCallback &done);

    github::GitHubClient &m_client;
    Journal *m_journal;
    ReviewConfig m_config;
    bool m_dryRun = false;
};

} // namespace ra::review
