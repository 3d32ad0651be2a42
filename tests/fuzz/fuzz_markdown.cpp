// SPDX-License-Identifier: GPL-3.0-or-later
// Release notes are Markdown anyone with access to the draft can edit, rendered in the preview as GitHub
// renders them. Any text renders without crashing, and what GitHub drops stays dropped: no raw HTML element
// that runs or embeds something (script, iframe, object, embed) and no javascript: or vbscript: link.
#include "fuzzsupport.h"
#include "markdown/markdownrenderer.h"

#include <QRegularExpression>

using ra::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 20000) {
        return 0;
    }
    const QString markdown = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    // Attribute values are escaped ("<" becomes "&lt;"), so a "<" followed by one of these names is an element.
    static const QRegularExpression dangerous(
        QStringLiteral(R"(<\s*/?\s*(script|iframe|object|embed)\b|(href|src)\s*=\s*"\s*(javascript|vbscript):)"),
        QRegularExpression::CaseInsensitiveOption);
    require(!dangerous.match(ra::markdown::renderGitHubHtml(markdown)).hasMatch());
    require(!dangerous.match(ra::markdown::renderPreviewHtml(markdown)).hasMatch());
    return 0;
}
