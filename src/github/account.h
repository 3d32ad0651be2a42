// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace ra::github {

/// What GitHub says about a repository, as far as the pre-flight checks need it.
struct RepositoryInfo {
    QString fullName;
    QString defaultBranch;
    bool isPrivate = false;
    bool archived = false;
    /// permissions{} of GET /repos/{o}/{r}: what the token's user may do there (absent without a token).
    bool canAdmin = false;
    bool canPush = false;
    bool canPull = false;
    bool permissionsKnown = false;
    QUrl htmlUrl;
};

/// Who a token belongs to and what it may do.
struct AccountInfo {
    enum class TokenKind { Unknown, Classic, FineGrained, OAuth, AppUser };

    QString login;
    QString name;
    QUrl avatarUrl;
    TokenKind tokenKind = TokenKind::Unknown;
    /// x-oauth-scopes of a classic or OAuth token ("repo", "workflow"); fine-grained tokens have none.
    QStringList scopes;
    bool scopesKnown = false;
    QDateTime expiresAt; ///< github-authentication-token-expiration, invalid when the token never expires

    [[nodiscard]] static TokenKind kindOfToken(const QString &token);
    [[nodiscard]] static QString tokenKindName(TokenKind kind);
};

} // namespace ra::github
