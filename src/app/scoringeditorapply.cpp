// SPDX-License-Identifier: GPL-3.0-or-later
// The editor's change set applied to the rows and the file, or to the live table through release::ScoringStep
// (journaled, on a worker), scheduled for the publication, and an apply left open settled from the rows read.
#include "app/releasesession.h"
#include "app/scoringeditor.h"
#include "app/scoringeditor_p.h"
#include "journal/journal.h"
#include "scoring/tablevalidator.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace ra::scoring;

namespace ra {

QString ScoringEditor::applyState() const
{
    QString why;
    const std::optional<release::ScoringStep> step = scoringStep(&why);
    return step ? release::scoringStateKey(step->status(d->plan->changeSet()).state) : QString();
}

QStringList ScoringEditor::plannedStatements() const
{
    QStringList statements;
    if (d->source != Database || !d->plan->changeSet()) {
        return statements;
    }
    QString why;
    const std::optional<release::ScoringStep> step = scoringStep(&why);
    const release::StepPlan planned =
        (step ? *step : release::ScoringStep(nullptr, d->plan->release().trimmed(), d->scheduleDirectory))
            .plan(changeRequest());
    for (const release::PlannedOperation &operation : planned.operations) {
        statements.append(operation.payload.value(u"statement"_s).toString());
    }
    return statements;
}

void ScoringEditor::apply()
{
    if (!canApply()) {
        return;
    }
    if (d->source != Database) {
        applyToRows();
        return;
    }
    QString why;
    const std::optional<release::ScoringStep> step = scoringStep(&why);
    if (!step) {
        setMessages({}, why);
        return;
    }
    setMessages(tr("Applying the change set in one transaction…"), {});
    const Journal *journal = this->journal();
    d->database->execute(
        journal ? journal->databasePath() : QString(), d->plan->release().trimmed(), changeRequest(),
        d->scheduleDirectory, [this](const ScoringDatabase::ExecuteResult &result) {
            using State = release::ScoringStatus::State;
            const release::ScoringStatus &status = result.status;
            if (status.state == State::Applied && result.snapshot) {
                showSnapshot(*result.snapshot);
            }
            switch (status.state) {
            case State::Applied:
                setMessages(status.outcome == u"applied"_s
                                ? tr("Applied: the scoring database now lists %1.").arg(d->plan->release())
                                : status.message,
                            result.error);
                Q_EMIT applied();
                break;
            case State::Uncertain:
                setMessages({}, tr("Not known whether it was applied: %1 %2").arg(status.message, status.hint));
                break;
            default:
                setMessages({}, tr("Not applied: %1").arg(status.message));
                break;
            }
            reloadSteps();
            // Applied now, a change scheduled for the publication is dropped.
            updateScheduled();
        });
}

void ScoringEditor::applyToRows()
{
    VersionTable table = d->table->table();
    const int errorsBefore = d->table->errorCount();
    QString why;
    if (!d->plan->changeSet()->applyTo(table, &why)) {
        setMessages({}, tr("Not applied: %1").arg(why));
        return;
    }
    const QList<ValidationIssue> issues = TableValidator::validate(table);
    const auto errorsAfter = std::count_if(issues.begin(), issues.end(), [](const ValidationIssue &issue) {
        return issue.severity == ValidationIssue::Severity::Error;
    });
    if (errorsAfter > errorsBefore) {
        setMessages({}, tr("Not applied: the change would make the table invalid (%1). Fix the rows first.")
                            .arg(issues.first().message));
        return;
    }
    const QString release = d->plan->release();
    d->table->replaceRows(table.rows(), tr("List %1 %2").arg(d->plan->software(), release));
    if (d->source == File) {
        if (save()) {
            setMessages(tr("Listed %1 and wrote %2.").arg(release, d->tablePath), {});
            QString notRecorded;
            if (const auto step = scoringStep(&notRecorded); step && step->recordListedInFile(d->tablePath)) {
                reloadSteps();
            }
            Q_EMIT applied();
        }
        return;
    }
    setMessages(
        tr("Listed %1 in the sample rows. They are not stored anywhere: use “Save as…” to write them to a file.")
            .arg(release),
        {});
}

bool ScoringEditor::schedule()
{
    if (!canSchedule()) {
        return false;
    }
    QString why;
    const std::optional<release::ScoringStep> step = scoringStep(&why);
    if (!step || !step->schedule(changeRequest(), &why)) {
        setMessages({}, why);
        return false;
    }
    reloadSteps();
    updateScheduled();
    setMessages(tr("Scheduled: the change set will be applied to the scoring database when %1 is published.")
                    .arg(d->plan->release()),
                {});
    return true;
}

bool ScoringEditor::cancelSchedule()
{
    QString why;
    const std::optional<release::ScoringStep> step = scoringStep(&why);
    const bool removed =
        step ? step->unschedule()
             : release::ScoringStep(nullptr, d->plan->release().trimmed(), d->scheduleDirectory).unschedule();
    reloadSteps();
    updateScheduled();
    if (removed) {
        setMessages(tr("The scheduled change for %1 is cancelled.").arg(d->plan->release()), {});
    }
    return removed;
}

std::optional<release::ScoringStep> ScoringEditor::scoringStep(QString *error) const
{
    const QString release = d->plan->release().trimmed();
    Journal *journal = this->journal();
    if (journal && (release.isEmpty() || !journal->hasRelease(release))) {
        // What step 3 does to the table is recorded under the release: a version typed here is not one yet.
        *error = tr("Pick or start %1 in the tool bar first: step 3 records its change in the release's journal.")
                     .arg(release.isEmpty() ? tr("the release") : release);
        return std::nullopt;
    }
    return release::ScoringStep(journal, release, d->scheduleDirectory);
}

release::ScoringStep::Request ScoringEditor::changeRequest() const
{
    release::ScoringStep::Request request;
    request.connectionString = d->connectionString;
    request.tableName = d->target.table;
    request.changes = *d->plan->changeSet();
    request.expectedDigest = d->digest;
    return request;
}

void ScoringEditor::settleOpenApply(const QList<SoftwareVersion> &rows)
{
    QString why;
    const std::optional<release::ScoringStep> step = scoringStep(&why);
    if (step && step->openApply()) {
        const release::ScoringStatus settled = step->reconcile(rows);
        setMessages(settled.message, {});
        reloadSteps();
    }
    Q_EMIT stateChanged();
}

void ScoringEditor::reloadSteps() const
{
    if (ReleaseSession *current = session()) {
        current->reloadStepStates();
    }
}

} // namespace ra
