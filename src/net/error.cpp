// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/error.h"

using namespace Qt::StringLiterals;

namespace ra::net {

QString Error::toString() const
{
    if (hint.isEmpty()) {
        return message;
    }
    return u"%1 (%2)"_s.arg(message, hint);
}

QString errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None:
        return u"none"_s;
    case ErrorKind::Cancelled:
        return u"cancelled"_s;
    case ErrorKind::DryRun:
        return u"dry_run"_s;
    case ErrorKind::InvalidRequest:
        return u"invalid_request"_s;
    case ErrorKind::Connection:
        return u"connection"_s;
    case ErrorKind::Timeout:
        return u"timeout"_s;
    case ErrorKind::Redirect:
        return u"redirect"_s;
    case ErrorKind::Authentication:
        return u"authentication"_s;
    case ErrorKind::Permission:
        return u"permission"_s;
    case ErrorKind::RateLimited:
        return u"rate_limited"_s;
    case ErrorKind::NotFound:
        return u"not_found"_s;
    case ErrorKind::Gone:
        return u"gone"_s;
    case ErrorKind::Validation:
        return u"validation"_s;
    case ErrorKind::Server:
        return u"server"_s;
    case ErrorKind::Io:
        return u"io"_s;
    case ErrorKind::Unreadable:
        return u"unreadable_answer"_s;
    }
    return u"unknown"_s;
}

} // namespace ra::net
