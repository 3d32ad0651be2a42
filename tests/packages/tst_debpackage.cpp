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

    void truncatedPackagesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");

        const QByteArray deb = validDeb(u"xz"_s);
        const QList<ra::test::ArMember> members = ra::test::splitAr(deb);
        QCOMPARE(members.size(), 3);
        const auto paddedSize = [](const QByteArray &data) {
            return data.size() + data.size() % 2;
        };
        const qsizetype dataHeader = 8 + 60 + paddedSize(members.at(0).data) + 60 + paddedSize(members.at(1).data);
        const QByteArray half = deb.left(deb.size() / 2);
        QVERIFY2(half.size() > dataHeader + 60, "the test package is too small to cut inside its data member");
        QTest::newRow("cut in half")
            << half
            << u"data.tar.xz is cut short: its ar header declares %1 bytes, only %2 are present; the file is "
               "truncated: download it again"_s.arg(members.at(2).data.size())
                   .arg(half.size() - dataHeader - 60);
        QTest::newRow("cut after control.tar")
            << deb.left(dataHeader)
            << u"the package has no data.tar member (members: debian-binary, control.tar.xz); the file is "
               "truncated: download it again"_s;
        QTest::newRow("cut in control.tar")
            << deb.left(8 + 60 + paddedSize(members.at(0).data) + 60 + 10)
            << u"control.tar.xz is cut short: its ar header declares %1 bytes, only 10 are present; the file is "
               "truncated: download it again"_s.arg(members.at(1).data.size());
        QTest::newRow("cut in a member header")
            << deb.left(dataHeader + 20)
            << u"the header of member 3 (after control.tar.xz) is cut short: 20 of its 60 bytes are present; the "
               "file is truncated: download it again"_s;
        QTest::newRow("cut in the ar signature") << QByteArray("!<ar") << u"the file is truncated: download it again"_s;
        QTest::newRow("signature only") << QByteArray("!<arch>\n")
                                        << u"the ar archive holds no member; the file is truncated"_s;
        QList<ra::test::ArMember> odd = members;
        if (odd[2].data.size() % 2 == 0) {
            odd[2].data.append('\0');
        }
        QTest::newRow("odd member without its padding byte")
            << ra::test::joinAr(odd).chopped(1)
            << u"data.tar.xz has an odd size (%1 bytes) and the padding byte that follows it is missing; the file "
               "is truncated: download it again"_s.arg(odd[2].data.size());
    }
    void truncatedPackagesAreRefused()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString path = m_dir.filePath(u"cut/pkg.deb"_s);
        QVERIFY(QDir().mkpath(m_dir.filePath(u"cut"_s)));
        QVERIFY(writeFile(path, content));
        QString error;
        QVERIFY2(!DebPackage::inspect(path, &error), "a truncated package was accepted");
        QVERIFY2(error.startsWith(u"pkg.deb: "_s), qPrintable(error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void damagedArchivesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");

        const QByteArray deb = validDeb(u"xz"_s);
        const QList<ra::test::ArMember> members = ra::test::splitAr(deb);
        QCOMPARE(members.size(), 3);
        const qsizetype controlHeader = 8 + 60 + members.at(0).data.size() + members.at(0).data.size() % 2;

        QTest::newRow("wrong ar signature")
            << QByteArray("!<arch>X" + deb.mid(8)) << u"not a Debian package (it does not start with"_s;
        QByteArray magic = deb;
        magic[controlHeader + 58] = 'x';
        QTest::newRow("member header magic")
            << magic << u"member 2 at byte %1 (after debian-binary) has no ar header"_s.arg(controlHeader);
        QByteArray size = deb;
        size.replace(controlHeader + 48, 10, "12a4      ");
        QTest::newRow("size not a number") << size
                                           << u"member 2 (control.tar.xz, at byte %1) has the size \"12a4\", "
                                              "which is not a number"_s.arg(controlHeader);
        QByteArray blankSize = deb;
        blankSize.replace(controlHeader + 48, 10, "          ");
        QTest::newRow("size blank") << blankSize << u"has the size \"\", which is not a number"_s;
        QByteArray name = deb;
        name.replace(controlHeader, 16, QByteArray(16, ' '));
        QTest::newRow("name blank") << name << u"member 2 at byte %1 has no name"_s.arg(controlHeader);
        QTest::newRow("debian-binary not first")
            << ra::test::joinAr({members.at(1), members.at(0), members.at(2)})
            << u"not a Debian package (its first member is control.tar.xz, not debian-binary)"_s;
    }
    void damagedArchivesAreRefused()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString path = m_dir.filePath(u"damaged/pkg.deb"_s);
        QVERIFY(QDir().mkpath(m_dir.filePath(u"damaged"_s)));
        QVERIFY(writeFile(path, content));
        QString error;
        QVERIFY2(!DebPackage::inspect(path, &error), "a damaged package was accepted");
        QVERIFY2(error.startsWith(u"pkg.deb: "_s), qPrintable(error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(error.contains(u"download it again"_s) || error.contains(u"complete .deb"_s), qPrintable(error));
    }

    void unreadableControlArchivesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");

        // Whole ar members whose control archive is broken inside: the ar headers agree with the data.
        QList<ra::test::ArMember> xz = ra::test::splitAr(validDeb(u"xz"_s));
        QCOMPARE(xz.size(), 3);
        xz[1].data.truncate(xz[1].data.size() / 2);
        // xz does not report a stream that ends early: the tar it gives is short.
        QTest::newRow("xz stream cut") << ra::test::joinAr(xz)
                                       << u"control.tar.xz unpacks to an archive cut short: its file control has"_s;

        QList<ra::test::ArMember> tar = ra::test::splitAr(validDeb(u"none"_s));
        QCOMPARE(tar.size(), 3);
        // Cut after the fields an upload is checked against, so that what is left still parses.
        const qsizetype maintainer = tar[1].data.indexOf("Maintainer:");
        QVERIFY(maintainer > 0);
        tar[1].data.truncate(maintainer);
        QTest::newRow("tar cut in the control file")
            << ra::test::joinAr(tar) << u"control.tar unpacks to an archive cut short: its file control has"_s;

        QList<ra::test::ArMember> notTar = ra::test::splitAr(validDeb(u"none"_s));
        notTar[1].data = QByteArray(2048, 'x');
        QTest::newRow("not a tar") << ra::test::joinAr(notTar) << u"control.tar "_s;
    }
    void unreadableControlArchivesAreRefused()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString path = m_dir.filePath(u"unreadable/pkg.deb"_s);
        QVERIFY(QDir().mkpath(m_dir.filePath(u"unreadable"_s)));
        QVERIFY(writeFile(path, content));
        QString error;
        QVERIFY2(!DebPackage::inspect(path, &error), "a package with an unreadable control archive was accepted");
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(error.contains(u"download it again"_s), qPrintable(error));
    }

    void oddMembersWithTheirPaddingAreAccepted()
    {
        // The checks above must not refuse a whole package whose members have odd sizes.
        QList<ra::test::ArMember> members = ra::test::splitAr(validDeb(u"gzip"_s));
        QCOMPARE(members.size(), 3);
        if (members[2].data.size() % 2 == 0) {
            members[2].data.append('\0');
        }
        members.append(ra::test::ArMember{"_extra", "x"});
        const QString path = m_dir.filePath(u"odd.deb"_s);
        QVERIFY(writeFile(path, ra::test::joinAr(members)));
        QString error;
        const auto package = DebPackage::inspect(path, &error);
        QVERIFY2(package, qPrintable(error));
        QCOMPARE(package->version(), u"1.15.0"_s);
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
