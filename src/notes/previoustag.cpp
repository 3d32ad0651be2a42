// SPDX-License-Identifier: GPL-3.0-or-later
#include "notes/previoustag.h"

#include "git/releasetags.h"
#include "git/repository.h"
#include "git/tagversionorder.h"

using namespace Qt::StringLiterals;

namespace ra::notes {

std::optional<PreviousTagChoice> choosePreviousTag(const QList<git::TagInfo> &tags, const QString &release,
                                                   const git::VersionOrder &order)
{
    // The rule itself lives with the tags (the tag step proposes versions from it); here it gets its reason.
    const auto previous = git::previousReleaseTag(tags, release, order);
    if (!previous) {
        return std::nullopt;
    }
    return PreviousTagChoice{previous->name, order.isPrerelease(release) ? PreviousTagRule::PreviousOfAnyKind
                                                                         : PreviousTagRule::PreviousFinal};
}

git::Result<PreviousTagChoice> choosePreviousTag(const QString &repositoryPath, const QString &release)
{
    const QString operation = u"choose where the notes of %1 start"_s.arg(release);
    const git::VersionOrder order = git::tagVersionOrder();
    if (!order.compare(release, release)) {
        return git::GitError::custom(operation, u"'%1' names no version"_s.arg(release));
    }
    const auto repository = git::Repository::open(repositoryPath);
    if (!repository) {
        return repository.error();
    }
    const auto tags = repository->tags();
    if (!tags) {
        return tags.error();
    }
    if (const auto choice = choosePreviousTag(*tags, release, order)) {
        return *choice;
    }
    return git::GitError::custom(operation, order.isPrerelease(release)
                                                ? u"no version tag is older than %1"_s.arg(release)
                                                : u"no final release tag is older than %1"_s.arg(release));
}

QString explainPreviousTag(const PreviousTagChoice &choice, const QString &release)
{
    switch (choice.rule) {
    case PreviousTagRule::PreviousFinal:
        return u"%1, the previous final release (%2 is a final release: release candidates are skipped)"_s.arg(
            choice.tag, release);
    case PreviousTagRule::PreviousOfAnyKind:
        return u"%1, the tag just before it (%2 is a pre-release: a tag of any kind counts)"_s.arg(choice.tag, release);
    }
    return choice.tag;
}

QString previousTagRuleKey(PreviousTagRule rule)
{
    return rule == PreviousTagRule::PreviousFinal ? u"previous-final"_s : u"previous-of-any-kind"_s;
}

} // namespace ra::notes
