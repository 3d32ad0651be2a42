// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>
#include <QTextStream>

namespace ra::cli {

/// Exit codes of release-assistant-cli.
enum ExitCode : int {
    ExitOk = 0,
    ExitFailed = 1, ///< the operation was attempted and failed
    ExitBadInput = 2, ///< the command line or an input file is wrong
    ExitNeedsPerson = 3, ///< `release run` stopped where a person must decide or act (not a failure)
};

/// Where a command writes: results on stdout (text, or JSON with --json), errors always on stderr.
class CliOutput
{
public:
    CliOutput(QTextStream &out, QTextStream &err, bool json);

    [[nodiscard]] bool json() const;
    void setJson(bool json);

    /// A line of human-readable output; ignored in JSON mode.
    void line(const QString &text);
    /// The command's JSON result; ignored in text mode.
    void result(const QJsonValue &value);
    /// Reports an error on stderr (as JSON in JSON mode) and returns \a code for the caller to exit with.
    int error(ExitCode code, const QString &message, const QString &hint = {});
    /// A warning on stderr that does not change the exit code.
    void warning(const QString &message);

private:
    QTextStream &m_out;
    QTextStream &m_err;
    bool m_json;
};

} // namespace ra::cli
