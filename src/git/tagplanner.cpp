// SPDX-License-Identifier: GPL-3.0-or-later
#include "git/tagplanner.h"

#include "git/historywalk.h"
#include "git/releasetags.h"
#include "git/tagversionorder.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ra::git {

bool TagPlan::blocked() const
{
    return TagHazardChecker::worst(hazards) == HazardSeverity::Error;
}

QJsonObject TagPlan::toJson() const
{
    QJsonArray hazardArray;
    for (const TagHazard &hazard : hazards) {
        hazardArray.append(QJsonObject{
            {u"id"_s, hazard.id}, {u"severity"_s, severityKey(hazard.severity)}, {u"message"_s, hazard.message}});
    }
    QJsonArray proposalArray;
    for (const VersionProposal &proposal : proposals) {
        proposalArray.append(QJsonObject{{u"bump"_s, bumpKey(proposal.bump)},
                                         {u"tag"_s, proposal.tag},
                                         {u"reason"_s, proposal.reason},
                                         {u"suggested"_s, proposalArray.isEmpty()}});
    }
    QJsonObject object{{u"version"_s, version},
                       {u"tag"_s, tag},
                       {u"commit"_s, commitSha},
                       {u"subject"_s, commitSubject},
                       {u"annotated"_s, annotated},
                       {u"previousTag"_s, previousTag},
                       {u"describe"_s, describe.result},
                       {u"describeCollision"_s, describe.collision},
                       {u"otherTagsOnCommit"_s, QJsonArray::fromStringList(describe.otherTags)},
                       {u"hazards"_s, hazardArray},
                       {u"proposals"_s, proposalArray},
                       {u"blocked"_s, blocked()}};
    if (existingTag) {
        object.insert(u"existingTagCommit"_s, existingTag->commitSha);
    }
    return object;
}

namespace {

Result<QList<VersionProposal>> proposeVersions(const Repository &repository, const TagPlan &plan,
                                               const TagSpelling &spelling, const std::function<bool()> &cancelled)
{
    const auto from = spelling.versionFromTag(plan.previousTag);
    if (!from) {
        return QList<VersionProposal>();
    }
    WalkRange range;
    range.repositoryPath = repository.path();
    range.from = plan.previousTag;
    range.to = plan.commitSha;
    const auto commits = walkHistory(range, cancelled);
    if (!commits && cancelled && cancelled()) {
        return commits.error();
    }
    const VersionProposer proposer(spelling);
    QList<VersionProposal> proposals;
    // A version at the largest a segment can hold has no suggestion; its reason is a hazard's business.
    if (VersionProposal suggested = proposer.suggest(*from, commits ? *commits : QList<Commit>());
        !suggested.tag.isEmpty()) {
        proposals.append(suggested);
    }
    for (VersionBump bump : {VersionBump::Patch, VersionBump::Minor, VersionBump::Major, VersionBump::ReleaseCandidate,
                             VersionBump::Final}) {
        const auto proposal = proposer.propose(*from, bump);
        if (proposal && (proposals.isEmpty() || proposal->tag != proposals.constFirst().tag)) {
            proposals.append(*proposal);
        }
    }
    return proposals;
}

} // namespace

Result<TagPlan> planTag(const Repository &repository, const QString &version, const QString &revision, bool annotated,
                        const TagSpelling &spelling, const std::function<bool()> &cancelled,
                        const QList<QRegularExpression> &upgradeScriptPatterns)
{
    TagPlan plan;
    plan.version = version.trimmed();
    plan.annotated = annotated;
    plan.tag = plan.version;
    if (const auto parsed = spelling.versionFromTag(plan.version)) {
        if (const auto spelled = spelling.tagFor(*parsed)) {
            plan.tag = *spelled;
        }
    }
    auto commit = repository.resolveCommit(revision.isEmpty() ? u"HEAD"_s : revision);
    if (!commit) {
        return commit.error();
    }
    plan.commitSha = *commit;
    if (const auto subject = repository.commitSubject(plan.commitSha)) {
        plan.commitSubject = *subject;
    }
    auto tags = repository.tags();
    if (!tags) {
        return tags.error();
    }
    QStringList names;
    for (const TagInfo &tag : std::as_const(*tags)) {
        names.append(tag.name);
        if (tag.name == plan.tag) {
            plan.existingTag = tag;
        }
    }
    const QList<TagInfo> onCommit = tagsOnCommit(*tags, plan.commitSha);
    QStringList onCommitNames;
    for (const TagInfo &tag : onCommit) {
        onCommitNames.append(tag.name);
    }
    if (const auto previous = previousReleaseTag(*tags, plan.tag, tagVersionOrder(spelling))) {
        plan.previousTag = previous->name;
    }
    plan.describe = previewDescribe(onCommit, plan.tag, annotated);
    plan.hazards = TagHazardChecker(spelling, upgradeScriptPatterns).check(plan.tag, names, onCommitNames);
    const bool checkerSawCollision =
        std::any_of(plan.hazards.cbegin(), plan.hazards.cend(),
                    [](const TagHazard &hazard) { return hazard.id == u"describe-collision"_s; });
    if (plan.describe.collision && !checkerSawCollision) {
        // An annotated tag already on the commit wins whatever the names: the version core cannot know that.
        plan.hazards.append(TagHazard{u"describe-collision"_s, HazardSeverity::Warning, plan.describe.warning});
    }
    auto proposals = proposeVersions(repository, plan, spelling, cancelled);
    if (!proposals) {
        return proposals.error();
    }
    plan.proposals = *proposals;
    return plan;
}

} // namespace ra::git
