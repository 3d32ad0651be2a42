// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace ra::markdown {

/**
 * The preview of a long text re-rendered block by block: the text is cut into runs of top-level blocks at the
 * blank lines where no Markdown construct carries on, each run's HTML is kept keyed by the run's text, and only
 * runs that changed since the last render are rendered again. The result is always renderPreviewHtml()'s.
 *
 * Where a cut could change the output (link reference or footnote definitions, which reach across the whole
 * text; an indented fence whose extent depends on its container; CR line ends) the text is one run. Not
 * thread-safe: one render at a time, from any thread.
 */
class IncrementalPreview
{
public:
    /// renderPreviewHtml(\a markdown), from the runs kept since the last call where they did not change.
    [[nodiscard]] QString render(const QString &markdown);
    /// How many runs the last render() had to render (the others came from the last render).
    [[nodiscard]] int lastRenderedRuns() const;
    /// The HTML of each run of the last render(), in order: its body without the style sheet, joined.
    [[nodiscard]] QStringList lastRunsHtml() const;
    /// \a markdown cut into runs whose HTML, concatenated, is the HTML of \a markdown: they join back into it.
    [[nodiscard]] static QStringList splitRuns(const QString &markdown);

private:
    QHash<QString, QString> m_html;
    QStringList m_lastRunsHtml;
    int m_lastRenderedRuns = 0;
};

} // namespace ra::markdown
