// SPDX-License-Identifier: GPL-3.0-or-later
// The notes workbench's two hot paths, measured; not a test, it asserts nothing.
//  1. Preview re-render latency after a keystroke: a 100-, 1,000- and 5,000-line release-notes document gets a
//     one-character edit, then the preview HTML is rendered (cmark-gfm with GitHub's extensions); median and
//     p95 over many edits, next to the typing pause PreviewRenderer waits before rendering that size.
//  2. Generator time for a synthetic 10,000-commit range in every commit style, next to `git log` over the same
//     range in the same run, and their ratio.
#include "markdown/markdownrenderer.h"
#include "markdown/previewrenderer.h"
#include "notes/notesgenerator.h"
#include "notes/noteslinter.h"
#include "notes/notesrange.h"

#include "historybuilder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr int rangeCommits = 10000;

/// A release-notes document of \a lineCount lines with everything the notes contain: headings, bullets with
/// pull-request links and credits, a table, task lists, code blocks and generated-block markers.
QString notesDocument(int lineCount)
{
    QStringList lines{u"# 2.1.0"_s, QString(), u"Operator-centred summary of the release."_s, QString()};
    int section = 0;
    while (lines.size() < lineCount) {
        const int n = int(lines.size());
        switch (n % 40) {
        case 0:
            lines.append(u"<!-- ra:generated section=s%1 hash=0123456789ab -->"_s.arg(++section));
            lines.append(u"## Section %1"_s.arg(section));
            lines.append(QString());
            break;
        case 10:
            lines.append(u"| Distribution | Package | Size |"_s);
            lines.append(u"|---|---|---:|"_s);
            lines.append(u"| Debian 12 | `aleph-vm.debian-12.deb` | 42 MB |"_s);
            lines.append(u"| Ubuntu 24.04 | `aleph-vm.ubuntu-24.04.deb` | 43 MB |"_s);
            lines.append(QString());
            break;
        case 20:
            lines.append(u"```bash"_s);
            lines.append(u"sudo wget -P /opt https://github.com/aleph-im/aleph-vm/releases/download/2.1.0/"
                         u"aleph-vm.debian-12.deb"_s);
            lines.append(u"sudo apt install /opt/aleph-vm.debian-12.deb"_s);
            lines.append(u"```"_s);
            break;
        case 30:
            lines.append(u"- [x] ~~Deprecated~~ setting removed, see [the docs](https://docs.aleph.im/nodes/)"_s);
            lines.append(u"- [ ] Check https://github.com/aleph-im/aleph-vm/pull/%1"_s.arg(1000 + n));
            break;
        case 39:
            lines.append(u"<!-- ra:end -->"_s);
            lines.append(QString());
            break;
        default:
            lines.append(
                u"- **supervisor:** Fixed *item* number %1 with `code` in it (#%2) (by @olethanh)"_s.arg(n).arg(1000 +
                                                                                                                n));
            break;
        }
    }
    lines.resize(lineCount);
    return lines.join(u'\n') + u'\n';
}

struct Stats {
    double median = 0;
    double p95 = 0;
};

Stats stats(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    const auto at = [&samples](double q) {
        return samples.at(std::min(samples.size() - 1, size_t(q * double(samples.size() - 1) + 0.5)));
    };
    return {at(0.5), at(0.95)};
}

void benchPreview(QTextStream &out)
{
    for (const int lineCount : {100, 1000, 5000}) {
        QString text = notesDocument(lineCount);
        const int edits = lineCount >= 5000 ? 60 : 200;
        (void)ra::markdown::renderPreviewHtml(text); // warm up: extension registration, allocator
        std::vector<double> samples;
        samples.reserve(size_t(edits));
        qsizetype htmlSize = 0;
        for (int i = 0; i < edits; ++i) {
            // One keystroke somewhere in the document, each time at another place: insert a letter.
            const qsizetype position = (qsizetype(i) * 7919) % text.size();
            text.insert(position, u'x');
            QElapsedTimer timer;
            timer.start();
            const QString html = ra::markdown::renderPreviewHtml(text);
            samples.push_back(double(timer.nsecsElapsed()) / 1e6);
            htmlSize = html.size();
        }
        const Stats s = stats(samples);
        out << QStringLiteral("bench_notes [preview %1 lines, %2 chars]: render after a one-character edit: "
                              "median %3 ms, p95 %4 ms over %5 edits (typing pause before it: %6 ms; %7 chars of HTML)")
                   .arg(lineCount)
                   .arg(text.size())
                   .arg(s.median, 0, 'f', 2)
                   .arg(s.p95, 0, 'f', 2)
                   .arg(edits)
                   .arg(ra::markdown::PreviewRenderer::debounceFor(text.size()))
                   .arg(htmlSize)
            << Qt::endl;
    }
}

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

qint64 timeGitLog(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    QProcess git;
    git.setWorkingDirectory(path);
    git.start(u"git"_s, {u"log"_s, u"--format=%H%x00%P%x00%an%x00%ae%x00%at%x00%s%x00%b"_s, u"1.0.0..2.0.0"_s});
    QByteArray output;
    while (git.waitForReadyRead(-1)) {
        output += git.readAllStandardOutput();
    }
    git.waitForFinished(-1);
    return timer.elapsed();
}

int benchGenerator(QTextStream &out)
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

    QElapsedTimer timer;
    timer.start();
    const auto range = ra::notes::readNotesRange(request);
    const qint64 walkMs = timer.elapsed();
    if (!range) {
        out << "bench_notes: cannot read the range: " << range.error().message() << Qt::endl;
        return 1;
    }
    timer.restart();
    const ra::notes::GeneratedNotes notes = ra::notes::generateNotes(range->input);
    const qint64 generateMs = timer.elapsed();
    timer.restart();
    const auto findings = ra::notes::lintNotes(notes.markdown, range->lintContext);
    const qint64 lintMs = timer.elapsed();
    const qint64 gitMs = timeGitLog(history.path());
    const qint64 total = walkMs + generateMs;
    out << QStringLiteral("bench_notes [generator %1 commits, %2 lines of notes]: read range %3 ms + generate %4 ms "
                          "= %5 ms; git log %6 ms; ratio %7 (lint of the result: %8 ms, %9 findings)")
               .arg(range->input.commits.size())
               .arg(notes.markdown.count(u'\n'))
               .arg(walkMs)
               .arg(generateMs)
               .arg(total)
               .arg(gitMs)
               .arg(gitMs > 0 ? double(total) / double(gitMs) : 0.0, 0, 'f', 2)
               .arg(lintMs)
               .arg(findings.size())
        << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    benchPreview(out);
    return benchGenerator(out);
}
