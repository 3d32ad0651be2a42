// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/demorepository.h"

#include "git/handles.h"
#include "git/libgit2guard.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace ra::sandbox {

namespace {

using IndexPtr = std::unique_ptr<git_index, git::GitDeleter<git_index_free>>;
using TreePtr = std::unique_ptr<git_tree, git::GitDeleter<git_tree_free>>;
using ConfigPtr = std::unique_ptr<git_config, git::GitDeleter<git_config_free>>;

const QString committerName = u"Demo Maintainer"_s;
const QString committerEmail = u"maintainer@sample-project.invalid"_s;

/// libgit2's message for the failed \a operation.
QString gitError(const QString &operation)
{
    const git_error *last = git_error_last();
    return u"%1: %2"_s.arg(operation, last && last->message ? QString::fromUtf8(last->message) : u"unknown error"_s);
}

/// Writes \a files as blobs and returns the tree holding them.
bool writeTree(git_repository *repository, const QMap<QString, QByteArray> &files, git_oid *tree, QString *error)
{
    git_index *rawIndex = nullptr;
    if (git_index_new(&rawIndex) != 0) {
        *error = gitError(u"cannot create an index"_s);
        return false;
    }
    const IndexPtr index(rawIndex);
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        git_index_entry entry{};
        const QByteArray path = it.key().toUtf8();
        entry.path = path.constData();
        entry.mode = GIT_FILEMODE_BLOB;
        entry.file_size = std::uint32_t(it.value().size());
        if (git_blob_create_from_buffer(&entry.id, repository, it.value().constData(), size_t(it.value().size())) !=
                0 ||
            git_index_add(index.get(), &entry) != 0) {
            *error = gitError(u"cannot store %1"_s.arg(it.key()));
            return false;
        }
    }
    if (git_index_write_tree_to(tree, index.get(), repository) != 0) {
        *error = gitError(u"cannot write a tree"_s);
        return false;
    }
    return true;
}

/// Commits \a commit on main (after \a parent, if any) with the files in \a files; returns its sha in \a oid.
bool writeCommit(git_repository *repository, const DemoCommit &commit, const QMap<QString, QByteArray> &files,
                 const git_oid *parent, git_oid *oid, QString *error)
{
    git_oid treeId;
    if (!writeTree(repository, files, &treeId, error)) {
        return false;
    }
    git_tree *rawTree = nullptr;
    git_signature *rawAuthor = nullptr;
    git_signature *rawCommitter = nullptr;
    const qint64 when = commit.time.toSecsSinceEpoch();
    if (git_tree_lookup(&rawTree, repository, &treeId) != 0 ||
        git_signature_new(&rawAuthor, commit.author.toUtf8().constData(), commit.email.toUtf8().constData(), when, 0) !=
            0 ||
        git_signature_new(&rawCommitter, committerName.toUtf8().constData(), committerEmail.toUtf8().constData(), when,
                          0) != 0) {
        *error = gitError(u"cannot prepare the commit '%1'"_s.arg(commit.message));
        git_signature_free(rawAuthor);
        git_tree_free(rawTree);
        return false;
    }
    const TreePtr tree(rawTree);
    const git::SignaturePtr author(rawAuthor);
    const git::SignaturePtr committer(rawCommitter);
    git_commit *rawParent = nullptr;
    if (parent && git_commit_lookup(&rawParent, repository, parent) != 0) {
        *error = gitError(u"cannot read the parent of '%1'"_s.arg(commit.message));
        return false;
    }
    const git::CommitPtr parentCommit(rawParent);
    const git_commit *parents[] = {parentCommit.get()};
    if (git_commit_create(oid, repository, "refs/heads/main", author.get(), committer.get(), "UTF-8",
                          commit.message.toUtf8().constData(), tree.get(), parent ? 1 : 0, parents) != 0) {
        *error = gitError(u"cannot commit '%1'"_s.arg(commit.message));
        return false;
    }
    if (!commit.tag.isEmpty()) {
        git_object *rawTarget = nullptr;
        if (git_object_lookup(&rawTarget, repository, oid, GIT_OBJECT_COMMIT) != 0) {
            *error = gitError(u"cannot read the commit to tag %1"_s.arg(commit.tag));
            return false;
        }
        const git::ObjectPtr target(rawTarget);
        git_oid tagId;
        if (git_tag_create_lightweight(&tagId, repository, commit.tag.toUtf8().constData(), target.get(), 0) != 0) {
            *error = gitError(u"cannot create the tag %1"_s.arg(commit.tag));
            return false;
        }
    }
    return true;
}

} // namespace

QString DemoRepository::create(const QString &remotePath, const QString &clonePath, const QList<DemoCommit> &commits,
                               QString *error)
{
    const git::LibGit2Guard guard;
    git_repository_init_options options = GIT_REPOSITORY_INIT_OPTIONS_INIT;
    options.flags = GIT_REPOSITORY_INIT_BARE | GIT_REPOSITORY_INIT_MKPATH;
    options.initial_head = "main";
    git_repository *rawRemote = nullptr;
    if (git_repository_init_ext(&rawRemote, QDir::toNativeSeparators(remotePath).toUtf8().constData(), &options) != 0) {
        *error = gitError(u"cannot create the demo's remote repository %1"_s.arg(remotePath));
        return {};
    }
    const git::RepositoryPtr remote(rawRemote);
    QMap<QString, QByteArray> files;
    git_oid head{};
    bool hasHead = false;
    for (const DemoCommit &commit : commits) {
        files.insert(commit.files);
        git_oid written;
        if (!writeCommit(remote.get(), commit, files, hasHead ? &head : nullptr, &written, error)) {
            return {};
        }
        head = written;
        hasHead = true;
    }

    git_clone_options cloneOptions = GIT_CLONE_OPTIONS_INIT;
    cloneOptions.checkout_branch = "main";
    git_repository *rawClone = nullptr;
    if (git_clone(&rawClone, QDir::toNativeSeparators(remotePath).toUtf8().constData(),
                  QDir::toNativeSeparators(clonePath).toUtf8().constData(), &cloneOptions) != 0) {
        *error = gitError(u"cannot clone the demo's remote into %1"_s.arg(clonePath));
        return {};
    }
    const git::RepositoryPtr clone(rawClone);
    git_config *rawConfig = nullptr;
    if (git_repository_config(&rawConfig, clone.get()) != 0) {
        *error = gitError(u"cannot open the configuration of %1"_s.arg(clonePath));
        return {};
    }
    const ConfigPtr config(rawConfig);
    if (git_config_set_string(config.get(), "user.name", committerName.toUtf8().constData()) != 0 ||
        git_config_set_string(config.get(), "user.email", committerEmail.toUtf8().constData()) != 0) {
        *error = gitError(u"cannot set the committer of %1"_s.arg(clonePath));
        return {};
    }
    char sha[GIT_OID_SHA1_HEXSIZE + 1] = {};
    git_oid_tostr(sha, sizeof sha, &head);
    return QString::fromLatin1(sha);
}

} // namespace ra::sandbox
