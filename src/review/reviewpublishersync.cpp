// SPDX-License-Identifier: GPL-3.0-or-later
// ReviewPublisher's sync of the tracking issue: what is under review, for reviewers who cannot see the draft.
#include "github/githubclient.h"
#include "journal/journal.h"
#include "review/reviewpublisher.h"
#include "review/trackingissue.h"

using namespace Qt::StringLiterals;

namespace ra::review {

namespace {

QString revisionKey(const TrackingIssueContent &content)
{
    return u"revision:%1:%2"_s.arg(content.revision).arg(content.digest);
}

ReviewOutcome outcomeOf(const ReviewSnapshot &snapshot, bool ok, bool changed, const QString &message,
                        const QString &hint = {})
{
    ReviewOutcome outcome;
    outcome.ok = ok;
    outcome.changed = changed;
    outcome.message = message;
    outcome.hint = hint;
    outcome.url = snapshot.issueUrl;
    outcome.snapshot = snapshot;
    return outcome;
}

} // namespace

TrackingIssueContent ReviewPublisher::contentOf(const ReviewSnapshot &snapshot, int revision) const
{
    TrackingIssueContent content = TrackingIssueContent::fromSubject(snapshot.subject, revision);
    if (snapshot.release) {
        content.draftUrl = snapshot.release->htmlUrl;
    }
    QList<std::pair<ReleaseStep, StepState>> states;
    if (m_journal) {
        for (const ReleaseStep step : allReleaseSteps()) {
            states.append({step, m_journal->stepState(m_config.tag, step)});
        }
    }
    content.checklist = TrackingIssueContent::checklistOf(m_config.checklist, states);
    return content;
}

QString ReviewPublisher::issueBodyOf(const ReviewSnapshot &snapshot, int revision) const
{
    const QString body = contentOf(snapshot, revision).renderBody();
    return body.size() <= TrackingIssueContent::MaximumBodyLength
               ? body
               : TrackingIssue::body(m_config.tag, snapshot.release ? snapshot.release->htmlUrl.toString() : QString());
}

void ReviewPublisher::syncTrackingIssue(OutcomeCallback callback)
{
    refresh([self = QPointer(this), given = std::move(callback)](const ReviewSnapshot &snapshot) {
        if (!self) {
            return;
        }
        const OutcomeCallback done = [given](const ReviewOutcome &outcome) {
            ReviewOutcome said = outcome;
            if (said.ok && said.changed) {
                said.message = u"The tracking issue shows what the draft holds now (%1)"_s.arg(outcome.snapshot.digest);
            }
            given(said);
        };
        if (!snapshot.ok()) {
            done(outcomeOf(snapshot, false, false, snapshot.error, snapshot.hint));
            return;
        }
        if (!snapshot.release) {
            done(outcomeOf(snapshot, false, false,
                           u"Only a token that sees the draft can put it on the tracking issue"_s,
                           u"A maintainer with push access refreshes the review."_s));
            return;
        }
        if (snapshot.published) {
            done(outcomeOf(snapshot, true, false, u"Release %1 is published"_s.arg(self->m_config.tag)));
            return;
        }
        if (!self->m_journal || self->m_dryRun) {
            done(outcomeOf(snapshot, true, false, u"Dry run: the tracking issue was not updated"_s));
            return;
        }
        const std::optional<TrackingIssueContent> &shown = snapshot.issueContent;
        const int revision = !shown ? 1 : (shown->digest == snapshot.digest ? shown->revision : shown->revision + 1);
        const TrackingIssueContent content = self->contentOf(snapshot, revision);
        const QString body = content.renderBody();
        if (body.size() > TrackingIssueContent::MaximumBodyLength) {
            done(outcomeOf(snapshot, false, false,
                           u"The notes are too long for the tracking issue (%1 characters with the asset table; "
                           u"GitHub takes %2)"_s.arg(body.size())
                               .arg(TrackingIssueContent::MaximumBodyLength),
                           u"Shorten the notes; reviewers without push access read them on the issue."_s));
            return;
        }
        if (snapshot.issueNumber <= 0) {
            self->ensureIssue(snapshot, [self, snapshot, content, done](int number, const QString &error) {
                if (!self) {
                    return;
                }
                if (number <= 0) {
                    done(outcomeOf(snapshot, false, false, error,
                                   u"Check that issues are enabled and the token may write them."_s));
                    return;
                }
                self->postRevisions(snapshot, number, {content}, done);
            });
            return;
        }
        self->writeContent(snapshot, snapshot.issueNumber, content, done);
    });
}

void ReviewPublisher::writeContent(const ReviewSnapshot &snapshot, int issueNumber, const TrackingIssueContent &content,
                                   const OutcomeCallback &done)
{
    // Every revision shown on the issue stays readable as a comment: the one the body shows now (it may
    // predate revision comments) and the new one.
    QList<TrackingIssueContent> pending;
    for (const TrackingIssueContent *candidate :
         {snapshot.issueContent ? &*snapshot.issueContent : nullptr, &content}) {
        if (candidate == nullptr) {
            continue;
        }
        const bool posted = std::ranges::any_of(snapshot.revisions, [&](const auto &revision) {
            return revision.first.digest == candidate->digest && revision.first.revision == candidate->revision;
        });
        if (!posted && !std::ranges::any_of(pending, [&](const TrackingIssueContent &p) {
                return p.digest == candidate->digest && p.revision == candidate->revision;
            })) {
            pending.append(*candidate);
        }
    }
    QString current = snapshot.issueBody;
    current.replace(u"\r\n"_s, u"\n"_s);
    const QString body = content.renderBody();
    if (current == body) {
        postRevisions(snapshot, issueNumber, pending, done);
        return;
    }
    QString error;
    const qint64 effect = m_journal->beginEffect(
        m_config.tag, QString::fromLatin1(Step), QString::fromLatin1(UpdateIssueAction), revisionKey(content),
        {{u"issue"_s, issueNumber}, {u"revision"_s, content.revision}, {u"digest"_s, content.digest}}, &error);
    if (effect == 0) {
        done(outcomeOf(snapshot, false, false, u"The journal refused the intent: %1"_s.arg(error)));
        return;
    }
    m_client.updateIssueBody(
        m_config.repository, issueNumber, body,
        [self = QPointer(this), effect, snapshot, issueNumber, pending,
         done](const github::Result<github::IssueItem> &issue) {
            if (!self) {
                return;
            }
            if (!issue.ok()) {
                self->m_journal->finishEffect(effect, EffectOutcome::Failed, {}, issue.error.toString());
                done(outcomeOf(
                    snapshot, false, false,
                    u"The tracking issue #%1 could not be updated: %2"_s.arg(issueNumber).arg(issue.error.message),
                    issue.error.hint));
                return;
            }
            self->m_journal->finishEffect(effect, EffectOutcome::Succeeded,
                                          {{u"html_url"_s, issue.value.htmlUrl.toString()}});
            self->postRevisions(snapshot, issueNumber, pending, [done](const ReviewOutcome &posted) {
                ReviewOutcome outcome = posted;
                outcome.changed = true;
                done(outcome);
            });
        });
}

void ReviewPublisher::postRevisions(const ReviewSnapshot &snapshot, int issueNumber,
                                    QList<TrackingIssueContent> pending, const OutcomeCallback &done)
{
    if (pending.isEmpty()) {
        done(outcomeOf(snapshot, true, false, u"The tracking issue shows what is under review"_s));
        return;
    }
    const TrackingIssueContent next = pending.takeFirst();
    QString error;
    const qint64 effect =
        m_journal->beginEffect(m_config.tag, QString::fromLatin1(Step), QString::fromLatin1(RevisionAction),
                               revisionKey(next), {{u"issue"_s, issueNumber}, {u"digest"_s, next.digest}}, &error);
    if (effect == 0) {
        done(outcomeOf(snapshot, false, false, u"The journal refused the intent: %1"_s.arg(error)));
        return;
    }
    m_client.createComment(
        m_config.repository, issueNumber, next.renderRevisionComment(),
        [self = QPointer(this), effect, snapshot, issueNumber, pending, next,
         done](const github::Result<github::IssueItem> &comment) {
            if (!self) {
                return;
            }
            if (!comment.ok()) {
                self->m_journal->finishEffect(effect, EffectOutcome::Failed, {}, comment.error.toString());
                done(outcomeOf(snapshot, false, false,
                               u"Revision %1 could not be posted on the tracking issue: %2"_s.arg(next.revision)
                                   .arg(comment.error.message),
                               comment.error.hint));
                return;
            }
            self->m_journal->finishEffect(
                effect, EffectOutcome::Succeeded,
                {{u"comment_id"_s, comment.value.id}, {u"html_url"_s, comment.value.htmlUrl.toString()}});
            self->postRevisions(snapshot, issueNumber, pending, [done](const ReviewOutcome &rest) {
                ReviewOutcome outcome = rest;
                outcome.changed = true;
                done(outcome);
            });
        });
}

} // namespace ra::review
