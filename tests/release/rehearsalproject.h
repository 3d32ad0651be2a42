// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/demoenvironment.h"
#include "sandbox/demosession.h"

#include "clirunner.h"
#include "gitdaemon.h"
#include "postgresserver.h"

#include <QStringList>

#include <memory>

namespace ra::test {

/**
 * The demo's sample project on real servers, for release rehearsals driven by the command-line tool: the demo's
 * services (GitHub twin with uploads, blob hosts and issues, staging-node twins, channel twins) live in this
 * process, so a CLI killed mid-command loses none of their state; the clone's origin is a real `git daemon`
 * holding the demo's remote; the playbook's scoring target is a real PostgreSQL table holding what the demo's
 * table file holds. Commands name everything explicitly (no --demo), and read their secrets from the
 * environment as DemoSession sets it up.
 */
class RehearsalProject
{
public:
    RehearsalProject();
    ~RehearsalProject();
    RehearsalProject(const RehearsalProject &) = delete;
    RehearsalProject &operator=(const RehearsalProject &) = delete;

    /// Starts everything; false with \a error set when something cannot start.
    bool start(QString *error);

    /// Runs the CLI with \a arguments as \a login (empty: the maintainer), killed at \a killAt when given
    /// (RA_KILL_AT_EFFECT: "<after-intent|before-result|after-result>:<action>:<key>"). This process's event loop
    /// serves the twins meanwhile.
    [[nodiscard]] CliRun cli(const QStringList &arguments, const QString &login = {}, const QString &killAt = {}) const;

    /// --repo <clone> --playbook <file> --journal <file>, as the release engine's commands take them.
    [[nodiscard]] QStringList projectArguments() const;
    /// --api-url <twin>
    [[nodiscard]] QStringList apiArguments() const;

    [[nodiscard]] sandbox::DemoEnvironment &demo();
    [[nodiscard]] const PostgresServer &postgres() const;
    /// The bare repository the git daemon serves as the clone's origin.
    [[nodiscard]] QString remotePath() const;
    [[nodiscard]] QString playbookPath() const;
    [[nodiscard]] QString journalPath() const;
    [[nodiscard]] QString scheduleDirectory() const;
    [[nodiscard]] QString notesPath() const;

private:
    bool serveRemote(QString *error);
    bool seedScoringTable(QString *error);
    bool writePlaybook(QString *error);

    sandbox::DemoEnvironment m_demo;
    std::unique_ptr<sandbox::DemoSession> m_session;
    GitDaemon m_daemon;
    PostgresServer m_postgres;
};

} // namespace ra::test
