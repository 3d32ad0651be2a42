// SPDX-License-Identifier: GPL-3.0-or-later
#include "rehearsalproject.h"

#include "scoring/postgresversionstore.h"
#include "scoring/tableformat.h"

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>

using namespace Qt::StringLiterals;

namespace ra::test {

namespace {

const QString remoteName = u"sample-project.git"_s;

QString sqlTime(const QDateTime &time)
{
    return u"'%1'"_s.arg(time.toUTC().toString(Qt::ISODate));
}

} // namespace

RehearsalProject::RehearsalProject() = default;

RehearsalProject::~RehearsalProject() = default;

bool RehearsalProject::start(QString *error)
{
    if (!m_demo.start()) {
        *error = m_demo.error();
        return false;
    }
    m_session = std::make_unique<sandbox::DemoSession>(m_demo, sandbox::DemoSession::Secrets::Environment);
    if (!m_session->error().isEmpty()) {
        *error = m_session->error();
        return false;
    }
    return m_daemon.start(error) && serveRemote(error) && m_postgres.start(error) && seedScoringTable(error) &&
           writePlaybook(error);
}

bool RehearsalProject::serveRemote(QString *error)
{
    // The demo's remote, every branch and tag, moves behind the daemon; the clone pushes there from now on.
    if (m_daemon.createBareRepository(remoteName).isEmpty() ||
        runGit({u"push"_s, u"--quiet"_s, u"--mirror"_s, m_daemon.repositoryPath(remoteName)}, m_demo.remotePath(),
               nullptr, error) != 0 ||
        runGit({u"remote"_s, u"set-url"_s, u"origin"_s, m_daemon.url(remoteName)}, m_demo.clonePath(), nullptr,
               error) != 0 ||
        runGit({u"fetch"_s, u"--quiet"_s, u"origin"_s}, m_demo.clonePath(), nullptr, error) != 0) {
        *error = u"cannot serve the demo's remote from the git daemon: "_s + *error;
        return false;
    }
    return true;
}

bool RehearsalProject::seedScoringTable(QString *error)
{
    scoring::PostgresVersionStore store(m_postgres.connectionString());
    const auto rows = scoring::loadTableFile(m_demo.scoringTablePath(), error);
    if (!rows || !store.createTable(error)) {
        return false;
    }
    for (const scoring::SoftwareVersion &row : *rows) {
        QString why;
        m_postgres.psql(u"INSERT INTO software_versions (software, name, released_on, replaced_on, prerelease) "
                        "VALUES ('%1', '%2', %3, %4, %5)"_s.arg(row.software, row.name, sqlTime(row.releasedOn),
                                                                row.replacedOn ? sqlTime(*row.replacedOn) : u"NULL"_s,
                                                                row.prerelease ? u"true"_s : u"false"_s),
                        &why);
        if (!why.isEmpty()) {
            *error = u"cannot seed the scoring table: "_s + why;
            return false;
        }
    }
    return true;
}

bool RehearsalProject::writePlaybook(QString *error)
{
    // The demo's playbook with the scoring database instead of its table file; it stays out of the clone so that
    // the candidate's tree is what the demo committed.
    QFile original(m_demo.playbookPath());
    if (!original.open(QIODevice::ReadOnly)) {
        *error = original.errorString();
        return false;
    }
    QString text = QString::fromUtf8(original.readAll());
    const QString fileKind = u"kind = sql-file\n"_s;
    if (!text.contains(fileKind)) {
        *error = u"the demo's playbook no longer names a scoring table file"_s;
        return false;
    }
    text.replace(fileKind, u"kind = postgresql\ndatabase = %1\n"_s.arg(m_postgres.connectionString()));
    QFile playbook(playbookPath());
    if (!playbook.open(QIODevice::WriteOnly) || playbook.write(text.toUtf8()) < 0) {
        *error = playbook.errorString();
        return false;
    }
    return true;
}

CliRun RehearsalProject::cli(const QStringList &arguments, const QString &login, const QString &killAt) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const auto accounts = sandbox::DemoEnvironment::accounts();
    for (const sandbox::DemoEnvironment::Account &account : accounts) {
        if (account.login == login) {
            environment.insert(u"GITHUB_TOKEN"_s, account.token);
        }
    }
    if (!killAt.isEmpty()) {
        environment.insert(u"RA_KILL_AT_EFFECT"_s, killAt);
    }
    return runCliServing(arguments, environment);
}

QStringList RehearsalProject::projectArguments() const
{
    return {u"--repo"_s, m_demo.clonePath(), u"--playbook"_s, playbookPath(), u"--journal"_s, journalPath()};
}

QStringList RehearsalProject::apiArguments() const
{
    return {u"--api-url"_s, m_demo.githubEndpoints().api.toString()};
}

sandbox::DemoEnvironment &RehearsalProject::demo()
{
    return m_demo;
}

const PostgresServer &RehearsalProject::postgres() const
{
    return m_postgres;
}

QString RehearsalProject::remotePath() const
{
    return m_daemon.repositoryPath(remoteName);
}

QString RehearsalProject::playbookPath() const
{
    return QDir(m_demo.folder()).filePath(u"rehearsal.playbook"_s);
}

QString RehearsalProject::journalPath() const
{
    return m_demo.journalPath();
}

QString RehearsalProject::scheduleDirectory() const
{
    return QDir(m_demo.folder()).filePath(u"schedule"_s);
}

QString RehearsalProject::notesPath() const
{
    return QDir(m_demo.folder()).filePath(u"notes.md"_s);
}

} // namespace ra::test
