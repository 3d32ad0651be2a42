// SPDX-License-Identifier: GPL-3.0-or-later
#include "git/historywalk.h"

#include "git/oid.h"
#include "git/pullrequests.h"
#include "git/repository.h"

#include <QPromise>
#include <QTimeZone>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace ra::git {

namespace {

/// How many commits are read between two polls of the cancel flag: polling is cheap but not free.
constexpr int cancelPollInterval = 512;

Commit toCommit(const git_commit *commit)
{
    Commit result;
    result.sha = oidToString(*git_commit_id(commit));
    const char *summary = git_commit_summary(const_cast<git_commit *>(commit));
    result.subject = QString::fromUtf8(summary ? summary : "");
    if (const char *body = git_commit_body(const_cast<git_commit *>(commit))) {
        result.body = QString::fromUtf8(body);
    }
    if (const git_signature *author = git_commit_author(commit)) {
        result.authorName = QString::fromUtf8(author->name);
        result.authorEmail = QString::fromUtf8(author->email);
        result.authoredAt = QDateTime::fromSecsSinceEpoch(author->when.time,
                                                          QTimeZone::fromSecondsAheadOfUtc(author->when.offset * 60));
    }
    const unsigned int parentCount = git_commit_parentcount(commit);
    result.parents.reserve(parentCount);
    for (unsigned int i = 0; i < parentCount; ++i) {
        result.parents.append(oidToString(*git_commit_parent_id(commit, i)));
    }
    result.pullRequests = pullRequestNumbers(result.subject);
    return result;
}

} // namespace

Result<QList<Commit>> walkHistory(const WalkRange &range, const std::function<bool()> &cancelled)
{
    const QString operation = u"read the history %1..%2"_s.arg(range.from, range.to);
    auto repository = Repository::open(range.repositoryPath);
    if (!repository) {
        return repository.error();
    }
    auto target = repository->resolveCommit(range.to);
    if (!target) {
        return target.error();
    }
    git_revwalk *rawWalk = nullptr;
    if (const int code = git_revwalk_new(&rawWalk, repository->handle()); code != 0) {
        return GitError::fromLibGit2(code, operation);
    }
    RevwalkPtr walk(rawWalk);
    git_revwalk_sorting(walk.get(), GIT_SORT_TIME);
    if (range.firstParent) {
        git_revwalk_simplify_first_parent(walk.get());
    }
    const git_oid targetOid = *oidFromString(*target);
    if (const int code = git_revwalk_push(walk.get(), &targetOid); code != 0) {
        return GitError::fromLibGit2(code, operation);
    }
    if (!range.from.isEmpty()) {
        auto base = repository->resolveCommit(range.from);
        if (!base) {
            return base.error();
        }
        const git_oid baseOid = *oidFromString(*base);
        if (const int code = git_revwalk_hide(walk.get(), &baseOid); code != 0) {
            return GitError::fromLibGit2(code, operation);
        }
    }
    QList<Commit> commits;
    git_oid oid;
    int code = 0;
    while ((code = git_revwalk_next(&oid, walk.get())) == 0) {
        if (cancelled && commits.size() % cancelPollInterval == 0 && cancelled()) {
            GitError error = GitError::custom(operation, u"the walk was cancelled"_s);
            error.code = GIT_EUSER;
            return error;
        }
        git_commit *rawCommit = nullptr;
        if (const int lookup = git_commit_lookup(&rawCommit, repository->handle(), &oid); lookup != 0) {
            return GitError::fromLibGit2(lookup, operation);
        }
        CommitPtr commit(rawCommit);
        commits.append(toCommit(commit.get()));
    }
    if (code != GIT_ITEROVER) {
        return GitError::fromLibGit2(code, operation);
    }
    return commits;
}

QFuture<Result<QList<Commit>>> walkHistoryAsync(const WalkRange &range)
{
    return QtConcurrent::run([range](QPromise<Result<QList<Commit>>> &promise) {
        auto result = walkHistory(range, [&promise] { return promise.isCanceled(); });
        promise.addResult(std::move(result));
    });
}

} // namespace ra::git
