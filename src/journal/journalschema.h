// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace ra::journalschema {

/// Brings the database from its PRAGMA user_version up to Journal::SchemaVersion, one migration per version,
/// each in its own IMMEDIATE transaction so that two instances opening an old database at once serialise.
/// Refuses a database written by a newer build. Returns false with \a error set.
bool migrate(QSqlDatabase &db, int targetVersion, QString *error);

/// The SQL statements that turn schema version \a version - 1 into \a version (tests build old databases
/// from them).
[[nodiscard]] QStringList migrationStatements(int version);

} // namespace ra::journalschema
