// SPDX-License-Identifier: GPL-3.0-or-later
// The commit classifier scans subjects by hand since issue 16 (a regular expression per field was a third of the
// notes generator's time). The expressions it replaced are kept here as the reference: on every real aleph-vm
// subject, with and without bodies, and on the odd spellings below, both read a commit alike.
#include "notes/commitclassifier.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using ra::notes::ChangeKind;
using ra::notes::ClassifiedCommit;
using ra::notes::CommitStyle;

namespace {

// The classifier as it was, with its regular expressions.
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

QList<int> referencePullRequests(const QString &subject)
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

ClassifiedCommit referenceClassify(const ra::Commit &commit)
{
    ClassifiedCommit result;
    result.pullRequests = commit.pullRequests.isEmpty() ? referencePullRequests(commit.subject) : commit.pullRequests;
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

/// The generator's pull-request title rules as they were.
bool referenceIsMerge(const QString &subject)
{
    static const QRegularExpression mergeSubject(u"^Merge pull request #\\d+ from \\S+"_s);
    return mergeSubject.match(subject).hasMatch();
}

QString referenceWithoutSuffixes(const QString &subject)
{
    static const QRegularExpression prSuffix(u"(\\s*\\(#\\d+\\))+\\s*$"_s);
    return QString(subject).remove(prSuffix).trimmed();
}

QString describe(const ClassifiedCommit &c)
{
    QStringList numbers;
    for (int number : c.pullRequests) {
        numbers.append(QString::number(number));
    }
    return u"kind %1 style %2 scope '%3' breaking %4 title '%5' solution '%6' prs [%7]"_s.arg(int(c.kind))
        .arg(int(c.style))
        .arg(c.scope)
        .arg(c.breaking)
        .arg(c.title, c.solution, numbers.join(u", "));
}

} // namespace

class TestClassifierParity : public QObject
{
    Q_OBJECT

private:
    void compare(const QString &subject, const QString &body)
    {
        ra::Commit commit;
        commit.subject = subject;
        commit.body = body;
        const ClassifiedCommit ours = ra::notes::classifyCommit(commit);
        const ClassifiedCommit reference = referenceClassify(commit);
        const QString context = u"subject '%1', body '%2':\n ours      %3\n reference %4"_s.arg(
            subject, body, describe(ours), describe(reference));
        QVERIFY2(ours.kind == reference.kind && ours.style == reference.style && ours.scope == reference.scope &&
                     ours.breaking == reference.breaking && ours.title == reference.title &&
                     ours.solution == reference.solution && ours.pullRequests == reference.pullRequests,
                 qPrintable(context));
        QCOMPARE(ra::notes::pullRequestsInSubject(subject), referencePullRequests(subject));
        QCOMPARE(ra::notes::isMergeSubject(subject), referenceIsMerge(subject));
        if (!referenceIsMerge(subject)) {
            QCOMPARE(ra::notes::withoutPullRequestSuffixes(subject).trimmed().toString(),
                     referenceWithoutSuffixes(subject));
        }
    }

private Q_SLOTS:
    void realSubjects()
    {
        QFile file(QStringLiteral(RA_TEST_DATA_DIR "/aleph-vm-subjects.txt"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList subjects = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(subjects.size() > 1000);
        const QStringList bodies{QString(), u"Solution: add routes\nfor IPv6.\n\nSigned-off-by: a"_s,
                                 u"Problem: none.\nsolution : spaced\n\nBREAKING CHANGE: yes"_s};
        for (const QString &subject : subjects) {
            for (const QString &body : bodies) {
                compare(subject, body);
                if (QTest::currentTestFailed()) {
                    return;
                }
            }
        }
    }

    void oddSpellings_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("body");
        const QStringList subjects{
            QString(),
            u"   "_s,
            u"Fix:"_s,
            u"Fix:   "_s,
            u"fix():"_s,
            u"fix(): empty scope"_s,
            u"fix( core ): spaced scope"_s,
            u"fix(core: unclosed scope"_s,
            u"fix(a)(b): two scopes"_s,
            u"fix!: bang"_s,
            u"fix(x)!: bang and scope"_s,
            u"fix !: space before bang"_s,
            u"Fix : space before colon"_s,
            u"a.b/c-d_e: odd type characters"_s,
            u"abcdefghijklmnopqrstuvwxy: twenty-five letters"_s,
            u"abcdefghijklmnopqrstuvwxyz: twenty-six letters"_s,
            u"9fix: digit first"_s,
            u"_fix: underscore first"_s,
            u"Fäx: non-ASCII type"_s,
            u"fix:\ttab after colon"_s,
            u"fix:\u00a0no-break space after colon"_s,
            u"PROBLEM: upper-case problem"_s,
            u"Problem: with a feature solution"_s,
            u"Fix: trailing blanks   "_s,
            u"Fix: suffix (#12)"_s,
            u"Fix: suffixes (#12) (#13)  "_s,
            u"Fix: glued suffixes(#12)(#13)"_s,
            u"Fix: empty suffix (#)"_s,
            u"Fix: letters in suffix (#12a)"_s,
            u"Fix: huge suffix (#123456789012)"_s,
            u"Fix: suffix then text (#12) more"_s,
            u"Fix: tab before suffix\t(#12)"_s,
            u"Fix: no-break space before suffix\u00a0(#12)"_s,
            u"(#12)"_s,
            u"  (#12)  "_s,
            u"Merge pull request #1 from a/b"_s,
            u"Merge pull request #1 from "_s,
            u"Merge pull request #1 from  b"_s,
            u"Merge pull request # from a/b"_s,
            u"Merge pull request #12345678901 from a/b"_s,
            u"Merge pull request #7 from a/b (#7) (#9)"_s,
            u"  Merge pull request #8 from a/b"_s,
            u"merge pull request #8 from a/b"_s,
            u"Merge branch 'main'"_s,
            u"Revert \"Fix: x (#4)\" (#5)"_s,
            u"...fix the thing"_s,
            u"123 fix the thing"_s,
            u"__init__: module"_s,
            u"Improve: not a type word"_s,
            u"docs(readme)!: all three"_s,
            u"Ünïcode first word"_s,
            u"fix: ünïcode rest (#3)"_s,
        };
        const QStringList bodies{QString(), u"Topic title from the body\n\nSolution: first\n  second line  \n\nrest"_s,
                                 u"\n\n  \nSOLUTION:   Implement it\n"_s, u"Solutions: not the label\nSolution:"_s,
                                 u"solution: fix it\r\nwith CRLF\r\n\r\nafter"_s};
        for (const QString &subject : subjects) {
            for (qsizetype i = 0; i < bodies.size(); ++i) {
                QTest::addRow("%s / body %d", qPrintable(subject), int(i)) << subject << bodies.at(i);
            }
        }
    }

    void oddSpellings()
    {
        QFETCH(QString, subject);
        QFETCH(QString, body);
        compare(subject, body);
    }
};

QTEST_GUILESS_MAIN(TestClassifierParity)
#include "tst_classifierparity.moc"
