// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace ra::packages {

/// One recorded side effect of the packages step (mirrors ra::JournalEffect without depending on the
/// journal's storage).
struct EffectRecord {
    qint64 id = 0;
    QString action; ///< "upload-asset", "delete-asset", "rename-asset"
    QString key; ///< the asset name acted on
    QJsonObject intent;
    enum class State { Pending, Succeeded, Failed, Uncertain } state = State::Pending;
    QJsonObject result;
    QString error;
};

/// Where the packages step records every side effect before and after it happens, so that after a crash the
/// next run knows what may have happened. The release journal implements it for the app and the CLI.
class EffectLog
{
public:
    virtual ~EffectLog();

    /// Durable before it returns; 0 when the record could not be written (then the effect must not happen).
    virtual qint64 begin(const QString &action, const QString &key, const QJsonObject &intent, QString *error) = 0;
    virtual void finish(qint64 id, EffectRecord::State state, const QJsonObject &result, const QString &error) = 0;
    /// Every effect of this release's packages step, oldest first.
    [[nodiscard]] virtual QList<EffectRecord> effects() const = 0;
};

/// An EffectLog in memory (dry runs, tests).
class MemoryEffectLog : public EffectLog
{
public:
    qint64 begin(const QString &action, const QString &key, const QJsonObject &intent, QString *error) override;
    void finish(qint64 id, EffectRecord::State state, const QJsonObject &result, const QString &error) override;
    [[nodiscard]] QList<EffectRecord> effects() const override;

private:
    QList<EffectRecord> m_records;
};

} // namespace ra::packages
