// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/journalschema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace ra::journalschema {

namespace {

bool run(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        if (error) {
            *error = query.lastError().text();
        }
        return false;
    }
    return true;
}

int userVersion(QSqlDatabase &db, bool *ok)
{
    QSqlQuery query(db);
    *ok = query.exec(u"PRAGMA user_version"_s) && query.next();
    return *ok ? query.value(0).toInt() : 0;
}

} // namespace

QStringList migrationStatements(int version)
{
    switch (version) {
    case 1:
        return {
            u"CREATE TABLE releases (name TEXT PRIMARY KEY NOT NULL, metadata TEXT NOT NULL DEFAULT '{}', "
            u"created_at TEXT NOT NULL)"_s,
            u"CREATE TABLE effects (id INTEGER PRIMARY KEY AUTOINCREMENT, "
            u"release TEXT NOT NULL REFERENCES releases(name) ON DELETE CASCADE, step TEXT NOT NULL, "
            u"action TEXT NOT NULL, key TEXT NOT NULL, intent TEXT NOT NULL, outcome TEXT NOT NULL, "
            u"result TEXT, error TEXT, intended_at TEXT NOT NULL, finished_at TEXT)"_s,
            u"CREATE TABLE step_states (release TEXT NOT NULL REFERENCES releases(name) ON DELETE CASCADE, "
            u"step TEXT NOT NULL, state TEXT NOT NULL, note TEXT, updated_at TEXT NOT NULL, "
            u"PRIMARY KEY (release, step))"_s,
        };
    case 2:
        // Per-release values, and the index behind lastEffect() and pendingEffects().
        return {
            u"CREATE TABLE release_values (release TEXT NOT NULL REFERENCES releases(name) ON DELETE CASCADE, "
            u"key TEXT NOT NULL, value TEXT NOT NULL, updated_at TEXT NOT NULL, PRIMARY KEY (release, key))"_s,
            u"CREATE INDEX effects_by_target ON effects (release, action, key, id)"_s,
            u"CREATE INDEX effects_by_outcome ON effects (release, outcome)"_s,
        };
    default:
        return {};
    }
}

bool migrate(QSqlDatabase &db, int targetVersion, QString *error)
{
    bool ok = false;
    int version = userVersion(db, &ok);
    if (!ok) {
        if (error) {
            *error = u"cannot read the schema version: %1"_s.arg(db.lastError().text());
        }
        return false;
    }
    if (version > targetVersion) {
        if (error) {
            *error = u"the journal has schema version %1, written by a newer Release Assistant (this one "
                     u"reads up to %2); update Release Assistant or use another journal file"_s.arg(version)
                         .arg(targetVersion);
        }
        return false;
    }
    while (version < targetVersion) {
        QString sqlError;
        if (!run(db, u"BEGIN IMMEDIATE"_s, &sqlError)) {
            if (error) {
                *error = u"cannot start the schema migration: %1"_s.arg(sqlError);
            }
            return false;
        }
        // Another instance may have migrated while this one waited for the write lock.
        version = userVersion(db, &ok);
        if (!ok || version >= targetVersion) {
            run(db, u"ROLLBACK"_s, nullptr);
            if (!ok && error) {
                *error = u"cannot read the schema version: %1"_s.arg(db.lastError().text());
            }
            return ok;
        }
        const int next = version + 1;
        QStringList statements = migrationStatements(next);
        statements.append(u"PRAGMA user_version = %1"_s.arg(next));
        for (const QString &statement : std::as_const(statements)) {
            if (!run(db, statement, &sqlError)) {
                run(db, u"ROLLBACK"_s, nullptr);
                if (error) {
                    *error =
                        u"migrating the journal schema from version %1 to %2 failed: %3"_s.arg(version).arg(next).arg(
                            sqlError);
                }
                return false;
            }
        }
        if (!run(db, u"COMMIT"_s, &sqlError)) {
            run(db, u"ROLLBACK"_s, nullptr);
            if (error) {
                *error = u"committing the schema migration to version %1 failed: %2"_s.arg(next).arg(sqlError);
            }
            return false;
        }
        version = next;
    }
    return true;
}

} // namespace ra::journalschema
