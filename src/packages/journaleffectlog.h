// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "packages/effectlog.h"

namespace ra {
class Journal;
}

namespace ra::packages {

/// The packages step's effects in the durable release journal (step "packages" of \a release).
class JournalEffectLog : public EffectLog
{
public:
    JournalEffectLog(Journal &journal, QString release);

    qint64 begin(const QString &action, const QString &key, const QJsonObject &intent, QString *error) override;
    void finish(qint64 id, EffectRecord::State state, const QJsonObject &result, const QString &error) override;
    [[nodiscard]] QList<EffectRecord> effects() const override;

private:
    Journal &m_journal;
    QString m_release;
};

} // namespace ra::packages
