// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clientdriver.h"

#include <QThreadPool>

#include <memory>

namespace ra::test {

class PostgresServer;

/**
 * Step 3's scoring database: scoring::PostgresVersionStore reading the table and applying a change set (on a
 * worker thread, as the app does), against a real PostgreSQL reached over TCP through a FaultProxy, as a role
 * with a password (scram-sha-256). The faults that mean something for PostgreSQL: the server down, a wrong
 * password, a stall (the port accepts and never answers), and a reset mid-transaction (in place of the answer
 * to the INSERT).
 */
class PostgresDriver : public ClientDriver
{
public:
    PostgresDriver();
    ~PostgresDriver() override;

    [[nodiscard]] QString name() const override;
    [[nodiscard]] Expect expectation(Fault fault) const override;
    [[nodiscard]] CellOutcome run(Fault fault) override;

    /// How long an apply may take before it counts as hung.
    static constexpr int DeadlineMs = 6000;

private:
    bool startServer(QString *error);

    std::unique_ptr<PostgresServer> m_server;
    /// The database calls run here so that their threads end with the driver.
    QThreadPool m_pool;
};

} // namespace ra::test
