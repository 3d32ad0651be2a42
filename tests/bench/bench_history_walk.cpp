// SPDX-License-Identifier: GPL-3.0-or-later
// Walks a synthetic 100,000-commit history with the libgit2 layer and with `git log` over the same range, in
// the same run, and prints both times and their ratio (all parents, and first parent only). With RA_BENCH_REPO
// naming a real repository (e.g. a clone of git's own) it also walks RA_BENCH_RANGE there (default
// v2.30.0..v2.47.0). Each side runs several times, alternating, and its best run counts. Not a test: it asserts
// nothing, it measures.
//   bench_history_walk [runs, default 5] [--real-only: only RA_BENCH_REPO, e.g. under a profiler]
#include "benchresult.h"

#include "git/historywalk.h"

#include "historybuilder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

constexpr int commitCount = 100000;
/// The goal for the first-parent walk: at most this many times git log's time.
constexpr double Goal = 1.5;

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

struct Measure {
    qsizetype commits = -1;
    qint64 ours = 0;
    qint64 git = 0;
    QString error;

    [[nodiscard]] double ratio() const
    {
        return git > 0 ? double(ours) / double(git) : 0.0;
    }
};

Measure measure(const QString &repository, const QString &from, const QString &to, bool firstParent, int runs)
{
    Measure result;
    ra::git::WalkRange range;
    range.repositoryPath = repository;
    range.from = from;
    range.to = to;
    range.firstParent = firstParent;
    QStringList extra;
    if (firstParent) {
        extra.append(u"--first-parent"_s);
    }
    extra.append(from + u".."_s + to);
    result.ours = std::numeric_limits<qint64>::max();
    result.git = std::numeric_limits<qint64>::max();
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const auto commits = ra::git::walkHistory(range);
        result.ours = std::min(result.ours, timer.nsecsElapsed());
        if (!commits) {
            result.error = commits.error().message();
            return result;
        }
        result.commits = commits->size();
        timer.restart();
        if (ra::bench::runGitLog(repository, extra) < 0) {
            result.error = u"git log %1 failed"_s.arg(extra.join(u' '));
            return result;
        }
        result.git = std::min(result.git, timer.nsecsElapsed());
    }
    return result;
}

void print(QTextStream &out, const QString &label, const Measure &m)
{
    out << u"bench_history_walk [%1]: %2 commits; ra::git::walkHistory %3 ms, git log %4 ms, ratio %5"_s.arg(label)
               .arg(m.commits)
               .arg(ra::bench::milliseconds(m.ours), 0, 'f', 1)
               .arg(ra::bench::milliseconds(m.git), 0, 'f', 1)
               .arg(m.ratio(), 0, 'f', 2)
        << Qt::endl;
}

QString ratioText(const Measure &m)
{
    return u"%1× (%2 vs %3 ms)"_s.arg(m.ratio(), 0, 'f', 2)
        .arg(ra::bench::milliseconds(m.ours), 0, 'f', 0)
        .arg(ra::bench::milliseconds(m.git), 0, 'f', 0);
}

} // namespace

int benchSynthetic(QTextStream &out, int runs)
{
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
        << " ms; best of " << runs << " runs each" << Qt::endl;

    for (const bool firstParent : {false, true}) {
        const Measure m = measure(history.path(), u"1.0.0"_s, u"main"_s, firstParent, runs);
        if (!m.error.isEmpty()) {
            out << "bench_history_walk: " << m.error << Qt::endl;
            return 1;
        }
        print(out, firstParent ? u"first-parent"_s : u"full"_s, m);
        if (firstParent) {
            ra::bench::printResult(
                out, u"First-parent history walk vs git log --first-parent (synthetic, %1 commits)"_s.arg(m.commits),
                ratioText(m), u"≤ 1.5×"_s, m.ratio() <= Goal);
        }
    }

    return 0;
}

int benchReal(QTextStream &out, int runs)
{
    const QString repository = qEnvironmentVariable("RA_BENCH_REPO");
    const QString what = u"First-parent history walk vs git log --first-parent (real repository)"_s;
    if (repository.isEmpty()) {
        out << "bench_history_walk: RA_BENCH_REPO is not set: no walk of a real repository" << Qt::endl;
        ra::bench::printResult(out, what, u"not measured (set RA_BENCH_REPO)"_s, u"≤ 1.5×"_s, std::nullopt);
        return 0;
    }
    const QStringList ends = qEnvironmentVariable("RA_BENCH_RANGE", u"v2.30.0..v2.47.0"_s).split(u".."_s);
    if (ends.size() != 2) {
        out << "bench_history_walk: RA_BENCH_RANGE must be <from>..<to>" << Qt::endl;
        return 1;
    }
    for (const bool firstParent : {false, true}) {
        const Measure m = measure(repository, ends.at(0), ends.at(1), firstParent, runs);
        if (!m.error.isEmpty()) {
            out << "bench_history_walk: " << repository << ": " << m.error << Qt::endl;
            return 1;
        }
        const QString label =
            u"%1 %2..%3%4"_s.arg(repository, ends.at(0), ends.at(1), firstParent ? u", first-parent"_s : QString());
        print(out, label, m);
        if (firstParent) {
            ra::bench::printResult(out, what + u", %1 commits of %2..%3"_s.arg(m.commits).arg(ends.at(0), ends.at(1)),
                                   ratioText(m), u"≤ 1.5×"_s, m.ratio() <= Goal);
        }
    }
    return 0;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QStringList arguments = app.arguments().mid(1);
    // --real-only: only the real repository (profiling it).
    const bool realOnly = arguments.removeAll(u"--real-only"_s) > 0;
    const int runs = qMax(1, arguments.value(0, u"5"_s).toInt());
    if (!realOnly && benchSynthetic(out, runs) != 0) {
        return 1;
    }
    return benchReal(out, runs);
}