// SPDX-License-Identifier: GPL-3.0-or-later
#include "git/repository.h"

#include "git/oid.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace ra::git {

namespace {

const QString tagPrefix = u"refs/tags/"_s;

/// Reads tag \a refName (already known to exist) into a TagInfo; std::nullopt for tags on non-commits.
std::optional<TagInfo> readTag(git_repository *repository, const QString &name, const git_oid &target)
{
    git_object *raw = nullptr;
    if (git_object_lookup(&raw, repository, &target, GIT_OBJECT_ANY) != 0) {
        return std::nullopt;
    }
    ObjectPtr object(raw);
    TagInfo info;
    info.name = name;
    if (git_object_type(object.get()) == GIT_OBJECT_TAG) {
        const auto *tag = reinterpret_cast<const git_tag *>(object.get());
        info.annotated = true;
        info.message = QString::fromUtf8(git_tag_message(tag)).trimmed();
        if (const git_signature *tagger = git_tag_tagger(tag)) {
            info.taggedAt = QDateTime::fromSecsSinceEpoch(tagger->when.time,
                                                          QTimeZone::fromSecondsAheadOfUtc(tagger->when.offset * 60));
        }
    }
    git_object *peeled = nullptr;
    if (git_object_peel(&peeled, object.get(), GIT_OBJECT_COMMIT) != 0) {
        return std::nullopt;
    }
    ObjectPtr commit(peeled);
    info.commitSha = oidToString(*git_object_id(commit.get()));
    return info;
}

} // namespace

QList<TagInfo> tagsOnCommit(const QList<TagInfo> &tags, const QString &commitSha)
{
    QList<TagInfo> found;
    for (const TagInfo &tag : tags) {
        if (tag.commitSha == commitSha) {
            found.append(tag);
        }
    }
    return found;
}

Result<Repository> Repository::open(const QString &path)
{
    Repository repository;
    git_repository *raw = nullptr;
    const QByteArray native = QDir::toNativeSeparators(path).toUtf8();
    const int code = git_repository_open_ext(&raw, native.constData(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr);
    if (code != 0) {
        GitError error = GitError::fromLibGit2(code, u"open the repository %1"_s.arg(path));
        if (code == GIT_ENOTFOUND) {
            error.reason = u"it is not a git repository"_s;
            error.hint = u"Pick the folder of a local clone of the project (the one that contains .git)."_s;
        }
        return error;
    }
    repository.m_repository.reset(raw);
    return repository;
}

QString Repository::path() const
{
    const char *workdir = git_repository_workdir(m_repository.get());
    QString result = QString::fromUtf8(workdir ? workdir : git_repository_path(m_repository.get()));
    if (result.size() > 1 && result.endsWith(u'/')) {
        result.chop(1);
    }
    return result;
}

Result<HeadInfo> Repository::head() const
{
    git_reference *raw = nullptr;
    const int code = git_repository_head(&raw, m_repository.get());
    if (code != 0) {
        GitError error = GitError::fromLibGit2(code, u"read HEAD"_s);
        if (code == GIT_EUNBORNBRANCH) {
            error.hint = u"The repository has no commit yet."_s;
        }
        return error;
    }
    ReferencePtr reference(raw);
    HeadInfo info;
    if (!git_repository_head_detached(m_repository.get())) {
        info.branch = QString::fromUtf8(git_reference_shorthand(reference.get()));
    }
    git_object *peeled = nullptr;
    if (const int peelCode = git_reference_peel(&peeled, reference.get(), GIT_OBJECT_COMMIT); peelCode != 0) {
        return GitError::fromLibGit2(peelCode, u"read the commit HEAD points to"_s);
    }
    ObjectPtr commit(peeled);
    info.commitSha = oidToString(*git_object_id(commit.get()));
    return info;
}

Result<QStringList> Repository::localBranches() const
{
    git_branch_iterator *rawIterator = nullptr;
    if (const int code = git_branch_iterator_new(&rawIterator, m_repository.get(), GIT_BRANCH_LOCAL); code != 0) {
        return GitError::fromLibGit2(code, u"list the branches"_s);
    }
    BranchIteratorPtr iterator(rawIterator);
    QStringList names;
    git_reference *raw = nullptr;
    git_branch_t type;
    int code = 0;
    while ((code = git_branch_next(&raw, &type, iterator.get())) == 0) {
        ReferencePtr reference(raw);
        const char *name = nullptr;
        if (git_branch_name(&name, reference.get()) == 0) {
            names.append(QString::fromUtf8(name));
        }
    }
    if (code != GIT_ITEROVER) {
        return GitError::fromLibGit2(code, u"list the branches"_s);
    }
    names.sort();
    return names;
}

Result<QList<RemoteInfo>> Repository::remotes() const
{
    StrArray names;
    if (const int code = git_remote_list(names.get(), m_repository.get()); code != 0) {
        return GitError::fromLibGit2(code, u"list the remotes"_s);
    }
    QList<RemoteInfo> result;
    for (size_t i = 0; i < names.size(); ++i) {
        git_remote *raw = nullptr;
        if (const int code = git_remote_lookup(&raw, m_repository.get(), names.at(i)); code != 0) {
            return GitError::fromLibGit2(code, u"read remote %1"_s.arg(QString::fromUtf8(names.at(i))));
        }
        RemotePtr remote(raw);
        RemoteInfo info;
        info.name = QString::fromUtf8(names.at(i));
        info.url = QString::fromUtf8(git_remote_url(remote.get()));
        if (const char *pushUrl = git_remote_pushurl(remote.get())) {
            info.pushUrl = QString::fromUtf8(pushUrl);
        }
        result.append(info);
    }
    return result;
}

Result<QList<TagInfo>> Repository::tags() const
{
    struct Collected {
        git_repository *repository;
        QList<TagInfo> tags;
    } collected{m_repository.get(), {}};
    const int code = git_tag_foreach(
        m_repository.get(),
        [](const char *refName, git_oid *oid, void *payload) -> int {
            auto *into = static_cast<Collected *>(payload);
            const QString name = QString::fromUtf8(refName).mid(tagPrefix.size());
            if (auto info = readTag(into->repository, name, *oid)) {
                into->tags.append(*info);
            }
            return 0;
        },
        &collected);
    if (code != 0) {
        return GitError::fromLibGit2(code, u"list the tags"_s);
    }
    // git orders refs byte-wise by name; describe and the listings rely on that order.
    std::sort(collected.tags.begin(), collected.tags.end(),
              [](const TagInfo &a, const TagInfo &b) { return a.name.toUtf8() < b.name.toUtf8(); });
    return collected.tags;
}

Result<TagInfo> Repository::tag(const QString &name) const
{
    git_reference *raw = nullptr;
    const QByteArray refName = (tagPrefix + name).toUtf8();
    if (const int code = git_reference_lookup(&raw, m_repository.get(), refName.constData()); code != 0) {
        return GitError::fromLibGit2(code, u"find tag %1"_s.arg(name));
    }
    ReferencePtr reference(raw);
    const git_oid *target = git_reference_target(reference.get());
    if (!target) {
        return GitError::custom(u"read tag %1"_s.arg(name), u"it is a symbolic reference"_s);
    }
    if (auto info = readTag(m_repository.get(), name, *target)) {
        return *info;
    }
    return GitError::custom(u"read tag %1"_s.arg(name), u"it does not point to a commit"_s);
}

Result<QString> Repository::resolveCommit(const QString &revision) const
{
    git_object *raw = nullptr;
    const QByteArray spec = revision.toUtf8();
    if (const int code = git_revparse_single(&raw, m_repository.get(), spec.constData()); code != 0) {
        GitError error = GitError::fromLibGit2(code, u"find revision “%1”"_s.arg(revision));
        return error;
    }
    ObjectPtr object(raw);
    git_object *peeled = nullptr;
    if (const int code = git_object_peel(&peeled, object.get(), GIT_OBJECT_COMMIT); code != 0) {
        return GitError::fromLibGit2(code, u"find the commit of “%1”"_s.arg(revision));
    }
    ObjectPtr commit(peeled);
    return oidToString(*git_object_id(commit.get()));
}

Result<QString> Repository::commitSubject(const QString &sha) const
{
    const auto oid = oidFromString(sha);
    if (!oid) {
        return GitError::custom(u"read commit %1"_s.arg(sha), u"not a full commit id"_s);
    }
    git_commit *raw = nullptr;
    if (const int code = git_commit_lookup(&raw, m_repository.get(), &*oid); code != 0) {
        return GitError::fromLibGit2(code, u"read commit %1"_s.arg(shortSha(sha)));
    }
    CommitPtr commit(raw);
    const char *summary = git_commit_summary(commit.get());
    return QString::fromUtf8(summary ? summary : "");
}

Result<TagInfo> Repository::createTag(const QString &name, const QString &commitSha, bool annotated,
                                      const QString &message)
{
    const QString operation = u"create tag %1"_s.arg(name);
    if (auto existing = tag(name)) {
        return GitError::custom(
            operation, u"tag %1 already exists on commit %2"_s.arg(name, shortSha(existing->commitSha)),
            u"A release tag is never moved. If that tag is a mistake that was never pushed, delete it with "
            "`git tag -d %1` first; otherwise release a new version."_s.arg(name));
    }
    if (git_reference_is_valid_name((tagPrefix + name).toUtf8().constData()) != 1) {
        return GitError::custom(operation, u"“%1” is not a valid tag name"_s.arg(name),
                                u"Tag names cannot contain spaces, “..”, “~”, “^”, “:” or end with “.lock”."_s);
    }
    const auto oid = oidFromString(commitSha);
    if (!oid) {
        return GitError::custom(operation, u"“%1” is not a full commit id"_s.arg(commitSha));
    }
    git_object *rawTarget = nullptr;
    if (const int code = git_object_lookup(&rawTarget, m_repository.get(), &*oid, GIT_OBJECT_COMMIT); code != 0) {
        return GitError::fromLibGit2(code, operation);
    }
    ObjectPtr target(rawTarget);
    const QByteArray tagName = name.toUtf8();
    git_oid created;
    if (annotated) {
        git_signature *rawSignature = nullptr;
        if (const int code = git_signature_default(&rawSignature, m_repository.get()); code != 0) {
            GitError error = GitError::fromLibGit2(code, operation);
            error.hint = u"An annotated tag needs a tagger: set user.name and user.email in git's configuration."_s;
            return error;
        }
        SignaturePtr signature(rawSignature);
        const QByteArray text = (message.isEmpty() ? name : message).toUtf8() + '\n';
        if (const int code = git_tag_create(&created, m_repository.get(), tagName.constData(), target.get(),
                                            signature.get(), text.constData(), 0);
            code != 0) {
            return GitError::fromLibGit2(code, operation);
        }
    } else if (const int code =
                   git_tag_create_lightweight(&created, m_repository.get(), tagName.constData(), target.get(), 0);
               code != 0) {
        return GitError::fromLibGit2(code, operation);
    }
    return tag(name);
}

Status Repository::deleteTag(const QString &name, const QString &expectedCommitSha)
{
    const QString operation = u"delete local tag %1"_s.arg(name);
    const auto existing = tag(name);
    if (!existing) {
        return existing.error();
    }
    if (existing->commitSha != expectedCommitSha) {
        return GitError::custom(
            operation, u"it points at %1, not at %2"_s.arg(shortSha(existing->commitSha), shortSha(expectedCommitSha)),
            u"It was not created by this release; it is left alone."_s);
    }
    if (const int code = git_tag_delete(m_repository.get(), name.toUtf8().constData()); code != 0) {
        return GitError::fromLibGit2(code, operation);
    }
    return Done{};
}

git_repository *Repository::handle() const
{
    return m_repository.get();
}

} // namespace ra::git
