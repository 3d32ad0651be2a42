// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/call.h"
#include "net/clock.h"
#include "net/retrypolicy.h"

#include <QByteArray>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QObject>

#include <functional>
#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcNet)

namespace ra::net {

/**
 * The one HTTP transport of every service client.
 *
 * - Timeouts: a connect timeout until the request is on the wire, then a stall timeout that restarts on every
 *   byte sent or received.
 * - Retries: bounded, exponential back-off with jitter, decided by the RetryPolicy (5xx and connection errors;
 *   never other 4xx; POST/PATCH only when Request::retrySafe or when the server certainly did not act).
 *   Waits use the Clock (timers, never sleeps).
 * - Redirects are followed by hand: a redirect to another origin drops Authorization, Cookie and every
 *   credential header, so tokens never reach blob storage.
 * - Pagination follows Link rel="next" URLs exactly as given (Request::followPages).
 * - Logging (category "ra.net") shows method, redacted URL, status and timing; secrets are redacted.
 * - Dry run: requests are reported to the observer and never sent; their calls end with ErrorKind::DryRun.
 */
class HttpClient : public QObject
{
    Q_OBJECT

public:
    /// Called for every request before it is sent (or instead of sending it in dry-run mode).
    using RequestObserver = std::function<void(const Request &)>;

    explicit HttpClient(QObject *parent = nullptr);
    ~HttpClient() override;

    /// Starts \a request; the returned call is owned by this client and deletes itself after finished()
    /// returns to the event loop (re-parent it to keep it).
    Call *send(const Request &request);

    /// Headers added to every request that does not set them (User-Agent, Accept ...).
    void setDefaultHeader(const QByteArray &name, const QByteArray &value);
    [[nodiscard]] QByteArray defaultHeader(const QByteArray &name) const;

    void setRetryPolicy(std::shared_ptr<RetryPolicy> policy);
    [[nodiscard]] RetryPolicy &retryPolicy() const;
    /// Replaces the clock (tests); the client shares ownership.
    void setClock(std::shared_ptr<Clock> clock);
    [[nodiscard]] Clock &clock() const;

    void setConnectTimeout(int milliseconds);
    void setStallTimeout(int milliseconds);
    [[nodiscard]] int connectTimeout() const;
    [[nodiscard]] int stallTimeout() const;
    void setMaxRedirects(int redirects);
    [[nodiscard]] int maxRedirects() const;

    void setDryRun(bool dryRun);
    [[nodiscard]] bool isDryRun() const;
    void setRequestObserver(RequestObserver observer);

    /// Also log request and response bodies (redacted, first 2 KiB) at debug level.
    void setLogBodies(bool logBodies);

    [[nodiscard]] QNetworkAccessManager &networkAccessManager();

private:
    friend class Call;

    QNetworkAccessManager m_manager;
    QList<std::pair<QByteArray, QByteArray>> m_defaultHeaders;
    std::shared_ptr<RetryPolicy> m_policy;
    std::shared_ptr<Clock> m_clock;
    RequestObserver m_observer;
    int m_connectTimeoutMs = 15000;
    int m_stallTimeoutMs = 60000;
    int m_maxRedirects = 5;
    bool m_dryRun = false;
    bool m_logBodies = false;
};

/// Runs a local event loop until \a call finished and returns its response (command-line tools).
Response waitForResponse(Call *call);

} // namespace ra::net
