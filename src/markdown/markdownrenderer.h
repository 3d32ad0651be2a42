// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ra::markdown {

/// Renders \a markdown the way GitHub renders a release body: cmark-gfm with the table, strikethrough,
/// autolink, tagfilter and tasklist extensions; raw HTML is dropped as GitHub does. Thread-safe.
[[nodiscard]] QString renderGitHubHtml(const QString &markdown);

/// The HTML the preview shows: renderGitHubHtml() with task-list check boxes (which Qt's rich text cannot
/// draw) turned into ☐/☑ and a small style sheet for tables and code.
[[nodiscard]] QString renderPreviewHtml(const QString &markdown);

/// renderPreviewHtml() without its style sheet: what the preview shows of \a markdown.
[[nodiscard]] QString renderPreviewBody(const QString &markdown);
/// The style sheet renderPreviewHtml() starts with.
[[nodiscard]] QString previewStyleSheet();

} // namespace ra::markdown
