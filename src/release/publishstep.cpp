// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/publishstep.h"

#include "github/githubclient.h"
#include "journal/journal.h"
#include "review/approvalmarker.h"
#include "scoring/scheduledapply.h"

#include <QEventLoop>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ra::release {

namespace {

/// Runs \a start and turns a local event loop until its callback gave the answer.
template<typename Answer>
Answer waitFor(const std::function<void(std::function<void(const Answer &)>)> &start)
{
    QEventLoop loop;
    std::optional<Answer> answer;
    start([&answer, &loop](const Answer &given) {
        answer = given;
        loop.quit();
    });
    if (!answer) {
        loop.exec();
    }
    return *answer;
}

PlannedOperation api(const QString &method, const QString &path, const QString &summary, QJsonObject payload = {},
                     const QString &action = {}, const QString &key = {})
{
    payload.insert(u"method"_s, method);
    return {PlannedOperation::Kind::Api, summary, path, payload, action, key};
}

/// True when the comments hold \a login's \a verdictText marker on \a digest for \a tag.
const review::ReviewComment *verdictComment(const review::ReviewSnapshot &snapshot, const QString &tag,
                                            const QString &login, const QString &verdictText, const QString &digest)
{
    for (const review::ReviewComment &comment : snapshot.comments) {
        const auto marker = review::ApprovalMarker::parse(comment.body);
        if (marker && marker->release == tag && marker->digest == digest &&
            review::verdictKey(marker->verdict) == verdictText &&
            comment.login.compare(login, Qt::CaseInsensitive) == 0) {
            return &comment;
        }
    }
    return nullptr;
}

/// The key ReviewPublisher gives an update of the tracking issue and a revision comment.
QString revisionKey(const review::TrackingIssueContent &content)
{
    return u"revision:%1:%2"_s.arg(content.revision).arg(content.digest);
}

} // namespace

PublishStep::Config PublishStep::Config::fromPlaybook(const Playbook &playbook, const github::RepositoryRef &repository,
                                                      const QString &tag)
{
    Config config;
    config.repository = repository;
    config.tag = tag;
    config.approvals = playbook.approvals;
    config.scheme = playbook.versionScheme;
    config.trackingIssue = playbook.trackingIssue;
    return config;
}

PublishStep::PublishStep(github::GitHubClient &client, Journal *journal, Config config)
    : m_client(client)
    , m_journal(journal)
    , m_config(std::move(config))
    , m_publisher(client, journal,
                  review::ReviewConfig{m_config.repository, m_config.tag, m_config.approvals, m_config.scheme,
                                       m_config.trackingIssue.titleTemplate, m_config.trackingIssue.checklist})
{
}

// A request still in flight answers the publisher, which is gone with this step: no callback runs.
PublishStep::~PublishStep() = default;

const PublishStep::Config &PublishStep::config() const
{
    return m_config;
}

void PublishStep::setDryRun(bool dryRun)
{
    m_dryRun = dryRun;
    m_publisher.setDryRun(dryRun);
}

bool PublishStep::reasonMissing(const QString &reason)
{
    return reason.trimmed().isEmpty();
}

void PublishStep::readStatus(StatusDone done)
{
    m_publisher.refresh([this, done = std::move(done)](const review::ReviewSnapshot &snapshot) {
        if (needsSync(snapshot)) {
            // The draft changed since the issue showed it: the reviewers without push access read the issue.
            m_publisher.syncTrackingIssue([this, done](const review::ReviewOutcome &synced) {
                if (!synced.ok) {
                    qWarning("the tracking issue could not be updated: %s", qUtf8Printable(synced.message));
                }
                m_publisher.refresh([this, done](const review::ReviewSnapshot &again) { finishStatus(again, done); });
            });
            return;
        }
        finishStatus(snapshot, done);
    });
}

bool PublishStep::needsSync(const review::ReviewSnapshot &snapshot) const
{
    if (!snapshot.ok() || !snapshot.release || snapshot.published || snapshot.issueNumber <= 0 || !m_journal ||
        m_dryRun) {
        return false;
    }
    // Only a change of what is under review: the checklist alone follows with the next change or an explicit
    // sync, so that reading the status after a verdict writes nothing. An issue whose description is not the
    // assistant's (no tracking marker: written by a person) is replaced only by an explicit sync.
    return review::TrackingIssueContent::hasContent(snapshot.issueBody) &&
           (!snapshot.issueContent || snapshot.issueContent->digest != snapshot.digest);
}

void PublishStep::finishStatus(const review::ReviewSnapshot &snapshot, const StatusDone &done)
{
    reconcile(snapshot);
    const PublishStatus status = statusOf(snapshot);
    if (status.published() && m_journal && !m_dryRun) {
        // Published here (an answer lost), by a colleague or on github.com: the release is out either way.
        recordPublicationTime(status.publishedAt());
        if (m_journal->stepState(m_config.tag, ReleaseStep::ReviewPublish) != StepState::Done) {
            recordStep(StepState::Done, tr("Published"));
        }
    }
    done(status);
}

PublishStatus PublishStep::statusOf(const review::ReviewSnapshot &snapshot) const
{
    const bool read = snapshot.ok() && snapshot.release;
    PublishStatus status =
        PublishStatus::evaluate(snapshot, m_config.approvals, read ? contentSince(snapshot.digest) : QDateTime());
    if (!status.ok() || !m_journal) {
        return status;
    }
    const QJsonObject last =
        m_journal->value(m_config.tag, QString::fromLatin1(review::ReviewPublisher::LastApprovalValue)).toObject();
    status.lastApprovedDigest = last.value(u"digest"_s).toString();
    if (!status.lastApprovedDigest.isEmpty() && status.lastApprovedDigest != snapshot.digest) {
        status.changesSinceApproval = notes::diffLines(last.value(u"notes"_s).toString(), snapshot.subject.notes);
    }
    return status;
}

QDateTime PublishStep::contentSince(const QString &digest) const
{
    const QString key = QString::fromLatin1(ContentValue);
    if (m_journal) {
        const QJsonObject seen = m_journal->value(m_config.tag, key).toObject();
        if (seen.value(u"digest"_s).toString() == digest) {
            return QDateTime::fromString(seen.value(u"since"_s).toString(), Qt::ISODate);
        }
    }
    // To the second, as kept: the first reading and the later ones give the same time.
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (m_journal && !m_dryRun) {
        m_journal->setValue(m_config.tag, key, QJsonObject{{u"digest"_s, digest}, {u"since"_s, now}});
    }
    return QDateTime::fromString(now, Qt::ISODate);
}

void PublishStep::reconcile(const review::ReviewSnapshot &snapshot) const
{
    if (!m_journal || m_dryRun || !snapshot.ok() || !snapshot.release) {
        return;
    }
    // The publisher settled a publication GitHub shows done; the other open effects are settled here from what
    // the read showed. A pending effect without the lock may be another run's request still under way.
    const auto open = [this](const JournalEffect &effect) {
        return effect.outcome == EffectOutcome::Uncertain ||
               (effect.outcome == EffectOutcome::Pending && m_config.driving);
    };
    for (const JournalEffect &effect :
         m_journal->effects(m_config.tag, QString::fromLatin1(review::ReviewPublisher::Step))) {
        if (!open(effect)) {
            continue;
        }
        if (effect.action == QString::fromLatin1(review::ReviewPublisher::PublishAction) && !snapshot.published) {
            m_journal->finishEffect(effect.id, EffectOutcome::Failed, {},
                                    u"still a draft on GitHub when read again: it was not published"_s);
        } else if (effect.action == QString::fromLatin1(review::ReviewPublisher::VerdictAction)) {
            const QStringList parts = effect.key.split(u':');
            const review::ReviewComment *comment =
                parts.size() >= 3
                    ? verdictComment(snapshot, m_config.tag, parts.at(0), parts.at(1), parts.mid(2).join(u':'))
                    : nullptr;
            if (comment != nullptr) {
                m_journal->finishEffect(effect.id, EffectOutcome::Succeeded,
                                        {{u"comment_id"_s, comment->id}, {u"html_url"_s, comment->htmlUrl.toString()}});
            } else {
                m_journal->finishEffect(effect.id, EffectOutcome::Failed, {},
                                        u"not on the tracking issue when read again: it was not posted"_s);
            }
        } else if (effect.action == QString::fromLatin1(review::ReviewPublisher::IssueAction) &&
                   snapshot.issueNumber <= 0) {
            m_journal->finishEffect(effect.id, EffectOutcome::Failed, {},
                                    u"no tracking issue on GitHub when read again: it was not created"_s);
        } else {
            reconcileIssueEffect(effect, snapshot);
        }
    }
}

void PublishStep::reconcileIssueEffect(const JournalEffect &effect, const review::ReviewSnapshot &snapshot) const
{
    if (effect.action == QString::fromLatin1(review::ReviewPublisher::UpdateIssueAction)) {
        // The body shows that revision of that digest: the update went through.
        if (snapshot.issueContent && revisionKey(*snapshot.issueContent) == effect.key) {
            m_journal->finishEffect(effect.id, EffectOutcome::Succeeded,
                                    {{u"html_url"_s, snapshot.issueUrl.toString()}});
        } else {
            m_journal->finishEffect(effect.id, EffectOutcome::Failed, {},
                                    u"the tracking issue does not show this revision when read again: it was not "
                                    u"updated"_s);
        }
    } else if (effect.action == QString::fromLatin1(review::ReviewPublisher::RevisionAction)) {
        const bool posted = std::ranges::any_of(
            snapshot.revisions, [&effect](const auto &revision) { return revisionKey(revision.first) == effect.key; });
        if (posted) {
            m_journal->finishEffect(effect.id, EffectOutcome::Succeeded, {});
        } else {
            m_journal->finishEffect(effect.id, EffectOutcome::Failed, {},
                                    u"no comment of this revision on the tracking issue when read again: it was not "
                                    u"posted"_s);
        }
    }
}

void PublishStep::syncTrackingIssue(OutcomeDone done)
{
    // Showing the draft to the reviewers moves no step: no state is recorded.
    m_publisher.syncTrackingIssue([this, done = std::move(done)](const review::ReviewOutcome &outcome) {
        PublishOutcome result;
        result.ok = outcome.ok;
        result.changed = outcome.changed;
        result.message = outcome.message;
        result.hint = outcome.hint;
        result.url = outcome.url;
        result.status = statusOf(outcome.snapshot);
        done(result);
    });
}

PublishOutcome PublishStep::syncTrackingIssueBlocking()
{
    return waitFor<PublishOutcome>([this](OutcomeDone done) { syncTrackingIssue(std::move(done)); });
}

void PublishStep::followDraft(OutcomeDone done)
{
    m_publisher.refresh([this, done = std::move(done)](const review::ReviewSnapshot &snapshot) {
        if (!snapshot.ok()) {
            PublishOutcome unread;
            unread.message = snapshot.error;
            unread.hint = snapshot.hint;
            done(unread);
            return;
        }
        if (!needsSync(snapshot)) {
            // No issue yet (the review has not started), one a person wrote, or it already shows the draft.
            PublishOutcome unchanged;
            unchanged.ok = true;
            done(unchanged);
            return;
        }
        syncTrackingIssue(done);
    });
}

PublishOutcome PublishStep::followDraftBlocking()
{
    return waitFor<PublishOutcome>([this](OutcomeDone done) { followDraft(std::move(done)); });
}

void PublishStep::submitVerdict(review::Verdict verdict, const QString &reason, const QString &expectedDigest,
                                OutcomeDone done)
{
    if (verdict == review::Verdict::Changes && reasonMissing(reason)) {
        PublishOutcome refused;
        refused.message = tr("Say what must change.");
        refused.hint = tr("A change request without a reason cannot be addressed.");
        done(refused);
        return;
    }
    m_publisher.submitVerdict(
        verdict, reason, expectedDigest,
        [this, done = std::move(done)](const review::ReviewOutcome &outcome) { done(outcomeOf(outcome, false)); });
}

void PublishStep::publish(const QString &expectedDigest, OutcomeDone done)
{
    m_publisher.publish(expectedDigest, [this, done = std::move(done)](const review::ReviewOutcome &outcome) {
        done(outcomeOf(outcome, true));
    });
}

PublishOutcome PublishStep::outcomeOf(const review::ReviewOutcome &outcome, bool publishing) const
{
    PublishOutcome result;
    result.ok = outcome.ok;
    result.changed = outcome.changed;
    result.message = outcome.message;
    result.hint = outcome.hint;
    result.url = outcome.url;
    result.plannedRequests = outcome.plannedRequests;
    result.status = statusOf(outcome.snapshot);
    if (!outcome.ok || m_dryRun) {
        return result;
    }
    if (publishing && outcome.changed) {
        result.published = true;
        result.publishedAt = recordedPublicationTime();
    } else if (publishing && outcome.snapshot.published && outcome.snapshot.release) {
        result.published = true;
        result.publishedAt = outcome.snapshot.release->publishedAt;
    }
    if (result.published) {
        // Kept now, not when a front end later reads the release back: one that stops right after publishing
        // would otherwise leave step 7 to count its deadline from another day.
        recordPublicationTime(result.publishedAt);
    }
    if (outcome.changed) {
        // A verdict moves the review on; the publication ends the step.
        const StepState state = publishing ? StepState::Done : StepState::InProgress;
        if (recordStep(state, outcome.message)) {
            result.recorded = state;
        }
    } else if (result.published && m_journal &&
               m_journal->stepState(m_config.tag, ReleaseStep::ReviewPublish) != StepState::Done) {
        if (recordStep(StepState::Done, tr("Published"))) {
            result.recorded = StepState::Done;
        }
    }
    return result;
}

QDateTime PublishStep::recordedPublicationTime() const
{
    const auto publish =
        m_journal ? m_journal->lastEffect(m_config.tag, QString::fromLatin1(review::ReviewPublisher::PublishAction),
                                          m_config.tag)
                  : std::nullopt;
    return publish ? QDateTime::fromString(publish->result.value(u"published_at"_s).toString(), Qt::ISODate)
                   : QDateTime();
}

void PublishStep::recordPublicationTime(const QDateTime &publishedAt) const
{
    const QString key = QString::fromLatin1(ScheduledScoring::PublishedAtValue);
    if (!m_journal || m_dryRun || !publishedAt.isValid()) {
        return;
    }
    const QString shown = publishedAt.toUTC().toString(Qt::ISODate);
    if (m_journal->value(m_config.tag, key).toString() != shown) {
        m_journal->setValue(m_config.tag, key, shown);
    }
}

bool PublishStep::recordStep(StepState state, const QString &note) const
{
    return m_journal && m_journal->setStepState(m_config.tag, ReleaseStep::ReviewPublish, state, note);
}

PublishStatus PublishStep::readStatusBlocking()
{
    return waitFor<PublishStatus>([this](StatusDone done) { readStatus(std::move(done)); });
}

PublishOutcome PublishStep::submitVerdictBlocking(review::Verdict verdict, const QString &reason,
                                                  const QString &expectedDigest)
{
    return waitFor<PublishOutcome>(
        [&](OutcomeDone done) { submitVerdict(verdict, reason, expectedDigest, std::move(done)); });
}

PublishOutcome PublishStep::publishBlocking(const QString &expectedDigest)
{
    return waitFor<PublishOutcome>([&](OutcomeDone done) { publish(expectedDigest, std::move(done)); });
}

StepPlan PublishStep::plan(const PublishStatus &status) const
{
    StepPlan plan;
    plan.step = ReleaseStep::ReviewPublish;
    const review::ReviewSnapshot &snapshot = status.snapshot;
    const QString base = m_config.repository.apiPath();
    if (!status.published()) {
        if (m_client.hasToken()) {
            plan.operations.append(api(u"GET"_s, u"/user"_s, tr("ask who the token belongs to (the reviewer)")));
        }
        plan.operations.append(api(u"GET"_s, base + u"/releases?per_page=100"_s,
                                   tr("read the draft of %1 again and the published releases").arg(m_config.tag)));
        if (snapshot.issueNumber > 0) {
            plan.operations.append(api(u"GET"_s, base + u"/issues/%1/comments?per_page=100"_s.arg(snapshot.issueNumber),
                                       tr("read the verdicts on tracking issue #%1").arg(snapshot.issueNumber)));
        } else {
            plan.operations.append(
                api(u"GET"_s, base + u"/issues?state=all&sort=created&direction=asc&per_page=100"_s,
                    tr("look for the tracking issue of %1 and read its verdicts").arg(m_config.tag)));
        }
        const QString publishAction = QString::fromLatin1(review::ReviewPublisher::PublishAction);
        if (snapshot.release && snapshot.flags) {
            plan.operations.append(api(u"PATCH"_s, base + u"/releases/%1"_s.arg(snapshot.release->id),
                                       tr("publish %1 (%2)").arg(m_config.tag, snapshot.flags->explanation),
                                       {{u"draft"_s, false},
                                        {u"prerelease"_s, snapshot.flags->prerelease},
                                        {u"make_latest"_s, snapshot.flags->makeLatest}},
                                       publishAction, m_config.tag));
        } else {
            // The draft's id and the flags (make_latest depends on the releases published by then) come from the
            // read just before: named, not guessed, as step 5's uploads are.
            plan.operations.append(
                api(u"PATCH"_s, base + u"/releases/{release_id}"_s,
                    tr("publish %1 with the pre-release and latest flags its version calls for (the draft's id and "
                       "the flags are read first)")
                        .arg(m_config.tag),
                    {{u"draft"_s, false}}, publishAction, m_config.tag));
        }
        if (status.state == PublishStatus::State::AwaitingApprovals ||
            status.state == PublishStatus::State::ChangesRequested) {
            plan.needsPerson = status.message;
        } else if (!status.canPublish()) {
            plan.blockers.append(status.message);
        }
    }
    QString error;
    if (const auto scheduled = scoring::ScheduledApplyQueue(m_config.scheduleDirectory).pending(m_config.tag, &error)) {
        plan.operations.append(
            {PlannedOperation::Kind::Database,
             tr("apply the scoring-table change scheduled for %1, released at the publication time").arg(m_config.tag),
             ScheduledScoring::redactedConnection(scheduled->connectionString),
             QJsonObject{{u"release"_s, m_config.tag}, {u"changes"_s, scheduled->changes.toJson()}},
             QString::fromLatin1(ScheduledScoring::Action), m_config.tag});
    } else if (!error.isEmpty()) {
        plan.blockers.append(error);
    }
    if (plan.operations.isEmpty()) {
        plan.doneNote = tr("%1 is published").arg(m_config.tag);
    }
    return plan;
}

ScheduledScoring::Outcome PublishStep::applyScheduledScoring(const QDateTime &publishedAt,
                                                             const ScheduledScoring::PasswordProvider &password) const
{
    return ScheduledScoring(m_journal, m_config.tag, m_config.scheduleDirectory).run(publishedAt, password);
}

} // namespace ra::release
