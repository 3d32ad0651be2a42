// SPDX-License-Identifier: GPL-3.0-or-later
#include "git/giterror.h"

#include <git2.h>

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ra::git {

namespace {

/// libgit2 and the OS say "reset", "broken pipe", "unexpected EOF"... when a connection is cut mid-answer.
bool connectionDropped(const QString &reason)
{
    static const QStringList words{u"reset"_s,          u"broken pipe"_s,    u"eof"_s,
                                   u"closed"_s,         u"draining"_s,       u"could not write"_s,
                                   u"could not read"_s, u"failed to send"_s, u"failed to read"_s,
                                   u"unable to send"_s, u"unable to read"_s};
    return std::any_of(words.cbegin(), words.cend(),
                       [&reason](const QString &word) { return reason.contains(word, Qt::CaseInsensitive); });
}

bool authenticationFailure(const QString &reason)
{
    return reason.contains(u"authenticat"_s, Qt::CaseInsensitive) ||
           reason.contains(u"publickey"_s, Qt::CaseInsensitive) ||
           reason.contains(u"credential"_s, Qt::CaseInsensitive);
}

const QString DroppedHint = u"The connection to the server dropped: nothing was changed on the remote unless it says "
                            "so. Check the network, then retry."_s;

QString hintFor(int code, int errorClass, const QString &reason)
{
    switch (code) {
    case GIT_TIMEOUT:
        return u"The remote did not answer in time. Check the network and that the server is up, then retry."_s;
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
        return connectionDropped(reason)
                   ? DroppedHint
                   : u"Check that the remote URL is right and the server is reachable from this machine."_s;
    case GIT_ERROR_SSH:
        // Only a refused key is the key's fault; a reset or a cut session says nothing about it.
        if (authenticationFailure(reason)) {
            return u"Check the SSH agent or key file and that the server accepts the key."_s;
        }
        return connectionDropped(reason) ? DroppedHint
                                         : u"Check the network and that the SSH server is reachable, then retry."_s;
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
    error.hint = hintFor(code, error.errorClass, error.reason);
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
