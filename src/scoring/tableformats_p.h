// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The per-format readers and writers behind tableformat.h.

#include "scoring/softwareversion.h"

#include <QList>

namespace ra::scoring::detail {

inline const QStringList kColumns{QStringLiteral("software"), QStringLiteral("name"), QStringLiteral("released_on"),
                                  QStringLiteral("replaced_on"), QStringLiteral("prerelease")};

QString writeSql(const QList<SoftwareVersion> &rows);
std::optional<QList<SoftwareVersion>> readSql(const QString &text, QString *error);
QString writeCsv(const QList<SoftwareVersion> &rows);
std::optional<QList<SoftwareVersion>> readCsv(const QString &text, QString *error);
QString writeMarkdown(const QList<SoftwareVersion> &rows);
std::optional<QList<SoftwareVersion>> readMarkdown(const QString &text, QString *error);

/// Builds a row from the five column texts (\a replacedOn empty or "null" for null); \a where prefixes errors.
std::optional<SoftwareVersion> rowFromTexts(const QStringList &values, const QString &where, QString *error);
std::optional<bool> parseBool(const QString &text);

} // namespace ra::scoring::detail
