// SPDX-License-Identifier: GPL-3.0-or-later
// What the benchmark programs share: their result rows, the `git log` reference and best-of timing.
#pragma once

#include <QElapsedTimer>
#include <QProcess>
#include <QStringList>
#include <QTextStream>

#include <algorithm>
#include <limits>
#include <optional>

namespace ra::bench {

/// Prints one row of the table tests/bench/run-benchmarks shows at the end: "RESULT|what|now|goal|verdict".
/// \a met is empty when the figure could not be measured in this run.
inline void printResult(QTextStream &out, const QString &what, const QString &now, const QString &goal,
                        std::optional<bool> met)
{
    out << "RESULT|" << what << '|' << now << '|' << goal << '|' << (met ? (*met ? "ok" : "not yet") : "not measured")
        << Qt::endl;
}

/// The best (shortest) time in nanoseconds of \a runs calls of \a run: other work on the machine only ever
/// slows a run down, so the best one is the closest to what the code costs.
template<class Run>
qint64 bestOf(int runs, Run run)
{
    qint64 best = std::numeric_limits<qint64>::max();
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        run();
        best = std::min(best, timer.nsecsElapsed());
    }
    return best;
}

/// The reference: `git log` with every field the walk reads (sha, parents, author, date, subject, body), its
/// output read whole as the walk's result is. Returns the number of bytes git printed, -1 when git failed.
inline qint64 runGitLog(const QString &repository, const QStringList &extra)
{
    QProcess git;
    git.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    git.start(QStringLiteral("git"), QStringList{QStringLiteral("-C"), repository, QStringLiteral("log"),
                                                 QStringLiteral("--format=%H%x00%P%x00%an%x00%ae%x00%at%x00%s%x00%b")} +
                                         extra);
    qint64 bytes = 0;
    while (git.waitForReadyRead(-1)) {
        bytes += git.readAllStandardOutput().size();
    }
    git.waitForFinished(-1);
    bytes += git.readAllStandardOutput().size();
    return git.exitStatus() == QProcess::NormalExit && git.exitCode() == 0 ? bytes : -1;
}

inline double milliseconds(qint64 nanoseconds)
{
    return double(nanoseconds) / 1e6;
}

} // namespace ra::bench
