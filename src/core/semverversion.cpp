// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/semverversion.h"

#include <QRegularExpression>

#include <utility>

using namespace Qt::StringLiterals;

namespace ra {

namespace {

// The regular expression semver.org recommends (named groups), anchored.
const QRegularExpression &semverPattern()
{
    static const QRegularExpression pattern(
        uR"(^(?<major>0|[1-9][0-9]*)\.(?<minor>0|[1-9][0-9]*)\.(?<patch>0|[1-9][0-9]*))"
        uR"((?:-(?<pre>(?:0|[1-9][0-9]*|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9][0-9]*|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*))*))?)"
        uR"((?:\+(?<build>[0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$)"_s);
    return pattern;
}

bool isNumeric(const QString &identifier)
{
    return !identifier.isEmpty() &&
           std::all_of(identifier.cbegin(), identifier.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

QString hintFor(const QString &text)
{
    if (text.startsWith(u'v') || text.startsWith(u'V')) {
        return u"SemVer has no 'v' prefix: write '%1'"_s.arg(text.mid(1));
    }
    static const QRegularExpression leadingZero(uR"((^|\.)0[0-9])"_s);
    const QString core = text.section(u'-', 0, 0).section(u'+', 0, 0);
    if (leadingZero.match(core).hasMatch()) {
        return u"numbers must not have leading zeros"_s;
    }
    if (core.count(u'.') != 2) {
        return u"expected exactly MAJOR.MINOR.PATCH, e.g. 1.2.0 or 1.2.0-rc.1"_s;
    }
    return u"expected MAJOR.MINOR.PATCH[-prerelease][+build] with identifiers of [0-9A-Za-z-], no empty "
           u"identifier, no leading zero in a numeric identifier"_s;
}

} // namespace

std::optional<SemVerVersion> SemVerVersion::parse(const QString &text, QString *error)
{
    const QRegularExpressionMatch match = semverPattern().match(text);
    if (!match.hasMatch()) {
        if (error) {
            *error = u"'%1' is not a SemVer 2.0.0 version: %2"_s.arg(text, hintFor(text));
        }
        return std::nullopt;
    }
    SemVerVersion v;
    // Digits that do not fit are an error: a wrapped or clamped number would be a different version.
    for (const auto &[name, field] :
         {std::pair{u"major", &v.m_major}, std::pair{u"minor", &v.m_minor}, std::pair{u"patch", &v.m_patch}}) {
        const QStringView digits = match.capturedView(QStringView(name));
        bool ok = false;
        *field = digits.toULongLong(&ok);
        if (!ok) {
            if (error) {
                *error = u"'%1' is not a usable version: version segment too large: the %2 number has %3 digits and "
                         u"is larger than %4, the largest version number this tool handles"_s.arg(text)
                             .arg(QStringView(name))
                             .arg(digits.size())
                             .arg(std::numeric_limits<quint64>::max());
            }
            return std::nullopt;
        }
    }
    if (match.hasCaptured(u"pre")) {
        v.m_prerelease = match.captured(u"pre").split(u'.');
    }
    if (match.hasCaptured(u"build")) {
        v.m_build = match.captured(u"build").split(u'.');
    }
    return v;
}

QString SemVerVersion::toString() const
{
    QString text = u"%1.%2.%3"_s.arg(m_major).arg(m_minor).arg(m_patch);
    if (!m_prerelease.isEmpty()) {
        text += u'-' + m_prerelease.join(u'.');
    }
    if (!m_build.isEmpty()) {
        text += u'+' + m_build.join(u'.');
    }
    return text;
}

int SemVerVersion::compare(const SemVerVersion &a, const SemVerVersion &b)
{
    const auto three = [](auto x, auto y) {
        return (x > y) - (x < y);
    };
    if (const int c = three(a.m_major, b.m_major)) {
        return c;
    }
    if (const int c = three(a.m_minor, b.m_minor)) {
        return c;
    }
    if (const int c = three(a.m_patch, b.m_patch)) {
        return c;
    }
    // A pre-release has lower precedence than the release itself.
    if (a.m_prerelease.isEmpty() || b.m_prerelease.isEmpty()) {
        return three(a.m_prerelease.isEmpty(), b.m_prerelease.isEmpty());
    }
    const qsizetype common = std::min(a.m_prerelease.size(), b.m_prerelease.size());
    for (qsizetype i = 0; i < common; ++i) {
        const QString &x = a.m_prerelease.at(i);
        const QString &y = b.m_prerelease.at(i);
        const bool xNumeric = isNumeric(x);
        const bool yNumeric = isNumeric(y);
        if (xNumeric && yNumeric) {
            // No leading zeros are allowed, so the longer number is the larger one (no overflow possible).
            if (const int c = three(x.size(), y.size())) {
                return c;
            }
            if (const int c = three(x.compare(y), 0)) {
                return c;
            }
        } else if (xNumeric != yNumeric) {
            return xNumeric ? -1 : 1; // numeric identifiers have lower precedence
        } else if (const int c = three(x.compare(y), 0)) {
            return c; // ASCII order
        }
    }
    return three(a.m_prerelease.size(), b.m_prerelease.size());
}

} // namespace ra
