// SPDX-License-Identifier: GPL-3.0-or-later
#include "packages/controlfile.h"

using namespace Qt::StringLiterals;

namespace ra::packages {

namespace {

bool isValidFieldName(QStringView name)
{
    // Policy §5.1: US-ASCII printable characters except control characters, space and colon; must not
    // begin with "#" or "-".
    if (name.isEmpty() || name.front() == u'#' || name.front() == u'-') {
        return false;
    }
    for (const QChar c : name) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f || c == u':') {
            return false;
        }
    }
    return true;
}

} // namespace

std::optional<ControlFile> ControlFile::parse(const QByteArray &data, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<ControlFile> {
        if (error) {
            *error = message;
        }
        return std::nullopt;
    };
    const QString text = QString::fromUtf8(data);
    if (text.contains(QChar::ReplacementCharacter)) {
        return fail(u"the control file is not valid UTF-8"_s);
    }
    ControlFile control;
    const QStringList lines = text.split(u'\n');
    bool paragraphEnded = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QStringView line = lines.at(i);
        if (line.endsWith(u'\r')) {
            line.chop(1);
        }
        const int lineNumber = int(i + 1);
        if (line.trimmed().isEmpty()) {
            paragraphEnded = !control.m_fields.isEmpty();
            continue;
        }
        if (line.startsWith(u'#')) {
            continue;
        }
        if (paragraphEnded) {
            return fail(
                u"line %1: a binary package's control file has one paragraph, found a second"_s.arg(lineNumber));
        }
        if (line.front() == u' ' || line.front() == u'\t') {
            if (control.m_fields.isEmpty()) {
                return fail(u"line %1: a continuation line comes before any field"_s.arg(lineNumber));
            }
            QString &value = control.m_fields.last().value;
            value += u'\n' + line.trimmed().toString();
            continue;
        }
        const qsizetype colon = line.indexOf(u':');
        if (colon < 0) {
            return fail(u"line %1: expected \"Field: value\", found \"%2\""_s.arg(lineNumber).arg(line.left(60)));
        }
        const QStringView name = line.left(colon);
        if (!isValidFieldName(name)) {
            return fail(u"line %1: \"%2\" is not a valid field name"_s.arg(lineNumber).arg(name.left(60)));
        }
        if (!control.value(name.toString()).isNull()) {
            return fail(u"line %1: field %2 appears twice"_s.arg(lineNumber).arg(name));
        }
        control.m_fields.append({name.toString(), line.mid(colon + 1).trimmed().toString()});
    }
    for (const QString &required : {u"Package"_s, u"Version"_s, u"Architecture"_s}) {
        if (control.value(required).isEmpty()) {
            return fail(u"the control file has no %1 field"_s.arg(required));
        }
    }
    return control;
}

QList<ControlFile::Field> ControlFile::fields() const
{
    return m_fields;
}

QString ControlFile::value(const QString &name) const
{
    for (const Field &field : m_fields) {
        if (field.name.compare(name, Qt::CaseInsensitive) == 0) {
            return field.value;
        }
    }
    return {};
}

QString ControlFile::package() const
{
    return value(u"Package"_s);
}

QString ControlFile::version() const
{
    return value(u"Version"_s);
}

QString ControlFile::architecture() const
{
    return value(u"Architecture"_s);
}

} // namespace ra::packages
