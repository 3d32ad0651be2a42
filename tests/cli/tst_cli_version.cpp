// SPDX-License-Identifier: GPL-3.0-or-later
#include "../core/versioncorpus.h"
#include "clirunner.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ra::test;
using namespace Qt::StringLiterals;

class TestCliVersion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalize_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("out");
        QTest::newRow("rc") << QStringList{u"1.0.0-RC1"_s} << u"1.0.0rc1\n"_s;
        QTest::newRow("dev") << QStringList{u"1.10.0-dev"_s} << u"1.10.0.dev0\n"_s;
        QTest::newRow("post") << QStringList{u"0.1.6-1"_s} << u"0.1.6.post1\n"_s;
        QTest::newRow("everything") << QStringList{u"v1!2.0-alpha_1-2.DEV-3+Ubuntu-01"_s}
                                    << u"1!2.0a1.post2.dev3+ubuntu.1\n"_s;
        QTest::newRow("semver") << QStringList{u"1.0.0-rc.1+b"_s, u"--scheme"_s, u"semver"_s} << u"1.0.0-rc.1+b\n"_s;
    }

    void normalize()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, out);
        const CliRun run = runCli(QStringList{u"version"_s, u"normalize"_s} + arguments);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, out);
        QVERIFY(run.err.isEmpty());
    }

    void normalizeJson()
    {
        const CliRun run = runCli({u"--json"_s, u"version"_s, u"normalize"_s, u"1.0-c1"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().object().value(u"normalized"_s).toString(), u"1.0rc1"_s);
    }

    void compare_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("out");
        QTest::newRow("rc before final") << QStringList{u"1.0.0-rc1"_s, u"1.0.0"_s} << u"-1\n"_s;
        QTest::newRow("equal spellings") << QStringList{u"1.0"_s, u"1.0.0"_s} << u"0\n"_s;
        QTest::newRow("numeric") << QStringList{u"1.10.0"_s, u"1.9.1"_s} << u"1\n"_s;
        QTest::newRow("dev before alpha") << QStringList{u"1.0.dev1"_s, u"1.0a1"_s} << u"-1\n"_s;
        QTest::newRow("semver text") << QStringList{u"1.0.0-rc9"_s, u"1.0.0-rc10"_s, u"--scheme"_s, u"semver"_s}
                                     << u"1\n"_s;
        QTest::newRow("semver build") << QStringList{u"--scheme=semver"_s, u"1.0.0+a"_s, u"1.0.0+b"_s} << u"0\n"_s;
    }

    void compare()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, out);
        const CliRun run = runCli(QStringList{u"version"_s, u"compare"_s} + arguments);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, out);
    }

    void badInputExitsWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("invalid pep440") << QStringList{u"normalize"_s, u"list"_s}
                                        << u"'list' is not a PEP 440 version"_s;
        QTest::newRow("describe name") << QStringList{u"normalize"_s, u"1.14.0-3-g6da21a3a"_s}
                                       << u"'git describe' name of an untagged build"_s;
        QTest::newRow("invalid semver") << QStringList{u"normalize"_s, u"v1.0.0"_s, u"--scheme"_s, u"semver"_s}
                                        << u"SemVer has no 'v' prefix"_s;
        QTest::newRow("unknown scheme") << QStringList{u"normalize"_s, u"1.0"_s, u"--scheme"_s, u"calver"_s}
                                        << u"unknown scheme 'calver'"_s;
        QTest::newRow("missing argument") << QStringList{u"normalize"_s} << u"missing argument"_s;
        QTest::newRow("extra argument") << QStringList{u"compare"_s, u"1"_s, u"2"_s, u"3"_s}
                                        << u"unexpected argument '3'"_s;
        QTest::newRow("compare invalid") << QStringList{u"compare"_s, u"1.0"_s, u"rm"_s}
                                         << u"'rm' is not a PEP 440 version"_s;
        QTest::newRow("unknown subcommand") << QStringList{u"frobnicate"_s} << u"unknown subcommand 'frobnicate'"_s;
        QTest::newRow("no subcommand") << QStringList{} << u"missing subcommand"_s;
        QTest::newRow("next without bump") << QStringList{u"next"_s, u"--from"_s, u"1.0.0"_s} << u"missing --bump"_s;
        QTest::newRow("next unknown bump")
            << QStringList{u"next"_s, u"--from"_s, u"1.0.0"_s, u"--bump"_s, u"huge"_s} << u"unknown bump 'huge'"_s;
        QTest::newRow("next bad from") << QStringList{u"next"_s, u"--from"_s, u"list"_s, u"--bump"_s, u"patch"_s}
                                       << u"tag 'list' names no version"_s;
        QTest::newRow("final of final") << QStringList{u"next"_s, u"--from"_s, u"1.14.0"_s, u"--bump"_s, u"final"_s}
                                        << u"already a final release"_s;
        // The largest number a version segment can hold is 9223372036854775807: one more is an error, never a
        // wrap to -9223372036854775808.
        QTest::newRow("major overflow") << QStringList{u"next"_s, u"--from"_s, u"9223372036854775807.0.0"_s,
                                                       u"--bump"_s, u"major"_s}
                                        << u"version segment too large: the major number of 9223372036854775807.0.0"_s;
        QTest::newRow("minor overflow") << QStringList{u"next"_s, u"--from"_s, u"1.9223372036854775807.0"_s,
                                                       u"--bump"_s, u"minor"_s}
                                        << u"version segment too large: the minor number of 1.9223372036854775807.0"_s;
        QTest::newRow("patch overflow") << QStringList{u"next"_s, u"--from"_s, u"1.0.9223372036854775807"_s,
                                                       u"--bump"_s, u"patch"_s}
                                        << u"version segment too large: the patch number of 1.0.9223372036854775807"_s;
        QTest::newRow("rc overflow")
            << QStringList{u"next"_s, u"--from"_s, u"1.0.0-rc9223372036854775807"_s, u"--bump"_s, u"rc"_s}
            << u"version segment too large: the release-candidate number of 1.0.0rc9223372036854775807"_s;
        QTest::newRow("rc base overflow")
            << QStringList{u"next"_s,      u"--from"_s, u"1.0.9223372036854775807"_s, u"--bump"_s, u"rc"_s,
                           u"--rc-base"_s, u"patch"_s}
            << u"version segment too large: the patch number"_s;
        QTest::newRow("from too long") << QStringList{u"next"_s, u"--from"_s, u"1.99999999999999999999.0"_s,
                                                      u"--bump"_s, u"patch"_s}
                                       << u"version segment too large: the minor number has 20 digits"_s;
        QTest::newRow("compare too long") << QStringList{u"compare"_s, u"1.0"_s, u"1.0rc99999999999999999999"_s}
                                          << u"version segment too large: the pre-release number"_s;
        QTest::newRow("semver too long") << QStringList{u"normalize"_s, u"1.0.18446744073709551616"_s, u"--scheme"_s,
                                                        u"semver"_s}
                                         << u"version segment too large: the patch number"_s;
        // An epoch is kept (1.0.1 sorts below 1!1.0.0), and a tag cannot carry it.
        QTest::newRow("epoch") << QStringList{u"next"_s, u"--from"_s, u"1!1.0.0"_s, u"--bump"_s, u"patch"_s}
                               << u"1!1.0.1 has no tag in this project's spelling"_s;
        QTest::newRow("check missing file")
            << QStringList{u"check"_s, u"1.0.0"_s, u"--existing-tags-file"_s, u"/nonexistent/tags.txt"_s}
            << u"cannot read /nonexistent/tags.txt"_s;
        QTest::newRow("bad playbook") << QStringList{u"check"_s, u"1.0.0"_s, u"--playbook"_s, u"/nonexistent.pb"_s}
                                      << u"cannot read the playbook"_s;
    }

    void badInputExitsWithTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliRun run = runCli(QStringList{u"version"_s} + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void sortsHundredsOfMixedVersions()
    {
        const auto corpus = mixedPep440Versions(2026);
        QHash<QString, int> rank;
        QByteArray input;
        for (const auto &entry : corpus) {
            rank.insert(entry.text, entry.rank);
            input += entry.text.toUtf8() + '\n';
        }
        input += "\n   \n"; // blank lines are skipped
        const CliRun run = runCli({u"version"_s, u"sort"_s}, input);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), corpus.size());
        for (qsizetype i = 1; i < lines.size(); ++i) {
            QVERIFY2(rank.contains(lines.at(i)), qPrintable(lines.at(i)));
            QVERIFY2(rank.value(lines.at(i - 1)) <= rank.value(lines.at(i)),
                     qPrintable(lines.at(i - 1) + u" before "_s + lines.at(i)));
        }
    }

    void sortsTheCanonicalPep440List()
    {
        // packaging's ordering list, fed in reverse.
        const QStringList ordered{u"1.0.dev456"_s,
                                  u"1.0a1"_s,
                                  u"1.0a2.dev456"_s,
                                  u"1.0a12.dev456"_s,
                                  u"1.0a12"_s,
                                  u"1.0b1.dev456"_s,
                                  u"1.0b2"_s,
                                  u"1.0b2.post345.dev456"_s,
                                  u"1.0b2.post345"_s,
                                  u"1.0b2-346"_s,
                                  u"1.0c1.dev456"_s,
                                  u"1.0c1"_s,
                                  u"1.0rc2"_s,
                                  u"1.0c3"_s,
                                  u"1.0"_s,
                                  u"1.0.post456.dev34"_s,
                                  u"1.0.post456"_s,
                                  u"1.1.dev1"_s,
                                  u"1.2+123abc"_s,
                                  u"1.2+123abc456"_s,
                                  u"1.2+abc"_s,
                                  u"1.2+abc123"_s,
                                  u"1.2+abc123def"_s,
                                  u"1.2+1234.abc"_s,
                                  u"1.2+123456"_s,
                                  u"1.2.r32+123456"_s,
                                  u"1.2.rev33+123456"_s,
                                  u"1!1.0.dev456"_s};
        QStringList reversed(ordered.crbegin(), ordered.crend());
        const CliRun run = runCli({u"version"_s, u"sort"_s}, reversed.join(u'\n').toUtf8());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.split(u'\n', Qt::SkipEmptyParts), ordered);
    }

    void sortRejectsAnInvalidLine()
    {
        const CliRun run = runCli({u"version"_s, u"sort"_s}, "1.0\n2.0\nlist\n");
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"line 3: 'list' is not a PEP 440 version"_s), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void sortSemVer()
    {
        const CliRun run = runCli({u"version"_s, u"sort"_s, u"--scheme"_s, u"semver"_s},
                                  "1.0.0\n1.0.0-rc.1\n1.0.0-alpha\n1.0.0-alpha.1\n0.9.0\n");
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, u"0.9.0\n1.0.0-alpha\n1.0.0-alpha.1\n1.0.0-rc.1\n1.0.0\n"_s);
    }

    void next_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("tag");
        QTest::newRow("patch") << QStringList{u"--from"_s, u"1.14.0"_s, u"--bump"_s, u"patch"_s} << u"1.14.1"_s;
        QTest::newRow("minor") << QStringList{u"--from"_s, u"1.14.0"_s, u"--bump"_s, u"minor"_s} << u"1.15.0"_s;
        QTest::newRow("major") << QStringList{u"--from"_s, u"1.15.0"_s, u"--bump"_s, u"major"_s} << u"2.0.0"_s;
        QTest::newRow("rc") << QStringList{u"--from"_s, u"1.14.0"_s, u"--bump"_s, u"rc"_s} << u"1.15.0-rc1"_s;
        QTest::newRow("rc patch") << QStringList{u"--from"_s, u"1.14.0"_s,    u"--bump"_s,
                                                 u"rc"_s,     u"--rc-base"_s, u"patch"_s}
                                  << u"1.14.1-rc1"_s;
        QTest::newRow("next rc") << QStringList{u"--from"_s, u"1.9.1-rc1"_s, u"--bump"_s, u"rc"_s} << u"1.9.1-rc2"_s;
        QTest::newRow("final") << QStringList{u"--from"_s, u"1.9.1-rc1"_s, u"--bump"_s, u"final"_s} << u"1.9.1"_s;
    }

    void next()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, tag);
        const CliRun run = runCli(QStringList{u"version"_s, u"next"_s} + arguments);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, tag + u'\n');
        const CliRun json = runCli(QStringList{u"--json"_s, u"version"_s, u"next"_s} + arguments);
        QCOMPARE(json.json().object().value(u"tag"_s).toString(), tag);
        QVERIFY(!json.json().object().value(u"reason"_s).toString().isEmpty());
    }

    void suggest()
    {
        const CliRun run = runCli({u"version"_s, u"suggest"_s, u"--from"_s, u"1.14.0"_s},
                                  "Fix: a crash (#1)\nfeat(agent): new thing (#2)\nci: faster\n");
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(u"1.15.0 (minor): new features call for a minor release"_s), qPrintable(run.out));
    }

    void nextKeepsTheEpochAndRefusesToTagIt()
    {
        const CliRun run = runCli({u"version"_s, u"next"_s, u"--from"_s, u"1!1.0.0"_s, u"--bump"_s, u"patch"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"tags carry no epoch"_s), qPrintable(run.err));
        QVERIFY2(!run.err.contains(u" 1.0.1 "_s), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        // What the refusal protects: without its epoch the next patch would sort below where it came from.
        const CliRun order = runCli({u"version"_s, u"compare"_s, u"1.0.1"_s, u"1!1.0.0"_s});
        QCOMPARE(order.out, u"-1\n"_s);

        const CliRun check = runCli({u"version"_s, u"check"_s, u"1!1.0.1"_s});
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.out.contains(u"error epoch-in-tag: '1!1.0.1' carries the epoch 1"_s), qPrintable(check.out));
    }

    void suggestCannotOverflow()
    {
        const CliRun run = runCli({u"version"_s, u"suggest"_s, u"--from"_s, u"9223372036854775807.0.0"_s},
                                  "feat!: drop the old API\n");
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"version segment too large: the major number"_s), qPrintable(run.err));
        QVERIFY2(!run.out.contains(u"-9223372036854775808"_s), qPrintable(run.out));
        QVERIFY(run.out.isEmpty());
    }

    void checkListsHazards()
    {
        QTemporaryDir dir;
        const QString tags = dir.filePath(u"tags.txt"_s);
        QFile file(tags);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("1.0.0-rc1\n1.14.0\nlist\nrm\n");
        file.close();

        const CliRun clean = runCli({u"version"_s, u"check"_s, u"1.15.0"_s, u"--existing-tags-file"_s, tags});
        QCOMPARE(clean.exitCode, 0);
        QCOMPARE(clean.out, u"no hazard found for tag '1.15.0'\n"_s);

        const CliRun warned =
            runCli({u"--json"_s, u"version"_s, u"check"_s, u"v1.15.0"_s, u"--existing-tags-file"_s, tags});
        QCOMPARE(warned.exitCode, 0);
        const QJsonObject result = warned.json().object();
        QVERIFY(result.value(u"ok"_s).toBool());
        QStringList ids;
        const QJsonArray hazards = result.value(u"hazards"_s).toArray();
        for (const QJsonValue &hazard : hazards) {
            ids.append(hazard.toObject().value(u"id"_s).toString());
            QVERIFY(!hazard.toObject().value(u"message"_s).toString().isEmpty());
            QCOMPARE(hazard.toObject().value(u"severity"_s).toString(), u"warning"_s);
        }
        QCOMPARE(ids, (QStringList{u"upgrade-script-ignores"_s, u"not-project-spelling"_s}));

        const CliRun blocked =
            runCli({u"version"_s, u"check"_s, u"1.14.0"_s, u"--existing-tags-file"_s, u"-"_s}, "1.13.0\n1.14.0\n");
        QCOMPARE(blocked.exitCode, 1);
        QVERIFY2(blocked.out.contains(u"error tag-exists: tag '1.14.0' already exists"_s), qPrintable(blocked.out));

        const CliRun collision = runCli({u"version"_s, u"check"_s, u"0.3.0"_s, u"--tags-on-commit"_s, u"0.2.5"_s});
        QCOMPARE(collision.exitCode, 0);
        QVERIFY(collision.out.contains(u"warning describe-collision:"_s));

        const CliRun invalid = runCli({u"version"_s, u"check"_s, u"1.14.0-3-g6da21a3a"_s});
        QCOMPARE(invalid.exitCode, 1);
        QVERIFY(invalid.out.contains(u"error not-pep440:"_s));
    }

    void helpListsTheSubcommands()
    {
        const CliRun run = runCli({u"version"_s, u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        for (const QString &sub : {u"normalize"_s, u"compare"_s, u"sort"_s, u"next"_s, u"suggest"_s, u"check"_s}) {
            QVERIFY2(run.out.contains(u"  "_s + sub), qPrintable(sub));
        }
        const CliRun top = runCli({u"--help"_s});
        QVERIFY(top.out.contains(u"\n  version"_s));
        QVERIFY(top.out.contains(u"\n  playbook"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliVersion)
#include "tst_cli_version.moc"
