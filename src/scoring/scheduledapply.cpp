// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/scheduledapply.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace ra::scoring {

QJsonObject ScheduledApply::toJson() const
{
    return {{u"release"_s, release},
            {u"connection"_s, connectionString},
            {u"changes"_s, changes.toJson()},
            {u"expectedDigest"_s, QString::fromLatin1(expectedDigest)},
            {u"runAtStep"_s, runAtStep}};
}

std::optional<ScheduledApply> ScheduledApply::fromJson(const QJsonObject &json, QString *error)
{
    std::optional<ReleaseChangeSet> changes = ReleaseChangeSet::fromJson(json.value(u"changes"_s).toObject(), error);
    if (!changes) {
        return std::nullopt;
    }
    ScheduledApply apply{json.value(u"release"_s).toString(), json.value(u"connection"_s).toString(), *changes,
                         json.value(u"expectedDigest"_s).toString().toLatin1(), json.value(u"runAtStep"_s).toString()};
    if (apply.release.isEmpty() || apply.connectionString.isEmpty() || apply.runAtStep.isEmpty()) {
        if (error) {
            *error = u"The scheduled apply names no release, database or step."_s;
        }
        return std::nullopt;
    }
    return apply;
}

ScheduledApplyQueue::ScheduledApplyQueue(QString directory)
    : m_directory(std::move(directory))
{
}

QString ScheduledApplyQueue::pathFor(const QString &release) const
{
    // Release names are tags; keep only characters safe in a file name.
    QString safe = release;
    for (QChar &c : safe) {
        if (!c.isLetterOrNumber() && c != u'.' && c != u'-' && c != u'_') {
            c = u'_';
        }
    }
    return QDir(m_directory).filePath(safe + u".scoring-apply.json"_s);
}

bool ScheduledApplyQueue::schedule(const ScheduledApply &apply, QString *error)
{
    if (!QDir().mkpath(m_directory)) {
        *error = u"Cannot create the folder %1."_s.arg(m_directory);
        return false;
    }
    QSaveFile file(pathFor(apply.release));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(apply.toJson()).toJson()) < 0 || !file.commit()) {
        *error = u"Cannot record the scheduled apply in %1: %2."_s.arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

std::optional<ScheduledApply> ScheduledApplyQueue::pending(const QString &release, QString *error) const
{
    QFile file(pathFor(release));
    if (!file.exists()) {
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = u"Cannot read %1: %2."_s.arg(file.fileName(), file.errorString());
        }
        return std::nullopt;
    }
    return ScheduledApply::fromJson(QJsonDocument::fromJson(file.readAll()).object(), error);
}

PostgresVersionStore::ApplyResult ScheduledApplyQueue::runPending(const QString &release, PostgresVersionStore &store)
{
    QString error;
    const std::optional<ScheduledApply> apply = pending(release, &error);
    if (!apply) {
        return {PostgresVersionStore::Outcome::Failed,
                error.isEmpty() ? u"No scoring table change is scheduled for %1."_s.arg(release) : error};
    }
    PostgresVersionStore::ApplyResult result = store.apply(apply->changes, apply->expectedDigest);
    if (result.outcome == PostgresVersionStore::Outcome::Applied ||
        result.outcome == PostgresVersionStore::Outcome::AlreadyApplied) {
        cancel(release);
    }
    return result;
}

bool ScheduledApplyQueue::cancel(const QString &release)
{
    return QFile::remove(pathFor(release));
}

} // namespace ra::scoring
