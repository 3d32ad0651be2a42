// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pep440version.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ra {

namespace {

// The grammar of PEP 440's appendix ("parsing version strings with regular expressions"), the one
// packaging.version uses, anchored and case-insensitive.
const QRegularExpression &versionPattern()
{
    static const QRegularExpression pattern(
        uR"(^\s*v?)"
        uR"((?:(?<epoch>[0-9]+)!)?)"
        uR"((?<release>[0-9]+(?:\.[0-9]+)*))"
        uR"((?<pre>[-_.]?(?<prel>alpha|beta|preview|pre|rc|a|b|c)[-_.]?(?<pren>[0-9]+)?)?)"
        uR"((?<post>(?:-(?<postn1>[0-9]+))|(?:[-_.]?(?<postl>post|rev|r)[-_.]?(?<postn2>[0-9]+)?))?)"
        uR"((?<dev>[-_.]?(?<devl>dev)[-_.]?(?<devn>[0-9]+)?)?)"
        uR"((?:\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?\s*$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

std::optional<qint64> toNumber(QStringView digits)
{
    bool ok = false;
    const qint64 value = digits.toLongLong(&ok);
    if (!ok || value < 0) {
        return std::nullopt;
    }
    return value;
}

QString invalidMessage(const QString &text)
{
    static const QRegularExpression describe(uR"(^v?[0-9]+(\.[0-9]+)*-[0-9]+-g[0-9a-f]+$)"_s);
    QString message = u"'%1' is not a PEP 440 version"_s.arg(text);
    if (describe.match(text.trimmed()).hasMatch()) {
        message += u": it is a 'git describe' name of an untagged build (<tag>-<commits>-g<sha>)"_s;
    } else {
        message += u": expected [N!]N(.N)*[{a|b|rc}N][.postN][.devN][+local], e.g. 1.2.0, 1.2.0rc1 or "
                   u"1.2.0.post1"_s;
    }
    return message;
}

// Numeric local segments compare as integers of any size: strip leading zeros, then longer is larger.
int compareDigits(const QString &a, const QString &b)
{
    const auto stripped = [](const QString &digits) {
        qsizetype first = 0;
        while (first + 1 < digits.size() && digits.at(first) == u'0') {
            ++first;
        }
        return QStringView(digits).mid(first);
    };
    const QStringView x = stripped(a);
    const QStringView y = stripped(b);
    if (x.size() != y.size()) {
        return x.size() < y.size() ? -1 : 1;
    }
    const int c = x.compare(y);
    return (c > 0) - (c < 0);
}

bool isDigits(const QString &segment)
{
    return std::all_of(segment.cbegin(), segment.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

template<typename T>
int three(const T &a, const T &b)
{
    return (a > b) - (a < b);
}

// The pre-release slot of the sort key: a dev release of a final sorts before its pre-releases, a
// version with no pre-release after all of them.
int preRank(const Pep440Version &v)
{
    if (!v.pre() && !v.post() && v.dev()) {
        return -1;
    }
    return v.pre() ? 0 : 1;
}

} // namespace

std::optional<Pep440Version> Pep440Version::parse(const QString &text, QString *error)
{
    const QRegularExpressionMatch match = versionPattern().match(text);
    if (!match.hasMatch()) {
        if (error) {
            *error = invalidMessage(text);
        }
        return std::nullopt;
    }
    // Digits that do not fit are an error: a wrapped or clamped number would be a different version.
    const auto fail = [&](const QString &what, QStringView digits) -> std::optional<Pep440Version> {
        if (error) {
            *error = u"'%1' is not a usable version: version segment too large: %2 has %3 digits and is larger "
                     u"than %4, the largest version number this tool handles"_s.arg(text, what)
                         .arg(digits.size())
                         .arg(std::numeric_limits<qint64>::max());
        }
        return std::nullopt;
    };

    Pep440Version v;
    if (match.hasCaptured(u"epoch")) {
        const auto epoch = toNumber(match.capturedView(u"epoch"));
        if (!epoch) {
            return fail(u"the epoch"_s, match.capturedView(u"epoch"));
        }
        v.m_epoch = *epoch;
    }
    v.m_release.clear();
    const auto segments = match.capturedView(u"release").split(u'.');
    for (QStringView segment : segments) {
        const auto number = toNumber(segment);
        if (!number) {
            return fail(releaseSegmentName(v.m_release.size()), segment);
        }
        v.m_release.append(*number);
    }
    if (match.hasCaptured(u"pre")) {
        const QString label = match.captured(u"prel").toLower();
        Pre pre;
        if (label == u"a" || label == u"alpha") {
            pre.kind = PreKind::Alpha;
        } else if (label == u"b" || label == u"beta") {
            pre.kind = PreKind::Beta;
        } else {
            pre.kind = PreKind::ReleaseCandidate; // rc, c, pre, preview
        }
        if (match.hasCaptured(u"pren")) {
            const auto number = toNumber(match.capturedView(u"pren"));
            if (!number) {
                return fail(u"the pre-release number"_s, match.capturedView(u"pren"));
            }
            pre.number = *number;
        }
        v.m_pre = pre;
    }
    if (match.hasCaptured(u"post")) {
        const QStringView digits =
            match.hasCaptured(u"postn1") ? match.capturedView(u"postn1") : match.capturedView(u"postn2");
        qint64 post = 0;
        if (!digits.isEmpty()) {
            const auto number = toNumber(digits);
            if (!number) {
                return fail(u"the post-release number"_s, digits);
            }
            post = *number;
        }
        v.m_post = post;
    }
    if (match.hasCaptured(u"dev")) {
        qint64 dev = 0;
        if (match.hasCaptured(u"devn")) {
            const auto number = toNumber(match.capturedView(u"devn"));
            if (!number) {
                return fail(u"the dev-release number"_s, match.capturedView(u"devn"));
            }
            dev = *number;
        }
        v.m_dev = dev;
    }
    if (match.hasCaptured(u"local")) {
        static const QRegularExpression separators(u"[-_.]"_s);
        const QStringList parts = match.captured(u"local").toLower().split(separators);
        // Numeric local segments are written without leading zeros ("+ubuntu.01" -> "+ubuntu.1").
        for (const QString &part : parts) {
            qsizetype first = 0;
            while (isDigits(part) && first + 1 < part.size() && part.at(first) == u'0') {
                ++first;
            }
            v.m_local.append(part.mid(first));
        }
    }
    return v;
}

Pep440Version Pep440Version::fromRelease(const QList<qint64> &release)
{
    Pep440Version v;
    if (!release.isEmpty()) {
        v.m_release = release;
    }
    return v;
}

QString Pep440Version::releaseSegmentName(qsizetype index)
{
    switch (index) {
    case 0:
        return u"the major number"_s;
    case 1:
        return u"the minor number"_s;
    case 2:
        return u"the patch number"_s;
    default:
        return u"release segment %1"_s.arg(index + 1);
    }
}

qint64 Pep440Version::releaseSegment(qsizetype index) const
{
    return index < m_release.size() ? m_release.at(index) : 0;
}

QString Pep440Version::preKindKey(PreKind kind)
{
    switch (kind) {
    case PreKind::Alpha:
        return u"a"_s;
    case PreKind::Beta:
        return u"b"_s;
    case PreKind::ReleaseCandidate:
        return u"rc"_s;
    }
    return {};
}

QString Pep440Version::baseVersion() const
{
    QString text;
    if (m_epoch != 0) {
        text += QString::number(m_epoch) + u'!';
    }
    QStringList parts;
    for (qint64 segment : m_release) {
        parts.append(QString::number(segment));
    }
    return text + parts.join(u'.');
}

QString Pep440Version::publicVersion() const
{
    QString text = baseVersion();
    if (m_pre) {
        text += preKindKey(m_pre->kind) + QString::number(m_pre->number);
    }
    if (m_post) {
        text += u".post"_s + QString::number(*m_post);
    }
    if (m_dev) {
        text += u".dev"_s + QString::number(*m_dev);
    }
    return text;
}

QString Pep440Version::normalized() const
{
    QString text = publicVersion();
    if (!m_local.isEmpty()) {
        text += u'+' + m_local.join(u'.');
    }
    return text;
}

Pep440Version Pep440Version::withRelease(const QList<qint64> &release) const
{
    Pep440Version v = *this;
    v.m_release = release.isEmpty() ? QList<qint64>{0} : release;
    return v;
}

Pep440Version Pep440Version::withEpoch(qint64 epoch) const
{
    Pep440Version v = *this;
    v.m_epoch = epoch;
    return v;
}

Pep440Version Pep440Version::withPre(std::optional<Pre> pre) const
{
    Pep440Version v = *this;
    v.m_pre = pre;
    return v;
}

Pep440Version Pep440Version::withPost(std::optional<qint64> post) const
{
    Pep440Version v = *this;
    v.m_post = post;
    return v;
}

Pep440Version Pep440Version::withDev(std::optional<qint64> dev) const
{
    Pep440Version v = *this;
    v.m_dev = dev;
    return v;
}

Pep440Version Pep440Version::withoutLocal() const
{
    Pep440Version v = *this;
    v.m_local.clear();
    return v;
}

int Pep440Version::compare(const Pep440Version &a, const Pep440Version &b)
{
    if (const int c = three(a.m_epoch, b.m_epoch)) {
        return c;
    }
    // Trailing zeros do not count: 1.0 == 1.0.0.
    const qsizetype length = std::max(a.m_release.size(), b.m_release.size());
    for (qsizetype i = 0; i < length; ++i) {
        if (const int c = three(a.releaseSegment(i), b.releaseSegment(i))) {
            return c;
        }
    }
    if (const int c = three(preRank(a), preRank(b))) {
        return c;
    }
    if (a.m_pre && b.m_pre) {
        if (const int c = three(static_cast<int>(a.m_pre->kind), static_cast<int>(b.m_pre->kind))) {
            return c;
        }
        if (const int c = three(a.m_pre->number, b.m_pre->number)) {
            return c;
        }
    }
    // No post-release sorts first, no dev release sorts last.
    if (const int c = three(a.m_post.value_or(-1), b.m_post.value_or(-1))) {
        return c;
    }
    if (a.m_dev.has_value() != b.m_dev.has_value()) {
        return a.m_dev ? -1 : 1;
    }
    if (a.m_dev) {
        if (const int c = three(*a.m_dev, *b.m_dev)) {
            return c;
        }
    }
    // Local labels: none sorts first; segment by segment, a number beats text, texts compare as strings,
    // numbers as integers, and a prefix sorts before its extension.
    const qsizetype segments = std::min(a.m_local.size(), b.m_local.size());
    for (qsizetype i = 0; i < segments; ++i) {
        const QString &x = a.m_local.at(i);
        const QString &y = b.m_local.at(i);
        const bool xNumeric = isDigits(x);
        const bool yNumeric = isDigits(y);
        if (xNumeric != yNumeric) {
            return xNumeric ? 1 : -1;
        }
        const int c = xNumeric ? compareDigits(x, y) : three(x.compare(y), 0);
        if (c) {
            return c;
        }
    }
    return three(a.m_local.size(), b.m_local.size());
}

} // namespace ra
