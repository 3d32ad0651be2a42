// SPDX-License-Identifier: GPL-3.0-or-later
// Thread splitting and the length rules on any text: no crash, every post within the limit unless it is a
// lone URL longer than the limit, nothing but whitespace lost, no URL of the text cut in two.
#include "core/announcement/textlength.h"
#include "core/announcement/threadsplitter.h"
#include "core/announcement/urlfinder.h"

#include <QRegularExpression>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1) {
        return 0;
    }
    // The first byte picks the network and a small limit, so that short inputs split too.
    const ra::Network network = (data[0] & 1) ? ra::Network::X : ra::Network::Bluesky;
    const int limit = 24 + (data[0] >> 1);
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    (void)ra::xLength(text);
    (void)ra::mastodonLength(text);
    ra::ThreadSplitter splitter([network](const QString &t) { return ra::measure(network, t); }, limit);
    splitter.setNumbered(data[0] & 2);
    const QStringList posts = splitter.split(text);
    static const QRegularExpression numbering(QStringLiteral(" \\(\\d+/\\d+\\)$"));
    QString joined;
    for (QString post : posts) {
        if (data[0] & 2) {
            post.remove(numbering);
        }
        joined += post;
    }
    // Whitespace as the splitter sees it (QChar::isSpace, U+2029 included), not only the ASCII of a regex "\s".
    const auto withoutSpace = [](QString s) {
        s.removeIf([](QChar c) { return c.isSpace(); });
        return s;
    };
    if (withoutSpace(joined) != withoutSpace(text)) {
        std::abort();
    }
    const auto urls = ra::findUrls(text.trimmed());
    for (const ra::TextRange &url : urls) {
        const QString whole = text.trimmed().mid(url.start, url.length);
        if (std::none_of(posts.cbegin(), posts.cend(), [&](const QString &p) { return p.contains(whole); })) {
            std::abort();
        }
    }
    return 0;
}
