// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/releasestep.h"
#include "review/reviewsubject.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace ra::review {

/// One line of the tracking issue's checklist: a step of the release and where it stands.
struct ChecklistItem {
    QString label;
    StepState state = StepState::NotStarted;

    friend bool operator==(const ChecklistItem &, const ChecklistItem &) = default;
};

/**
 * What the release tracking issue carries so that a reviewer without push access (GitHub shows drafts only to
 * those who may push) can read what they approve: the version, the exact notes, the assets with their sha256,
 * the content digest an approval is bound to and the revision number, under the playbook's checklist.
 *
 * Pure functions, no I/O. The body is markdown people read, with hidden markers the assistant reads back:
 *   <!-- release-assistant:tracking v1 release=<tag> revision=<n> digest=sha256:<hex> -->
 * then the checklist, the asset table and the notes in a fenced block longer than any backtick run they hold
 * (so they come back byte for byte). parseBody() checks the digest against what it read: a body edited by
 * hand is an error, never a different content silently approved.
 *
 * Each revision the maintainer publishes is also posted as a comment (renderRevisionComment(), starting with
 * a "release-assistant:revision" marker), because an issue's edit history is not in the REST API: a reviewer
 * diffs the notes they approved (found by digest) against the current ones.
 */
class TrackingIssueContent
{
public:
    /// GitHub refuses an issue body or a comment over 65,536 characters.
    static constexpr qsizetype MaximumBodyLength = 65536;

    QString tag;
    QString notes;
    QList<ReviewedAsset> assets;
    /// "sha256:<hex>" of subject(); parseBody() and parseRevisionComment() check it.
    QString digest;
    /// 1 for the first content the maintainer published on the issue, one more for each change of the draft.
    int revision = 0;
    /// The draft on github.com (readable by maintainers only); may be empty.
    QUrl draftUrl;
    /// The seven steps and their states, in order; rendered as the checklist.
    QList<ChecklistItem> checklist;

    /// The content of \a subject as revision \a revision (digest computed).
    [[nodiscard]] static TrackingIssueContent fromSubject(const ReviewSubject &subject, int revision);
    /// The checklist labels used when the playbook names none, one per step of allReleaseSteps().
    [[nodiscard]] static QStringList defaultChecklist();
    /// \a labels (defaultChecklist() when empty) with each step's state from \a states (NotStarted when absent).
    [[nodiscard]] static QList<ChecklistItem> checklistOf(const QStringList &labels,
                                                          const QList<std::pair<ReleaseStep, StepState>> &states);

    [[nodiscard]] ReviewSubject subject() const;

    /// The issue body. Check its length against MaximumBodyLength before sending it.
    [[nodiscard]] QString renderBody() const;
    /// Whether \a body carries a tracking marker at all (an issue created before content was published does not).
    [[nodiscard]] static bool hasContent(const QString &body);
    /// Reads a body written by renderBody(); nullopt with \a error saying what is wrong when it is not one (no
    /// marker, a malformed marker, table or notes block, or a content that does not match its digest).
    [[nodiscard]] static std::optional<TrackingIssueContent> parseBody(const QString &body, QString *error);

    /// The comment that keeps this revision readable once the body moved on (no checklist).
    [[nodiscard]] QString renderRevisionComment() const;
    /// Whether \a commentBody is a revision comment (it starts with the revision marker).
    [[nodiscard]] static bool isRevisionComment(const QString &commentBody);
    /// Reads a comment written by renderRevisionComment(), checked as parseBody() checks a body.
    [[nodiscard]] static std::optional<TrackingIssueContent> parseRevisionComment(const QString &commentBody,
                                                                                  QString *error);
};

} // namespace ra::review
