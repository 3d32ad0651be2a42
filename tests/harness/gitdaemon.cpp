// SPDX-License-Identifier: GPL-3.0-or-later
#include "gitdaemon.h"

#include "freeport.h"

#include <QDir>
#include <QFile>

namespace ra::test {

namespace {

QProcessEnvironment isolatedGitEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    environment.insert(QStringLiteral("GIT_CONFIG_GLOBAL"), QStringLiteral("/dev/null"));
    environment.insert(QStringLiteral("GIT_AUTHOR_NAME"), QStringLiteral("Release Tester"));
    environment.insert(QStringLiteral("GIT_AUTHOR_EMAIL"), QStringLiteral("tester@example.org"));
    environment.insert(QStringLiteral("GIT_COMMITTER_NAME"), QStringLiteral("Release Tester"));
    environment.insert(QStringLiteral("GIT_COMMITTER_EMAIL"), QStringLiteral("tester@example.org"));
    environment.insert(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));
    return environment;
}

} // namespace

int runGit(const QStringList &arguments, const QString &workingDirectory, QString *output, QString *log)
{
    QProcess git;
    git.setProcessEnvironment(isolatedGitEnvironment());
    git.setWorkingDirectory(workingDirectory);
    git.start(QStringLiteral("git"), arguments);
    if (!git.waitForFinished(120000)) {
        git.kill();
        git.waitForFinished();
        if (log) {
            *log = QStringLiteral("git %1 did not finish").arg(arguments.join(u' '));
        }
        return -1;
    }
    const QString out = QString::fromUtf8(git.readAllStandardOutput());
    if (output) {
        *output = out.trimmed();
    }
    if (log) {
        *log = out + QString::fromUtf8(git.readAllStandardError());
    }
    return git.exitStatus() == QProcess::NormalExit ? git.exitCode() : -1;
}

GitDaemon::GitDaemon() = default;

GitDaemon::~GitDaemon()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
}

bool GitDaemon::start(QString *error)
{
    if (!m_base.isValid()) {
        *error = QStringLiteral("cannot create a temporary folder: %1").arg(m_base.errorString());
        return false;
    }
    m_port = freeLoopbackPort();
    m_process.setProcessEnvironment(isolatedGitEnvironment());
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setReadChannel(QProcess::StandardError);
    m_process.start(QStringLiteral("git"),
                    {QStringLiteral("daemon"), QStringLiteral("--verbose"), QStringLiteral("--reuseaddr"),
                     QStringLiteral("--export-all"), QStringLiteral("--enable=receive-pack"),
                     QStringLiteral("--listen=127.0.0.1"), QStringLiteral("--port=%1").arg(m_port),
                     QStringLiteral("--base-path=%1").arg(m_base.path()), m_base.path()});
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("cannot start git daemon: %1").arg(m_process.errorString());
        return false;
    }
    // git daemon logs "Ready to rumble" once it listens; wait for that line, not for a fixed time.
    QByteArray log;
    while (!log.contains("Ready to rumble")) {
        if (!m_process.waitForReadyRead(10000)) {
            *error = QStringLiteral("git daemon did not become ready: %1").arg(QString::fromUtf8(log));
            return false;
        }
        log += m_process.readAllStandardError();
    }
    return true;
}

quint16 GitDaemon::port() const
{
    return m_port;
}

QString GitDaemon::createBareRepository(const QString &name)
{
    const QString path = repositoryPath(name);
    if (runGit({QStringLiteral("init"), QStringLiteral("--bare"), QStringLiteral("--initial-branch=main"), path},
               m_base.path()) != 0) {
        return {};
    }
    return path;
}

bool GitDaemon::setHook(const QString &name, const QString &hook, const QByteArray &script)
{
    QFile file(repositoryPath(name) + QStringLiteral("/hooks/") + hook);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return false;
    }
    file.write(script);
    file.close();
    return file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                               QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther |
                               QFileDevice::ExeOther);
}

QString GitDaemon::repositoryPath(const QString &name) const
{
    return QDir(m_base.path()).filePath(name);
}

QString GitDaemon::url(const QString &name) const
{
    return QStringLiteral("git://127.0.0.1:%1/%2").arg(m_port).arg(name);
}

} // namespace ra::test
