// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/playbookfile.h"

#include <QRegularExpression>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace ra {

namespace {

// A value written in double quotes keeps its spaces; "" is the empty value. No escapes.
QString unquote(const QString &value)
{
    if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"')) {
        return value.mid(1, value.size() - 2);
    }
    return value;
}

} // namespace

PlaybookFile PlaybookFile::parse(const QByteArray &content)
{
    PlaybookFile file;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(content);
    if (decoder.hasError()) {
        file.problems.append({0, u"the file is not valid UTF-8"_s, u"save it as UTF-8"_s});
        return file;
    }
    if (text.startsWith(QChar(0xfeff))) {
        text.remove(0, 1);
    }
    static const QRegularExpression header(uR"(^\[\s*([a-z][a-z0-9-]*)(?:\s+([^\]\s]+))?\s*\]$)"_s);
    static const QRegularExpression entry(uR"(^([a-z][a-z0-9-]*)\s*=\s*(.*)$)"_s);
    const QStringList lines = text.split(u'\n');
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const int number = static_cast<int>(index) + 1;
        const QString line = lines.at(index).trimmed();
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u';')) {
            continue;
        }
        if (line.startsWith(u'[')) {
            const QRegularExpressionMatch match = header.match(line);
            if (!match.hasMatch()) {
                file.problems.append({number, u"malformed section header '%1'"_s.arg(line),
                                      u"write [name] or [name label] in lower case, e.g. [project] or "
                                      u"[staging ovh]"_s});
                // Keep the lines that follow from landing in the previous section.
                file.sections.append(Section{u"?"_s, {}, number, {}});
                continue;
            }
            file.sections.append(Section{match.captured(1), match.captured(2), number, {}});
            continue;
        }
        const QRegularExpressionMatch match = entry.match(line);
        if (!match.hasMatch()) {
            file.problems.append({number, u"cannot read '%1'"_s.arg(line),
                                  u"write 'key = value' (keys are lower case, with '-'), or start the line with "
                                  u"'#' to make it a comment"_s});
            continue;
        }
        if (file.sections.isEmpty()) {
            file.problems.append({number, u"'%1' comes before any section"_s.arg(match.captured(1)),
                                  u"put it under a section header such as [project]"_s});
            continue;
        }
        file.sections.last().entries.append(Entry{match.captured(1), unquote(match.captured(2).trimmed()), number});
    }
    return file;
}

} // namespace ra
