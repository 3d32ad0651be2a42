// SPDX-License-Identifier: GPL-3.0-or-later
#include "sshserver.h"

#include "freeport.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <unistd.h>

namespace ra::test {

namespace {

bool runTool(const QString &program, const QStringList &arguments, QString *output, QString *error)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("%1 %2 failed: %3")
                     .arg(program, arguments.join(u' '), QString::fromUtf8(process.readAllStandardError()));
        return false;
    }
    if (output) {
        *output = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    }
    return true;
}

QString currentUser()
{
    const QByteArray name = qgetenv("USER");
    if (!name.isEmpty()) {
        return QString::fromLocal8Bit(name);
    }
    QString output;
    QString error;
    return runTool(QStringLiteral("id"), {QStringLiteral("-un")}, &output, &error) ? output : QString();
}

} // namespace

SshServer::SshServer() = default;

SshServer::~SshServer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
}

bool SshServer::start(QString *error)
{
    if (!m_base.isValid()) {
        *error = QStringLiteral("cannot create a temporary folder: %1").arg(m_base.errorString());
        return false;
    }
    const QString sshd = QStandardPaths::findExecutable(
        QStringLiteral("sshd"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin")});
    if (sshd.isEmpty()) {
        *error = QStringLiteral("sshd is not installed (Debian package openssh-server)");
        return false;
    }
    // As root, sshd insists on its privilege-separation folder, which the package normally creates at boot.
    if (geteuid() == 0 && !QDir(QStringLiteral("/run/sshd")).exists() && !QDir().mkpath(QStringLiteral("/run/sshd"))) {
        *error = QStringLiteral("sshd needs /run/sshd when run as root, and it cannot be created");
        return false;
    }
    m_user = currentUser();
    const QString hostKey = m_base.filePath(QStringLiteral("host_ed25519"));
    if (!runTool(QStringLiteral("ssh-keygen"),
                 {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                  QString(), QStringLiteral("-f"), hostKey},
                 nullptr, error)) {
        return false;
    }
    QString fingerprint;
    if (!runTool(QStringLiteral("ssh-keygen"),
                 {QStringLiteral("-l"), QStringLiteral("-E"), QStringLiteral("sha256"), QStringLiteral("-f"),
                  hostKey + QStringLiteral(".pub")},
                 &fingerprint, error)) {
        return false;
    }
    m_hostFingerprint = fingerprint.section(u' ', 1, 1);
    m_userKey = createKey(QStringLiteral("user_ed25519"));
    if (m_userKey.isEmpty() || !authorizeKey(m_userKey)) {
        *error = QStringLiteral("cannot create the user key");
        return false;
    }

    m_port = freeLoopbackPort();
    const QString config = m_base.filePath(QStringLiteral("sshd_config"));
    QFile configFile(config);
    if (!configFile.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1").arg(config);
        return false;
    }
    configFile.write(QStringLiteral("Port %1\n"
                                    "ListenAddress 127.0.0.1\n"
                                    "HostKey %2\n"
                                    "PidFile %3\n"
                                    "AuthorizedKeysFile %4\n"
                                    "StrictModes no\n"
                                    "UsePAM no\n"
                                    "PubkeyAuthentication yes\n"
                                    "PasswordAuthentication no\n"
                                    "KbdInteractiveAuthentication no\n"
                                    "PermitRootLogin prohibit-password\n"
                                    "AllowUsers %5\n"
                                    "LogLevel VERBOSE\n")
                         .arg(m_port)
                         .arg(hostKey, m_base.filePath(QStringLiteral("sshd.pid")),
                              m_base.filePath(QStringLiteral("authorized_keys")), m_user)
                         .toUtf8());
    configFile.close();

    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setReadChannel(QProcess::StandardError);
    m_process.start(sshd, {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"), config});
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("cannot start sshd: %1").arg(m_process.errorString());
        return false;
    }
    // sshd says "Server listening on 127.0.0.1 port N." once it accepts connections: wait for it, not a time.
    while (!m_log.contains("Server listening")) {
        if (!m_process.waitForReadyRead(10000)) {
            *error = QStringLiteral("sshd did not start listening: %1").arg(QString::fromUtf8(m_log));
            return false;
        }
        m_log += m_process.readAllStandardError();
    }
    return true;
}

quint16 SshServer::port() const
{
    return m_port;
}

QString SshServer::user() const
{
    return m_user;
}

QString SshServer::userKeyPath() const
{
    return m_userKey;
}

QString SshServer::hostKeyFingerprint() const
{
    return m_hostFingerprint;
}

QString SshServer::createKey(const QString &name, const QString &passphrase)
{
    const QString path = m_base.filePath(name);
    QString error;
    if (!runTool(QStringLiteral("ssh-keygen"),
                 {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                  passphrase, QStringLiteral("-C"), name, QStringLiteral("-f"), path},
                 nullptr, &error)) {
        return {};
    }
    return path;
}

bool SshServer::authorizeKey(const QString &privateKeyPath)
{
    QFile publicKey(privateKeyPath + QStringLiteral(".pub"));
    QFile authorized(m_base.filePath(QStringLiteral("authorized_keys")));
    if (!publicKey.open(QIODevice::ReadOnly) || !authorized.open(QIODevice::Append)) {
        return false;
    }
    authorized.write(publicKey.readAll());
    return true;
}

QString SshServer::url(const QString &absolutePath) const
{
    return QStringLiteral("ssh://%1@127.0.0.1:%2%3").arg(m_user).arg(m_port).arg(absolutePath);
}

QString SshServer::log()
{
    m_log += m_process.readAllStandardError();
    return QString::fromUtf8(m_log);
}

} // namespace ra::test
