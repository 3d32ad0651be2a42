// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/scheduledscoring.h"

#include "scoring/scheduledapply.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace ra::release {

namespace {

using Store = scoring::PostgresVersionStore;

/// Exact, for the intent: a reconciling run compares the schedule listed from it with what it applied.
QString utcText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

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
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/scoring-schedule"_s;
}

QString ScheduledScoring::redactedConnection(const QString &connectionString)
{
    // The store refuses a password in the string; the journal must not keep one even from a string it refused.
    static const QRegularExpression keyValue(uR"((?:^|\s+)password\s*=\s*(?:'(?:[^'\\]|\\.)*'?|\S*))"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression uriPassword(uR"((://[^/@\s:]*):[^/@\s]*@)"_s);
    QString text = connectionString;
    text.remove(keyValue);
    text.replace(uriPassword, u"\\1@"_s);
    return text.trimmed();
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
    if (m_journal) {
        const auto last = m_journal->lastEffect(m_release, QString::fromLatin1(Action), m_release);
        if (last && (last->outcome == EffectOutcome::Pending || last->outcome == EffectOutcome::Uncertain)) {
            return fromUnfinished(*last);
        }
    }
    return fromSchedule(publishedAt);
}

ScheduledScoring::Started ScheduledScoring::fromUnfinished(const JournalEffect &effect) const
{
    QString error;
    const std::optional<scoring::ReleaseChangeSet> changes =
        scoring::ReleaseChangeSet::fromJson(effect.intent.value(u"changes"_s).toObject(), &error);
    const QString connection = effect.intent.value(u"connection"_s).toString();
    if (!changes || connection.isEmpty()) {
        return refuse(tr("An apply of the scoring-table change for %1 started on %2 and its outcome was never "
                         "recorded, and its record cannot be read: %3")
                          .arg(m_release, shownTime(effect.intendedAt), error),
                      tr("Open step 3 and read the table to see whether it lists %1.").arg(m_release));
    }
    Started started;
    started.refused = false;
    started.outcome.ran = true;
    started.effect = effect.id;
    started.reconciling = true;
    started.connectionString = connection;
    started.changes = *changes;
    started.expectedDigest = effect.intent.value(u"expectedDigest"_s).toString().toLatin1();
    started.publishedAt = QDateTime::fromString(effect.intent.value(u"publishedAt"_s).toString(), Qt::ISODateWithMs);
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
    Started started;
    started.connectionString = pending->connectionString;
    started.changes = pending->changes.releasedAt(publishedAt);
    started.expectedDigest = pending->expectedDigest;
    started.publishedAt = publishedAt;
    const QJsonObject intent{{u"connection"_s, redactedConnection(started.connectionString)},
                             {u"changes"_s, started.changes.toJson()},
                             {u"expectedDigest"_s, QString::fromLatin1(started.expectedDigest)},
                             {u"publishedAt"_s, utcText(publishedAt)}};
    started.effect = m_journal->beginEffect(m_release, stepKey(ReleaseStep::ScoringTable), QString::fromLatin1(Action),
                                            m_release, intent, &error);
    if (started.effect == 0) {
        return refuse(tr("The release journal refused the record, so the scoring-table change scheduled for %1 was "
                         "not applied: %2")
                          .arg(m_release, error),
                      tr("Check the journal, then run it again; the schedule is kept."));
    }
    started.refused = false;
    started.outcome.ran = true;
    recordStep(StepState::InProgress,
               tr("Applying the scoring-table change scheduled for the publication of %1").arg(m_release));
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
        return {Store::Outcome::Failed, started.outcome.message};
    }
    Store store(started.connectionString, password);
    return store.apply(started.changes, started.expectedDigest);
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
    const QString when = started.publishedAt.isValid() ? shownTime(started.publishedAt) : tr("its publication");
    Outcome outcome{true, applied, {}, {}};
    if (result.outcome == Store::Outcome::Applied) {
        outcome.message = tr("The scoring table lists %1 from its publication time, %2.").arg(m_release, when);
    } else if (result.outcome == Store::Outcome::AlreadyApplied) {
        outcome.message =
            started.reconciling
                ? tr("The scoring table already lists %1 from %2: the interrupted apply went through.")
                      .arg(m_release, when)
                : tr("The scoring table already lists %1 from %2; nothing was written.").arg(m_release, when);
    } else {
        outcome.message =
            tr("The scoring-table change scheduled for %1 was not applied: %2").arg(m_release, result.message);
        outcome.hint = result.outcome == Store::Outcome::Conflict
                           ? tr("The table changed since the change was reviewed. Open step 3, read the table again "
                                "and review the change anew; the schedule is kept.")
                           : tr("The schedule is kept: run it again once the scoring database can be reached with the "
                                "right password.");
    }
    if (m_journal) {
        QString error;
        if (!m_journal->finishEffect(started.effect, applied ? EffectOutcome::Succeeded : EffectOutcome::Failed,
                                     {{u"outcome"_s, scoring::outcomeName(result.outcome)},
                                      {u"message"_s, result.message},
                                      {u"reconciled"_s, started.reconciling}},
                                     applied ? QString() : result.message, &error)) {
            // The intent stays open: the next run finds the table holding the change and settles it.
            outcome.message += u' ' + tr("The journal could not record the result: %1").arg(error);
        }
    }
    if (applied) {
        forgetScheduleHolding(started);
    }
    recordStep(applied ? StepState::Done : StepState::NeedsAttention, outcome.message);
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
    if (pending && pending->changes.releasedAt(started.publishedAt) == started.changes) {
        queue.cancel(m_release);
    }
}

void ScheduledScoring::recordStep(StepState state, const QString &note) const
{
    if (m_journal && !m_release.isEmpty()) {
        m_journal->setStepState(m_release, ReleaseStep::ScoringTable, state, note);
    }
}

} // namespace ra::release
