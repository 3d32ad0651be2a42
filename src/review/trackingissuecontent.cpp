// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/trackingissuecontent.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ra::review {

namespace {

const QString TrackingMarker = u"<!-- release-assistant:tracking "_s;
const QString RevisionMarker = u"<!-- release-assistant:revision "_s;
const QString NotesMarker = u"<!-- release-assistant:notes "_s;
const QString TableHeader = u"| Asset | Size (bytes) | sha256 |"_s;
const QString TableRule = u"|---|---|---|"_s;

/// Asset names go in a code span of a table cell: these characters would end either, so they are escaped.
QString encodedName(const QString &name)
{
    QString out;
    for (const QChar c : name) {
        if (c == u'%' || c == u'`' || c == u'|' || c == u'\n' || c == u'\r') {
            out += u'%' + QString::number(c.unicode(), 16).rightJustified(2, u'0').toUpper();
        } else {
            out += c;
        }
    }
    return out;
}

QString decodedName(const QString &text)
{
    return QString::fromUtf8(QByteArray::fromPercentEncoding(text.toUtf8()));
}

/// A fence of backticks longer than any run of them in \a text (at least five), so the text cannot close it.
QString fenceFor(const QString &text)
{
    qsizetype longest = 0;
    qsizetype run = 0;
    for (const QChar c : text) {
        run = c == u'`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return QString(std::max<qsizetype>(5, longest + 1), u'`');
}

QString stateSuffix(StepState state)
{
    switch (state) {
    case StepState::InProgress:
        return u" — in progress"_s;
    case StepState::NeedsAttention:
        return u" — needs attention"_s;
    case StepState::NotStarted:
    case StepState::Done:
        break;
    }
    return {};
}

QString marker(const QString &opening, const TrackingIssueContent &content)
{
    return opening +
           u"v1 release=%1 revision=%2 digest=%3 -->"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(content.tag)),
                                                            QString::number(content.revision), content.digest);
}

QString renderSubject(const TrackingIssueContent &content, const QString &summary)
{
    QString text = u"- Version: `%1`\n- Content digest: `%2`\n\n"_s.arg(encodedName(content.tag), content.digest);
    text += TableHeader + u'\n' + TableRule + u'\n';
    QList<ReviewedAsset> sorted = content.assets;
    std::ranges::sort(sorted,
                      [](const ReviewedAsset &a, const ReviewedAsset &b) { return a.name.toUtf8() < b.name.toUtf8(); });
    for (const ReviewedAsset &asset : std::as_const(sorted)) {
        text +=
            u"| `%1` | %2 | %3 |\n"_s.arg(encodedName(asset.name), QString::number(asset.size),
                                          asset.sha256.isEmpty() ? u"none"_s : u'`' + asset.sha256.toLower() + u'`');
    }
    QString notes = content.notes;
    notes.replace(u"\r\n"_s, u"\n"_s);
    const bool finalNewline = notes.endsWith(u'\n');
    if (finalNewline) {
        notes.chop(1);
    }
    const QString fence = fenceFor(notes);
    text += u"\n<details open><summary>%1</summary>\n\n"_s.arg(summary);
    text += NotesMarker + u"final-newline=%1 -->\n"_s.arg(finalNewline ? u"yes"_s : u"no"_s);
    text += fence + u"markdown\n"_s + notes + u'\n' + fence + u"\n\n</details>\n"_s;
    return text;
}

/// Reads the marker opening with \a opening at the very start of \a body (\a anywhere: its first occurrence).
bool readMarker(const QString &body, const QString &opening, bool anywhere, TrackingIssueContent &content,
                qsizetype *end, QString *error)
{
    const qsizetype start = body.indexOf(opening);
    if (start < 0 || (!anywhere && start != 0)) {
        *error = u"it has no %1 marker"_s.arg(opening.mid(5).trimmed());
        return false;
    }
    const qsizetype close = body.indexOf(u"-->"_s, start + opening.size());
    if (close < 0) {
        *error = u"its %1 marker is not closed"_s.arg(opening.mid(5).trimmed());
        return false;
    }
    static const QRegularExpression spaces(u"\\s+"_s);
    const QStringList tokens =
        body.mid(start + opening.size(), close - start - opening.size()).split(spaces, Qt::SkipEmptyParts);
    if (tokens.value(0) != u"v1"_s) {
        *error = u"its marker has an unknown version '%1' (a newer Release Assistant wrote it?)"_s.arg(tokens.value(0));
        return false;
    }
    QHash<QString, QString> fields;
    for (qsizetype i = 1; i < tokens.size(); ++i) {
        const qsizetype equals = tokens[i].indexOf(u'=');
        if (equals <= 0 || fields.contains(tokens[i].left(equals))) {
            *error = u"its marker has a malformed or repeated field '%1'"_s.arg(tokens[i]);
            return false;
        }
        fields.insert(tokens[i].left(equals), tokens[i].mid(equals + 1));
    }
    bool number = false;
    content.tag = QUrl::fromPercentEncoding(fields.value(u"release"_s).toUtf8());
    content.revision = fields.value(u"revision"_s).toInt(&number);
    content.digest = fields.value(u"digest"_s);
    if (content.tag.isEmpty() || !number || content.revision < 1 || !isDigest(content.digest)) {
        *error = u"its marker lacks a release, a revision from 1 or a sha256 digest"_s;
        return false;
    }
    *end = close + 3;
    return true;
}

bool readAssets(const QString &body, qsizetype from, TrackingIssueContent &content, qsizetype *end, QString *error)
{
    const qsizetype header = body.indexOf(u'\n' + TableHeader + u'\n' + TableRule + u'\n', from);
    if (header < 0) {
        *error = u"its asset table is missing"_s;
        return false;
    }
    static const QRegularExpression row(u"^\\| `([^`]*)` \\| ([0-9]{1,15}) \\| (?:`([0-9a-f]{64})`|none) \\|$"_s);
    qsizetype position = header + TableHeader.size() + TableRule.size() + 3;
    while (position < body.size() && body.at(position) == u'|') {
        qsizetype lineEnd = body.indexOf(u'\n', position);
        if (lineEnd < 0) {
            lineEnd = body.size();
        }
        const QString line = body.mid(position, lineEnd - position);
        const QRegularExpressionMatch match = row.match(line);
        if (!match.hasMatch()) {
            *error = u"its asset table has a row that is not `name` | size | `sha256`: %1"_s.arg(line.left(200));
            return false;
        }
        content.assets.append({decodedName(match.captured(1)), match.captured(3), match.captured(2).toLongLong()});
        position = lineEnd + 1;
    }
    *end = position;
    return true;
}

bool readNotes(const QString &body, qsizetype from, TrackingIssueContent &content, QString *error)
{
    static const QRegularExpression notesMarker(
        u"<!-- release-assistant:notes final-newline=(yes|no) -->\\n(`{5,})markdown\\n"_s);
    const QRegularExpressionMatch match = notesMarker.match(body, from);
    if (!match.hasMatch()) {
        *error = u"its notes block is missing or its fence was changed"_s;
        return false;
    }
    const QString fence = match.captured(2);
    const qsizetype start = match.capturedEnd(0);
    qsizetype close = body.indexOf(u'\n' + fence, start - 1);
    while (close >= 0) {
        const qsizetype after = close + 1 + fence.size();
        if (after == body.size() || body.at(after) == u'\n') {
            break;
        }
        close = body.indexOf(u'\n' + fence, close + 1);
    }
    if (close < 0) {
        *error = u"its notes block is not closed"_s;
        return false;
    }
    content.notes = close < start ? QString() : body.mid(start, close - start);
    if (match.captured(1) == u"yes"_s) {
        content.notes += u'\n';
    }
    return true;
}

bool readChecklist(const QString &body, TrackingIssueContent &content)
{
    static const QRegularExpression item(u"^- \\[( |x)\\] [1-7]\\. (.*?)(?: — (in progress|needs attention))?$"_s,
                                         QRegularExpression::MultilineOption);
    auto it = item.globalMatch(body);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        StepState state = match.captured(1) == u"x"_s ? StepState::Done : StepState::NotStarted;
        if (match.captured(3) == u"in progress"_s) {
            state = StepState::InProgress;
        } else if (match.captured(3) == u"needs attention"_s) {
            state = StepState::NeedsAttention;
        }
        content.checklist.append({match.captured(2), state});
    }
    return true;
}

std::optional<TrackingIssueContent> parse(QString body, const QString &opening, bool anywhere, QString *error)
{
    body.replace(u"\r\n"_s, u"\n"_s); // github.com stores web edits with CRLF
    TrackingIssueContent content;
    qsizetype position = 0;
    QString why;
    if (!readMarker(body, opening, anywhere, content, &position, &why) ||
        !readAssets(body, position, content, &position, &why) || !readNotes(body, position, content, &why)) {
        *error = u"The tracking issue's content cannot be read: %1"_s.arg(why);
        return std::nullopt;
    }
    const QString digest = content.subject().digest();
    if (digest != content.digest) {
        *error = u"The tracking issue's content does not match its digest (it says %1, its notes and assets give "
                 u"%2): it was edited by hand"_s.arg(content.digest, digest);
        return std::nullopt;
    }
    if (opening == TrackingMarker) {
        readChecklist(body, content);
    }
    return content;
}

} // namespace

TrackingIssueContent TrackingIssueContent::fromSubject(const ReviewSubject &subject, int revision)
{
    TrackingIssueContent content;
    content.tag = subject.tag;
    content.notes = subject.notes;
    content.assets = subject.assets;
    content.digest = subject.digest();
    content.revision = revision;
    return content;
}

QStringList TrackingIssueContent::defaultChecklist()
{
    return {u"Packages tested on the staging servers"_s,
            u"Git tag assigned"_s,
            u"Release listed in the node scoring table"_s,
            u"Draft release notes prepared"_s,
            u"Packages attached to the draft"_s,
            u"Notes reviewed and published"_s,
            u"Release announced"_s};
}

QList<ChecklistItem> TrackingIssueContent::checklistOf(const QStringList &labels,
                                                       const QList<std::pair<ReleaseStep, StepState>> &states)
{
    const QStringList names = labels.size() == allReleaseSteps().size() ? labels : defaultChecklist();
    QList<ChecklistItem> items;
    const QList<ReleaseStep> steps = allReleaseSteps();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        StepState state = StepState::NotStarted;
        for (const auto &[step, given] : states) {
            if (step == steps.at(i)) {
                state = given;
            }
        }
        items.append({names.at(i), state});
    }
    return items;
}

ReviewSubject TrackingIssueContent::subject() const
{
    return {tag, notes, assets};
}

QString TrackingIssueContent::renderBody() const
{
    QString text = marker(TrackingMarker, *this) + u'\n';
    text += u"Tracking the release of `%1`.\n\n"_s.arg(encodedName(tag));
    if (!draftUrl.isEmpty()) {
        text += u"Draft release (visible to maintainers only): %1\n\n"_s.arg(draftUrl.toString());
    }
    text += u"### Checklist\n\n"_s;
    const QList<ChecklistItem> items = checklist.isEmpty() ? checklistOf({}, {}) : checklist;
    for (qsizetype i = 0; i < items.size(); ++i) {
        QString label = items.at(i).label;
        label.replace(u'\n', u' ');
        text += u"- [%1] %2. %3%4\n"_s.arg(items.at(i).state == StepState::Done ? u"x"_s : u" "_s)
                    .arg(i + 1)
                    .arg(label, stateSuffix(items.at(i).state));
    }
    text += u"\n### Under review: revision %1\n\n"_s.arg(revision);
    text += renderSubject(*this, u"Release notes under review (revision %1)"_s.arg(revision));
    text += u"\nReviewers approve this exact revision of the notes, assets and version with Release Assistant "
            u"(`release-assistant-cli review show --release %1`, then `review approve --release %1`); their "
            u"comments carry the digest they approve. Any change to the draft makes a new revision, posted below, "
            u"and needs a new approval.\n"_s.arg(encodedName(tag));
    return text;
}

bool TrackingIssueContent::hasContent(const QString &body)
{
    return body.startsWith(TrackingMarker);
}

std::optional<TrackingIssueContent> TrackingIssueContent::parseBody(const QString &body, QString *error)
{
    return parse(body, TrackingMarker, false, error);
}

QString TrackingIssueContent::renderRevisionComment() const
{
    return marker(RevisionMarker, *this) +
           u"\n📝 Revision %1 of release `%2` is under review (digest `%3`).\n\n"_s.arg(revision).arg(
               encodedName(tag), digest.mid(7, 12)) +
           renderSubject(*this, u"Notes and assets of revision %1"_s.arg(revision));
}

bool TrackingIssueContent::isRevisionComment(const QString &commentBody)
{
    return commentBody.startsWith(RevisionMarker);
}

std::optional<TrackingIssueContent> TrackingIssueContent::parseRevisionComment(const QString &commentBody,
                                                                               QString *error)
{
    return parse(commentBody, RevisionMarker, false, error);
}

} // namespace ra::review
