// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scoring/softwareversion.h"

#include <QJsonObject>
#include <QList>

namespace ra::scoring {

/// The file forms of the table. Each one reads back exactly what it wrote.
enum class TableFormat {
    Sql, ///< `INSERT INTO software_versions VALUES (...);` as aleph-scoring's SQL files write them
    Csv, ///< RFC 4180, header `software,name,released_on,replaced_on,prerelease`
    Json, ///< an array of objects with the column names as keys
    Markdown, ///< a GitHub table as in the reference documents
};

[[nodiscard]] QString formatName(TableFormat format);
[[nodiscard]] std::optional<TableFormat> formatFromName(const QString &name);
/// The format a file name's extension implies (.sql, .csv, .json, .md/.markdown).
[[nodiscard]] std::optional<TableFormat> formatFromPath(const QString &path);

[[nodiscard]] QString writeTable(const QList<SoftwareVersion> &rows, TableFormat format);
/// Parses \a text; std::nullopt with \a error (saying where) when it is not a table in \a format.
[[nodiscard]] std::optional<QList<SoftwareVersion>> readTable(const QString &text, TableFormat format, QString *error);

/// Reads a table file, in the format its extension names unless \a format is given.
[[nodiscard]] std::optional<QList<SoftwareVersion>> loadTableFile(const QString &path, QString *error,
                                                                  std::optional<TableFormat> format = std::nullopt);
/// Writes a table file atomically.
bool saveTableFile(const QString &path, const QList<SoftwareVersion> &rows, QString *error,
                   std::optional<TableFormat> format = std::nullopt);

[[nodiscard]] QJsonObject rowToJson(const SoftwareVersion &row);
[[nodiscard]] std::optional<SoftwareVersion> rowFromJson(const QJsonObject &object, QString *error);
/// `INSERT INTO software_versions\nVALUES (...);` for one row.
[[nodiscard]] QString sqlInsertStatement(const SoftwareVersion &row);

} // namespace ra::scoring
