// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to the journal's implementation: the database connection and the row conversions shared by its
// files. Not part of the library's interface.

#include "journal/journal.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>

namespace ra {

namespace journaldetail {

/// The current time as stored (UTC, ISO 8601 with milliseconds).
[[nodiscard]] QString now();
[[nodiscard]] QDateTime fromStored(const QVariant &value);
[[nodiscard]] QString toStored(const QJsonObject &object);
[[nodiscard]] QJsonObject objectFromStored(const QVariant &value);
/// The columns effectFromQuery() reads, in its order.
extern const QString effectColumns;
[[nodiscard]] JournalEffect effectFromQuery(const QSqlQuery &query);

} // namespace journaldetail

class Journal::Private
{
public:
    QString path;
    QString connectionName;
    QSqlDatabase db;
    int transactionDepth = 0;
    bool transactionFailed = false;

    ~Private();

    bool exec(QSqlQuery &query, QString *error, const QString &what) const;
    bool execSql(const QString &sql, QString *error, const QString &what) const;
    /// Every write runs inside one IMMEDIATE transaction (taking SQLite's write lock up front, so a busy
    /// database fails at BEGIN instead of half-way). Nested calls join the outer transaction.
    bool write(const std::function<bool(QString *)> &work, QString *error);
    bool requireRelease(const QString &release, QString *error) const;
    [[nodiscard]] QList<JournalEffect> selectEffects(const QString &where, const QVariantList &values) const;
};

} // namespace ra
