// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/tableformats_p.h"

using namespace Qt::StringLiterals;

namespace ra::scoring::detail {

namespace {

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r')) {
        return text;
    }
    QString quoted = text;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

/// Splits RFC 4180 text into records of fields; std::nullopt on an unterminated quote.
std::optional<QList<QStringList>> csvRecords(const QString &text, QString *error)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldWasQuoted = false;
    const auto endRecord = [&] {
        record.append(field);
        field.clear();
        fieldWasQuoted = false;
        if (record.size() > 1 || !record.constFirst().isEmpty()) {
            records.append(record);
        }
        record.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field.append(c);
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field.append(c);
            }
        } else if (c == u'"' && field.isEmpty() && !fieldWasQuoted) {
            quoted = true;
            fieldWasQuoted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
            fieldWasQuoted = false;
        } else if (c == u'\n') {
            endRecord();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            continue;
        } else {
            field.append(c);
        }
    }
    if (quoted) {
        if (error) {
            *error = u"a quoted field is never closed"_s;
        }
        return std::nullopt;
    }
    if (!field.isEmpty() || !record.isEmpty() || fieldWasQuoted) {
        endRecord();
    }
    return records;
}

} // namespace

QString writeCsv(const QList<SoftwareVersion> &rows)
{
    QString out = kColumns.join(u',') + u'\n';
    for (const SoftwareVersion &row : rows) {
        out += QStringList{csvField(row.software), csvField(row.name), formatTimestamp(row.releasedOn),
                           row.replacedOn ? formatTimestamp(*row.replacedOn) : QString(),
                           row.prerelease ? u"true"_s : u"false"_s}
                   .join(u',') +
               u'\n';
    }
    return out;
}

std::optional<QList<SoftwareVersion>> readCsv(const QString &text, QString *error)
{
    const std::optional<QList<QStringList>> records = csvRecords(text, error);
    if (!records) {
        return std::nullopt;
    }
    if (records->isEmpty()) {
        if (error) {
            *error = u"the header line '%1' is missing"_s.arg(kColumns.join(u','));
        }
        return std::nullopt;
    }
    QStringList header = records->constFirst();
    for (QString &column : header) {
        column = column.trimmed();
    }
    QList<qsizetype> order;
    for (const QString &column : kColumns) {
        const qsizetype index = header.indexOf(column);
        if (index < 0 || header.count(column) > 1) {
            if (error) {
                *error = u"the header must name each of %1 once"_s.arg(kColumns.join(u", "_s));
            }
            return std::nullopt;
        }
        order.append(index);
    }
    QList<SoftwareVersion> rows;
    for (qsizetype i = 1; i < records->size(); ++i) {
        const QStringList &record = records->at(i);
        if (record.size() != header.size()) {
            if (error) {
                *error = u"record %1 has %2 fields, the header %3"_s.arg(i + 1).arg(record.size()).arg(header.size());
            }
            return std::nullopt;
        }
        QStringList values;
        for (qsizetype index : std::as_const(order)) {
            values.append(record.at(index));
        }
        std::optional<SoftwareVersion> row = rowFromTexts(values, u"record %1"_s.arg(i + 1), error);
        if (!row) {
            return std::nullopt;
        }
        rows.append(*row);
    }
    return rows;
}

} // namespace ra::scoring::detail
