// SPDX-License-Identifier: GPL-3.0-or-later
#include "git/historywalk.h"

#include "git/oid.h"
#include "git/rawcommit.h"
#include "git/repository.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace ra::git {

namespace {

/// How many commits are read between two polls of the cancel flag: polling is cheap but not free.
constexpr int cancelPollInterval = 512;

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
    // Unsorted, libgit2 yields the commits in the order git log shows by default (newest first by commit date,
    // as the walk meets them) without sorting them once more through a priority queue.
    git_revwalk_sorting(walk.get(), GIT_SORT_NONE);
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
    git_odb *rawOdb = nullptr;
    if (const int code = git_repository_odb(&rawOdb, repository->handle()); code != 0) {
        return GitError::fromLibGit2(code, operation);
    }
    OdbPtr odb(rawOdb);
    RawCommitReader reader;
    QList<Commit> commits;
    git_oid oid;
    char sha[GIT_OID_MAX_HEXSIZE + 1] = {};
    int code = 0;
    while ((code = git_revwalk_next(&oid, walk.get())) == 0) {
        if (cancelled && commits.size() % cancelPollInterval == 0 && cancelled()) {
            GitError error = GitError::custom(operation, u"the walk was cancelled"_s);
            error.code = GIT_EUSER;
            return error;
        }
        // The walk has just read this commit, and the repository's cache still holds its text: one lookup, and
        // the text read directly rather than through a git_commit and its copies.
        git_odb_object *rawObject = nullptr;
        if (const int read = git_odb_read(&rawObject, odb.get(), &oid); read != 0) {
            return GitError::fromLibGit2(read, operation);
        }
        const OdbObjectPtr object(rawObject);
        git_oid_tostr(sha, sizeof sha, &oid);
        commits.append(reader.read(QLatin1StringView(sha),
                                   QByteArrayView(static_cast<const char *>(git_odb_object_data(rawObject)),
                                                  qsizetype(git_odb_object_size(rawObject)))));
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
