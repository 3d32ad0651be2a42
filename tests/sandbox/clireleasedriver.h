// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clirunner.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace ra::test {

/**
 * Drives one release of the demo through its seven steps with the real command-line tool:
 * `release-assistant-cli --demo-dir <folder>` for each command (a new process each time, taking the demo up
 * where the last one left it), `release run` wherever the engine can go on by itself and the step's own command
 * where a person acts. Every command's outcome is checked as it comes; error() says which one went wrong and
 * what the tool said.
 */
class CliReleaseDriver
{
public:
    /// The demo kept in \a folder (made by the first command when missing).
    explicit CliReleaseDriver(const QString &folder);

    /// Every step, in order; false at the first command that did not do what it should.
    [[nodiscard]] bool releaseAll();
    /// Why the last command failed; empty while every one succeeded.
    [[nodiscard]] QString error() const;

    /// Runs the command-line tool on the demo, as \a account when one is given (else the maintainer).
    [[nodiscard]] CliRun cli(const QStringList &arguments, const QString &account = {}) const;
    /// Every step's state as `release status --json` reports it, by step key.
    [[nodiscard]] QHash<QString, QString> stepStates() const;

private:
    [[nodiscard]] CliRun runRelease() const;
    /// True when \a run exited with \a exitCode and, when given, `release run` stopped at \a stoppedAt.
    bool expect(const QString &what, const CliRun &run, int exitCode, const QString &stoppedAt = {});
    bool fail(const QString &what, const CliRun &run);

    QString m_folder;
    QTemporaryDir m_scratch;
    QString m_error;
};

} // namespace ra::test
