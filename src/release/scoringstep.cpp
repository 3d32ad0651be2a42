// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/scoringstep.h"

#include "scoring/tableformat.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace ra::release {

namespace {

using Store = scoring::PostgresVersionStore;

bool isOpen(const JournalEffect &effect)
{
    return effect.outcome == EffectOutcome::Pending || effect.outcome == EffectOutcome::Uncertain;
}

QString sqlTime(const std::optional<QDateTime> &time)
{
    return time ? u"CAST(%1 AS timestamp)"_s.arg(scoring::sqlQuote(scoring::formatTimestamp(*time))) : u"NULL"_s;
}

ScoringStatus made(ScoringStatus::State state, const QString &outcome = {}, const QString &message = {},
                   const QString &hint = {})
{
    ScoringStatus status;
    status.state = state;
    status.outcome = outcome;
    status.message = message;
    status.hint = hint;
    return status;
}

QString shownTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

QJsonObject ScoringStatus::toJson() const
{
    QJsonObject json{{u"state"_s, scoringStateKey(state)}, {u"message"_s, message}};
    if (!outcome.isEmpty()) {
        json.insert(u"outcome"_s, outcome);
    }
    if (!hint.isEmpty()) {
        json.insert(u"hint"_s, hint);
    }
    return json;
}

QString scoringStateKey(ScoringStatus::State state)
{
    switch (state) {
    case ScoringStatus::State::NothingToApply:
        return u"nothing-to-apply"_s;
    case ScoringStatus::State::ReadyToApply:
        return u"ready-to-apply"_s;
    case ScoringStatus::State::Scheduled:
        return u"scheduled"_s;
    case ScoringStatus::State::Uncertain:
        return u"uncertain"_s;
    case ScoringStatus::State::Applied:
        return u"applied"_s;
    case ScoringStatus::State::Conflict:
        return u"conflict"_s;
    case ScoringStatus::State::Failed:
        return u"failed"_s;
    }
    return {};
}

QString ScoringStep::defaultScheduleDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/scoring-schedule"_s;
}

QString ScoringStep::redactedConnection(const QString &connectionString)
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

ScoringStep::ScoringStep(Journal *journal, QString release, QString scheduleDirectory)
    : m_journal(journal)
    , m_release(std::move(release))
    , m_directory(std::move(scheduleDirectory))
{
}

bool ScoringStep::canRecord() const
{
    return m_journal != nullptr && !m_release.isEmpty();
}

QJsonObject ScoringStep::intentFor(const Request &request)
{
    QJsonObject intent{{u"connection"_s, redactedConnection(request.connectionString)},
                       {u"table"_s, request.tableName},
                       {u"changes"_s, request.changes.toJson()},
                       {u"expectedDigest"_s, QString::fromLatin1(request.expectedDigest)}};
    if (request.publishedAt.isValid()) {
        // Exact: a reconciling run compares the schedule listed from it with what it applied.
        intent.insert(u"publishedAt"_s, request.publishedAt.toUTC().toString(Qt::ISODateWithMs));
    }
    return intent;
}

std::optional<ScoringStep::Request> ScoringStep::requestFromIntent(const QJsonObject &intent, QString *error)
{
    QString why;
    std::optional<scoring::ReleaseChangeSet> changes =
        scoring::ReleaseChangeSet::fromJson(intent.value(u"changes"_s).toObject(), &why);
    Request request;
    request.connectionString = intent.value(u"connection"_s).toString();
    if (!changes || request.connectionString.isEmpty()) {
        if (error) {
            *error = changes ? tr("it names no database") : why;
        }
        return std::nullopt;
    }
    request.changes = *changes;
    request.tableName = intent.value(u"table"_s).toString(u"software_versions"_s);
    request.expectedDigest = intent.value(u"expectedDigest"_s).toString().toLatin1();
    request.publishedAt = QDateTime::fromString(intent.value(u"publishedAt"_s).toString(), Qt::ISODateWithMs);
    return request;
}

std::optional<JournalEffect> ScoringStep::openApply() const
{
    if (!canRecord()) {
        return std::nullopt;
    }
    auto last = m_journal->lastEffect(m_release, QString::fromLatin1(Action), m_release);
    return last && isOpen(*last) ? last : std::nullopt;
}

ScoringStatus ScoringStep::status(const std::optional<scoring::ReleaseChangeSet> &changes) const
{
    using State = ScoringStatus::State;
    const auto last = canRecord() ? m_journal->lastEffect(m_release, QString::fromLatin1(Action), m_release)
                                  : std::optional<JournalEffect>();
    if (last && isOpen(*last)) {
        return made(
            State::Uncertain, u"unknown"_s,
            last->error.isEmpty()
                ? tr("An apply of the scoring-table change of %1 started on %2 and its outcome was never recorded.")
                      .arg(m_release, shownTime(last->intendedAt))
                : last->error,
            tr("Read the table: a change already there is recorded as done and never written twice."));
    }
    if (last && last->outcome == EffectOutcome::Succeeded) {
        return made(State::Applied, last->result.value(u"outcome"_s).toString(),
                    tr("The scoring table lists %1 (since %2).").arg(m_release, shownTime(last->finishedAt)));
    }
    if (scheduled()) {
        return made(
            State::Scheduled, {},
            tr("The change of %1 is scheduled: the publish step applies it with the publication time.").arg(m_release),
            {});
    }
    if (last && last->outcome == EffectOutcome::Failed) {
        const bool conflict = last->result.value(u"outcome"_s).toString() == u"conflict"_s;
        return made(conflict ? State::Conflict : State::Failed, last->result.value(u"outcome"_s).toString(),
                    last->error,
                    conflict ? tr("Read the table again and review the change anew.")
                             : tr("Apply it again once the scoring database can be reached with the right password."));
    }
    if (changes && !changes->isEmpty()) {
        return made(State::ReadyToApply, {}, tr("The change set of %1 is ready to apply.").arg(m_release));
    }
    return made(State::NothingToApply);
}

StepPlan ScoringStep::plan(const Request &request) const
{
    StepPlan plan;
    plan.step = ReleaseStep::ScoringTable;
    const ScoringStatus current = status(request.changes);
    const QString target = redactedConnection(request.connectionString);
    const QString action = QString::fromLatin1(Action);
    const QString table = request.tableName;
    if (current.state == ScoringStatus::State::Applied) {
        plan.doneNote = current.message;
        return plan;
    }
    if (current.state == ScoringStatus::State::Uncertain) {
        plan.operations.append({PlannedOperation::Kind::Database,
                                tr("read %1 to settle the interrupted apply").arg(table), target,
                                QJsonObject{{u"statement"_s, u"SELECT software, name, released_on, replaced_on, "
                                                             u"prerelease FROM %1"_s.arg(table)}},
                                action, m_release});
        plan.blockers.append(current.message);
        return plan;
    }
    if (request.changes.isEmpty()) {
        plan.doneNote = tr("%1 is listed as asked; there is nothing to change.").arg(m_release);
        return plan;
    }
    plan.operations.append(
        {PlannedOperation::Kind::Database,
         tr("begin one transaction, lock %1 against writers and check it is the table reviewed").arg(table), target,
         QJsonObject{{u"statement"_s, u"BEGIN; LOCK TABLE %1 IN SHARE ROW EXCLUSIVE MODE"_s.arg(table)},
                     {u"expectedDigest"_s, QString::fromLatin1(request.expectedDigest)}},
         action, m_release});
    for (const scoring::Retirement &retirement : request.changes.retirements()) {
        const QString statement =
            u"UPDATE %1 SET replaced_on = %2 WHERE software = %3 AND name = %4 AND replaced_on IS NOT DISTINCT FROM %5"_s
                .arg(table, sqlTime(retirement.after), scoring::sqlQuote(retirement.software),
                     scoring::sqlQuote(retirement.name), sqlTime(retirement.before));
        plan.operations.append(
            {PlannedOperation::Kind::Database,
             tr("retire %1 %2: replaced_on %3")
                 .arg(retirement.software, retirement.name, scoring::formatTimestamp(retirement.after)),
             target,
             QJsonObject{{u"statement"_s, statement},
                         {u"software"_s, retirement.software},
                         {u"name"_s, retirement.name},
                         {u"replaced_on"_s, scoring::formatTimestamp(retirement.after)}},
             action, m_release});
    }
    if (const std::optional<scoring::SoftwareVersion> &row = request.changes.insertion()) {
        const QString statement =
            u"INSERT INTO %1 (software, name, released_on, replaced_on, prerelease) VALUES (%2, %3, %4, %5, %6)"_s.arg(
                table, scoring::sqlQuote(row->software), scoring::sqlQuote(row->name), sqlTime(row->releasedOn),
                sqlTime(row->replacedOn), row->prerelease ? u"true"_s : u"false"_s);
        plan.operations.append({PlannedOperation::Kind::Database,
                                tr("insert %1 %2 released_on %3%4")
                                    .arg(row->software, row->name, scoring::formatTimestamp(row->releasedOn),
                                         row->prerelease ? tr(" (pre-release)") : QString()),
                                target, QJsonObject{{u"statement"_s, statement}, {u"row"_s, scoring::rowToJson(*row)}},
                                action, m_release});
    }
    plan.operations.append({PlannedOperation::Kind::Database, tr("commit: all of the change set or nothing"), target,
                            QJsonObject{{u"statement"_s, u"COMMIT"_s}}, action, m_release});
    return plan;
}

std::optional<scoring::TableSnapshot> ScoringStep::read(const QString &connectionString, const QString &tableName,
                                                        const PasswordProvider &password, QString *error)
{
    Store store(connectionString, password, tableName);
    return store.read(error);
}

ScoringStatus ScoringStep::reconcile(const QList<scoring::SoftwareVersion> &rows) const
{
    const std::optional<JournalEffect> open = openApply();
    if (!open) {
        const ScoringStatus current = status();
        if (canRecord() && current.state == ScoringStatus::State::Applied &&
            m_journal->stepState(m_release, ReleaseStep::ScoringTable) != StepState::Done) {
            // Killed between the result and the step's state: the result is the step's proof.
            recordStep(StepState::Done, tr("Listed in the scoring table."));
        }
        return current;
    }
    QString why;
    const std::optional<Request> earlier = requestFromIntent(open->intent, &why);
    if (!earlier) {
        return made(ScoringStatus::State::Uncertain, u"unknown"_s,
                    tr("An apply of the scoring-table change of %1 started on %2 and its record cannot be read: %3")
                        .arg(m_release, shownTime(open->intendedAt), why),
                    tr("Check the table by hand, then apply the change again; it is never written twice."));
    }
    ScoringStatus settled;
    EffectOutcome outcome = EffectOutcome::Failed;
    switch (earlier->changes.stateIn(rows, &why)) {
    case scoring::ReleaseChangeSet::State::Applied:
        outcome = EffectOutcome::Succeeded;
        settled = made(
            ScoringStatus::State::Applied, u"already-applied"_s,
            tr("The scoring table holds the change of %1: the interrupted apply went through.").arg(m_release), {});
        break;
    case scoring::ReleaseChangeSet::State::NotApplied:
        settled = made(ScoringStatus::State::Failed, u"failed"_s,
                       tr("The interrupted apply of the change of %1 did not reach the table: nothing was written.")
                           .arg(m_release),
                       tr("Apply the change again."));
        break;
    case scoring::ReleaseChangeSet::State::Conflict:
        settled = made(ScoringStatus::State::Conflict, u"conflict"_s,
                       tr("The table holds something else than the interrupted apply of %1 would have written: %2")
                           .arg(m_release, why),
                       tr("Read the table again and review the change anew."));
        break;
    }
    m_journal->finishEffect(open->id, outcome,
                            {{u"outcome"_s, settled.outcome}, {u"message"_s, settled.message}, {u"reconciled"_s, true}},
                            outcome == EffectOutcome::Succeeded ? QString() : settled.message);
    recordStep(outcome == EffectOutcome::Succeeded ? StepState::Done : StepState::NeedsAttention, settled.message);
    return settled;
}

ScoringStep::Started ScoringStep::begin(const Request &request) const
{
    Started started;
    started.request = request;
    if (const auto open = openApply()) {
        started.status = status();
        return started;
    }
    if (request.changes.isEmpty()) {
        started.status = made(ScoringStatus::State::NothingToApply, {},
                              tr("%1 is listed as asked; there is nothing to change.").arg(m_release));
        return started;
    }
    if (m_journal) {
        QString error;
        started.effect = m_journal->beginEffect(m_release, stepKey(ReleaseStep::ScoringTable),
                                                QString::fromLatin1(Action), m_release, intentFor(request), &error);
        if (started.effect == 0) {
            started.status =
                made(ScoringStatus::State::Failed, {},
                     tr("The release journal refused the record, so the scoring-table change of %1 was not "
                        "applied: %2")
                         .arg(m_release, error),
                     tr("Check the journal, then apply it again."));
            return started;
        }
    }
    started.refused = false;
    started.status = made(ScoringStatus::State::ReadyToApply);
    recordStep(StepState::InProgress,
               request.publishedAt.isValid()
                   ? tr("Applying the scoring-table change scheduled for the publication of %1").arg(m_release)
                   : tr("Applying the scoring-table change of %1").arg(m_release));
    return started;
}

ScoringStep::ApplyResult ScoringStep::apply(const Started &started, const PasswordProvider &password)
{
    if (started.refused) {
        return {Store::Outcome::Failed, started.status.message, false};
    }
    const Request &request = started.request;
    Store store(request.connectionString, password, request.tableName);
    QString error;
    if (!store.open(&error)) {
        return {Store::Outcome::Failed, error, false}; // nothing was sent
    }
    const Store::ApplyResult result = store.apply(request.changes, request.expectedDigest);
    if (result.outcome != Store::Outcome::Failed) {
        return {result.outcome, result.message, false};
    }
    // The transaction was under way: a connection lost on its COMMIT may have committed it. The table tells.
    const std::optional<scoring::TableSnapshot> snapshot =
        read(request.connectionString, request.tableName, password, &error);
    if (!snapshot) {
        return {Store::Outcome::Failed,
                tr("The connection to the scoring database failed during the change, and the table could not be "
                   "read again to tell whether it went through (%1). The database said: %2")
                    .arg(error, result.message),
                true};
    }
    if (request.changes.stateIn(snapshot->rows) == scoring::ReleaseChangeSet::State::Applied) {
        return {Store::Outcome::Applied,
                tr("The change set was applied (the database's answer was lost; the table read again holds it)."),
                false};
    }
    return {result.outcome, result.message, false};
}

ScoringStatus ScoringStep::finish(const Started &started, const ApplyResult &result, const QString &note) const
{
    if (started.refused) {
        return started.status;
    }
    const bool applied = result.outcome == Store::Outcome::Applied || result.outcome == Store::Outcome::AlreadyApplied;
    ScoringStatus status = made(ScoringStatus::State::Applied,
                                result.uncertain ? u"unknown"_s : outcomeName(result.outcome), result.message);
    EffectOutcome recorded = EffectOutcome::Succeeded;
    if (!applied) {
        recorded = result.uncertain ? EffectOutcome::Uncertain : EffectOutcome::Failed;
        if (result.uncertain) {
            status.state = ScoringStatus::State::Uncertain;
            status.hint = tr("Read the table again (step 3, or run the same command again): a change already there is "
                             "recorded as done and never written twice.");
        } else if (result.outcome == Store::Outcome::Conflict) {
            status.state = ScoringStatus::State::Conflict;
            status.hint = tr("Read the table again and review the change anew.");
        } else {
            status.state = ScoringStatus::State::Failed;
            status.hint = tr("Nothing was written: apply it again once the scoring database can be reached with the "
                             "right password.");
        }
    }
    if (m_journal && started.effect != 0) {
        QString error;
        if (!m_journal->finishEffect(started.effect, recorded,
                                     {{u"outcome"_s, status.outcome},
                                      {u"message"_s, result.message},
                                      {u"reconciled"_s, started.reconciling}},
                                     applied ? QString() : result.message, &error)) {
            // The intent stays open: the next run reads the table and settles it.
            status.journalProblem = tr("The journal could not record the result: %1").arg(error);
            status.message += u' ' + status.journalProblem;
        }
    }
    if (applied && !started.request.publishedAt.isValid()) {
        // Listed now: a change still scheduled for the publication would move released_on afterwards.
        scoring::ScheduledApplyQueue(m_directory).cancel(m_release);
    }
    const QString stepNote = !note.isEmpty() ? note : applied ? tr("Listed in the scoring table.") : status.message;
    recordStep(applied ? StepState::Done : StepState::NeedsAttention, stepNote);
    return status;
}

ScoringStatus ScoringStep::execute(const Request &request, const PasswordProvider &password) const
{
    if (const std::optional<JournalEffect> open = openApply()) {
        const std::optional<Request> earlier = requestFromIntent(open->intent, nullptr);
        const Request &where = earlier ? *earlier : request;
        QString error;
        const auto snapshot = read(where.connectionString, where.tableName, password, &error);
        if (!snapshot) {
            ScoringStatus unknown = status();
            unknown.message +=
                u' ' + tr("The table could not be read to settle it: %1 Nothing was written.").arg(error);
            return unknown;
        }
        const ScoringStatus settled = reconcile(snapshot->rows);
        if (settled.state == ScoringStatus::State::Uncertain || request.changes.isEmpty() ||
            request.changes.stateIn(snapshot->rows) == scoring::ReleaseChangeSet::State::Applied) {
            return settled;
        }
    }
    const Started started = begin(request);
    if (started.refused) {
        return started.status;
    }
    return finish(started, apply(started, password));
}

bool ScoringStep::schedule(const Request &request, QString *error) const
{
    if (request.changes.isEmpty()) {
        *error = tr("%1 is listed as asked; there is nothing to schedule.").arg(m_release);
        return false;
    }
    if (request.connectionString.isEmpty()) {
        *error = tr("No scoring database is named: the publish step would not know where to apply the change.");
        return false;
    }
    scoring::ScheduledApply apply;
    apply.release = m_release;
    apply.connectionString = request.connectionString;
    apply.changes = request.changes;
    apply.expectedDigest = request.expectedDigest;
    if (!scoring::ScheduledApplyQueue(m_directory).schedule(apply, error)) {
        return false;
    }
    recordStep(StepState::InProgress, tr("Scheduled for the publish step."));
    return true;
}

bool ScoringStep::unschedule() const
{
    if (!scoring::ScheduledApplyQueue(m_directory).cancel(m_release)) {
        return false;
    }
    recordStep(StepState::InProgress, tr("The change scheduled for the publication was cancelled."));
    return true;
}

std::optional<scoring::ScheduledApply> ScoringStep::scheduled(QString *error) const
{
    return scoring::ScheduledApplyQueue(m_directory).pending(m_release, error);
}

bool ScoringStep::recordListedInFile(const QString &path) const
{
    if (!canRecord() || !m_journal->hasRelease(m_release)) {
        return false;
    }
    recordStep(StepState::Done, tr("Listed in %1.").arg(path));
    return true;
}

void ScoringStep::recordStep(StepState state, const QString &note) const
{
    if (canRecord()) {
        m_journal->setStepState(m_release, ReleaseStep::ScoringTable, state, note);
    }
}

} // namespace ra::release
