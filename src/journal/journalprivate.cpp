// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/journal_p.h"

#include <QJsonDocument>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace ra::journaldetail {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime fromStored(const QVariant &value)
{
    if (value.isNull()) {
        return {};
    }
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QString toStored(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject objectFromStored(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

const QString effectColumns =
    u"id, release, step, action, key, intent, outcome, result, error, intended_at, finished_at"_s;

JournalEffect effectFromQuery(const QSqlQuery &query)
{
    JournalEffect effect;
    effect.id = query.value(0).toLongLong();
    effect.release = query.value(1).toString();
    effect.step = query.value(2).toString();
    effect.action = query.value(3).toString();
    effect.key = query.value(4).toString();
    effect.intent = objectFromStored(query.value(5));
    // An unknown outcome (written by a newer build) is treated as the most careful reading.
    effect.outcome = outcomeFromKey(query.value(6).toString()).value_or(EffectOutcome::Uncertain);
    effect.result = objectFromStored(query.value(7));
    effect.error = query.value(8).toString();
    effect.intendedAt = fromStored(query.value(9));
    effect.finishedAt = fromStored(query.value(10));
    return effect;
}

} // namespace ra::journaldetail

namespace ra {

using namespace journaldetail;

Journal::Private::~Private()
{
    if (db.isValid()) {
        db.close();
    }
    db = QSqlDatabase();
    if (!connectionName.isEmpty()) {
        QSqlDatabase::removeDatabase(connectionName);
    }
}

bool Journal::Private::exec(QSqlQuery &query, QString *error, const QString &what) const
{
    if (query.exec()) {
        return true;
    }
    if (error) {
        *error = u"journal %1: %2 (database %3)"_s.arg(what, query.lastError().text(), path);
    }
    return false;
}

bool Journal::Private::execSql(const QString &sql, QString *error, const QString &what) const
{
    QSqlQuery query(db);
    query.prepare(sql);
    return exec(query, error, what);
}

bool Journal::Private::write(const std::function<bool(QString *)> &work, QString *error)
{
    if (transactionDepth > 0) {
        ++transactionDepth;
        const bool ok = work(error);
        --transactionDepth;
        transactionFailed = transactionFailed || !ok;
        return ok;
    }
    if (!execSql(u"BEGIN IMMEDIATE"_s, error, u"cannot start a transaction"_s)) {
        return false;
    }
    transactionDepth = 1;
    transactionFailed = false;
    const bool ok = work(error);
    transactionDepth = 0;
    if (!ok || transactionFailed) {
        if (ok && error) {
            *error = u"a journal write inside the transaction failed, so none of it was recorded"_s;
        }
        execSql(u"ROLLBACK"_s, nullptr, {});
        return false;
    }
    if (!execSql(u"COMMIT"_s, error, u"cannot commit"_s)) {
        execSql(u"ROLLBACK"_s, nullptr, {});
        return false;
    }
    return true;
}

bool Journal::Private::requireRelease(const QString &release, QString *error) const
{
    QSqlQuery query(db);
    query.prepare(u"SELECT 1 FROM releases WHERE name = ?"_s);
    query.addBindValue(release);
    if (query.exec() && query.next()) {
        return true;
    }
    if (error) {
        *error = u"the journal has no release '%1'; create it first (createRelease)"_s.arg(release);
    }
    return false;
}

QList<JournalEffect> Journal::Private::selectEffects(const QString &where, const QVariantList &values) const
{
    QSqlQuery query(db);
    query.prepare(u"SELECT %1 FROM effects WHERE %2 ORDER BY id"_s.arg(effectColumns, where));
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    QList<JournalEffect> effects;
    if (query.exec()) {
        while (query.next()) {
            effects.append(effectFromQuery(query));
        }
    }
    return effects;
}

} // namespace ra
