// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace ra::git {

/// A tag of a repository with the commit it finally points to, whether it is lightweight or annotated.
struct TagInfo {
    QString name;
    /// The commit the tag designates (annotated tags are peeled).
    QString commitSha;
    bool annotated = false;
    /// Annotated tags only: the tagger's date, which git describe uses to choose between annotated tags.
    QDateTime taggedAt;
    QString message;

    friend bool operator==(const TagInfo &, const TagInfo &) = default;
};

/// The tags of \a tags that point at \a commitSha.
[[nodiscard]] QList<TagInfo> tagsOnCommit(const QList<TagInfo> &tags, const QString &commitSha);

} // namespace ra::git
