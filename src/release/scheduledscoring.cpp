// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/scheduledscoring.h"

#include "scoring/scheduledapply.h"

#include <QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace ra::release {

namespace {

using Store = scoring::PostgresVersionStore;

/// For people: GitHub's times are whole seconds.
QString shownTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace

QJsonObject ScheduledScoring::Outcome::toJson() const
{
    return {{u"ran"_s, ran}, {u"succeeded"_s, succeeded}, {u"message"_s, message}};
}

QString ScheduledScoring::defaultScheduleDirectory()
{
    return ScoringStep::defaultScheduleDirectory();
}

QString ScheduledScoring::redactedConnection(const QString &connectionString)
{
    return ScoringStep::redactedConnection(connectionString);
}

ScheduledScoring::ScheduledScoring(Journal *journal, QString release, QString scheduleDirectory)
    : m_journal(journal)
    , m_release(std::move(release))
    , m_directory(std::move(scheduleDirectory))
{
}

ScheduledScoring::Started ScheduledScoring::begin(const QDateTime &publishedAt) const
{
    if (m_journal && publishedAt.isValid()) {
        m_journal->setValue(m_release, QString::fromLatin1(PublishedAtValue),
                            publishedAt.toUTC().toString(Qt::ISODate));
    }
    if (const std::optional<JournalEffect> open = step().openApply()) {
        return fromUnfinished(*open);
    }
    return fromSchedule(publishedAt);
}

ScheduledScoring::Started ScheduledScoring::fromUnfinished(const JournalEffect &effect) const
{
    QString error;
    const std::optional<ScoringStep::Request> request = ScoringStep::requestFromIntent(effect.intent, &error);
    if (!request) {
        return refuse(tr("An apply of the scoring-table change for %1 started on %2 and its outcome was never "
                         "recorded, and its record cannot be read: %3")
                          .arg(m_release, shownTime(effect.intendedAt), error),
                      tr("Open step 3 and read the table to see whether it lists %1.").arg(m_release));
    }
    // Applied again from its intent: the store finds a change already there and writes nothing.
    Started started;
    started.refused = false;
    started.outcome.ran = true;
    started.effect = effect.id;
    started.reconciling = true;
    started.step.refused = false;
    started.step.effect = effect.id;
    started.step.reconciling = true;
    started.step.request = *request;
    recordStep(StepState::InProgress,
               tr("Checking whether the interrupted apply of the change for %1 went through").arg(m_release));
    return started;
}

ScheduledScoring::Started ScheduledScoring::fromSchedule(const QDateTime &publishedAt) const
{
    QString error;
    const std::optional<scoring::ScheduledApply> pending =
        scoring::ScheduledApplyQueue(m_directory).pending(m_release, &error);
    if (!pending) {
        if (error.isEmpty()) {
            return {};
        }
        return refuse(tr("The scoring-table change scheduled for %1 cannot be read: %2").arg(m_release, error),
                      tr("Open step 3, review the change again and schedule or apply it there."));
    }
    if (!m_journal) {
        return refuse(tr("The release journal is not open, so the scoring-table change scheduled for %1 was not "
                         "applied (it could not be recorded).")
                          .arg(m_release),
                      tr("Check the journal, then run it again; the schedule is kept."));
    }
    if (!publishedAt.isValid()) {
        return refuse(tr("The publication time of %1 is not known, so the scheduled scoring-table change was not "
                         "applied (released_on would be a guess).")
                          .arg(m_release),
                      tr("Run it again once GitHub shows the release as published; the schedule is kept."));
    }
    ScoringStep::Request request;
    request.connectionString = pending->connectionString;
    request.changes = pending->changes.releasedAt(publishedAt);
    request.expectedDigest = pending->expectedDigest;
    request.publishedAt = publishedAt;
    Started started;
    started.step = step().begin(request);
    if (started.step.refused) {
        return refuse(tr("The scoring-table change scheduled for %1 was not applied: %2")
                          .arg(m_release, started.step.status.message),
                      tr("Check the journal, then run it again; the schedule is kept."));
    }
    started.refused = false;
    started.outcome.ran = true;
    started.effect = started.step.effect;
    return started;
}

ScheduledScoring::Started ScheduledScoring::refuse(const QString &message, const QString &hint) const
{
    Started started;
    started.outcome = {true, false, message, hint};
    recordStep(StepState::NeedsAttention, message);
    return started;
}

ScheduledScoring::ApplyResult ScheduledScoring::apply(const Started &started, const PasswordProvider &password)
{
    if (started.refused) {
        return {Store::Outcome::Failed, started.outcome.message, false};
    }
    return ScoringStep::apply(started.step, password);
}

QFuture<ScheduledScoring::ApplyResult> ScheduledScoring::applyAsync(const Started &started,
                                                                    const PasswordProvider &password)
{
    // Each run makes its own connection on the worker's thread, as QSqlDatabase requires.
    return QtConcurrent::run([started, password] { return apply(started, password); });
}

ScheduledScoring::Outcome ScheduledScoring::finish(const Started &started, const ApplyResult &result) const
{
    if (started.refused) {
        return started.outcome;
    }
    const bool applied = result.outcome == Store::Outcome::Applied || result.outcome == Store::Outcome::AlreadyApplied;
    const QDateTime publishedAt = started.step.request.publishedAt;
    const QString when = publishedAt.isValid() ? shownTime(publishedAt) : tr("its publication");
    Outcome outcome{true, applied, {}, {}};
    if (result.outcome == Store::Outcome::Applied) {
        outcome.message = tr("The scoring table lists %1 from its publication time, %2.").arg(m_release, when);
    } else if (result.outcome == Store::Outcome::AlreadyApplied) {
        outcome.message =
            started.reconciling
                ? tr("The scoring table already lists %1 from %2: the interrupted apply went through.")
                      .arg(m_release, when)
                : tr("The scoring table already lists %1 from %2; nothing was written.").arg(m_release, when);
    } else if (result.uncertain) {
        outcome.message = tr("Whether the scoring-table change scheduled for %1 reached the table is not known: %2")
                              .arg(m_release, result.message);
        outcome.hint = tr("Run it again once the scoring database answers: it reads the table first and never writes "
                          "the change twice.");
    } else {
        outcome.message =
            tr("The scoring-table change scheduled for %1 was not applied: %2").arg(m_release, result.message);
        outcome.hint = result.outcome == Store::Outcome::Conflict
                           ? tr("The table changed since the change was reviewed. Open step 3, read the table again "
                                "and review the change anew; the schedule is kept.")
                           : tr("The schedule is kept: run it again once the scoring database can be reached with the "
                                "right password.");
    }
    const ScoringStatus recorded = step().finish(started.step, result, outcome.message);
    if (!recorded.journalProblem.isEmpty()) {
        outcome.message += u' ' + recorded.journalProblem;
    }
    if (applied) {
        forgetScheduleHolding(started);
    }
    return outcome;
}

ScheduledScoring::Outcome ScheduledScoring::run(const QDateTime &publishedAt, const PasswordProvider &password) const
{
    const Started started = begin(publishedAt);
    if (started.refused) {
        return started.outcome;
    }
    return finish(started, apply(started, password));
}

void ScheduledScoring::forgetScheduleHolding(const Started &started) const
{
    // A schedule made anew while this apply ran (or after the interrupted one) is another change: it stays.
    scoring::ScheduledApplyQueue queue(m_directory);
    const std::optional<scoring::ScheduledApply> pending = queue.pending(m_release);
    if (pending && pending->changes.releasedAt(started.step.request.publishedAt) == started.step.request.changes) {
        queue.cancel(m_release);
    }
}

ScoringStep ScheduledScoring::step() const
{
    return ScoringStep(m_journal, m_release, m_directory);
}

void ScheduledScoring::recordStep(StepState state, const QString &note) const
{
    if (m_journal && !m_release.isEmpty()) {
        m_journal->setStepState(m_release, ReleaseStep::ScoringTable, state, note);
    }
}

} // namespace ra::release
