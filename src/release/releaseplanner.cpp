// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/releaseplanner.h"

#include "git/repository.h"
#include "github/githubclient.h"
#include "net/httpclient.h"
#include "release/announcestep.h"
#include "release/packagesrunner.h"
#include "release/publishstep.h"
#include "release/stagingstep.h"
#include "release/tagstep.h"

#include <QDir>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ra::release {

namespace {

PlannedOperation api(const QString &method, const QString &path, const QString &summary, QJsonObject payload = {},
                     const QString &action = {}, const QString &key = {})
{
    payload.insert(u"method"_s, method);
    return {PlannedOperation::Kind::Api, summary, path, payload, action, key};
}

} // namespace

ReleasePlanner::ReleasePlanner(const Release &release, github::Endpoints endpoints, QString packagesWorkRoot)
    : m_release(release)
    , m_endpoints(std::move(endpoints))
    , m_packagesWorkRoot(packagesWorkRoot.isEmpty() ? PackagesRunner::defaultWorkRoot() : std::move(packagesWorkRoot))
{
}

QList<StepPlan> ReleasePlanner::plan() const
{
    QList<StepPlan> plans;
    for (ReleaseStep step : allReleaseSteps()) {
        plans.append(planStep(step));
    }
    return plans;
}

StepPlan ReleasePlanner::planStep(ReleaseStep step) const
{
    const StepVerdict verdict = m_release.verdict(step);
    if (verdict.state == StepState::Done) {
        StepPlan done;
        done.step = step;
        done.doneNote = verdict.reason.isEmpty() ? tr("done") : verdict.reason;
        return done;
    }
    StepPlan plan;
    switch (step) {
    case ReleaseStep::Staging:
        plan = planStaging();
        break;
    case ReleaseStep::Tag:
        plan = planTag();
        break;
    case ReleaseStep::ScoringTable:
        plan = planScoring();
        break;
    case ReleaseStep::Notes:
        plan = planNotes();
        break;
    case ReleaseStep::Packages:
        plan = planPackages();
        break;
    case ReleaseStep::ReviewPublish:
        plan = planReview();
        break;
    case ReleaseStep::Announce:
        plan = planAnnounce();
        break;
    }
    plan.step = step;
    for (const JournalEffect &effect : verdict.unresolved) {
        plan.blockers.prepend(tr("%1 %2 was started on %3 and its outcome is unknown: reconcile it first")
                                  .arg(effect.action, effect.key, effect.intendedAt.toString(Qt::ISODate)));
    }
    return plan;
}

QString ReleasePlanner::candidateCommit() const
{
    const Journal &journal = m_release.journal();
    const QString signedOff = journal.value(m_release.tag(), u"staging.signoff"_s)
                                  .toObject()
                                  .value(u"report"_s)
                                  .toObject()
                                  .value(u"commit"_s)
                                  .toString();
    if (!signedOff.isEmpty()) {
        return signedOff;
    }
    if (!m_release.project().hasClone()) {
        return {};
    }
    const QString chosen = journal.value(m_release.tag(), u"tag.revision"_s).toString();
    auto repository = git::Repository::open(m_release.project().clonePath());
    if (!repository) {
        return {};
    }
    const auto sha = repository->resolveCommit(chosen.isEmpty() ? u"HEAD"_s : chosen);
    return sha ? *sha : QString();
}

QString ReleasePlanner::apiPath(const QString &path) const
{
    return m_release.project().repository().apiPath() + path;
}

StepPlan ReleasePlanner::planStaging() const
{
    const QString commit = candidateCommit();
    StepPlan plan = StagingStep(&m_release.journal(), m_release.tag())
                        .operations(StagingStep::checks(m_release.project().playbook(), commit, {}));
    if (commit.isEmpty()) {
        plan.blockers.append(tr("No candidate commit: open the project's clone so the commit can be found."));
    }
    return plan;
}

StepPlan ReleasePlanner::planTag() const
{
    StepPlan plan;
    const Project &project = m_release.project();
    if (!project.hasClone()) {
        plan.blockers.append(tr("Open the project's clone: the tag is made there."));
        return plan;
    }
    const TagStep step(&m_release.journal(), m_release.tag());
    TagStep::Request request;
    request.clonePath = project.clonePath();
    request.version = m_release.tag();
    request.revision = candidateCommit();
    const QString chosenRemote = m_release.journal().value(m_release.tag(), u"tag.remote"_s).toString();
    request.remote = chosenRemote.isEmpty() ? project.remoteName() : chosenRemote;
    request.spelling = project.playbook().tagSpelling;
    request.upgradeScriptPatterns = project.playbook().upgradeScriptPatterns;
    const auto planned = TagStep::plan(request);
    if (!planned) {
        plan.blockers.append(planned.error().message());
        return plan;
    }
    plan = step.operations(*planned, request);
    for (const TagHazard &hazard : planned->hazards) {
        if (hazard.severity == HazardSeverity::Error && !planned->existingTag) {
            plan.blockers.append(hazard.message);
        }
    }
    return plan;
}

StepPlan ReleasePlanner::planScoring() const
{
    StepPlan plan;
    const ScoringTarget &target = m_release.project().playbook().scoring;
    if (target.kind == u"none"_s) {
        plan.doneNote = tr("the playbook lists no scoring table");
        return plan;
    }
    const QJsonObject row{{u"software"_s, target.software},
                          {u"name"_s, m_release.tag()},
                          {u"released_on"_s, u"(the publication time, set in step 6)"_s},
                          {u"prerelease"_s, m_release.isPrerelease()}};
    const QString where = target.kind == u"postgresql"_s ? target.database : tr("an SQL file");
    plan.operations.append({PlannedOperation::Kind::Database,
                            tr("insert the %1 row into %2").arg(m_release.tag(), target.table), where, row,
                            u"apply-scoring"_s, m_release.tag()});
    if (!m_release.isPrerelease()) {
        plan.operations.append({PlannedOperation::Kind::Database,
                                tr("set replaced_on of the previous stable %1 row").arg(target.software), where,
                                QJsonObject{{u"grace_days"_s, target.graceDays}}, u"apply-scoring"_s, m_release.tag()});
    }
    plan.needsPerson = tr("A maintainer reviews the change set before it is applied or scheduled for publication.");
    return plan;
}

StepPlan ReleasePlanner::planNotes() const
{
    StepPlan plan;
    plan.operations.append({PlannedOperation::Kind::Git,
                            tr("read the commits and pull requests since the previous %1 tag")
                                .arg(m_release.isPrerelease() ? tr("release") : tr("final")),
                            m_release.project().clonePath(),
                            {},
                            {},
                            {}});
    plan.operations.append(
        api(u"GET"_s, apiPath(u"/releases?per_page=100"_s), tr("find the draft release of %1").arg(m_release.tag())));
    plan.operations.append(api(u"PATCH"_s, apiPath(u"/releases/{draft id}"_s),
                               tr("save the notes to the draft (created with POST when CI made none)"),
                               QJsonObject{{u"tag_name"_s, m_release.tag()}, {u"draft"_s, true}},
                               u"update-notes-draft"_s, m_release.tag()));
    return plan;
}

PackagesStep::Request ReleasePlanner::packagesRequest() const
{
    const Project &project = m_release.project();
    const Playbook &playbook = project.playbook();
    PackagesStep::Request request;
    request.mode =
        playbook.pipelineKind == PipelineKind::DraftByCi ? PackagesStep::Mode::Verify : PackagesStep::Mode::Attach;
    packages::AttachOptions &options = request.options;
    options.repository = project.repository();
    if (m_endpoints.uploads != github::Endpoints().uploads) {
        // A test server or GitHub Enterprise: the draft's upload_url names github.com's host.
        options.uploadsUrl = m_endpoints.uploads;
    }
    options.tag = m_release.tag();
    options.tagPrefix = playbook.tagSpelling.prefix;
    const PackagesStep::Choices chosen = PackagesStep(&m_release.journal(), m_release.tag()).choices();
    options.runId = chosen.runId.toLongLong();
    options.commit = chosen.commit.isEmpty() ? candidateCommit() : chosen.commit;
    options.expectedNames = playbook.expectedAssets;
    options.workDir = QDir(m_packagesWorkRoot).filePath(m_release.tag());
    request.review = PublishStep::Config::fromPlaybook(playbook, project.repository(), m_release.tag());
    return request;
}

StepPlan ReleasePlanner::planPackages() const
{
    const PackagesStep::Request request = packagesRequest();
    StepPlan plan = PackagesStep::plan(request, m_endpoints);
    if (request.mode == PackagesStep::Mode::Attach && request.options.commit.isEmpty() && request.options.runId <= 0) {
        plan.blockers.append(tr("No signed-off commit: the CI run of the packages is unknown. Sign off step 1 first."));
    }
    return plan;
}

StepPlan ReleasePlanner::planReview() const
{
    const Project &project = m_release.project();
    const Approvals &approvals = project.playbook().approvals;
    // The plan sends nothing, so the draft and its verdicts are not read: the step's plan for a release still
    // awaiting its approvals (or ready, when the playbook asks for none). The client is never asked anything.
    PublishStatus unread;
    if (approvals.required > 0) {
        unread.state = PublishStatus::State::AwaitingApprovals;
        unread.message =
            tr("%n approval(s) of the exact notes, from %1", nullptr, approvals.required)
                .arg(approvals.approvers.isEmpty() ? tr("anyone with push access") : approvals.approvers.join(u", "_s));
    } else {
        unread.state = PublishStatus::State::Ready;
    }
    github::GitHubClient client(m_endpoints);
    const PublishStep step(
        client, &m_release.journal(),
        PublishStep::Config::fromPlaybook(project.playbook(), project.repository(), m_release.tag()));
    return step.plan(unread);
}

StepPlan ReleasePlanner::planAnnounce() const
{
    const Playbook &playbook = m_release.project().playbook();
    const QString &tag = m_release.tag();
    const AnnounceStep::Channels channels = AnnounceStep::channelsOf(playbook);
    if (!channels.error.isEmpty()) {
        StepPlan plan;
        plan.blockers.append(channels.error);
        return plan;
    }
    // The posts exactly as 'announce send' and the composer would write them today.
    const AnnounceStep::JournalFacts known = AnnounceStep::journalFacts(m_release.journal(), tag);
    const ReleaseFacts facts = AnnounceStep::facts(playbook, tag, known.highlights, known.publishedOn);
    net::HttpClient formatting;
    QList<AnnouncementDraft> drafts;
    QStringList ids;
    for (const channels::ChannelConfig &config : channels.configs) {
        drafts.append(AnnounceStep::draft(playbook, config, facts, formatting));
        ids.append(config.id);
    }
    StepPlan plan = AnnounceStep(&m_release.journal(), tag, ids).operations(drafts);
    if (channels.configs.isEmpty()) {
        plan.doneNote = tr("the playbook lists no announcement channel");
    }
    return plan;
}

} // namespace ra::release
