// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/retrypolicy.h"

namespace ra::channels {

/// The rate-limit rules of the announcement networks (api-contracts.md, pitfall 9): a 429 waits for
/// Retry-After, Telegram's parameters.retry_after, Discord's retry_after (float seconds), X's
/// x-rate-limit-reset (epoch seconds) or Mastodon's X-RateLimit-Reset (ISO 8601), whichever the reply has;
/// a wait longer than the limit's maxRateLimitWait is not waited for. A 429 was not acted on, so even a
/// POST is repeated; other failures of a POST are retried only when the request is retrySafe.
class ChannelRetryPolicy : public net::RetryPolicy
{
public:
    using net::RetryPolicy::RetryPolicy;

    [[nodiscard]] net::RetryDecision decide(const net::Request &request, const net::Response &response, int attempt,
                                            net::Clock &clock) const override;

    /// The wait a 429 reply asks for, in milliseconds, or -1 when it names none.
    [[nodiscard]] static qint64 rateLimitWaitMs(const net::Response &response, const QDateTime &now);
};

} // namespace ra::channels
