// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "faultmatrix.h"
#include "testhttpserver.h"

#include <QStringList>
#include <QUrl>

namespace ra::test {

/// The stall timeout the HTTP rows give their clients: long enough for a loaded machine, short enough for a
/// stalled cell (several attempts) to end in seconds.
constexpr int StallTimeoutMs = 1000;

/// A host that is not the service: a captive portal answering its login page to any GET or POST. It records
/// what reached it, so that a test can tell whether a credential followed a redirect there.
class PortalHost
{
public:
    bool start();
    [[nodiscard]] QUrl url() const;
    /// What of \a secrets (and any Authorization or Cookie header) reached the portal; empty when nothing did.
    [[nodiscard]] QString leaks(const QStringList &secrets) const;

    static const QByteArray Page;

private:
    TestHttpServer m_server;
};

/// A URL on 127.0.0.1 where nothing listens (a port that was free a moment ago): connection refused.
[[nodiscard]] QUrl closedUrl(const QString &path = {});

/// The answer standing for \a fault on \a server for requests matching \a method and \a pattern (empty method:
/// any): once for the transient faults, for every request otherwise. Down, Unauthorized and Gone depend on the
/// service and are the caller's to arrange; a redirect loop answers from "/loop" on \a server itself.
void injectHttpFault(TestHttpServer &server, const QByteArray &method, const QString &pattern, Fault fault,
                     const QUrl &portal);

/// The response injectHttpFault() uses for \a fault (a redirect loop points at "/loop" of \a server).
[[nodiscard]] HttpResponse faultResponse(Fault fault, TestHttpServer &server, const QUrl &portal);

/// \a answer with its JSON cut in half (and a Content-Length that matches the cut): the service's own answer,
/// spoiled on the way back after the service acted (TestHttpServer::spoilAnswers()).
[[nodiscard]] HttpResponse cutShort(const HttpResponse &answer);

/// How many requests a fault is injected for.
[[nodiscard]] int faultTimes(Fault fault);

} // namespace ra::test
