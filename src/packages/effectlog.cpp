// SPDX-License-Identifier: GPL-3.0-or-later
#include "packages/effectlog.h"

namespace ra::packages {

EffectLog::~EffectLog() = default;

qint64 MemoryEffectLog::begin(const QString &action, const QString &key, const QJsonObject &intent, QString *)
{
    EffectRecord record;
    record.id = m_records.size() + 1;
    record.action = action;
    record.key = key;
    record.intent = intent;
    m_records.append(record);
    return record.id;
}

void MemoryEffectLog::finish(qint64 id, EffectRecord::State state, const QJsonObject &result, const QString &error)
{
    if (id < 1 || id > m_records.size()) {
        return;
    }
    EffectRecord &record = m_records[id - 1];
    record.state = state;
    record.result = result;
    record.error = error;
}

QList<EffectRecord> MemoryEffectLog::effects() const
{
    return m_records;
}

} // namespace ra::packages
