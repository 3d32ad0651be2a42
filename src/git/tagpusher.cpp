// SPDX-License-Identifier: GPL-3.0-or-later
#include "git/tagpusher.h"

#include "git/libgit2guard.h"
#include "git/oid.h"
#include "git/remotecallbacks.h"
#include "git/repository.h"
#include "git/sshprobe.h"

#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace ra::git {

namespace {

Result<RemotePtr> openRemote(const Repository &repository, const QString &remote)
{
    git_remote *raw = nullptr;
    const QByteArray name = remote.toUtf8();
    int code = git_remote_lookup(&raw, repository.handle(), name.constData());
    if (code == GIT_ENOTFOUND || code == GIT_EINVALIDSPEC) {
        // Not a configured remote: treat it as a URL.
        if (remote.contains(u':') || remote.contains(u'/')) {
            code = git_remote_create_anonymous(&raw, repository.handle(), name.constData());
        } else {
            return GitError::custom(u"use remote %1"_s.arg(remote), u"the repository has no remote of that name"_s,
                                    u"Give the name of a configured remote (see `git remote -v`) or a URL."_s);
        }
    }
    if (code != 0) {
        return GitError::fromLibGit2(code, u"use remote %1"_s.arg(remote));
    }
    return RemotePtr(raw);
}

QString remoteLabel(git_remote *remote)
{
    const char *url = git_remote_pushurl(remote) ? git_remote_pushurl(remote) : git_remote_url(remote);
    QString label = QString::fromUtf8(url ? url : "");
    // A URL may carry a token (https://user:token@host); it must never reach a message.
    static const QRegularExpression userInfo(u"://[^/@]*@"_s);
    label.replace(userInfo, u"://"_s);
    return label;
}

/// The connection was cut after it was established: the server may have acted on what it received.
bool droppedMidway(const GitError &error)
{
    static const QRegularExpression dropped(u"reset|broken pipe|eof|closed"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    return dropped.match(error.reason).hasMatch();
}

GitError connectionError(int code, git_remote *remote, const RemoteCallbacks &callbacks, const QString &operation)
{
    GitError error = GitError::fromLibGit2(code, operation);
    if (!callbacks.credentialFailure().isEmpty()) {
        error.reason = callbacks.credentialFailure();
        error.hint =
            u"Check the SSH agent, key file or token: it must be allowed to push to %1."_s.arg(remoteLabel(remote));
    } else if (error.code != GIT_TIMEOUT && (error.errorClass == GIT_ERROR_NET || error.errorClass == GIT_ERROR_OS) &&
               !droppedMidway(error)) {
        error.hint = u"Check that %1 is the right address and that the server is reachable from this machine."_s.arg(
            remoteLabel(remote));
    }
    return error;
}

/// ls-remote for one tag on an already opened remote.
Result<RemoteTag> listRemoteTag(git_remote *remote, RemoteCallbacks &callbacks, const QString &tag)
{
    const QString operation = u"read the tags of %1"_s.arg(remoteLabel(remote));
    const char *url = git_remote_pushurl(remote) ? git_remote_pushurl(remote) : git_remote_url(remote);
    if (const auto ssh = sshEndpointOf(QString::fromUtf8(url ? url : ""))) {
        const auto [connectTimeout, serverTimeout] = networkTimeouts();
        if (auto silent = probeSshServer(*ssh, operation, connectTimeout, serverTimeout)) {
            return *silent;
        }
    }
    callbacks.beginConnection();
    git_remote_callbacks raw = callbacks.callbacks();
    if (const int code = git_remote_connect(remote, GIT_DIRECTION_FETCH, &raw, nullptr, nullptr); code != 0) {
        return connectionError(code, remote, callbacks, operation);
    }
    const git_remote_head **heads = nullptr;
    size_t count = 0;
    const int code = git_remote_ls(&heads, &count, remote);
    if (code != 0) {
        GitError error = GitError::fromLibGit2(code, operation);
        git_remote_disconnect(remote);
        return error;
    }
    const QString refName = u"refs/tags/"_s + tag;
    const QString peeledName = refName + u"^{}"_s;
    RemoteTag result;
    for (size_t i = 0; i < count; ++i) {
        const QString name = QString::fromUtf8(heads[i]->name);
        if (name == refName && !result.exists) {
            result.exists = true;
            result.commitSha = oidToString(heads[i]->oid);
        } else if (name == peeledName) {
            // Annotated tag: the server also advertises the commit it designates.
            result.exists = true;
            result.commitSha = oidToString(heads[i]->oid);
        }
    }
    git_remote_disconnect(remote);
    return result;
}

TagPushOutcome failure(TagPushOutcome::Status status, const QString &message, const QStringList &remoteMessages = {})
{
    TagPushOutcome outcome;
    outcome.status = status;
    outcome.message = message;
    outcome.remoteMessages = remoteMessages;
    return outcome;
}

/// The push failed on the way (reset, timeout): the server may have stored the tag before the answer was lost,
/// so the remote is asked instead of guessing.
TagPushOutcome afterLostAnswer(git_remote *remote, RemoteCallbacks &callbacks, const TagPushRequest &request,
                               const GitError &pushError)
{
    const QString where = remoteLabel(remote);
    const QStringList lines = callbacks.remoteMessages();
    git_remote_disconnect(remote);
    callbacks.reportStage(PushProgress::Stage::Verifying);
    const auto asked = listRemoteTag(remote, callbacks, request.tag);
    TagPushOutcome outcome;
    outcome.remoteMessages = lines;
    outcome.answerLost = true;
    if (!asked) {
        outcome.status = TagPushOutcome::Status::Unknown;
        outcome.message = u"%1 Whether %2 has tag %3 now is unknown: asking it failed too (%4). Check the remote "
                          "(`git ls-remote --tags`) before pushing again; the local tag is kept."_s.arg(
                              pushError.message(), where, request.tag, asked.error().message());
        return outcome;
    }
    outcome.remoteTag = *asked;
    if (asked->exists && asked->commitSha == request.commitSha) {
        outcome.status = TagPushOutcome::Status::Pushed;
        outcome.message =
            u"Tag %1 is on %2 and points at commit %3 (the server's answer to the push was lost: %4)."_s.arg(
                request.tag, where, shortSha(request.commitSha), pushError.reason);
        return outcome;
    }
    if (asked->exists) {
        outcome.status = TagPushOutcome::Status::Conflict;
        outcome.message =
            u"%1 has a tag %2 on commit %3 instead of %4. Tags are never overwritten: find out who "
            "created it."_s.arg(where, request.tag, shortSha(asked->commitSha), shortSha(request.commitSha));
        return outcome;
    }
    outcome.status = TagPushOutcome::Status::Failed;
    outcome.message =
        pushError.message() + u" %1 does not have tag %2: the push did not happen."_s.arg(where, request.tag);
    return outcome;
}

} // namespace

QString statusKey(TagPushOutcome::Status status)
{
    switch (status) {
    case TagPushOutcome::Status::Pushed:
        return u"pushed"_s;
    case TagPushOutcome::Status::AlreadyPushed:
        return u"already-pushed"_s;
    case TagPushOutcome::Status::Rejected:
        return u"rejected"_s;
    case TagPushOutcome::Status::Conflict:
        return u"conflict"_s;
    case TagPushOutcome::Status::Unknown:
        return u"unknown"_s;
    case TagPushOutcome::Status::Failed:
        break;
    }
    return u"failed"_s;
}

Result<RemoteTag> TagPusher::remoteTag(const TagPushRequest &request)
{
    auto repository = Repository::open(request.repositoryPath);
    if (!repository) {
        return repository.error();
    }
    auto remote = openRemote(*repository, request.remote);
    if (!remote) {
        return remote.error();
    }
    RemoteCallbacks callbacks(request.credentials, request.hostVerifier, request.progress);
    return listRemoteTag(remote->get(), callbacks, request.tag);
}

TagPushOutcome TagPusher::push(const TagPushRequest &request)
{
    auto repository = Repository::open(request.repositoryPath);
    if (!repository) {
        return failure(TagPushOutcome::Status::Failed, repository.error().message());
    }
    auto local = repository->tag(request.tag);
    if (!local) {
        return failure(TagPushOutcome::Status::Failed, local.error().message());
    }
    if (local->commitSha != request.commitSha) {
        return failure(
            TagPushOutcome::Status::Failed,
            u"Local tag %1 points at %2, not at the intended commit %3; nothing was pushed. Check which "
            "commit should be released."_s.arg(request.tag, shortSha(local->commitSha), shortSha(request.commitSha)));
    }
    auto remote = openRemote(*repository, request.remote);
    if (!remote) {
        return failure(TagPushOutcome::Status::Failed, remote.error().message());
    }
    const QString where = remoteLabel(remote->get());
    RemoteCallbacks callbacks(request.credentials, request.hostVerifier, request.progress);

    callbacks.reportStage(PushProgress::Stage::Checking);
    auto before = listRemoteTag(remote->get(), callbacks, request.tag);
    if (!before) {
        return failure(TagPushOutcome::Status::Failed, before.error().message());
    }
    if (before->exists) {
        TagPushOutcome outcome;
        outcome.remoteTag = *before;
        if (before->commitSha == request.commitSha) {
            outcome.status = TagPushOutcome::Status::AlreadyPushed;
            outcome.message = u"%1 already has tag %2 on commit %3; nothing to push."_s.arg(
                where, request.tag, shortSha(request.commitSha));
        } else {
            outcome.status = TagPushOutcome::Status::Conflict;
            outcome.message = u"%1 already has a tag %2, on commit %3 instead of %4. Tags are never overwritten: "
                              "find out who created it, and release a new version if it was published."_s.arg(
                                  where, request.tag, shortSha(before->commitSha), shortSha(request.commitSha));
        }
        return outcome;
    }

    callbacks.reportStage(PushProgress::Stage::Packing);
    const QByteArray refspec = u"refs/tags/%1:refs/tags/%1"_s.arg(request.tag).toUtf8();
    char *refspecText = const_cast<char *>(refspec.constData());
    const git_strarray refspecs{&refspecText, 1};
    git_push_options options = GIT_PUSH_OPTIONS_INIT;
    options.callbacks = callbacks.callbacks();
    callbacks.beginConnection();
    const int code = git_remote_push(remote->get(), &refspecs, &options);
    if (callbacks.rejected()) {
        QString message = u"%1 refused tag %2: %3."_s.arg(where, request.tag, callbacks.rejection());
        const QStringList lines = callbacks.remoteMessages();
        if (!lines.isEmpty()) {
            message += u" The server said: “%1”."_s.arg(lines.join(u' '));
        }
        message += u" Fix what the server objects to, delete the local tag if needed, then push again."_s;
        return failure(TagPushOutcome::Status::Rejected, message, lines);
    }
    if (code != 0) {
        const GitError error =
            connectionError(code, remote->get(), callbacks, u"push tag %1 to %2"_s.arg(request.tag, where));
        if (!callbacks.credentialFailure().isEmpty() || code == GIT_EAUTH || code == GIT_ECERTIFICATE ||
            code == GIT_EUSER) {
            // Refused before anything was sent: the remote is unchanged.
            return failure(TagPushOutcome::Status::Failed, error.message(), callbacks.remoteMessages());
        }
        return afterLostAnswer(remote->get(), callbacks, request, error);
    }

    callbacks.reportStage(PushProgress::Stage::Verifying);
    auto after = listRemoteTag(remote->get(), callbacks, request.tag);
    TagPushOutcome outcome;
    outcome.remoteMessages = callbacks.remoteMessages();
    if (!after) {
        outcome.status = TagPushOutcome::Status::Unknown;
        outcome.message = u"Tag %1 was sent to %2 but could not be verified: %3 Check the remote again before going "
                          "on."_s.arg(request.tag, where, after.error().message());
        return outcome;
    }
    outcome.remoteTag = *after;
    if (!after->exists || after->commitSha != request.commitSha) {
        outcome.status = TagPushOutcome::Status::Failed;
        outcome.message = after->exists
                              ? u"After the push, %1 shows tag %2 on commit %3 instead of %4."_s.arg(
                                    where, request.tag, shortSha(after->commitSha), shortSha(request.commitSha))
                              : u"The push of tag %1 reported success but %2 does not list it. Check the server."_s.arg(
                                    request.tag, where);
        return outcome;
    }
    outcome.status = TagPushOutcome::Status::Pushed;
    outcome.message =
        u"Tag %1 is on %2 and points at commit %3."_s.arg(request.tag, where, shortSha(request.commitSha));
    return outcome;
}

QFuture<TagPushOutcome> TagPusher::pushAsync(const TagPushRequest &request)
{
    return QtConcurrent::run([request] { return push(request); });
}

} // namespace ra::git
