// SPDX-License-Identifier: GPL-3.0-or-later
// `release-assistant-cli packages`, end to end: the real executable inspects real .deb files built with
// dpkg-deb, prints the requests of an attach without sending any, and attaches the packages to a draft on the
// GitHub twin served by this process — a second run uploads nothing.
#include "debbuilder.h"
#include "githubtwin.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "clirunner.h"

using namespace Qt::StringLiterals;

namespace {

const QString tag = u"1.15.0"_s;
const QString commit = u"0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e"_s;
const QStringList names{u"aleph-vm.debian-12.deb"_s, u"aleph-vm.ubuntu-24.04.deb"_s};
const QString token = u"ghp_cliPackagesToken0000000000000000000"_s;

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
    [[nodiscard]] QJsonObject json() const
    {
        return QJsonDocument::fromJson(out.toUtf8()).object();
    }
};

/// The CLI, while this process's event loop serves the twins.
Run runCli(const QStringList &arguments, const QProcessEnvironment &environment)
{
    const ra::test::CliRun run = ra::test::runCliServing(arguments, environment);
    return {run.exitCode, run.out, run.err};
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestPackagesCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QStringList m_debPaths;
    QList<QByteArray> m_debs;
    QList<QByteArray> m_zips;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (int i = 0; i < names.size(); ++i) {
            ra::test::DebSpec spec;
            spec.payloadSize = 256 * 1024;
            spec.seed = quint32(i + 3);
            spec.compression = i == 0 ? u"xz"_s : u"zstd"_s;
            QString error;
            const QString deb = ra::test::buildDeb(m_dir.path(), names.at(i), spec, &error);
            QVERIFY2(!deb.isEmpty(), qPrintable(error));
            m_debPaths.append(deb);
            m_debs.append(readAll(deb));
            const QString zip = m_dir.filePath(names.at(i) + u".zip"_s);
            QVERIFY(ra::test::writeArtifactZip(zip, {deb}));
            m_zips.append(readAll(zip));
        }
        m_environment.insert(u"GITHUB_TOKEN"_s, token);
    }

    void inspectPrintsTheControlDataAsJson()
    {
        for (int i = 0; i < names.size(); ++i) {
            const Run run = runCli({u"--json"_s, u"packages"_s, u"inspect"_s, m_debPaths.at(i)}, m_environment);
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            const QJsonObject json = run.json();
            QCOMPARE(json.value(u"file"_s).toString(), names.at(i));
            QCOMPARE(json.value(u"package"_s).toString(), u"aleph-vm"_s);
            QCOMPARE(json.value(u"version"_s).toString(), tag);
            QCOMPARE(json.value(u"architecture"_s).toString(), u"all"_s);
            QCOMPARE(json.value(u"size"_s).toInteger(), m_debs.at(i).size());
            QCOMPARE(json.value(u"sha256"_s).toString().toLatin1(),
                     QCryptographicHash::hash(m_debs.at(i), QCryptographicHash::Sha256).toHex());
            QVERIFY2(json.value(u"controlMember"_s).toString().endsWith(i == 0 ? u".xz"_s : u".zst"_s),
                     qPrintable(json.value(u"controlMember"_s).toString()));
        }
        // A package that calls itself 1.15.0 is not the package of 1.16.0.
        const Run wrong =
            runCli({u"packages"_s, u"inspect"_s, m_debPaths.first(), u"--tag"_s, u"1.16.0"_s}, m_environment);
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains(u"1.16.0"_s), qPrintable(wrong.err));
        // Not a package at all.
        const Run bad = runCli({u"packages"_s, u"inspect"_s, m_dir.filePath(names.first() + u".zip"_s)}, m_environment);
        QCOMPARE(bad.exitCode, 2);
    }

    void dryRunPrintsEveryRequestAndSendsNone()
    {
        ra::test::GitHubTwin twin;
        QVERIFY(twin.start());
        twin.addRelease(tag, true);
        const Run run = runCli({u"--json"_s, u"packages"_s, u"attach"_s, u"--release"_s, tag, u"--repo"_s,
                                u"aleph-im/aleph-vm"_s, u"--api-url"_s, twin.api().url().toString(), u"--commit"_s,
                                commit, u"--asset"_s, names.at(0), u"--asset"_s, names.at(1), u"--dry-run"_s},
                               m_environment);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject json = run.json();
        QVERIFY(json.value(u"dryRun"_s).toBool());
        const QJsonArray requests = json.value(u"requests"_s).toArray();
        QStringList lines;
        for (const QJsonValue &line : requests) {
            lines.append(line.toString());
        }
        const QString all = lines.join(u'\n');
        QVERIFY2(all.contains(u"GET "_s + twin.api().url().toString()), qPrintable(all));
        QVERIFY2(all.contains(u"head_sha="_s + commit), qPrintable(all));
        for (const QString &name : names) {
            QVERIFY2(all.contains(u"POST "_s) && all.contains(u"name="_s + name), qPrintable(all));
        }
        QVERIFY(!all.contains(token));
        QCOMPARE(twin.api().requests().size(), 0);
        QCOMPARE(twin.uploads().requests().size(), 0);
        QCOMPARE(twin.blob().requests().size(), 0);
    }

    void attachesToTheTwinsDraftOnce()
    {
        ra::test::GitHubTwin twin;
        QVERIFY(twin.start());
        twin.state().token = token;
        const qint64 releaseId = twin.addRelease(tag, true);
        const qint64 runId = twin.addRun(u".github/workflows/build-deb-package-and-integration-tests.yml"_s,
                                         u"Build Packages and tests on Droplets"_s, commit, u"success"_s);
        for (int i = 0; i < names.size(); ++i) {
            twin.addArtifact(runId, names.at(i), m_zips.at(i));
        }
        QTemporaryDir work;
        QVERIFY(work.isValid());
        QStringList arguments{u"--json"_s,
                              u"packages"_s,
                              u"attach"_s,
                              u"--release"_s,
                              tag,
                              u"--repo"_s,
                              u"aleph-im/aleph-vm"_s,
                              u"--api-url"_s,
                              twin.api().url().toString(),
                              u"--uploads-url"_s,
                              twin.uploads().url().toString(),
                              u"--commit"_s,
                              commit,
                              u"--work-dir"_s,
                              work.filePath(u"work"_s),
                              u"--journal"_s,
                              work.filePath(u"journal.sqlite"_s),
                              u"--sha256sums"_s};
        // Without --asset the playbook's four expected packages are required, as in the app: the run built two,
        // so each missing one is named and nothing is uploaded.
        const Run incomplete = runCli(arguments, m_environment);
        QCOMPARE(incomplete.exitCode, 1);
        for (const QString &missing : {u"aleph-vm.debian-13.deb"_s, u"aleph-vm.ubuntu-22.04.deb"_s}) {
            QVERIFY2(incomplete.out.contains(u"run %1 has no artifact named %2"_s.arg(runId).arg(missing)),
                     qPrintable(incomplete.out));
        }
        QVERIFY(twin.state().release(releaseId)->assets.isEmpty());

        arguments << u"--asset"_s << names.at(0) << u"--asset"_s << names.at(1);
        const Run first = runCli(arguments, m_environment);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err + first.out));
        QVERIFY(first.json().value(u"ok"_s).toBool());
        const QJsonArray packages = first.json().value(u"packages"_s).toArray();
        QCOMPARE(packages.size(), 2);
        for (const QJsonValue &item : packages) {
            QCOMPARE(item[u"state"_s].toString(), u"uploaded"_s);
            QCOMPARE(item[u"version"_s].toString(), tag);
        }
        const auto *release = twin.state().release(releaseId);
        QStringList present;
        for (const auto &asset : release->assets) {
            present.append(asset.name);
            const qsizetype index = names.indexOf(asset.name);
            if (index >= 0) {
                QCOMPARE(asset.content, m_debs.at(index));
            }
        }
        present.sort();
        QCOMPARE(present, (QStringList{u"SHA256SUMS"_s, names.at(0), names.at(1)}));
        QVERIFY(!first.err.contains(token));

        const qsizetype uploads = twin.uploads().requests().size();
        const Run second = runCli(arguments, m_environment);
        QVERIFY2(second.exitCode == 0, qPrintable(second.err + second.out));
        const QJsonArray again = second.json().value(u"packages"_s).toArray();
        for (const QJsonValue &item : again) {
            QCOMPARE(item[u"state"_s].toString(), u"skipped-identical"_s);
        }
        QCOMPARE(twin.uploads().requests().size(), uploads);
        QCOMPARE(twin.state().release(releaseId)->assets.size(), 3);
    }

    void aTagPrefixOfThePlaybookIsNoPartOfThePackageVersion()
    {
        // A project tagging "v1.15.0" builds packages of version 1.15.0: with its playbook, they match the tag.
        QFile preset(QStringLiteral(RA_TEST_DATA_DIR "/../../src/core/presets/aleph-vm.playbook"));
        QVERIFY(preset.open(QIODevice::ReadOnly));
        QByteArray text = preset.readAll();
        QVERIFY(text.contains("prefix = \"\""));
        text.replace("prefix = \"\"", "prefix = v");
        QTemporaryDir work;
        QVERIFY(work.isValid());
        const QString playbook = work.filePath(u"project.playbook"_s);
        QFile file(playbook);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
        file.close();

        ra::test::GitHubTwin twin;
        QVERIFY(twin.start());
        twin.state().token = token;
        const QString vTag = u"v"_s + tag;
        const qint64 releaseId = twin.addRelease(vTag, true);
        const qint64 runId = twin.addRun(u".github/workflows/build-deb-package-and-integration-tests.yml"_s,
                                         u"Build Packages and tests on Droplets"_s, commit, u"success"_s);
        for (int i = 0; i < names.size(); ++i) {
            twin.addArtifact(runId, names.at(i), m_zips.at(i));
        }
        QStringList arguments{u"--json"_s,
                              u"packages"_s,
                              u"attach"_s,
                              u"--release"_s,
                              vTag,
                              u"--repo"_s,
                              u"aleph-im/aleph-vm"_s,
                              u"--api-url"_s,
                              twin.api().url().toString(),
                              u"--uploads-url"_s,
                              twin.uploads().url().toString(),
                              u"--commit"_s,
                              commit,
                              u"--work-dir"_s,
                              work.filePath(u"work"_s),
                              u"--journal"_s,
                              work.filePath(u"journal.sqlite"_s),
                              u"--asset"_s,
                              names.at(0),
                              u"--asset"_s,
                              names.at(1)};
        const Run withoutPlaybook = runCli(arguments, m_environment);
        QVERIFY2(withoutPlaybook.exitCode != 0, qPrintable(withoutPlaybook.out));
        QVERIFY(twin.state().release(releaseId)->assets.isEmpty());

        arguments << u"--playbook"_s << playbook;
        const Run run = runCli(arguments, m_environment);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QCOMPARE(twin.state().release(releaseId)->assets.size(), names.size());

        arguments.last() = work.filePath(u"missing.playbook"_s);
        const Run broken = runCli(arguments, m_environment);
        QCOMPARE(broken.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestPackagesCli)
#include "tst_packagescli.moc"
