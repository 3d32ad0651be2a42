// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace ra {

/// One commit as the release steps see it: produced by the git layer, consumed by the notes generator,
/// the lint and the CLI.
struct Commit {
    QString sha;
    QString subject;
    QString body;
    QString authorName;
    QString authorEmail;
    QDateTime authoredAt;
    QList<QString> parents;
    /// Pull requests named in the subject: "(#123)" squash suffixes and "Merge pull request #123".
    QList<int> pullRequests;

    [[nodiscard]] bool isMerge() const
    {
        return parents.size() > 1;
    }
    friend bool operator==(const Commit &, const Commit &) = default;
};

} // namespace ra
