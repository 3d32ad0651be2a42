// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/linecomment.h"

#include "review/reviewsubject.h"

#include <QHash>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace ra::review {

namespace {

const QString Opening = u"<!-- release-assistant:line-comment "_s;
const QString Closing = u"-->"_s;

/// Text shown to people must never open a marker (an approval marker least of all), whatever it contains.
QString defused(QString text)
{
    return text.replace(u"<!--"_s, u"&lt;!--"_s);
}

QString rangeText(int firstLine, int lastLine)
{
    return firstLine == lastLine ? QString::number(firstLine) : u"%1-%2"_s.arg(firstLine).arg(lastLine);
}

std::optional<LineComment> refuse(QString *reason, const QString &why)
{
    if (reason) {
        *reason = why;
    }
    return std::nullopt;
}

} // namespace

QStringList LineComment::notesLines(const QString &notes)
{
    QStringList lines = notes.split(u'\n');
    if (!lines.isEmpty() && lines.last().isEmpty()) {
        lines.removeLast();
    }
    return lines;
}

QString LineComment::compose(const TrackingIssueContent &content, int firstLine, int lastLine, const QString &text,
                             QString *error)
{
    const QStringList lines = notesLines(content.notes);
    const QString words = text.trimmed();
    QString problem;
    if (firstLine < 1 || lastLine < firstLine || lastLine > lines.size()) {
        problem = u"lines %1 are outside the notes of revision %2, which have %3 line(s): pick lines 1 to %3"_s
                      .arg(rangeText(firstLine, lastLine))
                      .arg(content.revision)
                      .arg(lines.size());
    } else if (words.isEmpty()) {
        problem = u"the comment is empty: write what should change on that line"_s;
    } else if (words.size() > MaxTextLength) {
        problem = u"the comment has %1 characters, more than the %2 GitHub can take: shorten it"_s.arg(words.size())
                      .arg(MaxTextLength);
    }
    if (!problem.isEmpty()) {
        if (error) {
            *error = problem;
        }
        return {};
    }
    const QString marker = Opening +
                           u"v1 release=%1 revision=%2 digest=%3 lines=%4 "_s.arg(
                               QString::fromLatin1(QUrl::toPercentEncoding(content.tag)),
                               QString::number(content.revision), content.digest, rangeText(firstLine, lastLine)) +
                           Closing;
    const QString where =
        firstLine == lastLine ? u"line %1"_s.arg(firstLine) : u"lines %1–%2"_s.arg(firstLine).arg(lastLine);
    QString body = marker + u"\n💬 On %1 of the notes (revision %2):\n\n"_s.arg(where).arg(content.revision);
    for (int i = firstLine; i <= lastLine; ++i) {
        body += u"> "_s + defused(lines[i - 1]) + u'\n';
    }
    return body + u'\n' + defused(words) + u'\n';
}

bool LineComment::isLineComment(const QString &commentBody)
{
    return commentBody.contains(Opening);
}

std::optional<LineComment> LineComment::parse(const QString &commentBody, QString *reason)
{
    const qsizetype start = commentBody.indexOf(Opening);
    if (start < 0) {
        return refuse(reason, u"no line-comment marker"_s);
    }
    if (commentBody.indexOf(Opening, start + 1) >= 0) {
        return refuse(reason, u"more than one line-comment marker"_s);
    }
    const qsizetype inner = start + Opening.size();
    const qsizetype end = commentBody.indexOf(Closing, inner);
    if (end < 0) {
        return refuse(reason, u"the line-comment marker is not closed"_s);
    }
    static const QRegularExpression spaces(u"\\s+"_s);
    const QStringList tokens = commentBody.mid(inner, end - inner).split(spaces, Qt::SkipEmptyParts);
    if (tokens.value(0) != u"v1"_s) {
        return refuse(reason, u"unknown line-comment version \"%1\""_s.arg(tokens.value(0)));
    }
    QHash<QString, QString> fields;
    for (qsizetype i = 1; i < tokens.size(); ++i) {
        const qsizetype equals = tokens[i].indexOf(u'=');
        const QString key = tokens[i].left(equals);
        if (equals <= 0 || fields.contains(key)) {
            return refuse(reason, u"malformed or repeated field \"%1\" in the marker"_s.arg(tokens[i]));
        }
        fields.insert(key, tokens[i].mid(equals + 1));
    }
    LineComment comment;
    comment.release = QUrl::fromPercentEncoding(fields.value(u"release"_s).toUtf8());
    comment.digest = fields.value(u"digest"_s);
    bool revisionOk = false;
    comment.revision = fields.value(u"revision"_s).toInt(&revisionOk);
    static const QRegularExpression range(u"^([1-9][0-9]{0,6})(?:-([1-9][0-9]{0,6}))?$"_s);
    const auto match = range.match(fields.value(u"lines"_s));
    if (comment.release.isEmpty() || !isDigest(comment.digest) || !revisionOk || comment.revision < 1 ||
        !match.hasMatch()) {
        return refuse(reason, u"the marker lacks a valid release, revision, digest or line range"_s);
    }
    comment.firstLine = match.captured(1).toInt();
    comment.lastLine = match.captured(2).isEmpty() ? comment.firstLine : match.captured(2).toInt();
    if (comment.lastLine < comment.firstLine) {
        return refuse(reason, u"the line range %1 runs backwards"_s.arg(fields.value(u"lines"_s)));
    }
    // The text is what follows the heading and the quote; a reader may have reflowed the blank lines.
    QStringList rest = commentBody.mid(end + Closing.size()).split(u'\n');
    qsizetype i = 0;
    while (i < rest.size() && (rest[i].trimmed().isEmpty() || rest[i].startsWith(u"💬"_s))) {
        ++i;
    }
    while (i < rest.size() && rest[i].startsWith(u'>')) {
        ++i;
    }
    comment.text = rest.mid(i).join(u'\n').trimmed();
    if (comment.text.isEmpty()) {
        return refuse(reason, u"the comment has no text after the quoted line(s)"_s);
    }
    return comment;
}

} // namespace ra::review
