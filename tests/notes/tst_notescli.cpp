// SPDX-License-Identifier: GPL-3.0-or-later
// `release-assistant-cli notes` run as the real executable on a synthetic history written in every commit
// style aleph-vm has used: generation (Markdown and JSON, with and without --from), lint exit codes (a pull
// request merged after the tag is an error), the preview HTML of GitHub's Markdown extensions, and a notes
// file that is not UTF-8 refused with where its first bad byte is.
#include "clirunner.h"
#include "historybuilder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ra::test::runCli;

class TestNotesCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_repo;
    QHash<QString, QString> m_shaBySubject;

    QStringList rangeArguments() const
    {
        return {u"--repo"_s, m_repo,     u"--from"_s,  u"1.0.0"_s,
                u"--to"_s,   u"1.1.0"_s, u"--asset"_s, u"aleph-vm.debian-12.deb"_s};
    }

    QString writeFile(const QString &name, const QString &text)
    {
        return writeBytes(name, text.toUtf8());
    }

    QString writeBytes(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            return {};
        }
        file.write(bytes);
        return path;
    }

    QString generatedMarkdown()
    {
        const auto run = runCli(QStringList{u"notes"_s, u"generate"_s} + rangeArguments());
        return run.exitCode == 0 ? run.out : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_repo = m_dir.filePath(u"aleph-vm"_s);
        ra::test::HistoryBuilder history(m_repo);
        const int root = history.commit(u"Initial commit"_s, {});
        history.lightweightTag(u"1.0.0"_s, root);
        const QStringList subjects{
            u"Fix: node crashes when the cache directory is missing (#701)\n\nSolution: create the directory at "
            u"start-up.\n"_s,
            u"Problem: VMs cannot reach IPv6 hosts (#702)\n\nSolution: add IPv6 routes to the tap interface.\n"_s,
            u"feat(supervisor): stream logs over gRPC (#703)"_s,
            u"qemu: bump the machine type"_s,
            u"Document the two-week upgrade window"_s,
        };
        int tip = root;
        QList<int> marks;
        for (const QString &message : subjects) {
            tip = history.commit(message, {tip});
            marks.append(tip);
        }
        const int side = history.commit(u"Handle disks without a partition table"_s, {tip}, u"empty-disks"_s);
        const int merge = history.commit(
            u"Merge pull request #705 from contributor/empty-disks\n\nFix: handle empty disks\n"_s, {tip, side});
        history.lightweightTag(u"1.1.0"_s, merge);
        // Merged after the tag was cut: 1.1.0 does not contain it (the 2.0.0 notes' mistake with #1171).
        const int late = history.commit(u"Fix: retry the scheduler registration (#710)"_s, {merge});
        QString error;
        QVERIFY2(history.run(&error), qPrintable(error));
        for (int i = 0; i < subjects.size(); ++i) {
            m_shaBySubject.insert(subjects.at(i).section(u'\n', 0, 0), history.sha(marks.at(i)));
        }
        m_shaBySubject.insert(u"merge"_s, history.sha(merge));
        m_shaBySubject.insert(u"late"_s, history.sha(late));
    }

    void generatesMarkdownFromEveryCommitStyle()
    {
        const auto run = runCli(QStringList{u"notes"_s, u"generate"_s} + rangeArguments());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString &md = run.out;
        QVERIFY2(md.startsWith(u"# 1.1.0\n"_s), qPrintable(md));
        // Forum keyword, with the squash suffix turned into a PR reference.
        QVERIFY2(md.contains(u"## Bug fixes"_s), qPrintable(md));
        QVERIFY(md.contains(u"- Node crashes when the cache directory is missing (#701) (by Release Tester)"_s));
        // Problem-first: the solution "add ..." makes it a feature.
        QVERIFY(md.contains(u"## New Features and Improvements"_s));
        QVERIFY(md.contains(u"- VMs cannot reach IPv6 hosts (#702) (by Release Tester)"_s));
        // Conventional commit with its scope.
        QVERIFY(md.contains(u"- **supervisor:** Stream logs over gRPC (#703)"_s));
        // A subsystem prefix is not a type: "bump" puts it under tooling, the subsystem stays as the scope.
        QVERIFY(md.contains(u"## Developer tooling"_s));
        QVERIFY(md.contains(u"- **qemu:** Bump the machine type"_s));
        // Plain subject, classified by its first word.
        QVERIFY(md.contains(u"## Documentation"_s));
        QVERIFY(md.contains(u"- Document the two-week upgrade window"_s));
        // A merged pull request is listed with the title from the merge body.
        QVERIFY(md.contains(u"- Handle empty disks (#705)"_s));
        QVERIFY(md.contains(u"## What's Changed"_s));
        QVERIFY(md.contains(u"* Fix: node crashes when the cache directory is missing by Release Tester in #701"_s));
        QVERIFY(md.contains(u"**Full Changelog**: [1.0.0...1.1.0](https://github.com/aleph-im/aleph-vm/compare/"
                            u"1.0.0...1.1.0)"_s));
        QVERIFY(md.contains(u"sudo wget -P /opt https://github.com/aleph-im/aleph-vm/releases/download/1.1.0/"
                            u"aleph-vm.debian-12.deb"_s));
        QVERIFY(md.contains(u"<!-- ra:generated section=fixes"_s));
        QVERIFY2(!md.contains(u"#710"_s), "a commit after the tag leaked into the notes");
    }

    void creditsKnownLogins()
    {
        const auto run = runCli(QStringList{u"notes"_s, u"generate"_s, u"--login"_s, u"Tester@Example.org=tester"_s} +
                                rangeArguments());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"(#701) (by @tester)"_s), qPrintable(run.out));
        QVERIFY(run.out.contains(u"by @tester in #701"_s));
    }

    void jsonHasSectionsCommitsAndPullRequests()
    {
        const auto run = runCli(QStringList{u"--json"_s, u"notes"_s, u"generate"_s} + rangeArguments());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject root = run.json().object();
        QCOMPARE(root.value(u"range"_s).toObject().value(u"tag"_s).toString(), u"1.1.0"_s);
        QVERIFY(root.value(u"range"_s).toObject().value(u"tagKnown"_s).toBool());
        QList<int> pullRequests;
        for (const QJsonValue &number : root.value(u"pullRequests"_s).toArray()) {
            pullRequests.append(number.toInt());
        }
        QCOMPARE(pullRequests, (QList<int>{701, 702, 703, 705}));
        QVERIFY(root.value(u"markdown"_s).toString().startsWith(u"# 1.1.0"_s));

        QHash<QString, QJsonObject> entryBySha;
        QHash<QString, QString> sectionBySha;
        for (const QJsonValue &section : root.value(u"sections"_s).toArray()) {
            for (const QJsonValue &entry : section.toObject().value(u"entries"_s).toArray()) {
                const QString sha = entry.toObject().value(u"sha"_s).toString();
                entryBySha.insert(sha, entry.toObject());
                sectionBySha.insert(sha, section.toObject().value(u"key"_s).toString());
            }
        }
        struct Expected {
            QString subject;
            QString style;
            QString section;
            int pullRequest;
        };
        const QList<Expected> expected{
            {u"Fix: node crashes when the cache directory is missing (#701)"_s, u"forum"_s, u"fixes"_s, 701},
            {u"Problem: VMs cannot reach IPv6 hosts (#702)"_s, u"problem-first"_s, u"features"_s, 702},
            {u"feat(supervisor): stream logs over gRPC (#703)"_s, u"conventional"_s, u"features"_s, 703},
            {u"qemu: bump the machine type"_s, u"subsystem"_s, u"tooling"_s, 0},
            {u"Document the two-week upgrade window"_s, u"plain"_s, u"docs"_s, 0},
            {u"merge"_s, u"forum"_s, u"fixes"_s, 705},
        };
        for (const Expected &e : expected) {
            const QString sha = m_shaBySubject.value(e.subject);
            QVERIFY2(entryBySha.contains(sha), qPrintable(e.subject));
            const QJsonObject entry = entryBySha.value(sha);
            QCOMPARE(entry.value(u"style"_s).toString(), e.style);
            QCOMPARE(sectionBySha.value(sha), e.section);
            const QJsonArray numbers = entry.value(u"pullRequests"_s).toArray();
            QCOMPARE(numbers.isEmpty() ? 0 : numbers.first().toInt(), e.pullRequest);
        }
        QVERIFY(!entryBySha.contains(m_shaBySubject.value(u"late"_s)));
        // 5 commits on main, the merged side commit and the merge itself.
        QCOMPARE(root.value(u"commitCount"_s).toInt(), 7);
    }

    void generateWithoutTagWarnsAndUsesTheRevision()
    {
        const auto run = runCli({u"notes"_s, u"generate"_s, u"--repo"_s, m_repo, u"--from"_s, u"1.0.0"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(u"HEAD is not a tag"_s), qPrintable(run.err));
        QVERIFY(run.out.startsWith(u"# HEAD\n"_s));
        // HEAD is past the tag: the late fix belongs to this range.
        QVERIFY(run.out.contains(u"(#710)"_s));
        const auto named =
            runCli({u"notes"_s, u"generate"_s, u"--repo"_s, m_repo, u"--from"_s, u"1.1.0"_s, u"--tag"_s, u"1.2.0"_s});
        QVERIFY2(named.exitCode == 0, qPrintable(named.err));
        QVERIFY(named.out.startsWith(u"# 1.2.0\n"_s));
        QVERIFY(named.out.contains(u"compare/1.1.0...1.2.0"_s));
    }

    void generateWithoutFromChoosesThePreviousTag()
    {
        const QString repo = m_dir.filePath(u"release-candidates"_s);
        ra::test::HistoryBuilder history(repo);
        const int root = history.commit(u"Initial commit"_s, {});
        const int first = history.commit(u"Fix: one (#1)"_s, {root});
        const int second = history.commit(u"Fix: two (#2)"_s, {first});
        const int third = history.commit(u"Fix: three (#3)"_s, {second});
        history.commit(u"Fix: four (#4)"_s, {third});
        history.lightweightTag(u"1.0.0"_s, root);
        history.lightweightTag(u"1.1.0-rc1"_s, first);
        history.lightweightTag(u"1.1.0-rc2"_s, second);
        QString error;
        QVERIFY2(history.run(&error), qPrintable(error));

        // A final release folds its release candidates in: its notes start at the previous final release.
        const auto run = runCli({u"notes"_s, u"generate"_s, u"--repo"_s, repo, u"--tag"_s, u"1.1.0"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(u"no --from: the notes start at 1.0.0, the previous final release (1.1.0 is a "
                                  u"final release: release candidates are skipped)"_s),
                 qPrintable(run.err));
        QVERIFY2(run.out.contains(u"compare/1.0.0...1.1.0"_s), qPrintable(run.out));
        for (const QString &number : {u"(#1)"_s, u"(#2)"_s, u"(#3)"_s, u"(#4)"_s}) {
            QVERIFY2(run.out.contains(number), qPrintable(number));
        }
        const auto json = runCli({u"--json"_s, u"notes"_s, u"generate"_s, u"--repo"_s, repo, u"--tag"_s, u"1.1.0"_s});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject range = json.json().object().value(u"range"_s).toObject();
        QCOMPARE(range.value(u"from"_s).toString(), u"1.0.0"_s);
        QCOMPARE(range.value(u"fromChosen"_s).toObject().value(u"rule"_s).toString(), u"previous-final"_s);

        // A pre-release starts at the tag just before it, whatever its kind.
        const auto rc = runCli({u"--json"_s, u"notes"_s, u"generate"_s, u"--repo"_s, repo, u"--tag"_s, u"1.1.0-rc3"_s});
        QVERIFY2(rc.exitCode == 0, qPrintable(rc.err));
        QVERIFY2(rc.err.contains(u"the notes start at 1.1.0-rc2"_s), qPrintable(rc.err));
        const QJsonObject rcRange = rc.json().object().value(u"range"_s).toObject();
        QCOMPARE(rcRange.value(u"from"_s).toString(), u"1.1.0-rc2"_s);
        QCOMPARE(rcRange.value(u"fromChosen"_s).toObject().value(u"rule"_s).toString(), u"previous-of-any-kind"_s);
        QVERIFY(!rc.json().object().value(u"markdown"_s).toString().contains(u"(#2)"_s));

        // --from still wins, and says nothing about a choice.
        const auto given =
            runCli({u"notes"_s, u"generate"_s, u"--repo"_s, repo, u"--tag"_s, u"1.1.0"_s, u"--from"_s, u"1.1.0-rc2"_s});
        QCOMPARE(given.exitCode, 0);
        QVERIFY2(!given.err.contains(u"no --from"_s), qPrintable(given.err));
        QVERIFY(given.out.contains(u"compare/1.1.0-rc2...1.1.0"_s));

        // The lint reads the same range: #1 is inside 1.0.0..1.1.0.
        const QString notes = writeFile(u"rc-notes.md"_s, u"# 1.1.0\n\n- Fix one (#1)\n"_s);
        const auto lint = runCli({u"notes"_s, u"lint"_s, notes, u"--repo"_s, repo, u"--tag"_s, u"1.1.0"_s});
        QVERIFY2(lint.exitCode == 0, qPrintable(lint.out + lint.err));
        QVERIFY2(lint.err.contains(u"the notes start at 1.0.0"_s), qPrintable(lint.err));
    }

    void generateRejectsBadInput()
    {
        // HEAD names no release: there is no previous tag to choose, and the error says what to pass.
        const auto head = runCli({u"notes"_s, u"generate"_s, u"--repo"_s, m_repo});
        QCOMPARE(head.exitCode, 2);
        QVERIFY2(head.err.contains(u"'HEAD' names no version"_s), qPrintable(head.err));
        QVERIFY2(head.err.contains(u"--tag <version>"_s), qPrintable(head.err));
        QCOMPARE(runCli({u"notes"_s, u"generate"_s, u"--from"_s, u"1.0.0"_s}).exitCode, 2);
        const auto unknown = runCli({u"notes"_s, u"generate"_s, u"--repo"_s, m_repo, u"--from"_s, u"0.9.9"_s});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(u"0.9.9"_s), qPrintable(unknown.err));
        QCOMPARE(runCli({u"notes"_s, u"publish"_s}).exitCode, 2);
    }

    void lintOfGeneratedNotesPasses()
    {
        const QString markdown = generatedMarkdown();
        QVERIFY(!markdown.isEmpty());
        const QString path = writeFile(u"generated.md"_s, markdown);
        const auto run = runCli(QStringList{u"notes"_s, u"lint"_s, path} + rangeArguments());
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(u"0 errors"_s), qPrintable(run.out));
    }

    void pullRequestAfterTheTagIsAnError()
    {
        QString markdown = generatedMarkdown();
        QVERIFY(!markdown.isEmpty());
        // The maintainer adds a line about a fix that was merged after the tag (line 3 of the file).
        QStringList lines = markdown.split(u'\n');
        lines.insert(2, u"The scheduler registration is retried now (#710)."_s);
        const QString path = writeFile(u"late.md"_s, lines.join(u'\n'));
        const auto run = runCli(QStringList{u"notes"_s, u"lint"_s, path} + rangeArguments());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(path + u":3: error [pr-out-of-range] #710"_s), qPrintable(run.out));

        const auto json = runCli(QStringList{u"--json"_s, u"notes"_s, u"lint"_s, path} + rangeArguments());
        QCOMPARE(json.exitCode, 1);
        const QJsonObject root = json.json().object();
        QCOMPARE(root.value(u"errors"_s).toInt(), 1);
        const QJsonObject finding = root.value(u"findings"_s).toArray().first().toObject();
        QCOMPARE(finding.value(u"line"_s).toInt(), 3);
        QCOMPARE(finding.value(u"rule"_s).toString(), u"pr-out-of-range"_s);
        QCOMPARE(finding.value(u"severity"_s).toString(), u"error"_s);
    }

    void lintExitCodes()
    {
        // Only a warning (an empty section): exit 0.
        const QString warningOnly = writeFile(u"warning.md"_s, u"# 1.1.0\n\nFixed #701.\n\n## Upgrade notes\n"_s);
        const auto warned = runCli(QStringList{u"notes"_s, u"lint"_s, warningOnly} + rangeArguments());
        QVERIFY2(warned.exitCode == 0, qPrintable(warned.out + warned.err));
        QVERIFY2(warned.out.contains(warningOnly + u":5: warning [empty-section]"_s), qPrintable(warned.out));
        QVERIFY(warned.out.contains(u"0 errors, 1 warning"_s));

        // A wrong tag in a download link and an unknown asset: errors, exit 1.
        const QString badLink = writeFile(
            u"badlink.md"_s,
            u"# 1.1.0\n\nhttps://github.com/aleph-im/aleph-vm/releases/download/1.0.0/aleph-vm.debian-13.deb\n"_s);
        const auto failed = runCli(QStringList{u"notes"_s, u"lint"_s, badLink} + rangeArguments());
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.out.contains(u":3: error [tag-mismatch]"_s), qPrintable(failed.out));
        QVERIFY(failed.out.contains(u":3: error [asset-name]"_s));

        // From standard input, without a range: the range rules are skipped (#710 is not checked).
        const auto stdinRun = runCli({u"notes"_s, u"lint"_s, u"-"_s}, "# Notes\n\nThe late fix (#710).\n");
        QCOMPARE(stdinRun.exitCode, 0);
        QVERIFY2(stdinRun.err.contains(u"no --repo"_s), qPrintable(stdinRun.err));

        // A file that cannot be read is bad input.
        QCOMPARE(runCli({u"notes"_s, u"lint"_s, m_dir.filePath(u"missing.md"_s)}).exitCode, 2);
    }

    void invalidUtf8IsBadInput()
    {
        // A Latin-1 file: "é" on line 3 (byte 13) and "è" on line 4; a truncated sequence at the very end.
        const QByteArray bytes = "# 1.1.0\n\nCaf\xe9 fixed\ncr\xe8me\nend \xe2\x82"_ba;
        const QString path = writeBytes(u"latin1.md"_s, bytes);
        const auto lint = runCli({u"notes"_s, u"lint"_s, path});
        QCOMPARE(lint.exitCode, 2);
        QVERIFY2(lint.err.contains(path + u" is not valid UTF-8: line 3, byte offset 12 (0xE9) is the first of 3 "
                                          u"invalid byte sequences"_s),
                 qPrintable(lint.err));
        QVERIFY(lint.err.contains(u"Save the file as UTF-8"_s));
        QVERIFY2(!lint.out.contains(u"0 errors"_s), qPrintable(lint.out));

        const auto render = runCli({u"notes"_s, u"render"_s, path});
        QCOMPARE(render.exitCode, 2);
        QVERIFY2(render.err.contains(u"line 3, byte offset 12"_s), qPrintable(render.err));
        QVERIFY(render.out.isEmpty());

        // The same bytes on standard input are refused too (the text stream would have repaired them).
        const auto piped = runCli({u"notes"_s, u"lint"_s, u"-"_s}, bytes);
        QCOMPARE(piped.exitCode, 2);
        QVERIFY2(piped.err.contains(u"standard input is not valid UTF-8: line 3, byte offset 12"_s),
                 qPrintable(piped.err));

        const auto json = runCli({u"--json"_s, u"notes"_s, u"render"_s, u"-"_s}, bytes);
        QCOMPARE(json.exitCode, 2);
        const QJsonObject error = QJsonDocument::fromJson(json.err.toUtf8()).object().value(u"error"_s).toObject();
        QVERIFY2(error.value(u"message"_s).toString().contains(u"line 3"_s), qPrintable(json.err));
        QVERIFY(error.value(u"hint"_s).toString().contains(u"UTF-8"_s));

        // A byte-order mark is not a title character: the text starts at "# 1.1.0", a heading.
        const QString bom = writeBytes(u"bom.md"_s, "\xef\xbb\xbf# 1.1.0\n\nCaf\xc3\xa9.\n"_ba);
        const auto rendered = runCli({u"notes"_s, u"render"_s, bom});
        QVERIFY2(rendered.exitCode == 0, qPrintable(rendered.err));
        QVERIFY2(rendered.out.contains(u"\n<h1>1.1.0</h1>"_s), qPrintable(rendered.out));
        QVERIFY(!rendered.out.contains(QChar(0xfeff)));
        QVERIFY(rendered.out.contains(u"Café."_s));
    }

    void renderPrintsThePreviewHtml()
    {
        const QString path = writeFile(
            u"render.md"_s, u"# 1.1.0\n\n| Distribution | Package |\n|---|---|\n"
                            u"| Debian 12 | aleph-vm.debian-12.deb |\n\n"
                            u"- [x] upload the packages\n- [ ] announce\n\n~~gone~~ see https://aleph.im\n"_s);
        const auto run = runCli({u"notes"_s, u"render"_s, path});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString &html = run.out;
        QVERIFY2(html.contains(u"<h1>1.1.0</h1>"_s), qPrintable(html));
        QVERIFY(html.contains(u"<table>"_s));
        QVERIFY(html.contains(u"<th>Distribution</th>"_s));
        QVERIFY(html.contains(u"<td>aleph-vm.debian-12.deb</td>"_s));
        // Task-list check boxes become characters Qt's rich text can draw, checked and unchecked.
        QVERIFY(html.contains(u"☑ upload the packages"_s));
        QVERIFY(html.contains(u"☐ announce"_s));
        QVERIFY(!html.contains(u"<input"_s));
        QVERIFY(html.contains(u"<del>gone</del>"_s));
        QVERIFY(html.contains(u"<a href=\"https://aleph.im\">https://aleph.im</a>"_s));

        const auto json = runCli({u"--json"_s, u"notes"_s, u"render"_s, path});
        QCOMPARE(json.exitCode, 0);
        QVERIFY(json.json().object().value(u"html"_s).toString().contains(u"<table>"_s));
        QCOMPARE(runCli({u"notes"_s, u"render"_s}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestNotesCli)
#include "tst_notescli.moc"
