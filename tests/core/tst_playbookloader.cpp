// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/playbookloader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ra::PlaybookLoader;

namespace {

// The smallest valid playbook; error cases append to it.
QByteArray minimal()
{
    return "[project]\nname = demo\nrepository = owner/demo\n\n[pipeline]\nkind = attach-artifacts\n"
           "build-workflow = build.yml\n";
}

} // namespace

class TestPlaybookLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void alephVmPresetValidates()
    {
        const auto result = PlaybookLoader::loadPreset(u"aleph-vm"_s);
        QVERIFY2(result.ok(), qPrintable(result.errorText()));
        const ra::Playbook &p = *result.playbook;
        QCOMPARE(p.source, u":/ra/presets/aleph-vm.playbook"_s);
        QCOMPARE(p.projectName, u"aleph-vm"_s);
        QCOMPARE(p.repository, u"aleph-im/aleph-vm"_s);
        QCOMPARE(p.versionScheme, ra::VersionScheme::Pep440);
        QVERIFY(p.tagSpelling == ra::TagSpelling::alephVm());
        QCOMPARE(p.upgradeScriptPatterns.size(), 2);
        QVERIFY(p.upgradeScriptPatterns.at(0).match(u"1.15.0"_s).hasMatch());
        QVERIFY(p.upgradeScriptPatterns.at(1).match(u"1.15.0-rc1"_s).hasMatch());
        QVERIFY(!p.upgradeScriptPatterns.at(1).match(u"1.15.0rc1"_s).hasMatch());
        QCOMPARE(p.pipelineKind, ra::PipelineKind::DraftByCi);
        QCOMPARE(p.releaseWorkflow, u"release-on-tag.yml"_s);
        QCOMPARE(p.buildWorkflow, u"build-deb-package-and-integration-tests.yml"_s);
        QVERIFY(p.workflows.contains(u"deploy-main-on-staging.yml"_s));
        QCOMPARE(p.expectedAssets, (QStringList{u"aleph-vm.debian-12.deb"_s, u"aleph-vm.debian-13.deb"_s,
                                                u"aleph-vm.ubuntu-22.04.deb"_s, u"aleph-vm.ubuntu-24.04.deb"_s}));
        QCOMPARE(p.stagingServers.size(), 1);
        QCOMPARE(p.stagingServers.constFirst().name, u"ovh"_s);
        QCOMPARE(p.stagingServers.constFirst().url, u"http://ovh.staging.aleph.sh:4020"_s);
        QCOMPARE(p.stagingServers.constFirst().checks.size(), 4);
        QCOMPARE(p.stagingServers.constFirst().checks.at(1),
                 (ra::StagingCheck{u"/status/check/fastapi"_s, 200, u"the diagnostic VM boots and answers"_s}));
        QCOMPARE(p.scoring, (ra::ScoringTarget{u"postgresql"_s, u"aleph-vm"_s, u"software_versions"_s, 14, {}}));
        QCOMPARE(p.notesSections.size(), 6);
        QCOMPARE(p.notesSections.at(1), u"⚠️ Upgrade notes"_s);
        QCOMPARE(p.channels.size(), 2);
        ra::AnnouncementChannel x = p.channels.at(1);
        QVERIFY(x.messageTemplate.startsWith(u"{project} {version} is out"_s));
        QVERIFY(x.prereleaseTemplate.contains(u"{release_url}"_s));
        x.messageTemplate.clear();
        x.prereleaseTemplate.clear();
        QCOMPARE(x, (ra::AnnouncementChannel{u"x"_s, u"x"_s, u"https://twitter.com/aleph_im"_s, 280, {}, {}}));
        QCOMPARE(p.approvals.required, 1);
    }

    void presetsAreListed()
    {
        QCOMPARE(PlaybookLoader::presetNames(), QStringList{u"aleph-vm"_s});
        QVERIFY(PlaybookLoader::presetPath(u"nope"_s).isEmpty());
        const auto missing = PlaybookLoader::loadPreset(u"nope"_s);
        QVERIFY(!missing.ok());
        QVERIFY(missing.errorText().contains(u"no preset named 'nope'"_s));
    }

    void minimalPlaybookUsesDefaults()
    {
        const auto result = PlaybookLoader::parse(minimal(), u"demo.playbook"_s);
        QVERIFY2(result.ok(), qPrintable(result.errorText()));
        QCOMPARE(result.playbook->pipelineKind, ra::PipelineKind::AttachArtifacts);
        QVERIFY(result.playbook->tagSpelling == ra::TagSpelling::alephVm());
        QCOMPARE(result.playbook->scoring.kind, u"none"_s);
        QVERIFY(result.playbook->channels.isEmpty());
    }

    void otherSpellingsAndQuotes()
    {
        const QByteArray text =
            minimal() +
            "[tags]\nprefix = v\nprerelease-separator = \"\"\nprerelease-kinds = a, b,rc\nrelease-segments = 0\n"
            "\n; a semicolon comment\n[notes]\nsection = \"  Spaced  \"\n";
        const auto result = PlaybookLoader::parse(text, u"x"_s);
        QVERIFY2(result.ok(), qPrintable(result.errorText()));
        const auto &spelling = result.playbook->tagSpelling;
        QCOMPARE(spelling.prefix, u"v"_s);
        QCOMPARE(spelling.prereleaseSeparator, QString());
        QCOMPARE(spelling.prereleaseKinds.size(), 3);
        QCOMPARE(spelling.releaseSegments, 0);
        QCOMPARE(result.playbook->notesSections, QStringList{u"  Spaced  "_s});
    }

    void reportsWhereAndHowToFix_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("fix");
        QTest::newRow("empty file") << QByteArray() << 0 << u"project"_s << u"[project] section is missing"_s
                                    << u"start the file with [project]"_s;
        QTest::newRow("missing name") << QByteArray("[project]\nrepository = a/b\n[pipeline]\nbuild-workflow = b.yml\n"
                                                    "release-workflow = r.yml\n")
                                      << 1 << u"project.name"_s << u"'name' is required in [project]"_s
                                      << u"add a line 'name = aleph-vm'"_s;
        QTest::newRow("bad repository") << QByteArray("[project]\nname = x\nrepository = https://github.com/a/b\n") << 3
                                        << u"project.repository"_s << u"is not a GitHub repository name"_s
                                        << u"write owner/name"_s;
        QTest::newRow("bad scheme") << minimal() + "[project]\n"
                                    << 8 << u"project"_s << u"section [project] appears twice (first on line 1)"_s
                                    << u"merge"_s;
        QTest::newRow("unknown scheme") << QByteArray(
                                               "[project]\nname = x\nrepository = a/b\nversion-scheme = calver\n")
                                        << 4 << u"project.version-scheme"_s << u"unknown version scheme 'calver'"_s
                                        << u"'pep440' or 'semver'"_s;
        QTest::newRow("unknown key") << minimal() + "[assets]\nexpect = a.deb\n"
                                     << 9 << u"assets.expect"_s << u"unknown key 'expect' in [assets]"_s
                                     << u"use one of: expected"_s;
        QTest::newRow("key twice") << minimal() + "[scoring]\nkind = none\nkind = sql-file\n"
                                   << 10 << u"scoring.kind"_s << u"'kind' is set twice (first on line 9)"_s
                                   << u"keep one"_s;
        QTest::newRow("unknown section") << minimal() + "[deploy]\n"
                                         << 8 << u"deploy"_s << u"unknown section [deploy]"_s << u"[staging <name>]"_s;
        QTest::newRow("bad header") << minimal() + "[Staging OVH\n"
                                    << 8 << QString() << u"malformed section header"_s << u"[staging ovh]"_s;
        QTest::newRow("not key value") << minimal() + "[assets]\njust words\n"
                                       << 9 << QString() << u"cannot read 'just words'"_s << u"'key = value'"_s;
        QTest::newRow("before section") << QByteArray("name = x\n") + minimal() << 1 << QString()
                                        << u"'name' comes before any section"_s << u"[project]"_s;
        QTest::newRow("bad separator") << minimal() + "[tags]\nprerelease-separator = ~\n"
                                       << 9 << u"tags.prerelease-separator"_s << u"'~' cannot separate"_s
                                       << u"'-', '.', '_'"_s;
        QTest::newRow("bad kind") << minimal() + "[tags]\nprerelease-kinds = rc, gamma\n"
                                  << 9 << u"tags.prerelease-kinds"_s << u"unknown pre-release kind 'gamma'"_s
                                  << u"a, b, rc"_s;
        QTest::newRow("bad segments") << minimal() + "[tags]\nrelease-segments = three\n"
                                      << 9 << u"tags.release-segments"_s << u"whole number from 0 to 10, not 'three'"_s
                                      << u"release-segments = 3"_s;
        QTest::newRow("bad regex") << minimal() + "[tags]\nupgrade-script-pattern = ^[0-9+$\n"
                                   << 9 << u"tags.upgrade-script-pattern"_s << u"is not a valid regular expression: "_s
                                   << u"Perl-compatible"_s;
        QTest::newRow("password in the database")
            << minimal() + "[scoring]\nkind = postgresql\nsoftware = aleph-vm\n"
                           "database = host=db user=s password=hunter2\n"
            << 11 << u"scoring.database"_s << u"the connection string holds a password"_s << u"keychain"_s;
        QTest::newRow("bad pipeline") << minimal() + "[scoring]\nkind = mysql\n"
                                      << 9 << u"scoring.kind"_s << u"unknown scoring target 'mysql'"_s
                                      << u"'postgresql', 'sql-file'"_s;
        QTest::newRow("draft needs release workflow")
            << QByteArray("[project]\nname = x\nrepository = a/b\n[pipeline]\nkind = draft-by-ci\n"
                          "build-workflow = b.yml\n")
            << 4 << u"pipeline.release-workflow"_s << u"'release-workflow' is required"_s
            << u"release-workflow = release-on-tag.yml"_s;
        QTest::newRow("workflow name") << QByteArray("[project]\nname = x\nrepository = a/b\n[pipeline]\n"
                                                     "kind = attach-artifacts\nbuild-workflow = build\n")
                                       << 6 << u"pipeline.build-workflow"_s << u"'build' is not a workflow file"_s
                                       << u".github/workflows/"_s;
        QTest::newRow("asset path") << minimal() + "[assets]\nexpected = dist/a.deb\n"
                                    << 9 << u"assets.expected"_s << u"'dist/a.deb' is not a bare file name"_s
                                    << u"file name only"_s;
        QTest::newRow("asset twice") << minimal() + "[assets]\nexpected = a.deb\nexpected = a.deb\n"
                                     << 10 << u"assets.expected"_s << u"lists 'a.deb' twice"_s << u"remove"_s;
        QTest::newRow("staging no name") << minimal() + "[staging]\nurl = http://h\n"
                                         << 8 << u"staging.name"_s << u"needs a name"_s << u"[staging <name>]"_s;
        QTest::newRow("staging url") << minimal() + "[staging ovh]\nurl = ftp://h\n"
                                     << 9 << u"staging.ovh.url"_s << u"'ftp://h' is not an http(s) URL"_s
                                     << u"url = http://"_s;
        QTest::newRow("staging check") << minimal() + "[staging ovh]\nurl = http://h\ncheck = status 200\n"
                                       << 10 << u"staging.ovh.check"_s << u"cannot read the check 'status 200'"_s
                                       << u"<path> <expected HTTP status>"_s;
        QTest::newRow("staging twice") << minimal() + "[staging a]\nurl = http://h\n[staging a]\nurl = http://h\n"
                                       << 10 << u"staging.a.name"_s << u"'a' is defined twice"_s << u"own name"_s;
        QTest::newRow("channel kind") << minimal() + "[channel t]\nkind = myspace\ntarget = x\n"
                                      << 9 << u"channel.t.kind"_s << u"unknown channel kind 'myspace'"_s
                                      << u"telegram, x, mastodon"_s;
        QTest::newRow("channel target") << minimal() + "[channel t]\nkind = telegram\n"
                                        << 8 << u"channel.t.target"_s << u"'target' is required"_s << u"target = "_s;
        QTest::newRow("approvals") << minimal() + "[approvals]\nrequired = 2\napprover = hoh\n"
                                   << 9 << u"approvals.required"_s << u"2 approvals are required but only 1"_s
                                   << u"lower 'required'"_s;
        QTest::newRow("labelled singleton")
            << minimal() + "[notes extra]\n"
            << 8 << u"notes"_s << u"section [notes] takes no name ('extra')"_s << u"[notes]"_s;
        QTest::newRow("not utf-8") << QByteArray("[project]\nname = \xff\xfe\n") << 0 << QString()
                                   << u"not valid UTF-8"_s << u"save it as UTF-8"_s;
    }

    void reportsWhereAndHowToFix()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, line);
        QFETCH(QString, field);
        QFETCH(QString, message);
        QFETCH(QString, fix);
        const auto result = PlaybookLoader::parse(content, u"release.playbook"_s);
        QVERIFY(!result.ok());
        const auto match =
            std::find_if(result.issues.cbegin(), result.issues.cend(),
                         [&](const ra::PlaybookIssue &issue) { return issue.message.contains(message); });
        QVERIFY2(match != result.issues.cend(), qPrintable(result.errorText()));
        QCOMPARE(match->file, u"release.playbook"_s);
        QCOMPARE(match->line, line);
        QCOMPARE(match->field, field);
        QVERIFY2(match->fix.contains(fix), qPrintable(match->fix));
        const QString where = line > 0 ? u"release.playbook:%1: "_s.arg(line) : u"release.playbook: "_s;
        QVERIFY2(match->toString().startsWith(where), qPrintable(match->toString()));
        QVERIFY(match->toString().contains(u"(fix: "_s));
    }

    void reportsEveryProblemAtOnce()
    {
        const auto result =
            PlaybookLoader::parse(minimal() + "[assets]\nexpect = a\n[scoring]\nkind = x\n[channel t]\n", u"f"_s);
        QCOMPARE(result.issues.size(), 4); // unknown key, scoring kind, channel kind and target
    }

    void loadsFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"demo.playbook"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(minimal());
        file.close();
        const auto ok = PlaybookLoader::load(path);
        QVERIFY2(ok.ok(), qPrintable(ok.errorText()));
        QCOMPARE(ok.playbook->source, path);
        const auto missing = PlaybookLoader::load(dir.filePath(u"none.playbook"_s));
        QVERIFY(!missing.ok());
        QVERIFY(missing.errorText().startsWith(dir.filePath(u"none.playbook"_s) + u": cannot read the playbook"_s));
        const auto huge = PlaybookLoader::parse(QByteArray(2 * 1024 * 1024, '#'), u"big"_s);
        QVERIFY(huge.errorText().contains(u"at most 1 MiB"_s));
    }
};

QTEST_GUILESS_MAIN(TestPlaybookLoader)
#include "tst_playbookloader.moc"
