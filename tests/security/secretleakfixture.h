// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clirunner.h"
#include "leakscanner.h"
#include "logcapture.h"

#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <memory>

namespace ra::test {

/**
 * What every case of the leak scan shares: a home of its own (HOME, the XDG folders, TMPDIR and the working
 * directory, for this process and the CLI runs alike) so that every file written can be read back, the CLI's
 * environment holding every canary secret where the tools read it, the CLI runs scanned as they end, and the
 * final scan of the home, its release journals and this process's log.
 */
class SecretLeakFixture
{
public:
    SecretLeakFixture();
    ~SecretLeakFixture();
    SecretLeakFixture(const SecretLeakFixture &) = delete;
    SecretLeakFixture &operator=(const SecretLeakFixture &) = delete;

    /// Starts recording this process's log (after QTest installed its own handler).
    void captureLogs();
    /// A new home for the next case; false with \a error when it cannot be made.
    bool setUp(QString *error);
    /// Leaves the home (and removes it).
    void tearDown();

    [[nodiscard]] QString home() const;
    /// \a relative inside the home.
    [[nodiscard]] QString path(const QString &relative) const;
    /// The CLI's environment: the home, GITHUB_TOKEN, RA_GIT_TOKEN, every RA_SECRET_*, RA_SCORING_DB_PASSWORD
    /// and RA_SSH_PASSPHRASE set to canaries, debug logging of the ra.* categories on.
    [[nodiscard]] QProcessEnvironment &environment();
    /// Runs the CLI (this process's event loop serving the twins) and scans its stdout and stderr.
    CliRun run(const QString &label, const QStringList &arguments);
    CliRun run(const QString &label, const QStringList &arguments, const QProcessEnvironment &environment);

    [[nodiscard]] LeakScanner &scanner();
    /// Scans the home's files and release journals and this process's log since the last call; every hit
    /// so far, one per line, empty when nothing leaked. \a minimumJournals: how many journals the case wrote
    /// (fewer found is reported, since a scan of nothing proves nothing).
    [[nodiscard]] QStringList leaks(int minimumJournals = 0);
    /// leaks() as the failure message of a test.
    [[nodiscard]] static QString report(const QStringList &leaks);

private:
    std::unique_ptr<LogCapture> m_log;
    std::unique_ptr<QTemporaryDir> m_home;
    QString m_previousDirectory;
    QProcessEnvironment m_environment;
    LeakScanner m_scanner;
    int m_runs = 0;
};

} // namespace ra::test
