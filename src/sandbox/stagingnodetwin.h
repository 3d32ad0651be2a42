// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/testhttpserver.h"

#include <QJsonObject>
#include <QString>

namespace ra::test {

/// A twin of an aleph-vm staging node (aleph-vm-release-facts.md §8): every response carries
/// "Server: aleph-vm/<version>"; /status/config, /status/check/fastapi, /status/check/host and
/// /about/usage/system answer from the public fields, which tests change between checks.
class StagingNodeTwin
{
public:
    StagingNodeTwin();

    /// Listens on \a port (0: a port the system picks); false when it could not be bound.
    bool start(quint16 port = 0);
    [[nodiscard]] TestHttpServer &server();
    [[nodiscard]] QUrl url() const;

    QString version = QStringLiteral("1.14.0-3-g6da21a3a");
    /// What /status/config says; empty: same as version.
    QString configVersion;
    /// The booleans of /status/check/fastapi; any false one makes it answer 503.
    QJsonObject fastapi;
    /// {ipv4: {egress, dns, domain, http}, ipv6: {...}}; egress/dns/domain false on a stack → 503.
    QJsonObject host;

private:
    void installRoutes();

    TestHttpServer m_server;
};

} // namespace ra::test
