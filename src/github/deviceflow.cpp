// SPDX-License-Identifier: GPL-3.0-or-later
#include "github/deviceflow.h"

#include "net/redactor.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace ra::github {

DeviceFlow::DeviceFlow(const Endpoints &endpoints, const QString &clientId, QObject *parent)
    : QObject(parent)
    , m_endpoints(endpoints)
    , m_clientId(clientId)
{
    m_http.setDefaultHeader("Accept", "application/json"); // otherwise GitHub answers form-encoded
}

net::HttpClient &DeviceFlow::http()
{
    return m_http;
}

DeviceFlow::State DeviceFlow::state() const
{
    return m_state;
}

std::chrono::seconds DeviceFlow::interval() const
{
    return m_interval;
}

net::Request DeviceFlow::formRequest(const QString &path, const QList<std::pair<QString, QString>> &fields) const
{
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty()) {
            body += '&';
        }
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    net::Request request("POST", m_endpoints.webUrl(path));
    request.body = body;
    request.setHeader("Content-Type", "application/x-www-form-urlencoded");
    request.retrySafe = true; // asking for a code or polling twice is harmless
    return request;
}

void DeviceFlow::start(const QStringList &scopes)
{
    cancel();
    ++m_generation;
    m_interval = 5s;
    setState(State::RequestingCode);
    m_call = m_http.send(
        formRequest(u"/login/device/code"_s, {{u"client_id"_s, m_clientId}, {u"scope"_s, scopes.join(u' ')}}));
    const int generation = m_generation;
    connect(m_call, &net::Call::finished, this, [this, generation](const net::Response &response) {
        if (generation != m_generation) {
            return;
        }
        const QJsonObject o = response.json().object();
        if (!response.ok() || o.contains(u"error"_s) || o.value(u"device_code"_s).toString().isEmpty()) {
            net::Error error = response.error;
            if (!error.isError() || o.contains(u"error"_s)) {
                const QString code = o.value(u"error"_s).toString();
                error = {
                    net::ErrorKind::Validation,
                    response.status,
                    u"GitHub did not start the device sign-in: %1"_s.arg(
                        o.value(u"error_description"_s)
                            .toString(code.isEmpty() ? u"no device code in the reply"_s : code)),
                    code == u"device_flow_disabled"_s
                        ? u"The device flow is disabled for this OAuth app; enter a personal access token instead."_s
                        : u"Try again, or enter a personal access token instead."_s,
                    {},
                    {code}};
            }
            fail(error);
            return;
        }
        m_deviceCode = o.value(u"device_code"_s).toString();
        net::Redactor::global().addSecret(m_deviceCode);
        m_interval = std::chrono::seconds(std::max(1, o.value(u"interval"_s).toInt(5)));
        const auto expiresIn = std::chrono::seconds(o.value(u"expires_in"_s).toInt(900));
        m_expiresAt = m_http.clock().now().addSecs(expiresIn.count());
        setState(State::WaitingForUser);
        Q_EMIT userCodeReady(o.value(u"user_code"_s).toString(), QUrl(o.value(u"verification_uri"_s).toString()),
                             expiresIn);
        schedulePoll();
    });
}

void DeviceFlow::cancel()
{
    ++m_generation;
    if (m_call) {
        m_call->disconnect(this);
        m_call->cancel();
    }
    if (m_state == State::RequestingCode || m_state == State::WaitingForUser) {
        setState(State::Idle);
    }
}

void DeviceFlow::schedulePoll()
{
    const int generation = m_generation;
    m_http.clock().schedule(m_interval, this, [this, generation] {
        if (generation == m_generation) {
            poll();
        }
    });
}

void DeviceFlow::poll()
{
    m_call = m_http.send(formRequest(u"/login/oauth/access_token"_s,
                                     {{u"client_id"_s, m_clientId},
                                      {u"device_code"_s, m_deviceCode},
                                      {u"grant_type"_s, u"urn:ietf:params:oauth:grant-type:device_code"_s}}));
    const int generation = m_generation;
    connect(m_call, &net::Call::finished, this, [this, generation](const net::Response &response) {
        if (generation != m_generation) {
            return;
        }
        if (!response.ok()) {
            fail(response.error);
            return;
        }
        // Errors arrive as HTTP 200 with {"error": ...}.
        const QJsonObject o = response.json().object();
        const QString token = o.value(u"access_token"_s).toString();
        if (!token.isEmpty()) {
            net::Redactor::global().addSecret(token);
            setState(State::Succeeded);
            QStringList scopes;
            for (const QString &scope : o.value(u"scope"_s).toString().split(u',', Qt::SkipEmptyParts)) {
                scopes.append(scope.trimmed());
            }
            Q_EMIT succeeded(token, scopes);
            return;
        }
        const QString code = o.value(u"error"_s).toString();
        if (code == u"authorization_pending"_s) {
            if (m_expiresAt.isValid() && m_http.clock().now() >= m_expiresAt) {
                fail({net::ErrorKind::Gone,
                      200,
                      u"The sign-in code expired before it was entered"_s,
                      u"Start the sign-in again and enter the new code within 15 minutes."_s,
                      {},
                      {u"expired_token"_s}});
                return;
            }
            schedulePoll();
        } else if (code == u"slow_down"_s) {
            const int suggested = o.value(u"interval"_s).toInt(0);
            m_interval = std::max(m_interval + 5s, std::chrono::seconds(suggested));
            schedulePoll();
        } else if (code == u"expired_token"_s) {
            fail({net::ErrorKind::Gone,
                  200,
                  u"The sign-in code expired before it was entered"_s,
                  u"Start the sign-in again and enter the new code within 15 minutes."_s,
                  {},
                  {code}});
        } else if (code == u"access_denied"_s) {
            fail({net::ErrorKind::Permission,
                  200,
                  u"The sign-in was cancelled on GitHub"_s,
                  u"Start again and choose Authorize, or enter a personal access token instead."_s,
                  {},
                  {code}});
        } else {
            fail({net::ErrorKind::Validation,
                  200,
                  u"GitHub refused the device sign-in: %1"_s.arg(o.value(u"error_description"_s).toString(code)),
                  u"Start the sign-in again, or enter a personal access token instead."_s,
                  {},
                  {code}});
        }
    });
}

void DeviceFlow::fail(net::Error error)
{
    ++m_generation;
    setState(State::Failed);
    Q_EMIT failed(error);
}

void DeviceFlow::setState(State state)
{
    if (m_state != state) {
        m_state = state;
        Q_EMIT stateChanged(state);
    }
}

} // namespace ra::github
