// SPDX-License-Identifier: GPL-3.0-or-later
#include "git/describe.h"

#include "git/oid.h"

using namespace Qt::StringLiterals;

namespace ra::git {

namespace {

/// git's replace_name(): true when \a candidate should replace \a current as the describe name.
bool beats(const TagInfo &candidate, const TagInfo &current)
{
    if (candidate.annotated != current.annotated) {
        return candidate.annotated;
    }
    if (candidate.annotated && candidate.taggedAt != current.taggedAt) {
        return candidate.taggedAt > current.taggedAt;
    }
    return candidate.name.toUtf8() < current.name.toUtf8();
}

} // namespace

QString describeExactMatch(const QList<TagInfo> &tagsOnCommit)
{
    const TagInfo *winner = nullptr;
    for (const TagInfo &tag : tagsOnCommit) {
        if (!winner || beats(tag, *winner)) {
            winner = &tag;
        }
    }
    return winner ? winner->name : QString();
}

DescribePreview previewDescribe(const QList<TagInfo> &tagsOnCommit, const QString &newTag, bool annotated)
{
    DescribePreview preview;
    QList<TagInfo> after;
    for (const TagInfo &tag : tagsOnCommit) {
        if (tag.name != newTag) {
            after.append(tag);
            preview.otherTags.append(tag.name);
        }
    }
    TagInfo created;
    created.name = newTag;
    created.annotated = annotated;
    created.taggedAt = QDateTime::currentDateTimeUtc();
    after.append(created);
    preview.result = describeExactMatch(after);
    preview.collision = preview.result != newTag;
    if (preview.collision) {
        preview.warning = u"This commit already carries tag %1, which `git describe --tags` picks before %2: "
                          "packages built from %2 would call themselves %1. Tag another commit, or make sure "
                          "the build does not take its version from git describe."_s.arg(preview.result, newTag);
    }
    return preview;
}

Result<QString> describeCommit(const Repository &repository, const QString &commitSha)
{
    const QString operation = u"describe commit %1"_s.arg(shortSha(commitSha));
    auto tags = repository.tags();
    if (!tags) {
        return tags.error();
    }
    // Exact matches follow git's tie-break rules, which libgit2's describe does not reproduce for several
    // lightweight tags on one commit.
    if (const QString exact = describeExactMatch(tagsOnCommit(*tags, commitSha)); !exact.isEmpty()) {
        return exact;
    }
    const auto oid = oidFromString(commitSha);
    if (!oid) {
        return GitError::custom(operation, u"not a full commit id"_s);
    }
    git_object *raw = nullptr;
    if (const int code = git_object_lookup(&raw, repository.handle(), &*oid, GIT_OBJECT_COMMIT); code != 0) {
        return GitError::fromLibGit2(code, operation);
    }
    ObjectPtr commit(raw);
    git_describe_options options = GIT_DESCRIBE_OPTIONS_INIT;
    options.describe_strategy = GIT_DESCRIBE_TAGS;
    git_describe_result *rawResult = nullptr;
    if (const int code = git_describe_commit(&rawResult, commit.get(), &options); code != 0) {
        GitError error = GitError::fromLibGit2(code, operation);
        if (code == GIT_ENOTFOUND) {
            error.reason = u"no tag is reachable from it"_s;
            error.hint = u"git describe --tags fails the same way; the first release needs a tag first."_s;
        }
        return error;
    }
    DescribeResultPtr result(rawResult);
    git_describe_format_options format = GIT_DESCRIBE_FORMAT_OPTIONS_INIT;
    Buffer text;
    if (const int code = git_describe_format(text.get(), result.get(), &format); code != 0) {
        return GitError::fromLibGit2(code, operation);
    }
    return QString::fromUtf8(text.data());
}

} // namespace ra::git
