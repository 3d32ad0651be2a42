// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace ra::test {

/// Runs `git` with \a arguments in \a workingDirectory, isolated from the user's and system git config.
/// Returns the exit code; standard output (trimmed) goes to \a output when given, both streams to \a log.
int runGit(const QStringList &arguments, const QString &workingDirectory, QString *output = nullptr,
           QString *log = nullptr);

/**
 * A real `git daemon` on 127.0.0.1 serving bare repositories from a temporary folder, with receive-pack
 * enabled so clients can push. Stopped and removed by the destructor, also when a test fails.
 */
class GitDaemon
{
public:
    GitDaemon();
    ~GitDaemon();
    GitDaemon(const GitDaemon &) = delete;
    GitDaemon &operator=(const GitDaemon &) = delete;

    /// Starts the daemon; on failure returns false and says why in \a error.
    bool start(QString *error);
    [[nodiscard]] quint16 port() const;

    /// Creates the bare repository \a name (e.g. "aleph-vm.git") and returns its path.
    QString createBareRepository(const QString &name);
    /// Installs \a script as the repository's pre-receive hook (it is made executable).
    bool setHook(const QString &name, const QString &hook, const QByteArray &script);
    [[nodiscard]] QString repositoryPath(const QString &name) const;
    /// git://127.0.0.1:<port>/<name>
    [[nodiscard]] QString url(const QString &name) const;

private:
    QTemporaryDir m_base;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace ra::test
