// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ra::git {

/// A failed git operation, captured the moment libgit2 reported it (its last error is per thread, so it is
/// copied out at once and the value can travel to the UI thread).
struct GitError {
    /// libgit2's return code (GIT_ENOTFOUND, GIT_EAUTH...), or GIT_ERROR (-1) for our own checks.
    int code = -1;
    /// libgit2's error class (GIT_ERROR_NET, GIT_ERROR_SSH...), 0 when none.
    int errorClass = 0;
    /// What we tried to do, e.g. "open the repository /home/me/aleph-vm".
    QString operation;
    /// Why it failed, in libgit2's words or ours.
    QString reason;
    /// What the maintainer can do about it.
    QString hint;

    /// "Cannot <operation>: <reason>. <hint>"
    [[nodiscard]] QString message() const;

    /// Builds the error for libgit2 return code \a code, reading git_error_last() now.
    [[nodiscard]] static GitError fromLibGit2(int code, const QString &operation);
    /// An error found by our own checks (no libgit2 call failed).
    [[nodiscard]] static GitError custom(const QString &operation, const QString &reason, const QString &hint = {});
};

} // namespace ra::git
