// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/postgresversionstore.h"

#include "scoring/tableformat.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ra::scoring {

namespace {

/// Splits a libpq "key=value key='quoted value'" string.
std::optional<QList<QPair<QString, QString>>> parseConnectionString(const QString &text, QString *error)
{
    QList<QPair<QString, QString>> pairs;
    qsizetype i = 0;
    const auto skipSpace = [&] {
        while (i < text.size() && text.at(i).isSpace()) {
            ++i;
        }
    };
    while (true) {
        skipSpace();
        if (i >= text.size()) {
            return pairs;
        }
        const qsizetype equals = text.indexOf(u'=', i);
        if (equals < 0) {
            // Not quoted: a postgresql:// URI that lands here carries its password in its user info.
            *error = u"the connection is not key=value pairs: write it as host=... port=... user=... dbname=... "
                     "(a postgresql:// URI is not accepted, and its password belongs in the keychain)"_s;
            return std::nullopt;
        }
        const QString key = text.mid(i, equals - i).trimmed();
        i = equals + 1;
        skipSpace();
        QString value;
        if (i < text.size() && text.at(i) == u'\'') {
            for (++i; i < text.size() && text.at(i) != u'\''; ++i) {
                if (text.at(i) == u'\\' && i + 1 < text.size()) {
                    ++i;
                }
                value.append(text.at(i));
            }
            if (i >= text.size()) {
                *error = u"the value of '%1' has no closing quote"_s.arg(key);
                return std::nullopt;
            }
            ++i;
        } else {
            while (i < text.size() && !text.at(i).isSpace()) {
                value.append(text.at(i++));
            }
        }
        pairs.append({key, value});
    }
}

const QString kTimestampText = u"to_char(%1, 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"_s;

} // namespace

QString outcomeName(PostgresVersionStore::Outcome outcome)
{
    switch (outcome) {
    case PostgresVersionStore::Outcome::Applied:
        return u"applied"_s;
    case PostgresVersionStore::Outcome::AlreadyApplied:
        return u"already-applied"_s;
    case PostgresVersionStore::Outcome::Conflict:
        return u"conflict"_s;
    case PostgresVersionStore::Outcome::Failed:
        break;
    }
    return u"failed"_s;
}

PostgresVersionStore::PostgresVersionStore(QString connectionString, PasswordProvider password, QString tableName)
    : m_connectionString(std::move(connectionString))
    , m_password(std::move(password))
    , m_tableName(std::move(tableName))
    , m_connectionName(u"ra-scoring-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

PostgresVersionStore::~PostgresVersionStore()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        database().close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QSqlDatabase PostgresVersionStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool PostgresVersionStore::open(QString *error)
{
    if (database().isOpen()) {
        return true;
    }
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) {
        *error = u"Qt's PostgreSQL driver (QPSQL) is not installed; install the Qt 6 PostgreSQL SQL plugin."_s;
        return false;
    }
    QString why;
    const std::optional<QList<QPair<QString, QString>>> pairs = parseConnectionString(m_connectionString, &why);
    if (!pairs) {
        *error = u"The database connection string is not valid: %1."_s.arg(why);
        return false;
    }
    QSqlDatabase db =
        QSqlDatabase::contains(m_connectionName) ? database() : QSqlDatabase::addDatabase(u"QPSQL"_s, m_connectionName);
    QStringList options;
    for (const auto &[key, value] : *pairs) {
        if (key == u"host"_s) {
            db.setHostName(value);
        } else if (key == u"port"_s) {
            db.setPort(value.toInt());
        } else if (key == u"user"_s) {
            db.setUserName(value);
        } else if (key == u"dbname"_s) {
            db.setDatabaseName(value);
        } else if (key == u"password"_s) {
            *error =
                u"The connection string holds a password; keep it in the keychain instead and remove it from the string."_s;
            return false;
        } else {
            options.append(key + u'=' + value);
        }
    }
    if (std::none_of(pairs->cbegin(), pairs->cend(),
                     [](const auto &pair) { return pair.first == u"connect_timeout"_s; })) {
        // libpq waits for ever on a server that accepts and never answers; a stuck step is worse than an error.
        options.append(u"connect_timeout=%1"_s.arg(ConnectTimeoutSeconds));
    }
    db.setConnectOptions(options.join(u';'));
    if (m_password) {
        db.setPassword(m_password());
    }
    if (!db.open()) {
        const QString refusal = db.lastError().text().trimmed();
        *error = u"Cannot connect to the scoring database (%1): %2"_s.arg(db.hostName(), refusal);
        if (refusal.contains(u"authentication failed"_s, Qt::CaseInsensitive)) {
            *error += u" Check the stored password of the scoring database: store the right one in the app's "
                      u"keychain, or for the CLI in RA_SCORING_DB_PASSWORD or ~/.pgpass."_s;
        } else if (refusal.contains(u"timeout expired"_s, Qt::CaseInsensitive)) {
            *error += u" The server did not answer within %1 s: check the network and that the server is running, "
                      u"then try again."_s.arg(ConnectTimeoutSeconds);
        }
        db.setPassword({});
        return false;
    }
    db.setPassword({});
    return true;
}

bool PostgresVersionStore::exec(const QString &sql, const QVariantList &values, QString *error, int *rowsAffected)
{
    QSqlQuery query(database());
    // PostgreSQL prepares only DML: statements without values (DDL, LOCK) run directly.
    if (!values.isEmpty() && !query.prepare(sql)) {
        *error = query.lastError().text();
        return false;
    }
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    if (values.isEmpty() ? !query.exec(sql) : !query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    if (rowsAffected) {
        *rowsAffected = query.numRowsAffected();
    }
    return true;
}

bool PostgresVersionStore::createTable(QString *error)
{
    if (!open(error)) {
        return false;
    }
    QString why;
    if (!exec(
            u"CREATE TABLE IF NOT EXISTS %1 (software varchar(30) not null, name varchar(30) not null, released_on timestamp not null, replaced_on timestamp, prerelease bool default false not null, UNIQUE (software, name))"_s
                .arg(m_tableName),
            {}, &why)) {
        *error = u"Cannot create the table %1: %2"_s.arg(m_tableName, why);
        return false;
    }
    return true;
}

std::optional<QList<SoftwareVersion>> PostgresVersionStore::selectRows(QString *error)
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT software, name, %1, %2, prerelease FROM %3 ORDER BY software, released_on, name"_s.arg(
            kTimestampText.arg(u"released_on"_s), kTimestampText.arg(u"replaced_on"_s), m_tableName))) {
        *error = u"Cannot read the table %1: %2"_s.arg(m_tableName, query.lastError().text());
        return std::nullopt;
    }
    QList<SoftwareVersion> rows;
    while (query.next()) {
        SoftwareVersion row{
            query.value(0).toString(), query.value(1).toString(), {}, std::nullopt, query.value(4).toBool()};
        QString why;
        row.releasedOn = parseTimestamp(query.value(2).toString(), false, &why);
        if (!query.value(3).isNull()) {
            row.replacedOn = parseTimestamp(query.value(3).toString(), false, &why);
        }
        if (!row.releasedOn.isValid() || (row.replacedOn && !row.replacedOn->isValid())) {
            *error = u"The row %1 %2 has a time this tool cannot represent: %3"_s.arg(row.software, row.name, why);
            return std::nullopt;
        }
        rows.append(row);
    }
    return rows;
}

std::optional<TableSnapshot> PostgresVersionStore::read(QString *error)
{
    if (!open(error)) {
        return std::nullopt;
    }
    std::optional<QList<SoftwareVersion>> rows = selectRows(error);
    if (!rows) {
        return std::nullopt;
    }
    return TableSnapshot{*rows, digest(*rows)};
}

PostgresVersionStore::ApplyResult PostgresVersionStore::apply(const ReleaseChangeSet &changes,
                                                              const QByteArray &expectedDigest)
{
    QString why;
    if (!open(&why)) {
        return {Outcome::Failed, why};
    }
    QSqlDatabase db = database();
    if (!db.transaction()) {
        return {Outcome::Failed, u"Cannot start a transaction: %1"_s.arg(db.lastError().text())};
    }
    const auto rollback = [&](Outcome outcome, const QString &message) {
        db.rollback();
        if (outcome == Outcome::Failed) {
            // The server rolls back an uncommitted transaction even when the connection is gone; a new
            // connection next time spares a dead one.
            db.close();
            return ApplyResult{outcome, u"%1 The scoring database rolled the change back, nothing was written: "
                                        u"apply the change again (retry) once the database answers."_s.arg(message)};
        }
        return ApplyResult{outcome, message};
    };
    // Writers wait for this transaction (and it for them), so what is checked below is what gets changed.
    if (!exec(u"LOCK TABLE %1 IN SHARE ROW EXCLUSIVE MODE"_s.arg(m_tableName), {}, &why)) {
        return rollback(Outcome::Failed,
                        u"Cannot lock the table %1 of the scoring database: %2."_s.arg(m_tableName, why));
    }
    const std::optional<QList<SoftwareVersion>> rows = selectRows(&why);
    if (!rows) {
        return rollback(Outcome::Failed, why);
    }
    switch (changes.stateIn(*rows, &why)) {
    case ReleaseChangeSet::State::Applied:
        return rollback(Outcome::AlreadyApplied, u"The table already holds these changes; nothing was written."_s);
    case ReleaseChangeSet::State::Conflict:
        return rollback(Outcome::Conflict, why + u" Read the table again and review the change anew."_s);
    case ReleaseChangeSet::State::NotApplied:
        break;
    }
    if (!expectedDigest.isEmpty() && digest(*rows) != expectedDigest) {
        return rollback(
            Outcome::Conflict,
            u"The table changed since it was read; nothing was written. Read it again and review the change anew."_s);
    }
    for (const Retirement &retirement : changes.retirements()) {
        int affected = 0;
        const QVariant before =
            retirement.before ? QVariant(formatTimestamp(*retirement.before)) : QVariant(QMetaType(QMetaType::QString));
        if (!exec(
                u"UPDATE %1 SET replaced_on = CAST(? AS timestamp) WHERE software = ? AND name = ? AND replaced_on IS NOT DISTINCT FROM CAST(? AS timestamp)"_s
                    .arg(m_tableName),
                {formatTimestamp(retirement.after), retirement.software, retirement.name, before}, &why, &affected)) {
            return rollback(Outcome::Failed, u"Cannot set replaced_on of %1 %2 in the scoring database: %3."_s.arg(
                                                 retirement.software, retirement.name, why));
        }
        if (affected != 1) {
            return rollback(Outcome::Conflict,
                            u"%1 %2 did not hold the expected replaced_on; nothing was written."_s.arg(
                                retirement.software, retirement.name));
        }
    }
    if (const std::optional<SoftwareVersion> &row = changes.insertion()) {
        const QVariant replaced =
            row->replacedOn ? QVariant(formatTimestamp(*row->replacedOn)) : QVariant(QMetaType(QMetaType::QString));
        if (!exec(
                u"INSERT INTO %1 (software, name, released_on, replaced_on, prerelease) VALUES (?, ?, CAST(? AS timestamp), CAST(? AS timestamp), ?)"_s
                    .arg(m_tableName),
                {row->software, row->name, formatTimestamp(row->releasedOn), replaced, row->prerelease}, &why)) {
            return rollback(Outcome::Failed,
                            u"Cannot insert %1 %2 into the scoring database: %3."_s.arg(row->software, row->name, why));
        }
    }
    if (!db.commit()) {
        const QString message = db.lastError().text();
        db.rollback();
        return {Outcome::Failed, u"Cannot commit the change: %1"_s.arg(message)};
    }
    return {Outcome::Applied, u"The change set was applied."_s};
}

QByteArray PostgresVersionStore::digest(const QList<SoftwareVersion> &rows)
{
    // One compact JSON object per row (quoting keeps fields apart), sorted so row order does not matter.
    QList<QByteArray> lines;
    for (const SoftwareVersion &row : rows) {
        lines.append(QJsonDocument(rowToJson(row)).toJson(QJsonDocument::Compact));
    }
    std::sort(lines.begin(), lines.end());
    return QCryptographicHash::hash(lines.join('\n'), QCryptographicHash::Sha256).toHex();
}

} // namespace ra::scoring
