// SPDX-License-Identifier: GPL-3.0-or-later
// Walks a synthetic 100,000-commit history with the libgit2 layer and with `git log` over the same range, in
// the same run, and prints both times and their ratio. Not a test: it asserts nothing, it measures.
#include "git/historywalk.h"

#include "historybuilder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

constexpr int commitCount = 100000;

/// Every tenth commit merges a one-commit side branch with a squash-style subject, as GitHub histories do.
bool buildHistory(ra::test::HistoryBuilder &history, QString *error)
{
    int tip = history.commit(u"Initial commit"_s, {});
    int made = 1;
    int pr = 1;
    bool tagged = false;
    while (made < commitCount) {
        if (made % 10 == 9 && made + 2 <= commitCount) {
            const int side = history.commit(u"Fix: side work for #%1"_s.arg(pr), {tip}, u"side"_s);
            tip = history.commit(u"Merge pull request #%1 from contributor/branch-%1"_s.arg(pr), {tip, side});
            made += 2;
        } else {
            tip = history.commit(u"Fix: problem number %1 (#%2)\n\nSolution: fix it.\n"_s.arg(made).arg(pr), {tip});
            ++made;
        }
        ++pr;
        if (made >= 1000 && !tagged) {
            tagged = true;
            history.lightweightTag(u"1.0.0"_s, tip);
        }
    }
    return history.run(error);
}

qint64 timeGitLog(const QString &path, const QStringList &extra, qsizetype *lines)
{
    QElapsedTimer timer;
    timer.start();
    QProcess git;
    git.setWorkingDirectory(path);
    git.start(u"git"_s, QStringList{u"log"_s, u"--format=%H%x00%P%x00%an%x00%ae%x00%at%x00%s%x00%b"_s} + extra +
                            QStringList{u"1.0.0..main"_s});
    QByteArray output;
    while (git.waitForReadyRead(-1)) {
        output += git.readAllStandardOutput();
    }
    git.waitForFinished(-1);
    output += git.readAllStandardOutput();
    const qint64 elapsed = timer.elapsed();
    *lines = output.count("\x00") ? output.count('\n') : 0;
    return elapsed;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    ra::test::HistoryBuilder history(dir.path() + u"/repo"_s);
    QElapsedTimer timer;
    timer.start();
    QString error;
    if (!buildHistory(history, &error)) {
        out << "bench_history_walk: cannot build the history: " << error << Qt::endl;
        return 1;
    }
    out << "bench_history_walk: built " << commitCount << " commits with git fast-import in " << timer.elapsed()
        << " ms" << Qt::endl;

    for (const bool firstParent : {false, true}) {
        const QString label = firstParent ? u"first-parent"_s : u"full"_s;
        ra::git::WalkRange range;
        range.repositoryPath = history.path();
        range.from = u"1.0.0"_s;
        range.to = u"main"_s;
        range.firstParent = firstParent;
        timer.restart();
        const auto commits = ra::git::walkHistory(range);
        const qint64 ours = timer.elapsed();
        if (!commits) {
            out << "bench_history_walk: walk failed: " << commits.error().message() << Qt::endl;
            return 1;
        }
        qsizetype gitLines = 0;
        const qint64 git =
            timeGitLog(history.path(), firstParent ? QStringList{u"--first-parent"_s} : QStringList{}, &gitLines);
        out << QStringLiteral("bench_history_walk [%1]: %2 commits; ra::git::walkHistory %3 ms, git log %4 ms, "
                              "ratio %5")
                   .arg(label)
                   .arg(commits->size())
                   .arg(ours)
                   .arg(git)
                   .arg(git > 0 ? double(ours) / double(git) : 0.0, 0, 'f', 2)
            << Qt::endl;
    }
    return 0;
}
