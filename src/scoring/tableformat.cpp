// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/tableformat.h"

#include "scoring/releasechangeset.h"
#include "scoring/tableformats_p.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace ra::scoring {

namespace detail {

std::optional<bool> parseBool(const QString &text)
{
    const QString value = text.trimmed().toLower();
    if (value == u"true"_s || value == u"t"_s || value == u"1"_s) {
        return true;
    }
    if (value == u"false"_s || value == u"f"_s || value == u"0"_s) {
        return false;
    }
    return std::nullopt;
}

std::optional<SoftwareVersion> rowFromTexts(const QStringList &values, const QString &where, QString *error)
{
    const auto fail = [&](const QString &why) -> std::optional<SoftwareVersion> {
        if (error) {
            *error = where + u": "_s + why;
        }
        return std::nullopt;
    };
    if (values.size() != kColumns.size()) {
        return fail(
            u"expected %1 values (%2), found %3"_s.arg(kColumns.size()).arg(kColumns.join(u", "_s)).arg(values.size()));
    }
    SoftwareVersion row;
    row.software = values.at(0);
    row.name = values.at(1);
    QString why;
    row.releasedOn = parseTimestamp(values.at(2), false, &why);
    if (!row.releasedOn.isValid()) {
        return fail(u"released_on: "_s + why);
    }
    const QString replaced = values.at(3).trimmed();
    if (!replaced.isEmpty() && replaced.compare(u"null"_s, Qt::CaseInsensitive) != 0) {
        row.replacedOn = parseTimestamp(replaced, false, &why);
        if (!row.replacedOn->isValid()) {
            return fail(u"replaced_on: "_s + why);
        }
    }
    const std::optional<bool> prerelease = parseBool(values.at(4));
    if (!prerelease) {
        return fail(u"prerelease: '%1' is neither true nor false"_s.arg(values.at(4)));
    }
    row.prerelease = *prerelease;
    return row;
}

} // namespace detail

QString formatName(TableFormat format)
{
    switch (format) {
    case TableFormat::Sql:
        return u"sql"_s;
    case TableFormat::Csv:
        return u"csv"_s;
    case TableFormat::Json:
        return u"json"_s;
    case TableFormat::Markdown:
        return u"markdown"_s;
    }
    return {};
}

std::optional<TableFormat> formatFromName(const QString &name)
{
    for (TableFormat format : {TableFormat::Sql, TableFormat::Csv, TableFormat::Json, TableFormat::Markdown}) {
        if (formatName(format) == name.toLower()) {
            return format;
        }
    }
    if (name.toLower() == u"md"_s) {
        return TableFormat::Markdown;
    }
    return std::nullopt;
}

std::optional<TableFormat> formatFromPath(const QString &path)
{
    return formatFromName(QFileInfo(path).suffix());
}

QJsonObject rowToJson(const SoftwareVersion &row)
{
    return {{u"software"_s, row.software},
            {u"name"_s, row.name},
            {u"released_on"_s, formatTimestamp(row.releasedOn)},
            {u"replaced_on"_s,
             row.replacedOn ? QJsonValue(formatTimestamp(*row.replacedOn)) : QJsonValue(QJsonValue::Null)},
            {u"prerelease"_s, row.prerelease}};
}

std::optional<SoftwareVersion> rowFromJson(const QJsonObject &object, QString *error)
{
    const auto fail = [&](const QString &why) -> std::optional<SoftwareVersion> {
        if (error) {
            *error = why;
        }
        return std::nullopt;
    };
    for (const QString &key : {u"software"_s, u"name"_s, u"released_on"_s}) {
        if (!object.value(key).isString()) {
            return fail(u"'%1' must be a string"_s.arg(key));
        }
    }
    const QJsonValue replaced = object.value(u"replaced_on"_s);
    if (!replaced.isNull() && !replaced.isUndefined() && !replaced.isString()) {
        return fail(u"'replaced_on' must be a string or null"_s);
    }
    const QJsonValue prerelease = object.value(u"prerelease"_s);
    if (!prerelease.isBool() && !prerelease.isUndefined()) {
        return fail(u"'prerelease' must be true or false"_s);
    }
    return detail::rowFromTexts({object.value(u"software"_s).toString(), object.value(u"name"_s).toString(),
                                 object.value(u"released_on"_s).toString(),
                                 replaced.isString() ? replaced.toString() : QString(),
                                 prerelease.toBool() ? u"true"_s : u"false"_s},
                                u"row"_s, error);
}

QString sqlInsertStatement(const SoftwareVersion &row)
{
    return u"INSERT INTO software_versions\nVALUES (%1, %2, %3, %4, %5);"_s.arg(
        sqlQuote(row.software), sqlQuote(row.name), sqlQuote(formatTimestamp(row.releasedOn)),
        row.replacedOn ? sqlQuote(formatTimestamp(*row.replacedOn)) : u"null"_s,
        row.prerelease ? u"true"_s : u"false"_s);
}

QString writeTable(const QList<SoftwareVersion> &rows, TableFormat format)
{
    switch (format) {
    case TableFormat::Sql:
        return detail::writeSql(rows);
    case TableFormat::Csv:
        return detail::writeCsv(rows);
    case TableFormat::Markdown:
        return detail::writeMarkdown(rows);
    case TableFormat::Json:
        break;
    }
    QJsonArray array;
    for (const SoftwareVersion &row : rows) {
        array.append(rowToJson(row));
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

std::optional<QList<SoftwareVersion>> readTable(const QString &text, TableFormat format, QString *error)
{
    switch (format) {
    case TableFormat::Sql:
        return detail::readSql(text, error);
    case TableFormat::Csv:
        return detail::readCsv(text, error);
    case TableFormat::Markdown:
        return detail::readMarkdown(text, error);
    case TableFormat::Json:
        break;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error) {
            *error = u"not JSON at offset %1: %2"_s.arg(parseError.offset).arg(parseError.errorString());
        }
        return std::nullopt;
    }
    QJsonArray array = document.array();
    if (document.isObject() && document.object().value(u"software_versions"_s).isArray()) {
        array = document.object().value(u"software_versions"_s).toArray();
    } else if (!document.isArray()) {
        if (error) {
            *error = u"expected a JSON array of rows (or an object with a \"software_versions\" array)"_s;
        }
        return std::nullopt;
    }
    QList<SoftwareVersion> rows;
    for (qsizetype i = 0; i < array.size(); ++i) {
        QString why;
        std::optional<SoftwareVersion> row = rowFromJson(array.at(i).toObject(), &why);
        if (!array.at(i).isObject() || !row) {
            if (error) {
                *error = u"row %1: %2"_s.arg(i + 1).arg(array.at(i).isObject() ? why : u"not an object"_s);
            }
            return std::nullopt;
        }
        rows.append(*row);
    }
    return rows;
}

std::optional<QList<SoftwareVersion>> loadTableFile(const QString &path, QString *error,
                                                    std::optional<TableFormat> format)
{
    const auto fail = [&](const QString &why) -> std::optional<QList<SoftwareVersion>> {
        if (error) {
            *error = why;
        }
        return std::nullopt;
    };
    if (!format) {
        format = formatFromPath(path);
    }
    if (!format) {
        return fail(u"Cannot tell the format of '%1': name it .sql, .csv, .json or .md."_s.arg(path));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(u"Cannot read '%1': %2."_s.arg(path, file.errorString()));
    }
    QString why;
    std::optional<QList<SoftwareVersion>> rows = readTable(QString::fromUtf8(file.readAll()), *format, &why);
    if (!rows) {
        return fail(u"'%1' is not a valid %2 table: %3."_s.arg(path, formatName(*format), why));
    }
    return rows;
}

bool saveTableFile(const QString &path, const QList<SoftwareVersion> &rows, QString *error,
                   std::optional<TableFormat> format)
{
    if (!format) {
        format = formatFromPath(path);
    }
    QSaveFile file(path);
    if (!format || !file.open(QIODevice::WriteOnly) || file.write(writeTable(rows, *format).toUtf8()) < 0 ||
        !file.commit()) {
        if (error) {
            *error = format ? u"Cannot write '%1': %2."_s.arg(path, file.errorString())
                            : u"Cannot tell the format of '%1': name it .sql, .csv, .json or .md."_s.arg(path);
        }
        return false;
    }
    return true;
}

} // namespace ra::scoring
