// SPDX-License-Identifier: GPL-3.0-or-later
#include "packages/journaleffectlog.h"

#include "journal/journal.h"

using namespace Qt::StringLiterals;

namespace ra::packages {

namespace {

const QString Step = u"packages"_s;

} // namespace

JournalEffectLog::JournalEffectLog(Journal &journal, QString release)
    : m_journal(journal)
    , m_release(std::move(release))
{
}

qint64 JournalEffectLog::begin(const QString &action, const QString &key, const QJsonObject &intent, QString *error)
{
    return m_journal.beginEffect(m_release, Step, action, key, intent, error);
}

void JournalEffectLog::finish(qint64 id, EffectRecord::State state, const QJsonObject &result, const QString &error)
{
    EffectOutcome outcome = EffectOutcome::Uncertain;
    switch (state) {
    case EffectRecord::State::Succeeded:
        outcome = EffectOutcome::Succeeded;
        break;
    case EffectRecord::State::Failed:
        outcome = EffectOutcome::Failed;
        break;
    case EffectRecord::State::Pending:
    case EffectRecord::State::Uncertain:
        break;
    }
    m_journal.finishEffect(id, outcome, result, error);
}

QList<EffectRecord> JournalEffectLog::effects() const
{
    QList<EffectRecord> records;
    const QList<JournalEffect> effects = m_journal.effects(m_release, Step);
    for (const JournalEffect &effect : effects) {
        EffectRecord record;
        record.id = effect.id;
        record.action = effect.action;
        record.key = effect.key;
        record.intent = effect.intent;
        record.result = effect.result;
        record.error = effect.error;
        switch (effect.outcome) {
        case EffectOutcome::Pending:
            record.state = EffectRecord::State::Pending;
            break;
        case EffectOutcome::Succeeded:
            record.state = EffectRecord::State::Succeeded;
            break;
        case EffectOutcome::Failed:
            record.state = EffectRecord::State::Failed;
            break;
        case EffectOutcome::Uncertain:
            record.state = EffectRecord::State::Uncertain;
            break;
        }
        records.append(record);
    }
    return records;
}

} // namespace ra::packages
