// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace ra::test {

/**
 * A throwaway PostgreSQL cluster: initdb into a temporary folder, a postmaster listening only on a Unix
 * socket in that folder, trust authentication for one user. Stopped (fast shutdown) and removed by the
 * destructor, and killed by the kernel if the test process dies. When the tests run as root, the server
 * runs as the unprivileged "postgres" user, since PostgreSQL refuses to run as root.
 */
class PostgresServer
{
public:
    PostgresServer();
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    /// Creates and starts the cluster; on failure returns false and says why in \a error.
    bool start(QString *error);

    [[nodiscard]] QString socketDirectory() const;
    [[nodiscard]] int port() const;
    [[nodiscard]] QString user() const;
    [[nodiscard]] QString database() const;
    /// A libpq connection string for the database: "host=<socket dir> port=... user=... dbname=...".
    [[nodiscard]] QString connectionString() const;
    /// Runs \a sql with psql and returns its unaligned output, or sets \a error.
    QString psql(const QString &sql, QString *error = nullptr) const;

private:
    bool run(const QString &program, const QStringList &arguments, QString *error) const;
    void prepare(QProcess &process) const;

    QTemporaryDir m_base;
    QString m_binDirectory;
    QProcess m_server;
    uint m_uid = 0;
    uint m_gid = 0;
    bool m_dropPrivileges = false;
};

} // namespace ra::test
