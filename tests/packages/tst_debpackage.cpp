// SPDX-License-Identifier: GPL-3.0-or-later
#include "debbuilder.h"
#include "packages/artifactzip.h"
#include "packages/debpackage.h"
#include "packages/filehasher.h"

#include <KZip>

#include <QCryptographicHash>
#include <QFile>
#include <QFutureWatcher>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ra::packages::ArtifactZip;
using ra::packages::DebPackage;
using ra::packages::FileHasher;

namespace {

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace

class TestDebPackage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void inspectsEachCompression_data()
    {
        QTest::addColumn<QString>("compression");
        QTest::addColumn<QString>("member");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("architecture");

        QTest::newRow("xz") << u"xz"_s << u"control.tar.xz"_s << u"1.15.0"_s << u"all"_s;
        QTest::newRow("zstd") << u"zstd"_s << u"control.tar.zst"_s << u"1.0.0-rc1"_s << u"amd64"_s;
        QTest::newRow("gzip") << u"gzip"_s << u"control.tar.gz"_s << u"2.1.1"_s << u"arm64"_s;
        QTest::newRow("none") << u"none"_s << u"control.tar"_s << u"0.2.5"_s << u"all"_s;
    }
    void inspectsEachCompression()
    {
        QFETCH(QString, compression);
        QFETCH(QString, member);
        QFETCH(QString, version);
        QFETCH(QString, architecture);
        QString error;
        ra::test::DebSpec spec;
        spec.compression = compression;
        spec.version = version;
        spec.architecture = architecture;
        const QString deb = ra::test::buildDeb(m_dir.path(), u"pkg-%1.deb"_s.arg(compression), spec, &error);
        QVERIFY2(!deb.isEmpty(), qPrintable(error));

        const auto package = DebPackage::inspect(deb, &error);
        QVERIFY2(package, qPrintable(error));
        QCOMPARE(package->package(), u"aleph-vm"_s);
        QCOMPARE(package->version(), version);
        QCOMPARE(package->architecture(), architecture);
        QCOMPARE(package->controlMember(), member);
        QCOMPARE(package->size(), QFileInfo(deb).size());
        QVERIFY(package->control().value(u"Description"_s).contains(u"\n.\nSecond paragraph."_s));
    }

    void corruptPackagesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");

        const QByteArray deb = validDeb(u"xz"_s);
        QTest::newRow("empty") << QByteArray() << u"not a Debian package"_s;
        QTest::newRow("text") << QByteArray("hello, I am not a package\n") << u"not a Debian package"_s;
        QTest::newRow("ar magic only") << QByteArray("!<arch>\n") << u"not a Debian package"_s;
        QTest::newRow("truncated in header") << deb.left(80) << u"pkg.deb: "_s;
        QTest::newRow("truncated in control") << deb.left(200) << u"pkg.deb: "_s;
        QByteArray flipped = deb;
        // Corrupt the xz stream of control.tar.xz (it starts after three ar headers and debian-binary).
        for (int i = 180; i < 220 && i < flipped.size(); ++i) {
            flipped[i] = char(flipped[i] ^ 0x5a);
        }
        QTest::newRow("corrupt control stream") << flipped << u"pkg.deb: "_s;
    }
    void corruptPackagesAreRefused()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString path = m_dir.filePath(u"bad/pkg.deb"_s);
        QVERIFY(QDir().mkpath(m_dir.filePath(u"bad"_s)));
        QVERIFY(writeFile(path, content));
        QString error;
        QVERIFY(!DebPackage::inspect(path, &error));
        QVERIFY2(error.startsWith(u"pkg.deb: "_s), qPrintable(error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(error.size() > 30, qPrintable(error));
    }

    void missingFileIsReported()
    {
        QString error;
        QVERIFY(!DebPackage::inspect(m_dir.filePath(u"nope.deb"_s), &error));
        QVERIFY2(error.contains(u"no such file"_s), qPrintable(error));
    }

    void extractsArtifactZip()
    {
        QString error;
        ra::test::DebSpec spec;
        spec.payloadSize = 300 * 1024;
        const QString deb = ra::test::buildDeb(m_dir.path(), u"aleph-vm.debian-12.deb"_s, spec, &error);
        QVERIFY2(!deb.isEmpty(), qPrintable(error));
        const QString zip = m_dir.filePath(u"aleph-vm.debian-12.deb.zip"_s);
        QVERIFY(ra::test::writeArtifactZip(zip, {deb}));

        qint64 lastDone = 0;
        qint64 lastTotal = -1;
        const auto files =
            ArtifactZip::extractDebs(zip, m_dir.filePath(u"out"_s), &error, [&](qint64 done, qint64 total) {
                QVERIFY(done >= lastDone);
                lastDone = done;
                lastTotal = total;
            });
        QVERIFY2(files, qPrintable(error));
        QCOMPARE(files->size(), 1);
        QCOMPARE(QFileInfo(files->first()).fileName(), u"aleph-vm.debian-12.deb"_s);
        QCOMPARE(sha256Of(files->first()), sha256Of(deb));
        QCOMPARE(lastDone, QFileInfo(deb).size());
        QCOMPARE(lastTotal, lastDone);
        QVERIFY(!QFile::exists(files->first() + u".part"_s));
    }

    void zipEntriesCannotEscape()
    {
        const QString zipPath = m_dir.filePath(u"evil.zip"_s);
        {
            KZip zip(zipPath);
            QVERIFY(zip.open(QIODevice::WriteOnly));
            QVERIFY(zip.writeFile(u"sub/../../evil.deb"_s, validDeb(u"gzip"_s)));
            QVERIFY(zip.close());
        }
        QString error;
        const auto files = ArtifactZip::extractDebs(zipPath, m_dir.filePath(u"safe"_s), &error);
        QVERIFY2(files, qPrintable(error));
        QCOMPARE(files->size(), 1);
        QVERIFY(files->first().startsWith(m_dir.filePath(u"safe/"_s)));
        QVERIFY(!QFile::exists(m_dir.filePath(u"evil.deb"_s)));
    }

    void badZipsAreReported_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not a zip") << u"text"_s << u"not a readable zip archive"_s;
        QTest::newRow("truncated") << u"truncated"_s << u"art.zip: "_s;
        QTest::newRow("no deb") << u"nodeb"_s << u"holds no .deb file"_s;
    }
    void badZipsAreReported()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        const QString zipPath = m_dir.filePath(u"art.zip"_s);
        QFile::remove(zipPath);
        if (kind == u"text") {
            QVERIFY(writeFile(zipPath, "just text"));
        } else {
            KZip zip(zipPath);
            QVERIFY(zip.open(QIODevice::WriteOnly));
            QByteArray random(200 * 1024, Qt::Uninitialized);
            for (qsizetype i = 0; i < random.size(); ++i) {
                random[i] = char((i * 7919) % 251);
            }
            QVERIFY(zip.writeFile(kind == u"nodeb" ? u"readme.txt"_s : u"aleph-vm.debian-12.deb"_s, random));
            QVERIFY(zip.close());
            if (kind == u"truncated") {
                QFile file(zipPath);
                QVERIFY(file.resize(file.size() / 2));
            }
        }
        QString error;
        QVERIFY(!ArtifactZip::extractDebs(zipPath, m_dir.filePath(u"bad-out"_s), &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void hashesOffThread()
    {
        QString error;
        ra::test::DebSpec spec;
        spec.payloadSize = 3 * 1024 * 1024;
        spec.compression = u"none"_s;
        const QString deb = ra::test::buildDeb(m_dir.path(), u"big.deb"_s, spec, &error);
        QVERIFY2(!deb.isEmpty(), qPrintable(error));

        const auto sync = FileHasher::hash(deb);
        QVERIFY2(sync.ok(), qPrintable(sync.error));
        QProcess sha;
        sha.start(u"sha256sum"_s, {deb});
        QVERIFY(sha.waitForFinished());
        QCOMPARE(sync.sha256, sha.readAllStandardOutput().left(64));
        QCOMPARE(sync.size, QFileInfo(deb).size());

        QFutureWatcher<ra::packages::FileDigest> watcher;
        QSignalSpy progress(&watcher, &QFutureWatcherBase::progressValueChanged);
        QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
        watcher.setFuture(FileHasher::hashAsync(deb));
        QVERIFY(finished.wait(30000));
        QCOMPARE(watcher.result().sha256, sync.sha256);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(watcher.progressValue(), 1000);
    }

    void hashingCanBeCancelled()
    {
        std::atomic_bool cancel = true;
        const auto digest = FileHasher::hash(QCoreApplication::applicationFilePath(), {}, &cancel);
        QVERIFY(!digest.ok());
        QCOMPARE(digest.error, u"cancelled"_s);
        const auto missing = FileHasher::hash(m_dir.filePath(u"missing"_s));
        QVERIFY(missing.error.contains(u"cannot read"_s));
    }

private:
    QByteArray validDeb(const QString &compression)
    {
        ra::test::DebSpec spec;
        spec.compression = compression;
        QString error;
        const QString path = ra::test::buildDeb(m_dir.path(), u"valid-%1.deb"_s.arg(compression), spec, &error);
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestDebPackage)
#include "tst_debpackage.moc"
