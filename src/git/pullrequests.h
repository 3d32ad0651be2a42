// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace ra::git {

/// Pull-request numbers named in a commit subject: "(#123)" squash suffixes (GitHub's squash and rebase
/// merges) and "Merge pull request #123 from ..." (merge commits). In order of appearance, without repeats.
[[nodiscard]] QList<int> pullRequestNumbers(const QString &subject);

} // namespace ra::git
