// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/announcement/urlfinder.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ra {

namespace {

// Generic top-level domains that appear in release announcements; country domains are any two letters.
const QSet<QString> &genericTlds()
{
    static const QSet<QString> tlds{
        u"com"_s,     u"org"_s,   u"net"_s,      u"edu"_s,     u"gov"_s,       u"mil"_s,        u"int"_s,
        u"info"_s,    u"biz"_s,   u"name"_s,     u"pro"_s,     u"aero"_s,      u"coop"_s,       u"museum"_s,
        u"mobi"_s,    u"asia"_s,  u"tel"_s,      u"travel"_s,  u"jobs"_s,      u"cat"_s,        u"xxx"_s,
        u"app"_s,     u"dev"_s,   u"io"_s,       u"ai"_s,      u"cloud"_s,     u"im"_s,         u"social"_s,
        u"blog"_s,    u"news"_s,  u"page"_s,     u"site"_s,    u"online"_s,    u"tech"_s,       u"xyz"_s,
        u"network"_s, u"tools"_s, u"software"_s, u"systems"_s, u"codes"_s,     u"link"_s,       u"live"_s,
        u"world"_s,   u"space"_s, u"store"_s,    u"global"_s,  u"community"_s, u"foundation"_s, u"digital"_s,
        u"zone"_s,    u"email"_s, u"chat"_s,     u"group"_s,   u"team"_s,      u"works"_s,      u"fyi"_s,
        u"wiki"_s,    u"top"_s,   u"club"_s,     u"academy"_s, u"events"_s,    u"media"_s,
    };
    return tlds;
}

bool isTld(const QString &tld, bool hasScheme, bool hasPath)
{
    const QString lower = tld.toLower();
    if (genericTlds().contains(lower)) {
        return true;
    }
    if (lower.size() != 2) {
        return false;
    }
    // twitter-text links a bare country-domain host only with a path, except the short-link domains.
    return hasScheme || hasPath || lower == u"co"_s || lower == u"tv"_s;
}

bool isClosing(QChar c)
{
    return c == u')' || c == u']' || c == u'}';
}

QChar opening(QChar closing)
{
    return closing == u')' ? u'(' : closing == u']' ? u'[' : u'{';
}

// Drops what a reader sees as punctuation after the link rather than part of it.
qsizetype trimUrlEnd(const QString &text, qsizetype start, qsizetype end)
{
    while (end > start) {
        const QChar last = text.at(end - 1);
        if (u".,;:!?'\"*"_s.contains(last)) {
            --end;
            continue;
        }
        if (isClosing(last)) {
            const QStringView url = QStringView(text).mid(start, end - start);
            if (url.count(opening(last)) < url.count(last)) {
                --end;
                continue;
            }
        }
        break;
    }
    return end;
}

} // namespace

QList<TextRange> findUrls(const QString &text, bool requireScheme)
{
    // scheme? host(label.)+tld (:port)? (/path | ?query | #fragment)?
    static const QRegularExpression pattern(
        uR"((?<![\w@.\-/])((?:https?://)?)((?:[\w](?:[\w\-]*[\w])?\.)+([A-Za-z]{2,63}))(?::\d{1,5})?([/?#][^\s<>"]*)?)"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    QList<TextRange> urls;
    auto it = pattern.globalMatchView(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const bool hasScheme = match.capturedLength(1) > 0;
        const bool hasPath = match.capturedLength(4) > 1;
        if (requireScheme && !hasScheme) {
            continue;
        }
        const QString host = match.captured(2);
        if (!hasScheme && (host.contains(u'_') || !isTld(match.captured(3), false, hasPath))) {
            continue;
        }
        if (hasScheme && !isTld(match.captured(3), true, hasPath)) {
            continue;
        }
        const qsizetype start = match.capturedStart(0);
        const qsizetype end = trimUrlEnd(text, start, match.capturedEnd(0));
        urls.append(TextRange{start, end - start});
    }
    return urls;
}

} // namespace ra
