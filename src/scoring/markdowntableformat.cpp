// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/tableformats_p.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ra::scoring::detail {

namespace {

QString markdownCell(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s);
    escaped.replace(u'|', u"\\|"_s);
    return escaped;
}

/// The cells of one table line, with `\|` and `\\` unescaped.
QStringList markdownCells(const QString &line)
{
    QString body = line.trimmed();
    if (body.startsWith(u'|')) {
        body.remove(0, 1);
    }
    QStringList cells;
    QString cell;
    bool closed = false;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QChar c = body.at(i);
        closed = false;
        if (c == u'\\' && i + 1 < body.size() && (body.at(i + 1) == u'|' || body.at(i + 1) == u'\\')) {
            cell.append(body.at(++i));
        } else if (c == u'|') {
            cells.append(cell.trimmed());
            cell.clear();
            closed = true;
        } else {
            cell.append(c);
        }
    }
    if (!closed) {
        cells.append(cell.trimmed());
    }
    return cells;
}

} // namespace

QString writeMarkdown(const QList<SoftwareVersion> &rows)
{
    QString out = u"| "_s + kColumns.join(u" | "_s) + u" |\n|---|---|---|---|---|\n"_s;
    for (const SoftwareVersion &row : rows) {
        out += u"| %1 | %2 | %3 | %4 | %5 |\n"_s.arg(
            markdownCell(row.software), markdownCell(row.name), formatTimestamp(row.releasedOn),
            row.replacedOn ? formatTimestamp(*row.replacedOn) : u"null"_s, row.prerelease ? u"true"_s : u"false"_s);
    }
    return out;
}

std::optional<QList<SoftwareVersion>> readMarkdown(const QString &text, QString *error)
{
    static const QRegularExpression separator(uR"(^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?$)"_s);
    const auto fail = [&](const QString &why) -> std::optional<QList<SoftwareVersion>> {
        if (error) {
            *error = why;
        }
        return std::nullopt;
    };
    const QStringList lines = text.split(u'\n');
    qsizetype headerLine = -1;
    QList<SoftwareVersion> rows;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty()) {
            continue;
        }
        if (!line.startsWith(u'|')) {
            return fail(u"line %1 is not a table row"_s.arg(i + 1));
        }
        if (headerLine < 0) {
            QStringList header = markdownCells(line);
            for (QString &column : header) {
                column.remove(u'`');
            }
            if (header != kColumns) {
                return fail(u"line %1: the header must be | %2 |"_s.arg(i + 1).arg(kColumns.join(u" | "_s)));
            }
            headerLine = i;
            continue;
        }
        if (i == headerLine + 1 || separator.match(line).hasMatch()) {
            if (!separator.match(line).hasMatch()) {
                return fail(u"line %1: the header must be followed by a |---| separator line"_s.arg(i + 1));
            }
            continue;
        }
        std::optional<SoftwareVersion> row = rowFromTexts(markdownCells(line), u"line %1"_s.arg(i + 1), error);
        if (!row) {
            return std::nullopt;
        }
        rows.append(*row);
    }
    if (headerLine < 0) {
        return fail(u"no table found"_s);
    }
    return rows;
}

} // namespace ra::scoring::detail
