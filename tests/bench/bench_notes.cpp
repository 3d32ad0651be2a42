// SPDX-License-Identifier: GPL-3.0-or-later
// The notes generator, measured; not a test, it asserts nothing (the preview's latency: bench_preview). The
// generator (read the range, generate the notes) over a synthetic 10,000-commit range in every commit style, next
// to `git log` over the same range in the same run, and their ratio; and what `notes generate` does (the same and
// the notes' JSON) on a real range when RA_BENCH_REPO names a repository (e.g. a clone of git's own;
// RA_BENCH_RANGE, default v2.30.0..v2.47.0). Each side runs several times, alternating; the best run counts.
//   bench_notes [runs, default 5]
#include "benchresult.h"

#include "notes/notesgenerator.h"
#include "notes/noteslinter.h"
#include "notes/notesrange.h"

#include "historybuilder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int rangeCommits = 10000;
/// The goal: the generator at most this many times git log's time.
constexpr double Goal = 1.5;

/// Every commit style of aleph-vm's history in turn, a merged pull request every tenth commit.
bool buildHistory(ra::test::HistoryBuilder &history, QString *error)
{
    const QStringList styles{
        u"Fix: node crashes when cache %1 is missing (#%2)\n\nSolution: create it at start-up.\n"_s,
        u"Feature: allow IPv6 for VM %1 (#%2)\n\nSolution: add routes.\n"_s,
        u"Problem: metrics %1 are stale (#%2)\n\nSolution: refresh them every minute.\n"_s,
        u"feat(supervisor): stream logs of VM %1 (#%2)"_s,
        u"fix(storage): resize volume %1 (#%2)"_s,
        u"refactor(agent): split module %1 (#%2)"_s,
        u"qemu: bump machine type %1 (#%2)"_s,
        u"Update dependency %1 (#%2)"_s,
        u"ci: cache build %1 (#%2)"_s,
    };
    int tip = history.commit(u"Initial commit"_s, {});
    history.lightweightTag(u"1.0.0"_s, tip);
    int made = 0;
    int pr = 1;
    while (made < rangeCommits) {
        if (made % 10 == 9 && made + 2 <= rangeCommits) {
            const int side = history.commit(u"Handle side case %1"_s.arg(pr), {tip}, u"side"_s);
            tip = history.commit(u"Merge pull request #%1 from contributor/branch-%1\n\nFix: side case %1\n"_s.arg(pr),
                                 {tip, side});
            made += 2;
        } else {
            tip = history.commit(styles.at(made % styles.size()).arg(made).arg(pr), {tip});
            ++made;
        }
        ++pr;
    }
    history.lightweightTag(u"2.0.0"_s, tip);
    return history.run(error);
}

struct GeneratorMeasure {
    qsizetype commits = 0;
    qsizetype noteLines = 0;
    qint64 read = 0;
    qint64 generate = 0;
    qint64 git = 0;
    QString error;

    [[nodiscard]] qint64 ours() const
    {
        return read + generate;
    }
    [[nodiscard]] double ratio() const
    {
        return git > 0 ? double(ours()) / double(git) : 0.0;
    }
};

/// The generator (read the range, generate the notes) and, \a withJson, the rest of what `notes generate` does
/// (the notes' JSON), against `git log` over the same range, \a runs times each, alternating; the best run of each
/// counts.
GeneratorMeasure measureGenerator(const ra::notes::NotesRangeRequest &request, int runs, bool withJson)
{
    GeneratorMeasure m;
    m.read = m.generate = m.git = std::numeric_limits<qint64>::max();
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const auto range = ra::notes::readNotesRange(request);
        m.read = std::min(m.read, timer.nsecsElapsed());
        if (!range) {
            m.error = u"cannot read the range: %1"_s.arg(range.error().message());
            return m;
        }
        timer.restart();
        const ra::notes::GeneratedNotes notes = ra::notes::generateNotes(range->input);
        const QJsonObject json = withJson ? notes.toJson() : QJsonObject();
        m.generate = std::min(m.generate, timer.nsecsElapsed());
        m.commits = range->input.commits.size();
        m.noteLines = notes.markdown.count(u'\n');
        timer.restart();
        if (ra::bench::runGitLog(request.repositoryPath, {request.from + u".."_s + request.to}) < 0) {
            m.error = u"git log failed"_s;
            return m;
        }
        m.git = std::min(m.git, timer.nsecsElapsed());
    }
    return m;
}

void printGenerator(QTextStream &out, const QString &label, const GeneratorMeasure &m)
{
    out << QStringLiteral("bench_notes [%1: %2 commits, %3 lines of notes]: read range %4 ms + generate %5 ms = %6 ms; "
                          "git log %7 ms; ratio %8")
               .arg(label)
               .arg(m.commits)
               .arg(m.noteLines)
               .arg(ra::bench::milliseconds(m.read), 0, 'f', 1)
               .arg(ra::bench::milliseconds(m.generate), 0, 'f', 1)
               .arg(ra::bench::milliseconds(m.ours()), 0, 'f', 1)
               .arg(ra::bench::milliseconds(m.git), 0, 'f', 1)
               .arg(m.ratio(), 0, 'f', 2)
        << Qt::endl;
}

QString ratioText(const GeneratorMeasure &m)
{
    return u"%1× (%2 vs %3 ms)"_s.arg(m.ratio(), 0, 'f', 2)
        .arg(ra::bench::milliseconds(m.ours()), 0, 'f', 0)
        .arg(ra::bench::milliseconds(m.git), 0, 'f', 0);
}

int benchGenerator(QTextStream &out, int runs)
{
    QTemporaryDir dir;
    ra::test::HistoryBuilder history(dir.filePath(u"repo"_s));
    QString error;
    if (!buildHistory(history, &error)) {
        out << "bench_notes: cannot build the history: " << error << Qt::endl;
        return 1;
    }
    ra::notes::NotesRangeRequest request;
    request.repositoryPath = history.path();
    request.from = u"1.0.0"_s;
    request.to = u"2.0.0"_s;
    request.assetNames = {u"aleph-vm.debian-12.deb"_s, u"aleph-vm.ubuntu-24.04.deb"_s};
    const GeneratorMeasure m = measureGenerator(request, runs, false);
    if (!m.error.isEmpty()) {
        out << "bench_notes: " << m.error << Qt::endl;
        return 1;
    }
    printGenerator(out, u"generator, synthetic"_s, m);
    const auto range = ra::notes::readNotesRange(request);
    const ra::notes::GeneratedNotes notes = ra::notes::generateNotes(range->input);
    QElapsedTimer timer;
    timer.start();
    const auto findings = ra::notes::lintNotes(notes.markdown, range->lintContext);
    out << u"bench_notes: lint of the generated notes: %1 ms, %2 findings"_s.arg(timer.elapsed()).arg(findings.size())
        << Qt::endl;
    ra::bench::printResult(out, u"Notes generator over %1 commits vs git log (synthetic)"_s.arg(m.commits),
                           ratioText(m), u"≤ 1.5×"_s, m.ratio() <= Goal);

    // A real history: git's own repository, the v2.30.0..v2.47.0.
    const QString what = u"notes generate on a real range vs git log"_s;
    request = {};
    request.repositoryPath = qEnvironmentVariable("RA_BENCH_REPO");
    if (request.repositoryPath.isEmpty()) {
        out << "bench_notes: RA_BENCH_REPO is not set: no real range" << Qt::endl;
        ra::bench::printResult(out, what, u"not measured (set RA_BENCH_REPO)"_s, u"≤ 1.5×"_s, std::nullopt);
        return 0;
    }
    const QStringList ends = qEnvironmentVariable("RA_BENCH_RANGE", u"v2.30.0..v2.47.0"_s).split(u".."_s);
    if (ends.size() != 2) {
        out << "bench_notes: RA_BENCH_RANGE must be <from>..<to>" << Qt::endl;
        return 1;
    }
    request.from = ends.at(0);
    request.to = ends.at(1);
    request.gitHubRepository = u"git/git"_s;
    const GeneratorMeasure real = measureGenerator(request, runs, true);
    if (!real.error.isEmpty()) {
        out << "bench_notes: " << request.repositoryPath << ": " << real.error << Qt::endl;
        return 1;
    }
    printGenerator(out,
                   u"notes generate (JSON included), %1 %2..%3"_s.arg(request.repositoryPath, request.from, request.to),
                   real);
    ra::bench::printResult(out, what + u" (%1 commits of %2..%3)"_s.arg(real.commits).arg(request.from, request.to),
                           ratioText(real), u"≤ 1.5×"_s, real.ratio() <= Goal);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int runs = qMax(1, app.arguments().value(1, u"5"_s).toInt());
    return benchGenerator(out, runs);
}
