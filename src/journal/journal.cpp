// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/journal.h"

#include "journal/journal_p.h"
#include "journal/journalschema.h"
#include "journal/releaselock_p.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <array>
#include <atomic>
#include <csignal>

using namespace Qt::StringLiterals;

namespace ra {

using namespace journaldetail;

namespace {

constexpr std::array outcomeKeys{
    std::pair{EffectOutcome::Pending, "pending"},
    std::pair{EffectOutcome::Succeeded, "succeeded"},
    std::pair{EffectOutcome::Failed, "failed"},
    std::pair{EffectOutcome::Uncertain, "uncertain"},
};

/// The crash tests (tests/release/tst_releasecrash.cpp) kill a front end right after its N-th effect record is
/// durable, to prove that a re-run neither repeats nor loses a side effect; unset, this does nothing.
void killAfterEffectRecordIfAsked()
{
    static const int killAt = qEnvironmentVariableIntValue("RA_KILL_AFTER_EFFECT_RECORD");
    static std::atomic<int> records = 0;
    if (killAt > 0 && ++records == killAt) {
        ::raise(SIGKILL);
    }
}

/// Where RA_KILL_AT_EFFECT asks to be killed: "<phase>:<action>:<key>" with phase after-intent (the intent is
/// durable, nothing was done), before-result (the effect succeeded and its result is not recorded yet: the window a
/// re-run must settle with the remote) or after-result (its success is durable). The release rehearsal
/// (tests/release/tst_releaserehearsal.cpp) names each boundary of each effect so, because a re-run's own
/// reconciliation records would shift any count; a key ending in '*' names every key it begins. Unset, this does
/// nothing.
enum class KillPhase { None, AfterIntent, BeforeResult, AfterResult };

struct KillPoint {
    KillPhase phase = KillPhase::None;
    QString action;
    QString key;
};

const KillPoint &killPoint()
{
    static const KillPoint point = [] {
        const QString text = qEnvironmentVariable("RA_KILL_AT_EFFECT");
        const QString phase = text.section(u':', 0, 0);
        KillPoint parsed{phase == u"after-intent"_s    ? KillPhase::AfterIntent
                         : phase == u"before-result"_s ? KillPhase::BeforeResult
                         : phase == u"after-result"_s  ? KillPhase::AfterResult
                                                       : KillPhase::None,
                         text.section(u':', 1, 1), text.section(u':', 2)};
        return parsed;
    }();
    return point;
}

void killAtEffectIfAsked(KillPhase phase, const QString &action, const QString &key)
{
    const KillPoint &point = killPoint();
    const bool keyMatches = point.key.endsWith(u'*') ? key.startsWith(point.key.chopped(1)) : point.key == key;
    if (point.phase == phase && point.action == action && keyMatches) {
        ::raise(SIGKILL);
    }
}

// Lock files live in "<database>.locks/" with a readable, file-system-safe name per release.
QString lockFileName(const QString &release)
{
    QString safe;
    for (QChar c : release) {
        const bool plain = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
                           c == u'.' || c == u'-' || c == u'_';
        safe.append(plain ? c : u'_');
    }
    const QByteArray hash = QCryptographicHash::hash(release.toUtf8(), QCryptographicHash::Sha256).toHex().left(8);
    return safe.left(64) + u'-' + QString::fromLatin1(hash) + u".lock"_s;
}

} // namespace

QString outcomeKey(EffectOutcome outcome)
{
    for (const auto &[candidate, key] : outcomeKeys) {
        if (candidate == outcome) {
            return QString::fromLatin1(key);
        }
    }
    return {};
}

std::optional<EffectOutcome> outcomeFromKey(const QString &key)
{
    for (const auto &[candidate, candidateKey] : outcomeKeys) {
        if (key == QLatin1StringView(candidateKey)) {
            return candidate;
        }
    }
    return std::nullopt;
}

Journal::Journal(std::unique_ptr<Private> d)
    : d(std::move(d))
{
}

Journal::~Journal() = default;

QString Journal::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/journal.sqlite"_s;
}

std::unique_ptr<Journal> Journal::open(const QString &databasePath, QString *error)
{
    const auto fail = [&](const QString &message) -> std::unique_ptr<Journal> {
        if (error) {
            *error = message;
        }
        return nullptr;
    };
    const QFileInfo info(databasePath);
    if (!QDir().mkpath(info.absolutePath())) {
        return fail(
            u"cannot create the folder %1 for the release journal; check its permissions"_s.arg(info.absolutePath()));
    }
    auto d = std::make_unique<Private>();
    d->path = info.absoluteFilePath();
    d->connectionName = u"ra-journal-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    d->db = QSqlDatabase::addDatabase(u"QSQLITE"_s, d->connectionName);
    if (!d->db.isValid()) {
        return fail(u"the Qt SQLite driver (QSQLITE) is not available; install the Qt SQL SQLite plugin"_s);
    }
    d->db.setDatabaseName(d->path);
    // Another instance writing at the same moment makes SQLite wait, not fail.
    d->db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!d->db.open()) {
        return fail(u"cannot open the release journal %1: %2"_s.arg(d->path, d->db.lastError().text()));
    }
    // WAL keeps readers and the writer apart; synchronous=FULL makes each commit durable before it returns,
    // which is what "intent recorded before acting" needs.
    const QStringList pragmas{u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=FULL"_s, u"PRAGMA foreign_keys=ON"_s};
    for (const QString &pragma : pragmas) {
        QSqlQuery query(d->db);
        if (!query.exec(pragma)) {
            return fail(u"cannot use %1 as the release journal: %2. If it is not a journal, move it away; if it "
                        u"is damaged, restore it from a backup"_s.arg(d->path, query.lastError().text()));
        }
    }
    QString migrationError;
    if (!journalschema::migrate(d->db, SchemaVersion, &migrationError)) {
        return fail(u"cannot use the release journal %1: %2"_s.arg(d->path, migrationError));
    }
    return std::unique_ptr<Journal>(new Journal(std::move(d)));
}

QString Journal::databasePath() const
{
    return d->path;
}

int Journal::schemaVersion() const
{
    QSqlQuery query(d->db);
    return query.exec(u"PRAGMA user_version"_s) && query.next() ? query.value(0).toInt() : 0;
}

bool Journal::createRelease(const QString &release, const QJsonObject &metadata, QString *error)
{
    if (release.trimmed().isEmpty()) {
        if (error) {
            *error = u"a release needs a name (usually its tag, e.g. 1.15.0)"_s;
        }
        return false;
    }
    return d->write(
        [&](QString *writeError) {
            if (hasRelease(release)) {
                if (writeError) {
                    *writeError = u"the journal already has a release '%1'; continue it instead of creating it "
                                  u"again"_s.arg(release);
                }
                return false;
            }
            QSqlQuery query(d->db);
            query.prepare(u"INSERT INTO releases (name, metadata, created_at) VALUES (?, ?, ?)"_s);
            query.addBindValue(release);
            query.addBindValue(toStored(metadata));
            query.addBindValue(now());
            return d->exec(query, writeError, u"cannot create release '%1'"_s.arg(release));
        },
        error);
}

bool Journal::hasRelease(const QString &release) const
{
    return d->requireRelease(release, nullptr);
}

QStringList Journal::releases() const
{
    QSqlQuery query(d->db);
    QStringList names;
    if (query.exec(u"SELECT name FROM releases ORDER BY created_at DESC, rowid DESC"_s)) {
        while (query.next()) {
            names.append(query.value(0).toString());
        }
    }
    return names;
}

std::optional<JournalRelease> Journal::releaseInfo(const QString &release) const
{
    QSqlQuery query(d->db);
    query.prepare(u"SELECT name, metadata, created_at FROM releases WHERE name = ?"_s);
    query.addBindValue(release);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    return JournalRelease{query.value(0).toString(), objectFromStored(query.value(1)), fromStored(query.value(2))};
}

bool Journal::setReleaseMetadata(const QString &release, const QJsonObject &metadata, QString *error)
{
    return d->write(
        [&](QString *writeError) {
            if (!d->requireRelease(release, writeError)) {
                return false;
            }
            QSqlQuery query(d->db);
            query.prepare(u"UPDATE releases SET metadata = ? WHERE name = ?"_s);
            query.addBindValue(toStored(metadata));
            query.addBindValue(release);
            return d->exec(query, writeError, u"cannot update release '%1'"_s.arg(release));
        },
        error);
}

std::unique_ptr<ReleaseLock> Journal::lockRelease(const QString &release, QString *error)
{
    const QString folder = d->path + u".locks"_s;
    if (!QDir().mkpath(folder)) {
        if (error) {
            *error = u"cannot create the lock folder %1; check its permissions"_s.arg(folder);
        }
        return nullptr;
    }
    auto lock = std::make_unique<ReleaseLock::Private>(release, folder + u'/' + lockFileName(release));
    // Held for as long as the app drives the release, so age says nothing; QLockFile still takes over a
    // lock whose process is gone.
    lock->file.setStaleLockTime(0);
    if (lock->file.tryLock(0)) {
        return std::unique_ptr<ReleaseLock>(new ReleaseLock(std::move(lock)));
    }
    if (error) {
        qint64 pid = 0;
        QString host;
        QString application;
        if (lock->file.error() == QLockFile::LockFailedError && lock->file.getLockInfo(&pid, &host, &application)) {
            *error = u"release '%1' is already open in another Release Assistant (%2, process %3 on %4). Close it "
                     u"there first; if that program has crashed, the lock is released automatically"_s
                         .arg(release, application.isEmpty() ? u"unknown program"_s : application)
                         .arg(pid)
                         .arg(host);
        } else {
            *error = u"cannot lock release '%1' (lock file %2): check that the folder is writable"_s.arg(
                release, lock->file.fileName());
        }
    }
    return nullptr;
}

qint64 Journal::beginEffect(const QString &release, const QString &step, const QString &action, const QString &key,
                            const QJsonObject &intent, QString *error)
{
    qint64 id = 0;
    const bool ok = d->write(
        [&](QString *writeError) {
            if (!d->requireRelease(release, writeError)) {
                return false;
            }
            QSqlQuery query(d->db);
            query.prepare(u"INSERT INTO effects (release, step, action, key, intent, outcome, intended_at) "
                          u"VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
            query.addBindValue(release);
            query.addBindValue(step);
            query.addBindValue(action);
            query.addBindValue(key);
            query.addBindValue(toStored(intent));
            query.addBindValue(outcomeKey(EffectOutcome::Pending));
            query.addBindValue(now());
            if (!d->exec(query, writeError, u"cannot record the intent to %1 %2"_s.arg(action, key))) {
                return false;
            }
            id = query.lastInsertId().toLongLong();
            return true;
        },
        error);
    if (ok) {
        killAfterEffectRecordIfAsked();
        killAtEffectIfAsked(KillPhase::AfterIntent, action, key);
    }
    return ok ? id : 0;
}

bool Journal::finishEffect(qint64 id, EffectOutcome outcome, const QJsonObject &result, const QString &errorMessage,
                           QString *dbError)
{
    if (outcome == EffectOutcome::Pending) {
        if (dbError) {
            *dbError = u"an effect is finished as succeeded, failed or uncertain, not pending"_s;
        }
        return false;
    }
    std::optional<JournalEffect> killable;
    if (killPoint().phase != KillPhase::None && outcome == EffectOutcome::Succeeded) {
        killable = effect(id);
        if (killable) {
            killAtEffectIfAsked(KillPhase::BeforeResult, killable->action, killable->key);
        }
    }
    const bool ok = d->write(
        [&](QString *writeError) {
            const auto current = effect(id);
            if (!current) {
                if (writeError) {
                    *writeError = u"the journal has no effect %1"_s.arg(id);
                }
                return false;
            }
            if (current->outcome != EffectOutcome::Pending && current->outcome != EffectOutcome::Uncertain) {
                if (writeError) {
                    *writeError =
                        u"effect %1 (%2 %3) is already finished as %4; begin a new effect to retry"_s.arg(id).arg(
                            current->action, current->key, outcomeKey(current->outcome));
                }
                return false;
            }
            QSqlQuery query(d->db);
            query.prepare(u"UPDATE effects SET outcome = ?, result = ?, error = ?, finished_at = ? WHERE id = ?"_s);
            query.addBindValue(outcomeKey(outcome));
            query.addBindValue(toStored(result));
            query.addBindValue(errorMessage);
            query.addBindValue(now());
            query.addBindValue(id);
            return d->exec(query, writeError, u"cannot record the result of effect %1"_s.arg(id));
        },
        dbError);
    if (ok) {
        killAfterEffectRecordIfAsked();
        if (killable) {
            killAtEffectIfAsked(KillPhase::AfterResult, killable->action, killable->key);
        }
    }
    return ok;
}

std::optional<JournalEffect> Journal::effect(qint64 id) const
{
    const auto found = d->selectEffects(u"id = ?"_s, {id});
    return found.isEmpty() ? std::nullopt : std::optional(found.constFirst());
}

std::optional<JournalEffect> Journal::lastEffect(const QString &release, const QString &action,
                                                 const QString &key) const
{
    QSqlQuery query(d->db);
    query.prepare(u"SELECT %1 FROM effects WHERE release = ? AND action = ? AND key = ? ORDER BY id DESC LIMIT 1"_s.arg(
        effectColumns));
    query.addBindValue(release);
    query.addBindValue(action);
    query.addBindValue(key);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    return effectFromQuery(query);
}

QList<JournalEffect> Journal::effects(const QString &release, const QString &step) const
{
    if (step.isEmpty()) {
        return d->selectEffects(u"release = ?"_s, {release});
    }
    return d->selectEffects(u"release = ? AND step = ?"_s, {release, step});
}

QList<JournalEffect> Journal::pendingEffects(const QString &release) const
{
    return d->selectEffects(u"release = ? AND outcome IN ('pending', 'uncertain')"_s, {release});
}

bool Journal::setStepState(const QString &release, ReleaseStep step, StepState state, const QString &note,
                           QString *error)
{
    return d->write(
        [&](QString *writeError) {
            if (!d->requireRelease(release, writeError)) {
                return false;
            }
            QSqlQuery query(d->db);
            query.prepare(u"INSERT INTO step_states (release, step, state, note, updated_at) VALUES (?, ?, ?, ?, ?) "
                          u"ON CONFLICT (release, step) DO UPDATE SET state = excluded.state, note = excluded.note, "
                          u"updated_at = excluded.updated_at"_s);
            query.addBindValue(release);
            query.addBindValue(stepKey(step));
            query.addBindValue(stateKey(state));
            query.addBindValue(note);
            query.addBindValue(now());
            return d->exec(query, writeError, u"cannot record the state of step %1"_s.arg(stepKey(step)));
        },
        error);
}

StepState Journal::stepState(const QString &release, ReleaseStep step) const
{
    QSqlQuery query(d->db);
    query.prepare(u"SELECT state FROM step_states WHERE release = ? AND step = ?"_s);
    query.addBindValue(release);
    query.addBindValue(stepKey(step));
    if (!query.exec() || !query.next()) {
        return StepState::NotStarted;
    }
    return stateFromKey(query.value(0).toString()).value_or(StepState::NeedsAttention);
}

QString Journal::stepNote(const QString &release, ReleaseStep step) const
{
    QSqlQuery query(d->db);
    query.prepare(u"SELECT note FROM step_states WHERE release = ? AND step = ?"_s);
    query.addBindValue(release);
    query.addBindValue(stepKey(step));
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

bool Journal::setValue(const QString &release, const QString &key, const QJsonValue &value, QString *error)
{
    return d->write(
        [&](QString *writeError) {
            if (!d->requireRelease(release, writeError)) {
                return false;
            }
            QSqlQuery query(d->db);
            if (value.isUndefined()) {
                query.prepare(u"DELETE FROM release_values WHERE release = ? AND key = ?"_s);
                query.addBindValue(release);
                query.addBindValue(key);
                return d->exec(query, writeError, u"cannot remove value '%1'"_s.arg(key));
            }
            // Wrapped in an array so that scalars survive the JSON round trip.
            const QString stored = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
            query.prepare(u"INSERT INTO release_values (release, key, value, updated_at) VALUES (?, ?, ?, ?) "
                          u"ON CONFLICT (release, key) DO UPDATE SET value = excluded.value, "
                          u"updated_at = excluded.updated_at"_s);
            query.addBindValue(release);
            query.addBindValue(key);
            query.addBindValue(stored);
            query.addBindValue(now());
            return d->exec(query, writeError, u"cannot store value '%1'"_s.arg(key));
        },
        error);
}

QJsonValue Journal::value(const QString &release, const QString &key) const
{
    QSqlQuery query(d->db);
    query.prepare(u"SELECT value FROM release_values WHERE release = ? AND key = ?"_s);
    query.addBindValue(release);
    query.addBindValue(key);
    if (!query.exec() || !query.next()) {
        return QJsonValue(QJsonValue::Undefined);
    }
    const QJsonArray wrapped = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).array();
    return wrapped.isEmpty() ? QJsonValue(QJsonValue::Undefined) : wrapped.at(0);
}

bool Journal::checkIntegrity(QString *error) const
{
    QSqlQuery query(d->db);
    if (!query.exec(u"PRAGMA integrity_check"_s) || !query.next()) {
        if (error) {
            *error = u"cannot run the integrity check: %1"_s.arg(query.lastError().text());
        }
        return false;
    }
    const QString verdict = query.value(0).toString();
    if (verdict != u"ok") {
        if (error) {
            *error = u"the release journal %1 is damaged: %2"_s.arg(d->path, verdict);
        }
        return false;
    }
    return true;
}

bool Journal::transaction(const std::function<bool(QString *)> &work, QString *error)
{
    return d->write(work, error);
}

} // namespace ra
