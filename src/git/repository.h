// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "git/handles.h"
#include "git/libgit2guard.h"
#include "git/repositoryinfo.h"
#include "git/result.h"
#include "git/taginfo.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ra::git {

/**
 * A local clone opened with libgit2. Not thread-safe: each thread that works on a repository opens its own
 * Repository (opening is cheap), which is how the history walk and the push run off the UI thread.
 */
class Repository
{
public:
    /// Opens the clone at \a path (its working tree or its .git folder; bare repositories too).
    [[nodiscard]] static Result<Repository> open(const QString &path);

    Repository(Repository &&) noexcept = default;
    Repository &operator=(Repository &&) noexcept = default;

    /// The working tree (or the git folder of a bare repository).
    [[nodiscard]] QString path() const;

    [[nodiscard]] Result<HeadInfo> head() const;
    /// Local branch names, sorted.
    [[nodiscard]] Result<QStringList> localBranches() const;
    [[nodiscard]] Result<QList<RemoteInfo>> remotes() const;
    /// Every tag with the commit it points to, in refname order (tags on trees or blobs are left out).
    [[nodiscard]] Result<QList<TagInfo>> tags() const;
    /// The tag called \a name, or GIT_ENOTFOUND.
    [[nodiscard]] Result<TagInfo> tag(const QString &name) const;

    /// The full sha of the commit \a revision names ("main", "HEAD~2", "1.4.0", a sha prefix).
    [[nodiscard]] Result<QString> resolveCommit(const QString &revision) const;
    /// The first line of \a sha's message.
    [[nodiscard]] Result<QString> commitSubject(const QString &sha) const;

    /**
     * Creates tag \a name on commit \a commitSha: lightweight, or annotated with \a message (tagger from the
     * repository's user.name/user.email). Refuses when a tag of that name already exists, wherever it points:
     * a release tag is never moved.
     */
    [[nodiscard]] Result<TagInfo> createTag(const QString &name, const QString &commitSha, bool annotated,
                                            const QString &message = {});
    /// Deletes local tag \a name, but only while it still points at \a expectedCommitSha (the one we created).
    [[nodiscard]] Status deleteTag(const QString &name, const QString &expectedCommitSha);

    /// The libgit2 handle, for the other classes of this module.
    [[nodiscard]] git_repository *handle() const;

private:
    Repository() = default;

    LibGit2Guard m_guard;
    RepositoryPtr m_repository;
};

} // namespace ra::git
