// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdown/markdownrenderer.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <QRegularExpression>

#include <cstdlib>
#include <memory>
#include <mutex>

using namespace Qt::StringLiterals;

namespace ra::markdown {

namespace {

struct ParserDeleter {
    void operator()(cmark_parser *parser) const
    {
        cmark_parser_free(parser);
    }
};
struct NodeDeleter {
    void operator()(cmark_node *node) const
    {
        cmark_node_free(node);
    }
};
struct CStringDeleter {
    void operator()(char *text) const
    {
        std::free(text);
    }
};
using ParserPtr = std::unique_ptr<cmark_parser, ParserDeleter>;
using NodePtr = std::unique_ptr<cmark_node, NodeDeleter>;
using CStringPtr = std::unique_ptr<char, CStringDeleter>;

constexpr const char *extensionNames[] = {"table", "strikethrough", "autolink", "tagfilter", "tasklist"};

} // namespace

QString renderGitHubHtml(const QString &markdown)
{
    // Registration mutates a global list; once is enough and must not race between render threads.
    static std::once_flag registered;
    std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });

    const int options = CMARK_OPT_DEFAULT | CMARK_OPT_GITHUB_PRE_LANG | CMARK_OPT_FOOTNOTES;
    ParserPtr parser(cmark_parser_new(options));
    if (!parser) {
        return {};
    }
    for (const char *name : extensionNames) {
        if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name)) {
            cmark_parser_attach_syntax_extension(parser.get(), extension);
        }
    }
    const QByteArray utf8 = markdown.toUtf8();
    cmark_parser_feed(parser.get(), utf8.constData(), size_t(utf8.size()));
    NodePtr document(cmark_parser_finish(parser.get()));
    if (!document) {
        return {};
    }
    CStringPtr html(cmark_render_html(document.get(), options, cmark_parser_get_syntax_extensions(parser.get())));
    return html ? QString::fromUtf8(html.get()) : QString();
}

QString previewStyleSheet()
{
    return u"<style>table { border-collapse: collapse; } th, td { border: 1px solid #888; padding: 3px 6px; } "
           u"code, pre { font-family: monospace; } del { text-decoration: line-through; }</style>\n"_s;
}

QString renderPreviewBody(const QString &markdown)
{
    QString html = renderGitHubHtml(markdown);
    static const QRegularExpression checked(u"<input type=\"checkbox\" checked=\"\" disabled=\"\" ?/?> ?"_s);
    static const QRegularExpression unchecked(u"<input type=\"checkbox\" disabled=\"\" ?/?> ?"_s);
    html.replace(checked, u"☑ "_s).replace(unchecked, u"☐ "_s);
    return html;
}

QString renderPreviewHtml(const QString &markdown)
{
    return previewStyleSheet() + renderPreviewBody(markdown);
}

} // namespace ra::markdown
