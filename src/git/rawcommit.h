// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/commit.h"

#include <QByteArrayView>
#include <QHash>
#include <QLatin1StringView>

namespace ra::git {

/**
 * Reads commits from their raw object text ("tree …\nparent …\nauthor …\n…\n\nmessage") as libgit2's
 * git_commit_summary(), git_commit_body() and git_commit_author() would, without building a git_commit: the
 * history walk reads thousands of them, and the commit objects' allocations (signatures, message, summary and
 * body copies) were a third of its time. Keeps the author names and e-mails it has seen, so that a
 * contributor's thousand commits share one string each.
 */
class RawCommitReader
{
public:
    /// The commit \a sha whose object text is \a raw. Lenient, as git log is: a missing or malformed author
    /// leaves the author fields empty and the date invalid.
    [[nodiscard]] Commit read(QLatin1StringView sha, QByteArrayView raw);

private:
    QString shared(QHash<QByteArray, QString> &strings, QByteArrayView bytes);

    QHash<QByteArray, QString> m_names;
    QHash<QByteArray, QString> m_emails;
};

} // namespace ra::git
