// SPDX-License-Identifier: GPL-3.0-or-later
#include "channels/channelretrypolicy.h"

#include "net/clock.h"
#include "net/request.h"
#include "net/response.h"

#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ra::channels {

qint64 ChannelRetryPolicy::rateLimitWaitMs(const net::Response &response, const QDateTime &now)
{
    const qint64 header = retryAfterMs(response, now);
    if (header >= 0) {
        return header;
    }
    const QJsonObject body = response.json().object();
    const QJsonValue telegram = body.value(u"parameters"_s).toObject().value(u"retry_after"_s);
    if (telegram.isDouble()) {
        return qint64(telegram.toDouble() * 1000);
    }
    const QJsonValue discord = body.value(u"retry_after"_s);
    if (discord.isDouble()) {
        return qint64(std::ceil(discord.toDouble() * 1000));
    }
    const QByteArray xReset = response.header("x-rate-limit-reset");
    bool ok = false;
    const qint64 epoch = xReset.toLongLong(&ok);
    if (ok) {
        return std::max<qint64>(0, (epoch - now.toSecsSinceEpoch()) * 1000);
    }
    const QByteArray mastodonReset = response.header("x-ratelimit-reset");
    if (!mastodonReset.isEmpty()) {
        const QDateTime reset = QDateTime::fromString(QString::fromLatin1(mastodonReset), Qt::ISODateWithMs);
        if (reset.isValid()) {
            return std::max<qint64>(0, now.msecsTo(reset));
        }
    }
    return -1;
}

net::RetryDecision ChannelRetryPolicy::decide(const net::Request &request, const net::Response &response, int attempt,
                                              net::Clock &clock) const
{
    if (response.status == 429 && !response.error.isError()) {
        if (attempt >= limits().maxAttempts) {
            return {};
        }
        const qint64 wait = rateLimitWaitMs(response, clock.now());
        const auto delay = wait >= 0 ? std::chrono::milliseconds(wait) : backoff(attempt, clock);
        if (delay > limits().maxRateLimitWait) {
            return {};
        }
        return {true, delay, u"429 Too Many Requests"_s};
    }
    return net::RetryPolicy::decide(request, response, attempt, clock);
}

} // namespace ra::channels
