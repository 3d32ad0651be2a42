// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdown/incrementalpreview.h"

#include "markdown/markdownrenderer.h"

#include <QStringView>

using namespace Qt::StringLiterals;

namespace ra::markdown {

namespace {

/// Where the scan is: in ordinary blocks, in a fenced code block, in an HTML block that ends at a marker
/// (CommonMark's kinds 1 to 5, which may hold blank lines), or after a line that may start an HTML block
/// ending at the next blank line.
enum class State {
    Blocks,
    Fence,
    Html,
    HtmlUntilBlank,
};

/// A column too deep for any cut to depend on; tabs count as that deep (their width depends on the column).
constexpr qsizetype DeepIndent = 100;

qsizetype indentOf(QStringView line)
{
    qsizetype spaces = 0;
    for (const QChar c : line) {
        if (c == u'\t') {
            return DeepIndent;
        }
        if (c != u' ') {
            break;
        }
        ++spaces;
    }
    return spaces;
}

QStringView withoutIndent(QStringView line)
{
    qsizetype at = 0;
    while (at < line.size() && (line[at] == u' ' || line[at] == u'\t')) {
        ++at;
    }
    return line.mid(at);
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

/// Whether \a line (at column 0) starts a list item: after a blank line it may continue the list above.
bool startsListItem(QStringView line)
{
    const auto endsMarker = [line](qsizetype at) {
        return at >= line.size() || line[at] == u' ' || line[at] == u'\t';
    };
    if (line.startsWith(u'-') || line.startsWith(u'+') || line.startsWith(u'*')) {
        return endsMarker(1);
    }
    qsizetype digits = 0;
    while (digits < line.size() && isDigit(line[digits])) {
        ++digits;
    }
    return digits > 0 && digits <= 9 && digits < line.size() && (line[digits] == u'.' || line[digits] == u')') &&
           endsMarker(digits + 1);
}

/// Whether \a line (at column 0) is an ATX heading.
bool isHeading(QStringView line)
{
    qsizetype marks = 0;
    while (marks < line.size() && line[marks] == u'#') {
        ++marks;
    }
    return marks >= 1 && marks <= 6 && (marks == line.size() || line[marks] == u' ' || line[marks] == u'\t');
}

struct Fence {
    QChar mark;
    qsizetype length = 0;
};

/// The fence \a text (a line without its indentation) opens, or a length of 0.
Fence fenceOf(QStringView text)
{
    if (!text.startsWith(u"```") && !text.startsWith(u"~~~")) {
        return {};
    }
    const QChar mark = text.front();
    qsizetype length = 0;
    while (length < text.size() && text[length] == mark) {
        ++length;
    }
    // A backtick fence's info string holds no backtick: "```a`b" is a paragraph with code in it.
    if (mark == u'`' && text.mid(length).contains(u'`')) {
        return {};
    }
    return {mark, length};
}

/// Whether \a text (a line without its indentation) closes \a open: the same mark, as long, nothing after it.
bool closesFence(QStringView text, Fence open)
{
    qsizetype length = 0;
    while (length < text.size() && text[length] == open.mark) {
        ++length;
    }
    return length >= open.length && withoutIndent(text.mid(length)).isEmpty();
}

/// The marker ending the HTML block of kind 1 to 5 that \a text (a line without its indentation) starts, or
/// an empty string for any other line (kinds 6 and 7 end at a blank line).
QString htmlBlockEnd(QStringView text)
{
    for (const QString &tag : {u"script"_s, u"pre"_s, u"style"_s, u"textarea"_s}) {
        if (text.mid(1).startsWith(tag, Qt::CaseInsensitive)) {
            const qsizetype after = 1 + tag.size();
            if (after >= text.size() || text[after] == u' ' || text[after] == u'\t' || text[after] == u'>') {
                return u"</"_s + tag + u'>';
            }
        }
    }
    if (text.startsWith(u"<!--")) {
        return u"-->"_s;
    }
    if (text.startsWith(u"<?")) {
        return u"?>"_s;
    }
    if (text.startsWith(u"<![CDATA[")) {
        return u"]]>"_s;
    }
    if (text.size() > 2 && text.startsWith(u"<!") && text[2].isLetter() && text[2].unicode() < 128) {
        return u">"_s;
    }
    return {};
}

} // namespace

QStringList IncrementalPreview::splitRuns(const QString &markdown)
{
    // Definitions apply across the whole text; a cut would hide them from the runs that use them.
    if (markdown.contains(u"]:"_s) || markdown.contains(u'\r') || markdown.contains(QChar(0))) {
        return {markdown};
    }
    QStringList runs;
    qsizetype runStart = 0;
    State state = State::Blocks;
    Fence fence;
    QString htmlEnd;
    bool previousBlank = false;
    // Whether a list above may still be open: a list item after a blank line would then continue it.
    bool listOpen = false;
    for (qsizetype lineStart = 0; lineStart < markdown.size();) {
        qsizetype lineEnd = markdown.indexOf(u'\n', lineStart);
        const qsizetype next = lineEnd < 0 ? markdown.size() : lineEnd + 1;
        if (lineEnd < 0) {
            lineEnd = markdown.size();
        }
        const QStringView line = QStringView(markdown).mid(lineStart, lineEnd - lineStart);
        const QStringView text = withoutIndent(line);
        const qsizetype indent = indentOf(line);
        const bool blank = text.isEmpty();
        switch (state) {
        case State::Fence:
            if (indent < 4 && closesFence(text, fence)) {
                // Only a closing fence at column 0 surely closes a fence opened there (not one in a list item).
                if (indent != 0) {
                    return {markdown};
                }
                state = State::Blocks;
            }
            break;
        case State::Html:
            if (line.contains(htmlEnd, Qt::CaseInsensitive)) {
                state = State::Blocks;
            }
            break;
        case State::HtmlUntilBlank:
            if (blank) {
                state = State::Blocks;
            } else if (fenceOf(text).length > 0) {
                return {markdown}; // HTML or a fence: it depends on what the line above was.
            }
            break;
        case State::Blocks:
            if (blank) {
                break;
            }
            // A line at column 0 after a blank line ends every container and paragraph above it, unless it is
            // the next item of a list above.
            if (previousBlank && indent == 0 && (!listOpen || !startsListItem(line)) && lineStart > runStart) {
                runs.append(markdown.mid(runStart, lineStart - runStart));
                runStart = lineStart;
            }
            // A list ends at a line at column 0 after a blank line, or at one that interrupts a paragraph (so
            // cannot continue a list item lazily): a heading, a fence, an HTML block of kind 1 to 5. Any item, at
            // any indentation or in a quote, may have opened one.
            if (startsListItem(text) || text.startsWith(u'>')) {
                listOpen = true;
            } else if (indent == 0 && (previousBlank || isHeading(line) || fenceOf(text).length > 0 ||
                                       (text.startsWith(u'<') && !htmlBlockEnd(text).isEmpty()))) {
                listOpen = false;
            }
            if (const Fence opened = fenceOf(text); opened.length > 0) {
                // An indented fence may belong to a list item, which a later line at column 0 would end.
                if (indent != 0) {
                    return {markdown};
                }
                state = State::Fence;
                fence = opened;
            } else if (text.startsWith(u'<') && indent < 4) {
                htmlEnd = htmlBlockEnd(text);
                if (htmlEnd.isEmpty()) {
                    state = State::HtmlUntilBlank;
                } else if (!line.contains(htmlEnd, Qt::CaseInsensitive)) {
                    // Kinds that CommonMark's versions tell apart differently (<textarea, <!doctype in lower
                    // case): whether they hold blank lines depends on the version, so the text is not cut.
                    if (indent != 0 || htmlEnd == u"</textarea>"_s || htmlEnd == u">"_s) {
                        return {markdown};
                    }
                    state = State::Html;
                }
            }
            break;
        }
        previousBlank = blank;
        lineStart = next;
    }
    runs.append(markdown.mid(runStart));
    return runs;
}

QString IncrementalPreview::render(const QString &markdown)
{
    const QStringList runs = splitRuns(markdown);
    QHash<QString, QString> kept;
    kept.reserve(runs.size());
    QString html = previewStyleSheet();
    m_lastRenderedRuns = 0;
    m_lastRunsHtml.clear();
    m_lastRunsHtml.reserve(runs.size());
    for (const QString &run : runs) {
        auto found = kept.constFind(run);
        if (found == kept.cend()) {
            const auto before = m_html.constFind(run);
            if (before != m_html.cend()) {
                found = kept.insert(run, *before);
            } else {
                found = kept.insert(run, renderPreviewBody(run));
                ++m_lastRenderedRuns;
            }
        }
        html += *found;
        m_lastRunsHtml.append(*found);
    }
    m_html = std::move(kept);
    return html;
}

int IncrementalPreview::lastRenderedRuns() const
{
    return m_lastRenderedRuns;
}

QStringList IncrementalPreview::lastRunsHtml() const
{
    return m_lastRunsHtml;
}

} // namespace ra::markdown
