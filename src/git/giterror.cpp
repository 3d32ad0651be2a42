// SPDX-License-Identifier: GPL-3.0-or-later
#include "git/giterror.h"

#include <git2.h>

using namespace Qt::StringLiterals;

namespace ra::git {

namespace {

QString hintFor(int code, int errorClass)
{
    switch (code) {
    case GIT_ENOTFOUND:
        return u"Check the name or revision; run `git fetch --tags` if it exists only on the remote."_s;
    case GIT_EEXISTS:
        return u"Tags are never moved: pick another version or delete the existing tag deliberately."_s;
    case GIT_EAUTH:
        return u"Check the SSH key or token: it must be allowed to push to this repository."_s;
    case GIT_ECERTIFICATE:
        return u"The server's identity could not be verified; check the URL and the host key or certificate."_s;
    case GIT_EUSER:
        return {};
    default:
        break;
    }
    switch (errorClass) {
    case GIT_ERROR_NET:
    case GIT_ERROR_OS:
        return u"Check that the remote URL is right and the server is reachable from this machine."_s;
    case GIT_ERROR_SSH:
        return u"Check the SSH agent or key file and that the server accepts the key."_s;
    case GIT_ERROR_HTTP:
        return u"Check the HTTPS URL and the token."_s;
    case GIT_ERROR_REPOSITORY:
        return u"Pick the folder of a local clone (the one that contains .git)."_s;
    default:
        return {};
    }
}

} // namespace

QString GitError::message() const
{
    QString text = u"Cannot %1"_s.arg(operation);
    if (!reason.isEmpty()) {
        text += u": "_s + reason;
    }
    if (!text.endsWith(u'.')) {
        text += u'.';
    }
    if (!hint.isEmpty()) {
        text += u' ' + hint;
    }
    return text;
}

GitError GitError::fromLibGit2(int code, const QString &operation)
{
    GitError error;
    error.code = code;
    error.operation = operation;
    if (const git_error *last = git_error_last(); last && last->message && *last->message) {
        error.errorClass = last->klass;
        error.reason = QString::fromUtf8(last->message).trimmed();
    } else {
        error.reason = u"libgit2 error %1"_s.arg(code);
    }
    error.hint = hintFor(code, error.errorClass);
    return error;
}

GitError GitError::custom(const QString &operation, const QString &reason, const QString &hint)
{
    GitError error;
    error.operation = operation;
    error.reason = reason;
    error.hint = hint;
    return error;
}

} // namespace ra::git
