// SPDX-License-Identifier: GPL-3.0-or-later
#include "notes/commitclassifier.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ra::notes {

namespace {

struct TypeWord {
    ChangeKind kind;
    bool forumKeyword;
};

// Every type word seen in aleph-vm's history, case-insensitive; anything else before a colon is a subsystem.
const QHash<QString, TypeWord> &typeWords()
{
    static const QHash<QString, TypeWord> words{
        {u"fix"_s, {ChangeKind::Fix, true}},
        {u"fixes"_s, {ChangeKind::Fix, false}},
        {u"bugfix"_s, {ChangeKind::Fix, false}},
        {u"hotfix"_s, {ChangeKind::Fix, false}},
        {u"feature"_s, {ChangeKind::Feature, true}},
        {u"feat"_s, {ChangeKind::Feature, false}},
        {u"enh"_s, {ChangeKind::Feature, false}},
        {u"enhancement"_s, {ChangeKind::Feature, false}},
        {u"perf"_s, {ChangeKind::Feature, false}},
        {u"refactor"_s, {ChangeKind::Internal, true}},
        {u"cleanup"_s, {ChangeKind::Internal, true}},
        {u"mod"_s, {ChangeKind::Internal, false}},
        {u"chore"_s, {ChangeKind::Internal, false}},
        {u"style"_s, {ChangeKind::Internal, false}},
        {u"doc"_s, {ChangeKind::Docs, true}},
        {u"docs"_s, {ChangeKind::Docs, false}},
        {u"ci"_s, {ChangeKind::Tooling, false}},
        {u"build"_s, {ChangeKind::Tooling, false}},
        {u"workflows"_s, {ChangeKind::Tooling, false}},
        {u"packaging"_s, {ChangeKind::Tooling, false}},
        {u"deps"_s, {ChangeKind::Tooling, false}},
        {u"test"_s, {ChangeKind::Tooling, false}},
        {u"tests"_s, {ChangeKind::Tooling, false}},
    };
    return words;
}

// For plain subjects the first word is the best hint aleph-vm's history gives.
ChangeKind kindFromFirstWord(const QString &text)
{
    static const QRegularExpression firstWord(u"^\\W*([A-Za-z]+)"_s);
    const QString word = firstWord.match(text).captured(1).toLower();
    static const QHash<QString, ChangeKind> hints{
        {u"fix"_s, ChangeKind::Fix},           {u"fixes"_s, ChangeKind::Fix},
        {u"fixed"_s, ChangeKind::Fix},         {u"correct"_s, ChangeKind::Fix},
        {u"repair"_s, ChangeKind::Fix},        {u"resolve"_s, ChangeKind::Fix},
        {u"prevent"_s, ChangeKind::Fix},       {u"avoid"_s, ChangeKind::Fix},
        {u"stop"_s, ChangeKind::Fix},          {u"handle"_s, ChangeKind::Fix},
        {u"add"_s, ChangeKind::Feature},       {u"adds"_s, ChangeKind::Feature},
        {u"implement"_s, ChangeKind::Feature}, {u"support"_s, ChangeKind::Feature},
        {u"allow"_s, ChangeKind::Feature},     {u"enable"_s, ChangeKind::Feature},
        {u"introduce"_s, ChangeKind::Feature}, {u"new"_s, ChangeKind::Feature},
        {u"improve"_s, ChangeKind::Feature},   {u"use"_s, ChangeKind::Feature},
        {u"refactor"_s, ChangeKind::Internal}, {u"cleanup"_s, ChangeKind::Internal},
        {u"clean"_s, ChangeKind::Internal},    {u"remove"_s, ChangeKind::Internal},
        {u"rename"_s, ChangeKind::Internal},   {u"move"_s, ChangeKind::Internal},
        {u"simplify"_s, ChangeKind::Internal}, {u"extract"_s, ChangeKind::Internal},
        {u"doc"_s, ChangeKind::Docs},          {u"docs"_s, ChangeKind::Docs},
        {u"document"_s, ChangeKind::Docs},     {u"readme"_s, ChangeKind::Docs},
        {u"bump"_s, ChangeKind::Tooling},      {u"ci"_s, ChangeKind::Tooling},
    };
    return hints.value(word, ChangeKind::Other);
}

QString capitalized(QString text)
{
    text = text.trimmed();
    if (!text.isEmpty()) {
        text[0] = text[0].toUpper();
    }
    return text;
}

// The paragraph after "<label>:" in a body, up to the next blank line.
QString bodyParagraph(const QString &body, QStringView label)
{
    const QStringList lines = body.split(u'\n');
    QStringList paragraph;
    bool inside = false;
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (!inside) {
            if (trimmed.startsWith(label, Qt::CaseInsensitive) && trimmed.mid(label.size()).startsWith(u':')) {
                inside = true;
                paragraph.append(trimmed.mid(label.size() + 1).trimmed());
            }
            continue;
        }
        if (trimmed.isEmpty()) {
            break;
        }
        paragraph.append(trimmed);
    }
    return paragraph.join(u' ').trimmed();
}

} // namespace

QString commitStyleKey(CommitStyle style)
{
    switch (style) {
    case CommitStyle::Forum:
        return u"forum"_s;
    case CommitStyle::ProblemFirst:
        return u"problem-first"_s;
    case CommitStyle::Conventional:
        return u"conventional"_s;
    case CommitStyle::SubsystemPrefix:
        return u"subsystem"_s;
    case CommitStyle::Plain:
        break;
    }
    return u"plain"_s;
}

QList<int> pullRequestsInSubject(const QString &subject)
{
    QList<int> numbers;
    static const QRegularExpression suffix(u"\\(#(\\d+)\\)"_s);
    static const QRegularExpression merge(u"^Merge pull request #(\\d+)"_s);
    if (const auto match = merge.match(subject); match.hasMatch()) {
        numbers.append(match.captured(1).toInt());
    }
    auto it = suffix.globalMatch(subject);
    while (it.hasNext()) {
        const int number = it.next().captured(1).toInt();
        if (!numbers.contains(number)) {
            numbers.append(number);
        }
    }
    return numbers;
}

ClassifiedCommit classifyCommit(const Commit &commit)
{
    ClassifiedCommit result;
    result.pullRequests = commit.pullRequests.isEmpty() ? pullRequestsInSubject(commit.subject) : commit.pullRequests;
    result.solution = bodyParagraph(commit.body, u"Solution");

    QString subject = commit.subject.trimmed();
    static const QRegularExpression mergeSubject(u"^Merge pull request #\\d+ from \\S+"_s);
    if (mergeSubject.match(subject).hasMatch()) {
        // A merge commit's subject names the branch; its body's first line is the PR title.
        const QString firstBodyLine = commit.body.trimmed().section(u'\n', 0, 0).trimmed();
        subject = firstBodyLine.isEmpty() ? subject : firstBodyLine;
    }
    static const QRegularExpression prSuffix(u"\\s*\\(#\\d+\\)\\s*$"_s);
    while (prSuffix.match(subject).hasMatch()) {
        subject.remove(prSuffix);
    }
    result.breaking = commit.body.contains(u"BREAKING CHANGE"_s);

    static const QRegularExpression prefixed(u"^([A-Za-z][\\w./-]{0,24})(?:\\(([^)]*)\\))?(!)?:\\s*(.*)$"_s);
    const auto match = prefixed.match(subject);
    if (!match.hasMatch() || match.captured(4).trimmed().isEmpty()) {
        result.style = CommitStyle::Plain;
        result.kind = kindFromFirstWord(subject);
        result.title = capitalized(subject);
        return result;
    }

    const QString type = match.captured(1);
    const QString rest = match.captured(4);
    result.scope = match.captured(2).trimmed();
    result.breaking = result.breaking || !match.captured(3).isEmpty();
    result.title = capitalized(rest);

    if (type.compare(u"problem"_s, Qt::CaseInsensitive) == 0) {
        // A problem statement: the solution says whether something new was added or something broken mended.
        result.style = CommitStyle::ProblemFirst;
        const ChangeKind fromSolution = kindFromFirstWord(result.solution);
        result.kind = fromSolution == ChangeKind::Feature ? ChangeKind::Feature : ChangeKind::Fix;
        return result;
    }
    const auto word = typeWords().constFind(type.toLower());
    if (word == typeWords().constEnd()) {
        result.style = CommitStyle::SubsystemPrefix;
        result.scope = type;
        result.kind = kindFromFirstWord(rest);
        return result;
    }
    result.kind = word->kind;
    const bool forumSpelling =
        word->forumKeyword && type.at(0).isUpper() && match.captured(2).isEmpty() && match.captured(3).isEmpty();
    result.style = forumSpelling ? CommitStyle::Forum : CommitStyle::Conventional;
    return result;
}

} // namespace ra::notes
