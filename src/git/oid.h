// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <git2.h>

#include <QByteArray>
#include <QString>

#include <optional>

namespace ra::git {

/// The 40-hex-digit spelling of \a oid.
[[nodiscard]] inline QString oidToString(const git_oid &oid)
{
    char text[GIT_OID_MAX_HEXSIZE + 1] = {};
    git_oid_tostr(text, sizeof text, &oid);
    return QString::fromLatin1(text);
}

/// Parses a full hexadecimal sha; std::nullopt when \a sha is not one.
[[nodiscard]] inline std::optional<git_oid> oidFromString(const QString &sha)
{
    git_oid oid;
    const QByteArray latin = sha.toLatin1();
    if (latin.size() != GIT_OID_SHA1_HEXSIZE || git_oid_fromstr(&oid, latin.constData()) != 0) {
        return std::nullopt;
    }
    return oid;
}

/// A sha shortened for messages.
[[nodiscard]] inline QString shortSha(const QString &sha)
{
    return sha.left(8);
}

} // namespace ra::git
