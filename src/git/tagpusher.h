// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "git/credentials.h"
#include "git/pushprogress.h"
#include "git/result.h"

#include <QFuture>
#include <QString>
#include <QStringList>

namespace ra::git {

/// One tag and one remote.
struct TagPushRequest {
    QString repositoryPath;
    /// A configured remote ("origin") or a URL (git://, ssh://, user@host:path, https://).
    QString remote = QStringLiteral("origin");
    QString tag;
    /// The commit the tag must designate, locally and, after the push, on the remote.
    QString commitSha;
    CredentialProvider credentials;
    HostVerifier hostVerifier;
    PushProgressHandler progress;
};

/// A tag as the remote advertises it.
struct RemoteTag {
    bool exists = false;
    /// The commit it designates (annotated tags peeled).
    QString commitSha;
};

/// How a push ended.
struct TagPushOutcome {
    enum class Status {
        Pushed, ///< pushed now, and the remote tag is verified to designate the intended commit
        AlreadyPushed, ///< the remote already had the tag on the intended commit; nothing was sent
        Rejected, ///< the server refused it (hook, protection rule); message says why
        Conflict, ///< the remote has that tag on another commit; it is never overwritten
        Failed, ///< could not connect, authenticate, or verify
        Unknown, ///< the push was cut on the way and the remote could not be asked: it may or may not have the tag
    };
    Status status = Status::Failed;
    /// One paragraph for the maintainer: what happened, why, what to do.
    QString message;
    /// What the server printed (pre-receive hook output).
    QStringList remoteMessages;
    /// The remote's tag as last seen (after the push when verification ran).
    RemoteTag remoteTag;
    /// The push was cut after it started (reset, timeout) and the remote was asked again for the outcome.
    bool answerLost = false;

    [[nodiscard]] bool succeeded() const
    {
        return status == Status::Pushed || status == Status::AlreadyPushed;
    }
};

/// "pushed", "already-pushed", "rejected", "conflict", "failed", "unknown".
[[nodiscard]] QString statusKey(TagPushOutcome::Status status);

/// Pushes one tag and checks the result on the remote. Each call opens its own repository, so the calls can
/// run on a worker thread.
class TagPusher
{
public:
    /// What the remote says about request.tag (`git ls-remote`), without changing anything.
    [[nodiscard]] static Result<RemoteTag> remoteTag(const TagPushRequest &request);
    /// Pushes refs/tags/<tag> (never forced), detects a server-side refusal, then verifies the remote tag.
    [[nodiscard]] static TagPushOutcome push(const TagPushRequest &request);
    /// push() on Qt's thread pool; request.progress is then called on that thread.
    [[nodiscard]] static QFuture<TagPushOutcome> pushAsync(const TagPushRequest &request);
};

} // namespace ra::git
