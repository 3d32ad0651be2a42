// SPDX-License-Identifier: GPL-3.0-or-later
// A .deb cut short — half a download, or cut right after its control member — is refused by the real
// executable: `packages inspect` exits 2 saying which member is short and prints no checksum, and
// `packages attach` uploads nothing to the draft of the GitHub twin served by this process.
#include "debbuilder.h"
#include "githubtwin.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "clirunner.h"

using namespace Qt::StringLiterals;

namespace {

const QString tag = u"1.15.0"_s;
const QString commit = u"0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e"_s;
const QString name = u"aleph-vm.debian-12.deb"_s;
const QString token = u"ghp_cliInspectToken00000000000000000000"_s;

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace

class TestPackagesInspectCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QByteArray m_deb;
    QList<ra::test::ArMember> m_members;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();

    /// The package cut after \a bytes, written under \a fileName in its own folder.
    QString cut(const QString &fileName, qsizetype bytes)
    {
        const QString dir = m_dir.filePath(fileName + u".d"_s);
        QDir().mkpath(dir);
        const QString path = QDir(dir).filePath(name);
        return writeFile(path, m_deb.left(bytes)) ? path : QString();
    }

    /// Where the data member's header starts.
    [[nodiscard]] qsizetype dataHeader() const
    {
        qsizetype offset = 8;
        for (qsizetype i = 0; i < 2; ++i) {
            offset += 60 + m_members.at(i).data.size() + m_members.at(i).data.size() % 2;
        }
        return offset;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        ra::test::DebSpec spec;
        spec.payloadSize = 64 * 1024;
        QString error;
        const QString deb = ra::test::buildDeb(m_dir.path(), name, spec, &error);
        QVERIFY2(!deb.isEmpty(), qPrintable(error));
        QFile file(deb);
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_deb = file.readAll();
        m_members = ra::test::splitAr(m_deb);
        QCOMPARE(m_members.size(), 3);
        m_environment.insert(u"GITHUB_TOKEN"_s, token);
    }

    void inspectRefusesATruncatedPackage_data()
    {
        QTest::addColumn<qsizetype>("bytes");
        QTest::addColumn<QString>("expected");
        const qsizetype half = m_deb.size() / 2;
        QTest::newRow("cut in half") << half
                                     << u"data.tar.xz is cut short: its ar header declares %1 bytes, only %2 are "
                                        "present"_s.arg(m_members.at(2).data.size())
                                            .arg(half - dataHeader() - 60);
        QTest::newRow("cut after control.tar") << dataHeader() << u"the package has no data.tar member"_s;
    }
    void inspectRefusesATruncatedPackage()
    {
        QFETCH(qsizetype, bytes);
        QFETCH(QString, expected);
        const QString path = cut(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'), bytes);
        QVERIFY(!path.isEmpty());

        const ra::test::CliRun text = ra::test::runCli({u"packages"_s, u"inspect"_s, path});
        QCOMPARE(text.exitCode, 2);
        QVERIFY2(text.err.contains(expected), qPrintable(text.err));
        QVERIFY2(text.err.contains(u"the file is truncated: download it again"_s), qPrintable(text.err));
        QVERIFY2(text.out.isEmpty(), qPrintable(text.out));

        const ra::test::CliRun json = ra::test::runCli({u"--json"_s, u"packages"_s, u"inspect"_s, path});
        QCOMPARE(json.exitCode, 2);
        QVERIFY2(!json.out.contains(u"sha256"_s), qPrintable(json.out));
        const QJsonObject error = QJsonDocument::fromJson(json.err.toUtf8()).object().value(u"error"_s).toObject();
        QCOMPARE(error.value(u"exitCode"_s).toInt(), 2);
        QVERIFY2(error.value(u"message"_s).toString().contains(expected), qPrintable(json.err));
    }

    void attachUploadsNothingFromATruncatedPackage()
    {
        const QString path = cut(u"attach"_s, m_deb.size() / 2);
        QVERIFY(!path.isEmpty());
        const QString zip = m_dir.filePath(name + u".zip"_s);
        QVERIFY(ra::test::writeArtifactZip(zip, {path}));
        QFile zipFile(zip);
        QVERIFY(zipFile.open(QIODevice::ReadOnly));

        ra::test::GitHubTwin twin;
        QVERIFY(twin.start());
        twin.state().token = token;
        const qint64 releaseId = twin.addRelease(tag, true);
        const qint64 runId = twin.addRun(u".github/workflows/build-deb-package-and-integration-tests.yml"_s,
                                         u"Build Packages and tests on Droplets"_s, commit, u"success"_s);
        twin.addArtifact(runId, name, zipFile.readAll());
        QTemporaryDir work;
        QVERIFY(work.isValid());
        const ra::test::CliRun run = ra::test::runCliServing(
            {u"--json"_s, u"packages"_s, u"attach"_s, u"--release"_s, tag, u"--repo"_s, u"aleph-im/aleph-vm"_s,
             u"--api-url"_s, twin.api().url().toString(), u"--uploads-url"_s, twin.uploads().url().toString(),
             u"--commit"_s, commit, u"--work-dir"_s, work.filePath(u"work"_s), u"--journal"_s,
             work.filePath(u"journal.sqlite"_s), u"--asset"_s, name},
            m_environment);
        QCOMPARE(run.exitCode, 1);
        const QJsonObject result = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QVERIFY2(!result.value(u"ok"_s).toBool(true), qPrintable(run.out));
        const QJsonArray packages = result.value(u"packages"_s).toArray();
        QCOMPARE(packages.size(), 1);
        QCOMPARE(packages.at(0)[u"state"_s].toString(), u"error"_s);
        const QString error = packages.at(0)[u"error"_s].toString();
        QVERIFY2(error.contains(u"data.tar.xz is cut short"_s), qPrintable(run.out));
        QVERIFY2(error.contains(u"the file is truncated: download it again"_s), qPrintable(run.out));
        QCOMPARE(twin.uploads().requests().size(), 0);
        QVERIFY(twin.state().release(releaseId)->assets.isEmpty());
        QVERIFY(!run.err.contains(token) && !run.out.contains(token));
    }
};

QTEST_GUILESS_MAIN(TestPackagesInspectCli)
#include "tst_packagesinspectcli.moc"
