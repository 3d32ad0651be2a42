// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/httpclient.h"

#include <QEventLoop>

Q_LOGGING_CATEGORY(lcNet, "ra.net", QtInfoMsg)

namespace ra::net {

HttpClient::HttpClient(QObject *parent)
    : QObject(parent)
    , m_policy(std::make_shared<RetryPolicy>())
    , m_clock(std::make_shared<SystemClock>())
{
    m_manager.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_manager.setAutoDeleteReplies(false);
    setDefaultHeader("User-Agent", "release-assistant");
}

HttpClient::~HttpClient()
{
    // Calls reach into the manager while they abort: delete them before it.
    const auto calls = findChildren<Call *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(calls);
}

Call *HttpClient::send(const Request &request)
{
    auto *call = new Call(this, request); // owned by this client (QObject parent)
    call->m_elapsed.start();
    call->start();
    return call;
}

void HttpClient::setDefaultHeader(const QByteArray &name, const QByteArray &value)
{
    m_defaultHeaders.removeIf(
        [&name](const auto &entry) { return entry.first.compare(name, Qt::CaseInsensitive) == 0; });
    m_defaultHeaders.append({name, value});
}

QByteArray HttpClient::defaultHeader(const QByteArray &name) const
{
    for (const auto &[key, value] : m_defaultHeaders) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

void HttpClient::setRetryPolicy(std::shared_ptr<RetryPolicy> policy)
{
    m_policy = std::move(policy);
}

RetryPolicy &HttpClient::retryPolicy() const
{
    return *m_policy;
}

void HttpClient::setClock(std::shared_ptr<Clock> clock)
{
    m_clock = std::move(clock);
}

Clock &HttpClient::clock() const
{
    return *m_clock;
}

void HttpClient::setConnectTimeout(int milliseconds)
{
    m_connectTimeoutMs = milliseconds;
}

void HttpClient::setStallTimeout(int milliseconds)
{
    m_stallTimeoutMs = milliseconds;
}

int HttpClient::connectTimeout() const
{
    return m_connectTimeoutMs;
}

int HttpClient::stallTimeout() const
{
    return m_stallTimeoutMs;
}

void HttpClient::setMaxRedirects(int redirects)
{
    m_maxRedirects = redirects;
}

int HttpClient::maxRedirects() const
{
    return m_maxRedirects;
}

void HttpClient::setDryRun(bool dryRun)
{
    m_dryRun = dryRun;
}

bool HttpClient::isDryRun() const
{
    return m_dryRun;
}

void HttpClient::setRequestObserver(RequestObserver observer)
{
    m_observer = std::move(observer);
}

void HttpClient::setLogBodies(bool logBodies)
{
    m_logBodies = logBodies;
}

QNetworkAccessManager &HttpClient::networkAccessManager()
{
    return m_manager;
}

Response waitForResponse(Call *call)
{
    QPointer<Call> guard(call);
    Response result;
    bool done = call->isFinished();
    if (done) {
        return call->response();
    }
    QEventLoop loop;
    QObject::connect(call, &Call::finished, &loop, [&](const Response &response) {
        result = response;
        done = true;
        loop.quit();
    });
    if (!done) {
        loop.exec();
    }
    return result;
}

} // namespace ra::net
