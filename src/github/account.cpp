// SPDX-License-Identifier: GPL-3.0-or-later
#include "github/account.h"

using namespace Qt::StringLiterals;

namespace ra::github {

AccountInfo::TokenKind AccountInfo::kindOfToken(const QString &token)
{
    if (token.startsWith(u"github_pat_"_s)) {
        return TokenKind::FineGrained;
    }
    if (token.startsWith(u"ghp_"_s)) {
        return TokenKind::Classic;
    }
    if (token.startsWith(u"gho_"_s)) {
        return TokenKind::OAuth;
    }
    if (token.startsWith(u"ghu_"_s)) {
        return TokenKind::AppUser;
    }
    return TokenKind::Unknown;
}

QString AccountInfo::tokenKindName(TokenKind kind)
{
    switch (kind) {
    case TokenKind::Classic:
        return u"classic personal access token"_s;
    case TokenKind::FineGrained:
        return u"fine-grained personal access token"_s;
    case TokenKind::OAuth:
        return u"OAuth token (device flow)"_s;
    case TokenKind::AppUser:
        return u"GitHub App user token"_s;
    case TokenKind::Unknown:
        break;
    }
    return u"token"_s;
}

} // namespace ra::github
