// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresserver.h"

#include <QCollator>
#include <QDir>
#include <QFile>

#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace ra::test {

namespace {

constexpr int kPort = 5432;
constexpr auto kUser = "ratest";
constexpr auto kDatabase = "postgres";

QString findBinDirectory()
{
    QDir versions(QStringLiteral("/usr/lib/postgresql"));
    QStringList entries = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCollator numeric;
    numeric.setNumericMode(true);
    std::sort(entries.begin(), entries.end(), numeric);
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        const QString bin = versions.filePath(*it + QStringLiteral("/bin"));
        if (QFile::exists(bin + QStringLiteral("/initdb"))) {
            return bin;
        }
    }
    return {};
}

} // namespace

PostgresServer::PostgresServer() = default;

PostgresServer::~PostgresServer()
{
    if (m_server.state() != QProcess::NotRunning) {
        // SIGINT is PostgreSQL's "fast" shutdown: it does not wait for clients to disconnect.
        ::kill(pid_t(m_server.processId()), SIGINT);
        if (!m_server.waitForFinished(15000)) {
            m_server.kill();
            m_server.waitForFinished();
        }
    }
}

void PostgresServer::prepare(QProcess &process) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("PGDATA"));
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(m_base.path());
    const bool drop = m_dropPrivileges;
    const uid_t uid = m_uid;
    const gid_t gid = m_gid;
    process.setChildProcessModifier([drop, uid, gid] {
        if (drop) {
            if (::setgroups(0, nullptr) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0) {
                ::_exit(126);
            }
        }
        // Set after the uid change, which clears it: the server dies with the test process.
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    });
}

bool PostgresServer::run(const QString &program, const QStringList &arguments, QString *error) const
{
    QProcess process;
    prepare(process);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(m_binDirectory + u'/' + program, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("%1 failed: %2").arg(program, QString::fromUtf8(process.readAll()));
        return false;
    }
    return true;
}

bool PostgresServer::start(QString *error)
{
    m_binDirectory = findBinDirectory();
    if (m_binDirectory.isEmpty()) {
        *error = QStringLiteral("PostgreSQL server binaries not found under /usr/lib/postgresql (package postgresql)");
        return false;
    }
    if (!m_base.isValid()) {
        *error = QStringLiteral("cannot create a temporary folder: %1").arg(m_base.errorString());
        return false;
    }
    if (::geteuid() == 0) {
        const passwd *account = ::getpwnam("postgres");
        if (!account) {
            account = ::getpwnam("nobody");
        }
        if (!account) {
            *error = QStringLiteral("running as root and no unprivileged user (postgres, nobody) to run PostgreSQL");
            return false;
        }
        m_dropPrivileges = true;
        m_uid = account->pw_uid;
        m_gid = account->pw_gid;
        if (::chown(QFile::encodeName(m_base.path()).constData(), m_uid, m_gid) != 0) {
            *error = QStringLiteral("cannot hand %1 to the postgres user").arg(m_base.path());
            return false;
        }
    }
    const QString data = m_base.filePath(QStringLiteral("data"));
    if (!run(QStringLiteral("initdb"),
             {QStringLiteral("-D"), data, QStringLiteral("-U"), QString::fromLatin1(kUser),
              QStringLiteral("--auth=trust"), QStringLiteral("--encoding=UTF8"), QStringLiteral("--no-locale"),
              QStringLiteral("--no-sync")},
             error)) {
        return false;
    }
    prepare(m_server);
    m_server.setProcessChannelMode(QProcess::SeparateChannels);
    m_server.setReadChannel(QProcess::StandardError);
    m_server.start(m_binDirectory + QStringLiteral("/postgres"),
                   {QStringLiteral("-D"), data, QStringLiteral("-k"), socketDirectory(), QStringLiteral("-p"),
                    QString::number(kPort), QStringLiteral("-c"), QStringLiteral("listen_addresses="),
                    QStringLiteral("-c"), QStringLiteral("fsync=off")});
    if (!m_server.waitForStarted(10000)) {
        *error = QStringLiteral("cannot start postgres: %1").arg(m_server.errorString());
        return false;
    }
    QByteArray log;
    while (!log.contains("ready to accept connections")) {
        if (!m_server.waitForReadyRead(30000)) {
            *error = QStringLiteral("postgres did not become ready: %1").arg(QString::fromUtf8(log));
            return false;
        }
        log += m_server.readAllStandardError();
    }
    return true;
}

QString PostgresServer::socketDirectory() const
{
    return m_base.path();
}

int PostgresServer::port() const
{
    return kPort;
}

QString PostgresServer::user() const
{
    return QString::fromLatin1(kUser);
}

QString PostgresServer::database() const
{
    return QString::fromLatin1(kDatabase);
}

QString PostgresServer::connectionString() const
{
    return QStringLiteral("host=%1 port=%2 user=%3 dbname=%4")
        .arg(socketDirectory())
        .arg(kPort)
        .arg(user(), database());
}

QString PostgresServer::psql(const QString &sql, QString *error) const
{
    QProcess process;
    prepare(process);
    process.start(m_binDirectory + QStringLiteral("/psql"),
                  {QStringLiteral("-X"), QStringLiteral("-A"), QStringLiteral("-t"), QStringLiteral("-v"),
                   QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"), socketDirectory(), QStringLiteral("-p"),
                   QString::number(kPort), QStringLiteral("-U"), user(), QStringLiteral("-d"), database(),
                   QStringLiteral("-c"), sql});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        if (error) {
            *error = QString::fromUtf8(process.readAllStandardError());
        }
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

} // namespace ra::test
