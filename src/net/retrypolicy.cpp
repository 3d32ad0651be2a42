// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/retrypolicy.h"

#include "net/clock.h"
#include "net/redactor.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace ra::net {

namespace {

bool isRetryableStatus(int status)
{
    return status == 500 || status == 502 || status == 503 || status == 504;
}

QString statusText(const Response &response)
{
    return u"HTTP %1"_s.arg(response.status);
}

/// How much of an unreadable body an error message quotes.
constexpr qsizetype QuotedBodyChars = 80;

/// The start of \a body as one line of text, secrets redacted before it is cut (so no secret is cut in half).
QString bodyStart(const QByteArray &body)
{
    QString text = Redactor::global().redact(QString::fromUtf8(body.left(64 * 1024))).simplified();
    if (text.size() > QuotedBodyChars) {
        text = text.left(QuotedBodyChars) + u'…';
    }
    return text;
}

QDateTime resetTime(const Response &response)
{
    bool ok = false;
    const qint64 epoch = response.header("x-ratelimit-reset").toLongLong(&ok);
    return ok ? QDateTime::fromSecsSinceEpoch(epoch, QTimeZone::UTC) : QDateTime();
}

} // namespace

RetryPolicy::RetryPolicy() = default;

RetryPolicy::RetryPolicy(Limits limits)
    : m_limits(limits)
{
}

RetryPolicy::~RetryPolicy() = default;

const RetryPolicy::Limits &RetryPolicy::limits() const
{
    return m_limits;
}

void RetryPolicy::setLimits(const Limits &limits)
{
    m_limits = limits;
}

std::chrono::milliseconds RetryPolicy::backoff(int attempt, Clock &clock) const
{
    const double base = double(m_limits.baseDelay.count()) * std::pow(2.0, std::max(0, attempt - 1));
    const double jittered = base * (1.0 + 0.5 * clock.random());
    return std::chrono::milliseconds(qint64(std::min(jittered, double(m_limits.maxDelay.count()))));
}

qint64 RetryPolicy::retryAfterMs(const Response &response, const QDateTime &now)
{
    const QByteArray value = response.header("retry-after").trimmed();
    if (value.isEmpty()) {
        return -1;
    }
    bool ok = false;
    const double seconds = value.toDouble(&ok);
    if (ok) {
        return qint64(std::max(0.0, seconds) * 1000);
    }
    const QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(value), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    if (!date.isValid()) {
        return -1;
    }
    QDateTime utc = date;
    utc.setTimeZone(QTimeZone::UTC);
    return std::max<qint64>(0, now.msecsTo(utc));
}

RetryDecision RetryPolicy::decide(const Request &request, const Response &response, int attempt, Clock &clock) const
{
    if (attempt >= m_limits.maxAttempts) {
        return {};
    }
    if (response.error.isError()) {
        const bool transport =
            response.error.kind == ErrorKind::Connection || response.error.kind == ErrorKind::Timeout;
        if (transport && request.isIdempotent()) {
            return {true, backoff(attempt, clock), response.error.message};
        }
        return {};
    }
    if (response.status == 429) {
        const qint64 wait = retryAfterMs(response, clock.now());
        const auto delay = wait >= 0 ? std::chrono::milliseconds(wait) : backoff(attempt, clock);
        if (delay > m_limits.maxRateLimitWait) {
            return {};
        }
        return {true, delay, u"429 Too Many Requests"_s};
    }
    if (isRetryableStatus(response.status) && request.isIdempotent()) {
        const qint64 wait = retryAfterMs(response, clock.now());
        const auto delay =
            wait >= 0 ? std::min(std::chrono::milliseconds(wait), m_limits.maxDelay) : backoff(attempt, clock);
        return {true, delay, statusText(response)};
    }
    return {};
}

Error RetryPolicy::classify(const Response &response) const
{
    Error error;
    error.httpStatus = response.status;
    const QString where = response.url.host();
    const int status = response.status;
    if (status == 401) {
        error.kind = ErrorKind::Authentication;
        error.message = u"%1 rejected the credentials (HTTP 401)"_s.arg(where);
        error.hint = u"Check or renew the token for this service."_s;
    } else if (status == 403) {
        error.kind = ErrorKind::Permission;
        error.message = u"%1 refused the request (HTTP 403)"_s.arg(where);
        error.hint = u"The account or token may not do this; check its permissions."_s;
    } else if (status == 404) {
        error.kind = ErrorKind::NotFound;
        error.message = u"%1 has nothing at %2 (HTTP 404)"_s.arg(where, response.url.path());
        error.hint = u"Check the name or identifier, and that the account can see it."_s;
    } else if (status == 410) {
        error.kind = ErrorKind::Gone;
        error.message = u"%1 says %2 is gone (HTTP 410)"_s.arg(where, response.url.path());
        error.hint = u"The resource expired or was disabled; it cannot be fetched again."_s;
    } else if (status == 429) {
        error.kind = ErrorKind::RateLimited;
        error.message = u"%1 is rate-limiting requests (HTTP 429)"_s.arg(where);
        error.hint = u"Wait a few minutes and try again."_s;
    } else if (status >= 500) {
        error.kind = ErrorKind::Server;
        error.message = u"%1 failed with a server error (HTTP %2)"_s.arg(where).arg(status);
        error.hint = u"The service has a problem; try again later."_s;
    } else if (status >= 400) {
        error.kind = ErrorKind::Validation;
        error.message = u"%1 refused the request (HTTP %2)"_s.arg(where).arg(status);
        error.hint = u"The request content was not accepted; see the server's message."_s;
    } else if (status >= 300) {
        error.kind = ErrorKind::Redirect;
        error.message = u"%1 answered with an unfollowed redirect (HTTP %2)"_s.arg(where).arg(status);
        error.hint = u"Report this as a bug of the Release Assistant."_s;
    }
    return error;
}

Error RetryPolicy::unreadable(const QString &service, const QByteArray &method, const Response &response,
                              const QString &expected)
{
    Error error;
    error.kind = ErrorKind::Unreadable;
    error.httpStatus = response.status;
    const QByteArray type = response.header("content-type");
    const QString what = response.body.isEmpty()
                             ? u"an empty body"_s
                             : u"%1 bytes%2 starting \"%3\""_s.arg(response.body.size())
                                   .arg(type.isEmpty() ? QString() : u" of "_s + QString::fromLatin1(type))
                                   .arg(bodyStart(response.body));
    error.message = u"%1 did not answer %2 %3 with %4 but with %5 (HTTP %6)"_s.arg(service)
                        .arg(QString::fromLatin1(method), Redactor::global().redactUrl(response.url), expected, what)
                        .arg(response.status);
    error.hint = u"A proxy or captive portal may be answering instead of %1, or the answer was cut; nothing was "
                 u"taken from it. Retry when the network is direct."_s.arg(service);
    return error;
}

Error RetryPolicy::classifyUnreadable(const QByteArray &method, const Response &response, const QString &expected) const
{
    return unreadable(response.url.host(), method, response, expected);
}

bool GitHubRetryPolicy::isRateLimited(const Response &response)
{
    if (response.status == 429) {
        return true;
    }
    if (response.status != 403) {
        return false;
    }
    if (response.hasHeader("retry-after") || response.header("x-ratelimit-remaining").trimmed() == "0") {
        return true;
    }
    const QString message = response.json().object().value(u"message"_s).toString();
    return message.contains(u"rate limit"_s, Qt::CaseInsensitive) ||
           message.contains(u"abuse detection"_s, Qt::CaseInsensitive);
}

RetryDecision GitHubRetryPolicy::decide(const Request &request, const Response &response, int attempt,
                                        Clock &clock) const
{
    if (response.error.isError() || !isRateLimited(response)) {
        if (response.status == 403) {
            return {}; // a permission problem: repeating cannot help
        }
        return RetryPolicy::decide(request, response, attempt, clock);
    }
    if (attempt >= limits().maxAttempts) {
        return {};
    }
    // The request was refused before GitHub acted on it, so even a POST may be repeated.
    std::chrono::milliseconds delay;
    QString reason;
    const qint64 retryAfter = retryAfterMs(response, clock.now());
    const QDateTime reset = resetTime(response);
    if (retryAfter >= 0) {
        delay = std::chrono::milliseconds(retryAfter);
        reason = u"GitHub rate limit, retry-after %1 s"_s.arg(retryAfter / 1000);
    } else if (response.header("x-ratelimit-remaining").trimmed() == "0" && reset.isValid()) {
        delay = std::chrono::milliseconds(std::max<qint64>(0, clock.now().msecsTo(reset)) + 1000);
        reason = u"GitHub rate limit exhausted until %1"_s.arg(reset.toString(Qt::ISODate));
    } else {
        delay = std::max<std::chrono::milliseconds>(60s, backoff(attempt, clock));
        reason = u"GitHub secondary rate limit"_s;
    }
    if (delay > limits().maxRateLimitWait) {
        return {};
    }
    return {true, delay, reason};
}

Error GitHubRetryPolicy::classify(const Response &response) const
{
    Error error = RetryPolicy::classify(response);
    const QJsonObject body = response.json().object();
    error.serverMessage = body.value(u"message"_s).toString();
    QStringList details;
    const QJsonArray errors = body.value(u"errors"_s).toArray();
    for (const QJsonValue &item : errors) {
        const QJsonObject entry = item.toObject();
        const QString code = entry.value(u"code"_s).toString();
        if (!code.isEmpty()) {
            error.codes.append(code);
        }
        const QString text = entry.value(u"message"_s).toString();
        const QString field = entry.value(u"field"_s).toString();
        if (!text.isEmpty()) {
            details.append(text);
        } else if (!code.isEmpty()) {
            details.append(field.isEmpty() ? code : u"%1 %2"_s.arg(field, code));
        }
    }
    QString github = error.serverMessage;
    if (!details.isEmpty()) {
        github += u": "_s + details.join(u"; "_s);
    }
    const QString said = github.isEmpty() ? QString() : u": %1"_s.arg(github);
    switch (response.status) {
    case 401:
        error.message = u"GitHub rejected the token (HTTP 401)%1"_s.arg(said);
        error.hint = u"Sign in again in Settings, or set GITHUB_TOKEN to a valid token."_s;
        break;
    case 403:
        if (isRateLimited(response)) {
            error.kind = ErrorKind::RateLimited;
        } else {
            error.message = u"GitHub refused the request (HTTP 403)%1"_s.arg(said);
            error.hint = u"The token lacks a permission: fine-grained tokens need Contents read & write "
                         u"(releases), Actions read (runs, artifacts) and Issues read & write."_s;
        }
        break;
    case 404:
        error.message = u"GitHub found nothing at %1 (HTTP 404)%2"_s.arg(response.url.path(), said);
        error.hint = u"Check the repository and names; GitHub also answers 404 when the token cannot see a "
                     u"private repository, or lacks workflow permission for a commit that changes workflows."_s;
        break;
    case 410:
        error.message = u"GitHub says this is gone (HTTP 410)%1"_s.arg(said);
        error.hint = u"Expired workflow artifacts cannot be downloaded; re-run the workflow to build them again."_s;
        break;
    case 422:
        error.message = u"GitHub refused the request (HTTP 422)%1"_s.arg(said);
        break;
    default:
        if (!github.isEmpty()) {
            error.message += u": "_s + github;
        }
        break;
    }
    if (error.kind == ErrorKind::RateLimited) {
        const QDateTime reset = resetTime(response);
        error.message = u"GitHub rate limit reached (HTTP %1)%2"_s.arg(response.status).arg(said);
        error.hint =
            reset.isValid()
                ? u"The limit resets at %1 UTC; try again then."_s.arg(reset.toString(u"yyyy-MM-dd HH:mm:ss"_s))
                : u"Wait a few minutes and try again; fewer parallel writes help with secondary limits."_s;
    }
    return error;
}

Error GitHubRetryPolicy::classifyUnreadable(const QByteArray &method, const Response &response,
                                            const QString &expected) const
{
    return unreadable(u"GitHub"_s, method, response, expected);
}

} // namespace ra::net
