// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/request.h"
#include "net/response.h"

#include <QDateTime>

#include <chrono>

namespace ra::net {

class Clock;

/// What to do after an attempt ended.
struct RetryDecision {
    bool retry = false;
    std::chrono::milliseconds delay{0};
    QString reason; ///< why, for the log and the retrying() signal ("503 Service Unavailable")
};

/// Decides whether a finished attempt is retried, and classifies the final failure. Service clients install
/// their own rules (GitHub's rate limits); the transport applies them.
class RetryPolicy
{
public:
    struct Limits {
        int maxAttempts = 4; ///< attempts in total, the first included
        std::chrono::milliseconds baseDelay{500}; ///< back-off: base * 2^(attempt-1), plus up to 50% jitter
        std::chrono::milliseconds maxDelay{30000};
        /// A rate-limit wait longer than this is not waited for: the request fails with RateLimited and the
        /// time the limit resets.
        std::chrono::milliseconds maxRateLimitWait{120000};
    };

    RetryPolicy();
    explicit RetryPolicy(Limits limits);
    virtual ~RetryPolicy();

    [[nodiscard]] const Limits &limits() const;
    void setLimits(const Limits &limits);

    /// \a response holds the attempt's result; its error is set for transport failures (kind Connection,
    /// Timeout) and empty for HTTP statuses. \a attempt counts from 1.
    [[nodiscard]] virtual RetryDecision decide(const Request &request, const Response &response, int attempt,
                                               Clock &clock) const;
    /// The user-facing error of a final non-2xx response (after the retries).
    [[nodiscard]] virtual Error classify(const Response &response) const;
    /// The error of a 2xx answer to \a method that is not \a expected ("a JSON array"): something other than
    /// the service answered (a proxy, a captive portal) or the body was cut. Names the service, the URL
    /// (redacted) and the start of the body; never to be read as an empty answer.
    [[nodiscard]] virtual Error classifyUnreadable(const QByteArray &method, const Response &response,
                                                   const QString &expected) const;

protected:
    /// Exponential back-off with jitter for \a attempt.
    [[nodiscard]] std::chrono::milliseconds backoff(int attempt, Clock &clock) const;
    /// The Retry-After header in milliseconds (seconds or an HTTP date), or -1.
    [[nodiscard]] static qint64 retryAfterMs(const Response &response, const QDateTime &now);
    /// classifyUnreadable() with \a service as the name of who should have answered.
    [[nodiscard]] static Error unreadable(const QString &service, const QByteArray &method, const Response &response,
                                          const QString &expected);

private:
    Limits m_limits;
};

/// GitHub's rules (api-contracts.md §1.7): retry-after first, then x-ratelimit-remaining = 0 until
/// x-ratelimit-reset, then secondary-limit wording (at least 60 s); a 403 without any of these is a permission
/// error and is not retried. Error messages carry GitHub's "message" and errors[].code.
class GitHubRetryPolicy : public RetryPolicy
{
public:
    using RetryPolicy::RetryPolicy;

    [[nodiscard]] RetryDecision decide(const Request &request, const Response &response, int attempt,
                                       Clock &clock) const override;
    [[nodiscard]] Error classify(const Response &response) const override;
    [[nodiscard]] Error classifyUnreadable(const QByteArray &method, const Response &response,
                                           const QString &expected) const override;

    /// True when \a response is a GitHub primary or secondary rate limit (403 or 429 with its signals).
    [[nodiscard]] static bool isRateLimited(const Response &response);
};

} // namespace ra::net
