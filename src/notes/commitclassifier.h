// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/commit.h"
#include "notes/changekind.h"

namespace ra::notes {

/// Which of aleph-vm's commit-message generations a subject is written in.
enum class CommitStyle {
    Forum, ///< "Fix: ...", "Feature: ..." (+ "Solution:" body)
    ProblemFirst, ///< "Problem: ..." subject
    Conventional, ///< "type(scope)!: ..."
    SubsystemPrefix, ///< "pool: ...", "qemu: ..." — a subsystem name, not a type
    Plain, ///< no prefix
};

/// A commit read for the notes: its section, a clean title and the pull requests it names.
struct ClassifiedCommit {
    ChangeKind kind = ChangeKind::Other;
    CommitStyle style = CommitStyle::Plain;
    QString scope;
    bool breaking = false;
    /// The subject without its type prefix and "(#NNN)" suffix, first letter upper-cased.
    QString title;
    /// The "Solution:" paragraph of the body, if any.
    QString solution;
    QList<int> pullRequests;
};

/// Stable identifier of \a style for JSON ("forum", "problem-first", "conventional", "subsystem", "plain").
[[nodiscard]] QString commitStyleKey(CommitStyle style);

/// Classifies \a commit case-insensitively across every style aleph-vm has used (see the release facts §5).
[[nodiscard]] ClassifiedCommit classifyCommit(const Commit &commit);

/// Pull request numbers named by a subject: "(#123)" suffixes and "Merge pull request #123".
[[nodiscard]] QList<int> pullRequestsInSubject(const QString &subject);
/// Whether \a subject is GitHub's merge-commit subject, "Merge pull request #123 from owner/branch".
[[nodiscard]] bool isMergeSubject(QStringView subject);
/// \a subject without its trailing "(#123)" pull-request suffixes and the blanks around them.
[[nodiscard]] QStringView withoutPullRequestSuffixes(QStringView subject);

} // namespace ra::notes
