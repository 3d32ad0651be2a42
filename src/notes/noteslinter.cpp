// SPDX-License-Identifier: GPL-3.0-or-later
#include "notes/noteslinter.h"

#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace ra::notes {

namespace {

struct Line {
    int number;
    QString text;
    /// The text with inline code spans blanked, for rules that must ignore code.
    QString prose;
    bool inFence;
};

QList<Line> splitLines(const QString &text)
{
    QList<Line> lines;
    bool fence = false;
    int number = 0;
    static const QRegularExpression inlineCode(u"`[^`]*`"_s);
    static const QRegularExpression comment(u"<!--.*?-->"_s);
    const QStringList raw = text.split(u'\n');
    for (const QString &line : raw) {
        ++number;
        const bool fenceLine = line.trimmed().startsWith(u"```"_s) || line.trimmed().startsWith(u"~~~"_s);
        QString prose = line;
        prose.replace(inlineCode, u" "_s).replace(comment, u" "_s);
        lines.append(Line{number, line, prose, fence || fenceLine});
        if (fenceLine) {
            fence = !fence;
        }
    }
    return lines;
}

bool isBlankOrComment(const QString &line)
{
    static const QRegularExpression onlyComment(u"^\\s*(<!--.*-->\\s*)*$"_s);
    return onlyComment.match(line).hasMatch();
}

bool shaInRange(const QString &sha, const QStringList &range)
{
    return std::any_of(range.cbegin(), range.cend(),
                       [&](const QString &full) { return full.startsWith(sha, Qt::CaseInsensitive); });
}

QString slugOf(const QString &heading)
{
    QString slug;
    for (QChar c : heading.toLower()) {
        if (c.isLetterOrNumber() || c == u'-' || c == u'_') {
            slug += c;
        } else if (c == u' ') {
            slug += u'-';
        }
    }
    return slug;
}

class Linter
{
public:
    Linter(const QString &text, const LintContext &context)
        : m_text(text)
        , m_context(context)
        , m_lines(splitLines(text))
    {
    }

    QList<LintFinding> run()
    {
        collectDefinitions();
        for (const Line &line : std::as_const(m_lines)) {
            checkDownloads(line);
            checkCompare(line);
            if (line.inFence) {
                continue;
            }
            checkTitle(line);
            checkPullRequests(line);
            checkCommits(line);
            checkLinks(line);
        }
        checkEmptySections();
        checkLength();
        std::stable_sort(m_findings.begin(), m_findings.end(),
                         [](const LintFinding &a, const LintFinding &b) { return a.line < b.line; });
        return m_findings;
    }

private:
    void add(int line, LintSeverity severity, const QString &rule, const QString &message)
    {
        m_findings.append(LintFinding{line, severity, rule, message});
    }

    void collectDefinitions()
    {
        static const QRegularExpression definition(u"^ {0,3}\\[([^\\]]+)\\]:\\s*\\S"_s);
        static const QRegularExpression heading(u"^#{1,6}\\s+(.*?)\\s*#*\\s*$"_s);
        for (const Line &line : std::as_const(m_lines)) {
            if (line.inFence) {
                continue;
            }
            if (const auto match = definition.match(line.text); match.hasMatch()) {
                m_definitions.insert(match.captured(1).toLower());
            }
            if (const auto match = heading.match(line.text); match.hasMatch()) {
                m_anchors.insert(slugOf(match.captured(1)));
            }
        }
    }

    void checkDownloads(const Line &line)
    {
        static const QRegularExpression download(u"/releases/download/([^/\\s)]+)/([^\\s)\"'`>]+)"_s);
        auto it = download.globalMatch(line.text);
        while (it.hasNext()) {
            const auto match = it.next();
            const QString tag = match.captured(1);
            const QString asset = match.captured(2);
            if (!m_context.tag.isEmpty() && tag != m_context.tag) {
                add(line.number, LintSeverity::Error, u"tag-mismatch"_s,
                    u"This download link is for release %1, not %2. Point it at %2."_s.arg(tag, m_context.tag));
            }
            if (!m_context.expectedAssets.isEmpty() && !m_context.expectedAssets.contains(asset)) {
                add(line.number, LintSeverity::Error, u"asset-name"_s,
                    u"“%1” is not an asset of this release (expected one of %2). Operators would get a 404."_s.arg(
                        asset, m_context.expectedAssets.join(u", "_s)));
            }
        }
    }

    void checkCompare(const Line &line)
    {
        static const QRegularExpression compare(u"compare/([^\\s/)]+?)\\.\\.\\.([^\\s/)\\]]+)"_s);
        auto it = compare.globalMatch(line.text);
        while (it.hasNext()) {
            const auto match = it.next();
            if (!m_context.tag.isEmpty() && match.captured(2) != m_context.tag) {
                add(line.number, LintSeverity::Error, u"tag-mismatch"_s,
                    u"The compare link ends at %1 but this release is %2."_s.arg(match.captured(2), m_context.tag));
            }
            if (!m_context.previousTag.isEmpty() && match.captured(1) != m_context.previousTag) {
                add(line.number, LintSeverity::Warning, u"tag-mismatch"_s,
                    u"The compare link starts at %1 but the previous release is %2."_s.arg(match.captured(1),
                                                                                           m_context.previousTag));
            }
        }
    }

    void checkTitle(const Line &line)
    {
        static const QRegularExpression title(u"^#\\s+(.*)$"_s);
        static const QRegularExpression version(u"\\b\\d+\\.\\d+\\.\\d+(?:-?(?:rc|a|b|dev)\\d*)?(?![\\w.-])"_s);
        const auto match = title.match(line.prose);
        if (!match.hasMatch() || m_context.tag.isEmpty()) {
            return;
        }
        auto it = version.globalMatch(match.captured(1));
        while (it.hasNext()) {
            const QString found = it.next().captured(0);
            if (found != m_context.tag) {
                add(line.number, LintSeverity::Error, u"tag-mismatch"_s,
                    u"The title names %1 but this release is %2."_s.arg(found, m_context.tag));
            }
        }
    }

    void checkPullRequests(const Line &line)
    {
        if (!m_context.rangeKnown) {
            return;
        }
        static const QRegularExpression mention(u"(?<![\\w&/#])#(\\d{1,6})\\b"_s);
        static const QRegularExpression url(u"github\\.com/([^/\\s]+/[^/\\s]+)/pull/(\\d+)"_s);
        QList<int> numbers;
        auto it = mention.globalMatch(line.prose);
        while (it.hasNext()) {
            numbers.append(it.next().captured(1).toInt());
        }
        auto urls = url.globalMatch(line.prose);
        while (urls.hasNext()) {
            const auto match = urls.next();
            if (match.captured(1).compare(m_context.repository, Qt::CaseInsensitive) == 0) {
                numbers.append(match.captured(2).toInt());
            }
        }
        for (int number : std::as_const(numbers)) {
            if (!m_context.pullRequestsInRange.contains(number)) {
                add(line.number, LintSeverity::Error, u"pr-out-of-range"_s,
                    u"#%1 is not merged between %2 and %3, so this release does not contain it. Remove it or "
                    u"check the range."_s.arg(number)
                        .arg(m_context.previousTag, m_context.tag));
            }
        }
    }

    void checkCommits(const Line &line)
    {
        if (!m_context.rangeKnown) {
            return;
        }
        static const QRegularExpression url(u"/commit/([0-9a-f]{7,40})\\b"_s);
        static const QRegularExpression code(u"`([0-9a-f]{7,40})`"_s);
        QStringList shas;
        for (const QRegularExpression *re : {&url, &code}) {
            auto it = re->globalMatch(line.text);
            while (it.hasNext()) {
                shas.append(it.next().captured(1));
            }
        }
        for (const QString &sha : std::as_const(shas)) {
            const bool hasDigit = std::any_of(sha.cbegin(), sha.cend(), [](QChar c) { return c.isDigit(); });
            if (hasDigit && !shaInRange(sha, m_context.commitShasInRange)) {
                add(line.number, LintSeverity::Error, u"commit-out-of-range"_s,
                    u"Commit %1 is not between %2 and %3, so this release does not contain it."_s.arg(
                        sha, m_context.previousTag, m_context.tag));
            }
        }
    }

    void checkLinks(const Line &line)
    {
        static const QRegularExpression inlineLink(u"!?\\[([^\\]]*)\\]\\(([^)]*)\\)"_s);
        static const QRegularExpression unclosed(u"\\[[^\\]]*\\]\\((?![^)]*\\))"_s);
        static const QRegularExpression referenceLink(u"\\[([^\\]]+)\\]\\[([^\\]]*)\\]"_s);
        auto it = inlineLink.globalMatch(line.prose);
        while (it.hasNext()) {
            const auto match = it.next();
            QString target = match.captured(2).trimmed();
            if (target.startsWith(u'<') && target.endsWith(u'>')) {
                target = target.mid(1, target.size() - 2);
            } else {
                target = target.section(u' ', 0, 0); // drop a "title"
            }
            if (target.isEmpty()) {
                add(line.number, LintSeverity::Error, u"broken-link"_s,
                    u"The link “%1” has no target."_s.arg(match.captured(1)));
            } else if (target.startsWith(u'#')) {
                if (!m_anchors.contains(target.mid(1).toLower())) {
                    add(line.number, LintSeverity::Warning, u"broken-link"_s,
                        u"No heading in the notes has the anchor “%1”."_s.arg(target));
                }
            } else {
                const QUrl url(target, QUrl::StrictMode);
                const QString scheme = url.scheme();
                if (!url.isValid() ||
                    (!scheme.isEmpty() && scheme != u"https"_s && scheme != u"http"_s && scheme != u"mailto"_s) ||
                    ((scheme == u"https"_s || scheme == u"http"_s) && url.host().isEmpty())) {
                    add(line.number, LintSeverity::Error, u"broken-link"_s,
                        u"“%1” is not a valid link target."_s.arg(target));
                }
            }
        }
        if (unclosed.match(line.prose).hasMatch()) {
            add(line.number, LintSeverity::Error, u"broken-link"_s,
                u"A link opened with “](” is not closed with “)” on this line."_s);
        }
        auto refs = referenceLink.globalMatch(line.prose);
        while (refs.hasNext()) {
            const auto match = refs.next();
            const QString label = (match.captured(2).isEmpty() ? match.captured(1) : match.captured(2)).toLower();
            if (!m_definitions.contains(label)) {
                add(line.number, LintSeverity::Error, u"broken-link"_s,
                    u"The reference “[%1]” is not defined anywhere in the notes."_s.arg(label));
            }
        }
    }

    void checkEmptySections()
    {
        static const QRegularExpression heading(u"^(#{1,6})\\s+(.*)$"_s);
        for (qsizetype i = 0; i < m_lines.size(); ++i) {
            const Line &line = m_lines.at(i);
            const auto match = heading.match(line.text);
            if (line.inFence || !match.hasMatch()) {
                continue;
            }
            const qsizetype level = match.captured(1).size();
            qsizetype next = i + 1;
            while (next < m_lines.size() && isBlankOrComment(m_lines.at(next).text)) {
                ++next;
            }
            const bool atEnd = next >= m_lines.size();
            const auto following = atEnd ? QRegularExpressionMatch() : heading.match(m_lines.at(next).text);
            const bool closedBySibling =
                !atEnd && !m_lines.at(next).inFence && following.hasMatch() && following.captured(1).size() <= level;
            if (atEnd || closedBySibling) {
                add(line.number, LintSeverity::Warning, u"empty-section"_s,
                    u"The section “%1” is empty. Write something under it or remove the heading."_s.arg(
                        match.captured(2).trimmed()));
            }
        }
    }

    void checkLength()
    {
        if (m_text.size() <= gitHubBodyLimit) {
            return;
        }
        int line = 1;
        for (qsizetype i = 0; i < gitHubBodyLimit; ++i) {
            if (m_text.at(i) == u'\n') {
                ++line;
            }
        }
        add(line, LintSeverity::Error, u"body-limit"_s,
            u"The notes are %1 characters long; GitHub accepts at most %2. Shorten them from this line on."_s
                .arg(m_text.size())
                .arg(gitHubBodyLimit));
    }

    const QString &m_text;
    const LintContext &m_context;
    QList<Line> m_lines;
    QSet<QString> m_definitions;
    QSet<QString> m_anchors;
    QList<LintFinding> m_findings;
};

} // namespace

QString severityName(LintSeverity severity)
{
    return severity == LintSeverity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

QList<LintFinding> lintNotes(const QString &text, const LintContext &context)
{
    return Linter(text, context).run();
}

} // namespace ra::notes
