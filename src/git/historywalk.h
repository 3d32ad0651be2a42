// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/commit.h"
#include "git/result.h"

#include <QFuture>
#include <QList>
#include <QString>

#include <functional>

namespace ra::git {

/// Which commits to walk: those reachable from `to` but not from `from` (git's `from..to`).
struct WalkRange {
    QString repositoryPath;
    /// The previous release tag (or any revision); empty walks the whole history down to the root.
    QString from;
    QString to = QStringLiteral("HEAD");
    /// Follow only the first parent of merges, as `git log --first-parent` does (one entry per merged PR).
    bool firstParent = false;
};

/// The commits of \a range, newest first (commit-date order, like `git log`). \a cancelled is polled while
/// walking; when it returns true the walk stops with an error whose code is GIT_EUSER.
/// Opens its own repository, so it can run on any thread.
[[nodiscard]] Result<QList<Commit>> walkHistory(const WalkRange &range, const std::function<bool()> &cancelled = {});

/// Runs walkHistory() on Qt's thread pool. QFuture::cancel() stops the walk early.
[[nodiscard]] QFuture<Result<QList<Commit>>> walkHistoryAsync(const WalkRange &range);

} // namespace ra::git
