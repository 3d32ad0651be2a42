// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/steppolicy.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace ra::release {

namespace {

/// The latest attempt of each (action, key): a retry that succeeded settles an earlier failure.
QList<JournalEffect> latestAttempts(const QList<JournalEffect> &effects)
{
    QHash<QString, qsizetype> index;
    QList<JournalEffect> latest;
    for (const JournalEffect &effect : effects) {
        const QString id = effect.action + u'\x1f' + effect.key;
        if (const auto it = index.constFind(id); it != index.constEnd()) {
            latest[*it] = effect;
        } else {
            index.insert(id, latest.size());
            latest.append(effect);
        }
    }
    return latest;
}

/// The proof a step leaves in the journal when it is done, where it leaves one.
void addCompletionEvidence(StepFacts &facts, const Journal &journal, const QString &tag)
{
    const auto succeeded = [&facts](const QString &action) {
        for (auto it = facts.effects.crbegin(); it != facts.effects.crend(); ++it) {
            if (it->action == action && it->outcome == EffectOutcome::Succeeded) {
                return true;
            }
        }
        return false;
    };
    switch (facts.step) {
    case ReleaseStep::Staging:
        if (const QJsonValue signOff = journal.value(tag, u"staging.signoff"_s); !signOff.isUndefined()) {
            facts.complete = true;
            facts.completeNote = u"signed off"_s;
        }
        break;
    case ReleaseStep::Tag:
        if (const auto push = journal.lastEffect(tag, u"push-tag"_s, tag);
            push && push->outcome == EffectOutcome::Succeeded) {
            facts.complete = true;
            facts.completeNote = u"%1 pushed on %2"_s.arg(tag, push->intent.value(u"commit"_s).toString().left(10));
        }
        break;
    case ReleaseStep::ReviewPublish:
        if (succeeded(u"publish-release"_s)) {
            facts.complete = true;
            facts.completeNote = u"published"_s;
        }
        break;
    case ReleaseStep::ScoringTable:
        if (succeeded(u"apply-scoring"_s)) {
            facts.complete = true;
            facts.completeNote = u"applied to the scoring database"_s;
        }
        break;
    case ReleaseStep::Notes:
    case ReleaseStep::Packages:
    case ReleaseStep::Announce:
        break;
    }
}

} // namespace

StepVerdict StepPolicy::evaluate(const StepFacts &facts)
{
    StepVerdict verdict;
    for (const JournalEffect &effect : latestAttempts(facts.effects)) {
        if (effect.outcome == EffectOutcome::Pending || effect.outcome == EffectOutcome::Uncertain) {
            verdict.unresolved.append(effect);
        } else if (effect.outcome == EffectOutcome::Failed) {
            verdict.failed.append(effect);
        }
    }
    if (!verdict.unresolved.isEmpty()) {
        const JournalEffect &first = verdict.unresolved.constFirst();
        verdict.state = StepState::NeedsAttention;
        verdict.reason =
            verdict.unresolved.size() == 1
                ? u"%1 %2 may or may not have happened: reconcile it with the remote first"_s.arg(first.action,
                                                                                                  first.key)
                : u"%1 side effects may or may not have happened (first: %2 %3): reconcile them first"_s.arg(
                      QString::number(verdict.unresolved.size()), first.action, first.key);
        return verdict;
    }
    if (facts.complete) {
        verdict.state = StepState::Done;
        verdict.reason = facts.completeNote;
        return verdict;
    }
    if (facts.recordedState == StepState::Done) {
        verdict.state = StepState::Done;
        verdict.reason = facts.recordedNote;
        return verdict;
    }
    if (!verdict.failed.isEmpty()) {
        const JournalEffect &last = verdict.failed.constLast();
        verdict.state = StepState::NeedsAttention;
        verdict.reason = u"%1 %2 failed: %3"_s.arg(last.action, last.key, last.error);
        return verdict;
    }
    if (facts.recordedState == StepState::NeedsAttention) {
        verdict.state = StepState::NeedsAttention;
        verdict.reason =
            facts.recordedNote.isEmpty() ? u"the step reported a problem: open it to see what"_s : facts.recordedNote;
        return verdict;
    }
    if (!facts.effects.isEmpty() || facts.recordedState == StepState::InProgress) {
        verdict.state = StepState::InProgress;
        verdict.reason = facts.recordedNote;
        return verdict;
    }
    return verdict;
}

StepFacts StepPolicy::factsFrom(const Journal &journal, const QString &release, ReleaseStep step)
{
    StepFacts facts;
    facts.step = step;
    facts.effects = journal.effects(release, stepKey(step));
    facts.recordedState = journal.stepState(release, step);
    facts.recordedNote = journal.stepNote(release, step);
    return facts;
}

StepVerdict StepPolicy::verdict(const Journal &journal, const QString &release, ReleaseStep step)
{
    StepFacts facts = factsFrom(journal, release, step);
    addCompletionEvidence(facts, journal, release);
    return evaluate(facts);
}

} // namespace ra::release
