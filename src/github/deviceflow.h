// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "github/endpoints.h"
#include "net/error.h"
#include "net/httpclient.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <chrono>

namespace ra::github {

/**
 * GitHub's OAuth device flow (api-contracts.md §1.9): request a user code, show it with the verification
 * address, poll for the token never faster than the interval. authorization_pending keeps polling, slow_down
 * adds 5 s for good, expired_token and access_denied end the flow with an explained error.
 */
class DeviceFlow : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, RequestingCode, WaitingForUser, Succeeded, Failed };
    Q_ENUM(State)

    explicit DeviceFlow(const Endpoints &endpoints, const QString &clientId, QObject *parent = nullptr);

    /// The transport; tests inject a fast clock into it.
    [[nodiscard]] net::HttpClient &http();
    [[nodiscard]] State state() const;
    [[nodiscard]] std::chrono::seconds interval() const;

    void start(const QStringList &scopes);
    void cancel();

Q_SIGNALS:
    /// Show \a userCode and open \a verificationUri; the code expires after \a expiresIn.
    void userCodeReady(const QString &userCode, const QUrl &verificationUri, std::chrono::seconds expiresIn);
    void succeeded(const QString &token, const QStringList &scopes);
    void failed(const ra::net::Error &error);
    void stateChanged(ra::github::DeviceFlow::State state);

private:
    void schedulePoll();
    void poll();
    void fail(net::Error error);
    void setState(State state);
    [[nodiscard]] net::Request formRequest(const QString &path, const QList<std::pair<QString, QString>> &fields) const;

    Endpoints m_endpoints;
    QString m_clientId;
    net::HttpClient m_http;
    QPointer<net::Call> m_call;
    State m_state = State::Idle;
    QString m_deviceCode;
    std::chrono::seconds m_interval{5};
    QDateTime m_expiresAt;
    int m_generation = 0; ///< invalidates scheduled polls after cancel or restart
};

} // namespace ra::github
