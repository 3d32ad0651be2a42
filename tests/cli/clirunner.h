// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QStringList>

namespace ra::test {

/// What one run of the real release-assistant-cli executable gave.
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
    [[nodiscard]] QJsonDocument json() const;
};

/// Runs release-assistant-cli with \a arguments, feeding \a input on stdin.
CliRun runCli(const QStringList &arguments, const QByteArray &input = {},
              const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

/// Like runCli(), but this process's event loop keeps running while the CLI works, so that protocol twins
/// served by the test itself can answer it (a blocking wait would starve them). It runs in \a workingDirectory
/// when one is given (a command run in a project's clone).
CliRun runCliServing(const QStringList &arguments,
                     const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                     const QString &workingDirectory = {});

} // namespace ra::test
