// SPDX-License-Identifier: GPL-3.0-or-later
#include "notes/commitclassifier.h"

#include <QStringTokenizer>

#include <array>
#include <optional>

using namespace Qt::StringLiterals;

namespace ra::notes {

namespace {

// The scanners below replace regular expressions that ran several times per commit (a third of the notes
// generator's time, issue 16). They keep those expressions' meaning: \w, \d and \s of a QRegularExpression
// without Unicode properties are ASCII only.
bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isWordCharacter(QChar c)
{
    return isAsciiLetter(c) || isAsciiDigit(c) || c == u'_';
}

bool isPatternSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\v' || c == u'\f' || c == u'\r';
}

/// How many ASCII digits start at \a from.
qsizetype digitsAt(QStringView text, qsizetype from)
{
    qsizetype at = from;
    while (at < text.size() && isAsciiDigit(text[at])) {
        ++at;
    }
    return at - from;
}

template<class Value>
struct Word {
    QStringView word;
    Value value;
};

/// The value of \a word (case-insensitive) in \a words, or null.
template<class Value, size_t Size>
const Value *lookUp(const std::array<Word<Value>, Size> &words, QStringView word)
{
    for (const Word<Value> &entry : words) {
        if (entry.word.size() == word.size() && entry.word.compare(word, Qt::CaseInsensitive) == 0) {
            return &entry.value;
        }
    }
    return nullptr;
}

struct TypeWord {
    ChangeKind kind;
    bool forumKeyword;
};

// Every type word seen in aleph-vm's history, case-insensitive; anything else before a colon is a subsystem.
constexpr std::array<Word<TypeWord>, 23> typeWords{{
    {u"fix", {ChangeKind::Fix, true}},
    {u"fixes", {ChangeKind::Fix, false}},
    {u"bugfix", {ChangeKind::Fix, false}},
    {u"hotfix", {ChangeKind::Fix, false}},
    {u"feature", {ChangeKind::Feature, true}},
    {u"feat", {ChangeKind::Feature, false}},
    {u"enh", {ChangeKind::Feature, false}},
    {u"enhancement", {ChangeKind::Feature, false}},
    {u"perf", {ChangeKind::Feature, false}},
    {u"refactor", {ChangeKind::Internal, true}},
    {u"cleanup", {ChangeKind::Internal, true}},
    {u"mod", {ChangeKind::Internal, false}},
    {u"chore", {ChangeKind::Internal, false}},
    {u"style", {ChangeKind::Internal, false}},
    {u"doc", {ChangeKind::Docs, true}},
    {u"docs", {ChangeKind::Docs, false}},
    {u"ci", {ChangeKind::Tooling, false}},
    {u"build", {ChangeKind::Tooling, false}},
    {u"workflows", {ChangeKind::Tooling, false}},
    {u"packaging", {ChangeKind::Tooling, false}},
    {u"deps", {ChangeKind::Tooling, false}},
    {u"test", {ChangeKind::Tooling, false}},
    {u"tests", {ChangeKind::Tooling, false}},
}};

// For plain subjects the first word is the best hint aleph-vm's history gives.
constexpr std::array<Word<ChangeKind>, 34> firstWordHints{{
    {u"fix", ChangeKind::Fix},           {u"fixes", ChangeKind::Fix},         {u"fixed", ChangeKind::Fix},
    {u"correct", ChangeKind::Fix},       {u"repair", ChangeKind::Fix},        {u"resolve", ChangeKind::Fix},
    {u"prevent", ChangeKind::Fix},       {u"avoid", ChangeKind::Fix},         {u"stop", ChangeKind::Fix},
    {u"handle", ChangeKind::Fix},        {u"add", ChangeKind::Feature},       {u"adds", ChangeKind::Feature},
    {u"implement", ChangeKind::Feature}, {u"support", ChangeKind::Feature},   {u"allow", ChangeKind::Feature},
    {u"enable", ChangeKind::Feature},    {u"introduce", ChangeKind::Feature}, {u"new", ChangeKind::Feature},
    {u"improve", ChangeKind::Feature},   {u"use", ChangeKind::Feature},       {u"refactor", ChangeKind::Internal},
    {u"cleanup", ChangeKind::Internal},  {u"clean", ChangeKind::Internal},    {u"remove", ChangeKind::Internal},
    {u"rename", ChangeKind::Internal},   {u"move", ChangeKind::Internal},     {u"simplify", ChangeKind::Internal},
    {u"extract", ChangeKind::Internal},  {u"doc", ChangeKind::Docs},          {u"docs", ChangeKind::Docs},
    {u"document", ChangeKind::Docs},     {u"readme", ChangeKind::Docs},       {u"bump", ChangeKind::Tooling},
    {u"ci", ChangeKind::Tooling},
}};

// The first run of ASCII letters after the leading non-word characters ("^\W*([A-Za-z]+)").
ChangeKind kindFromFirstWord(QStringView text)
{
    qsizetype start = 0;
    while (start < text.size() && !isWordCharacter(text[start])) {
        ++start;
    }
    qsizetype end = start;
    while (end < text.size() && isAsciiLetter(text[end])) {
        ++end;
    }
    const ChangeKind *kind = lookUp(firstWordHints, text.sliced(start, end - start));
    return kind ? *kind : ChangeKind::Other;
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
    if (!body.contains(label, Qt::CaseInsensitive)) {
        return {}; // most bodies: no need to look at each line
    }
    QStringList paragraph;
    bool inside = false;
    for (const QStringView line : qTokenize(body, u'\n')) {
        const QStringView trimmed = line.trimmed();
        if (!inside) {
            if (trimmed.startsWith(label, Qt::CaseInsensitive) && trimmed.mid(label.size()).startsWith(u':')) {
                inside = true;
                paragraph.append(trimmed.mid(label.size() + 1).trimmed().toString());
            }
            continue;
        }
        if (trimmed.isEmpty()) {
            break;
        }
        paragraph.append(trimmed.toString());
    }
    return paragraph.join(u' ').trimmed();
}

/// A conventional or forum prefix: "type(scope)!: rest"
/// ("^([A-Za-z][\w./-]{0,24})(?:\(([^)]*)\))?(!)?:\s*(.*)$").
struct Prefix {
    QStringView type;
    QStringView scope;
    bool breaking = false;
    QStringView rest;
};

std::optional<Prefix> prefixOf(QStringView subject)
{
    if (subject.isEmpty() || !isAsciiLetter(subject[0])) {
        return std::nullopt;
    }
    qsizetype at = 1;
    while (at < subject.size() &&
           (isWordCharacter(subject[at]) || subject[at] == u'.' || subject[at] == u'/' || subject[at] == u'-')) {
        ++at;
    }
    if (at > 25) {
        return std::nullopt; // a longer word is no type
    }
    Prefix prefix;
    prefix.type = subject.first(at);
    if (at < subject.size() && subject[at] == u'(') {
        const qsizetype close = subject.indexOf(u')', at + 1);
        if (close < 0) {
            return std::nullopt;
        }
        prefix.scope = subject.sliced(at + 1, close - at - 1);
        at = close + 1;
    }
    if (at < subject.size() && subject[at] == u'!') {
        prefix.breaking = true;
        ++at;
    }
    if (at >= subject.size() || subject[at] != u':') {
        return std::nullopt;
    }
    ++at;
    while (at < subject.size() && isPatternSpace(subject[at])) {
        ++at;
    }
    prefix.rest = subject.sliced(at);
    return prefix;
}

} // namespace

bool isMergeSubject(QStringView subject)
{
    static constexpr QStringView head = u"Merge pull request #";
    static constexpr QStringView from = u" from ";
    if (!subject.startsWith(head)) {
        return false;
    }
    const qsizetype digits = digitsAt(subject, head.size());
    const qsizetype after = head.size() + digits;
    return digits > 0 && subject.sliced(after).startsWith(from) && after + from.size() < subject.size() &&
           !isPatternSpace(subject[after + from.size()]);
}

QStringView withoutPullRequestSuffixes(QStringView subject)
{
    for (;;) {
        qsizetype end = subject.size();
        while (end > 0 && isPatternSpace(subject[end - 1])) {
            --end;
        }
        if (end == 0 || subject[end - 1] != u')') {
            return subject;
        }
        qsizetype digits = end - 1;
        while (digits > 0 && isAsciiDigit(subject[digits - 1])) {
            --digits;
        }
        if (digits == end - 1 || digits < 2 || subject[digits - 1] != u'#' || subject[digits - 2] != u'(') {
            return subject;
        }
        qsizetype start = digits - 2;
        while (start > 0 && isPatternSpace(subject[start - 1])) {
            --start;
        }
        subject = subject.first(start);
    }
}

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
    // "^Merge pull request #(\d+)" first, then every "\(#(\d+)\)" not named yet.
    QList<int> numbers;
    const QStringView text(subject);
    static constexpr QStringView merge = u"Merge pull request #";
    static constexpr QStringView suffix = u"(#";
    if (text.startsWith(merge)) {
        if (const qsizetype digits = digitsAt(text, merge.size()); digits > 0) {
            numbers.append(text.sliced(merge.size(), digits).toInt());
        }
    }
    for (qsizetype at = text.indexOf(suffix); at >= 0; at = text.indexOf(suffix, at)) {
        const qsizetype digits = digitsAt(text, at + 2);
        const qsizetype end = at + 2 + digits;
        if (digits > 0 && end < text.size() && text[end] == u')') {
            const int number = text.sliced(at + 2, digits).toInt();
            if (!numbers.contains(number)) {
                numbers.append(number);
            }
            at = end + 1;
        } else {
            ++at;
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
    if (isMergeSubject(subject)) {
        // A merge commit's subject names the branch; its body's first line is the PR title.
        const QString firstBodyLine = commit.body.trimmed().section(u'\n', 0, 0).trimmed();
        subject = firstBodyLine.isEmpty() ? subject : firstBodyLine;
    }
    subject.truncate(withoutPullRequestSuffixes(subject).size());
    result.breaking = commit.body.contains(u"BREAKING CHANGE"_s);

    const std::optional<Prefix> prefix = prefixOf(subject);
    if (!prefix || prefix->rest.trimmed().isEmpty()) {
        result.style = CommitStyle::Plain;
        result.kind = kindFromFirstWord(subject);
        result.title = capitalized(subject);
        return result;
    }

    result.scope = prefix->scope.trimmed().toString();
    result.breaking = result.breaking || prefix->breaking;
    result.title = capitalized(prefix->rest.toString());

    if (prefix->type.compare(u"problem", Qt::CaseInsensitive) == 0) {
        // A problem statement: the solution says whether something new was added or something broken mended.
        result.style = CommitStyle::ProblemFirst;
        const ChangeKind fromSolution = kindFromFirstWord(result.solution);
        result.kind = fromSolution == ChangeKind::Feature ? ChangeKind::Feature : ChangeKind::Fix;
        return result;
    }
    const TypeWord *word = lookUp(typeWords, prefix->type);
    if (!word) {
        result.style = CommitStyle::SubsystemPrefix;
        result.scope = prefix->type.toString();
        result.kind = kindFromFirstWord(prefix->rest);
        return result;
    }
    result.kind = word->kind;
    const bool forumSpelling =
        word->forumKeyword && prefix->type.at(0).isUpper() && prefix->scope.isEmpty() && !prefix->breaking;
    result.style = forumSpelling ? CommitStyle::Forum : CommitStyle::Conventional;
    return result;
}

} // namespace ra::notes
