// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "git/repository.h"
#include "git/result.h"
#include "git/taginfo.h"

#include <QList>
#include <QString>

namespace ra::git {

/// What `git describe --tags` prints once a new tag is on its commit, and whether another tag wins.
struct DescribePreview {
    /// The name git describe will print for the commit.
    QString result;
    /// True when a tag other than the new one wins: packages built from the new tag get the wrong version.
    bool collision = false;
    /// The tags already on the commit.
    QStringList otherTags;
    /// A sentence for the maintainer (empty when nothing is wrong).
    QString warning;
};

/**
 * The tag `git describe --tags` prints for a commit carrying \a tagsOnCommit, following git's rules:
 * annotated tags beat lightweight ones; among annotated tags the newest tagger date wins; among lightweight
 * tags the first in refname byte order wins (so 0.2.5 beats 0.3.0 on aleph-vm's commit 197b5bad).
 * Empty when \a tagsOnCommit is empty.
 */
[[nodiscard]] QString describeExactMatch(const QList<TagInfo> &tagsOnCommit);

/// What describe prints after tag \a newTag (annotated or not) joins \a tagsOnCommit, with the warning.
[[nodiscard]] DescribePreview previewDescribe(const QList<TagInfo> &tagsOnCommit, const QString &newTag,
                                              bool annotated);

/// What `git describe --tags` prints for \a commitSha today ("1.14.0" or "1.14.0-3-g6da21a3a").
[[nodiscard]] Result<QString> describeCommit(const Repository &repository, const QString &commitSha);

} // namespace ra::git
