// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace ra::net {

/// What kind of failure a request ended with; callers branch on this, users read message and hint.
enum class ErrorKind {
    None,
    Cancelled, ///< the caller cancelled
    DryRun, ///< dry-run mode: the request was described, not sent
    InvalidRequest, ///< the request could not be built (bad URL, unreadable body file)
    Connection, ///< refused, reset, host not found, TLS failure
    Timeout, ///< no connection within the connect timeout, or no progress within the stall timeout
    Redirect, ///< too many redirects, a redirect without Location, or a downgrade from https to http
    Authentication, ///< 401: the credentials are missing, wrong or expired
    Permission, ///< 403 without rate-limit signals: the credentials may not do this
    RateLimited, ///< 429, or a 403 with rate-limit signals, and the wait would be too long or retries ran out
    NotFound, ///< 404
    Gone, ///< 410: the resource expired or the feature is disabled
    Validation, ///< 400, 409, 422 and other 4xx: the server refused the content of the request
    Server, ///< 5xx after the retries ran out
    Io, ///< reading the body or writing the download file failed
    Unreadable, ///< a 2xx answer that is not what the service sends (not JSON, or not the expected shape)
};

/// A failure that reaches the user: what failed, why, and what to do.
struct Error {
    ErrorKind kind = ErrorKind::None;
    int httpStatus = 0; ///< 0 when no HTTP response was received
    QString message; ///< what failed and why, one sentence
    QString hint; ///< what the user can do
    QString serverMessage; ///< the service's own message (GitHub "message"), if any
    QStringList codes; ///< the service's error codes (GitHub errors[].code, e.g. "already_exists")

    [[nodiscard]] bool isError() const
    {
        return kind != ErrorKind::None;
    }
    /// "message (hint)" for a single log or status line.
    [[nodiscard]] QString toString() const;
};

/// A stable lower-case name of \a kind, for JSON output ("rate_limited").
[[nodiscard]] QString errorKindName(ErrorKind kind);

} // namespace ra::net
