// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clientdriver.h"
#include "faultproxy.h"

#include <QTcpServer>
#include <QTemporaryDir>
#include <QThreadPool>

#include <memory>

namespace ra::test {

class GitHttpServer;
class SshServer;

/**
 * Step 2's tag push, journaled: release::TagStep (begin, git::TagPusher on a worker thread, finish) to a real git
 * server — `git http-backend` behind a token check, or OpenSSH — through a FaultProxy. The faults that mean
 * something for git: the server down, wrong credentials, a stall, and a reset mid-push (over HTTPS after the
 * server stored the tag, in place of its answer; over SSH while the server's pre-receive hook runs, so that
 * nothing is stored).
 */
class GitDriver : public ClientDriver
{
public:
    enum class Transport { Https, Ssh };

    explicit GitDriver(Transport transport);
    ~GitDriver() override;

    [[nodiscard]] QString name() const override;
    [[nodiscard]] Expect expectation(Fault fault) const override;
    [[nodiscard]] CellOutcome run(Fault fault) override;

    /// How long a push may take before it counts as hung (git has no timeout of its own to wait for).
    static constexpr int DeadlineMs = 6000;

private:
    bool startServer(QString *error);
    /// Creates the bare repository of this cell and returns its path (a reset over SSH gets the hook that
    /// asks the proxy to reset the push).
    QString createRemote(const QString &name, bool resetInHook);

    Transport m_transport;
    QTemporaryDir m_dir;
    std::unique_ptr<GitHttpServer> m_http;
    std::unique_ptr<SshServer> m_ssh;
    QString m_strangerKey;
    FaultProxy *m_proxy = nullptr; ///< the current cell's proxy, for the hook's trigger
    QTcpServer m_trigger;
    /// The pushes run here, not on Qt's global pool, so that their threads (and what libssh2 and OpenSSL keep
    /// per thread) end with the driver.
    QThreadPool m_pool;
    int m_cell = 0;
};

} // namespace ra::test
