// SPDX-License-Identifier: GPL-3.0-or-later
#include "debbuilder.h"

#include <KZip>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace ra::test {

QString buildDeb(const QString &workDir, const QString &fileName, const DebSpec &spec, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error) {
            *error = why;
        }
        return QString();
    };
    const QString root = QDir(workDir).filePath(fileName + u".root"_s);
    QDir(root).removeRecursively();
    if (!QDir().mkpath(root + u"/DEBIAN"_s) || !QDir().mkpath(root + u"/opt/aleph-vm"_s)) {
        return fail(u"cannot create %1"_s.arg(root));
    }
    QFile control(root + u"/DEBIAN/control"_s);
    if (!control.open(QIODevice::WriteOnly)) {
        return fail(control.errorString());
    }
    control.write(u"Package: %1\nVersion: %2\nArchitecture: %3\nMaintainer: Aleph.im <hello@aleph.im>\n"
                  "Depends: python3 (>= 3.10)\nDescription: Aleph.im VM execution engine\n"
                  " A test package built by the Release Assistant tests.\n .\n Second paragraph.\n"_s
                      .arg(spec.package, spec.version, spec.architecture)
                      .toUtf8());
    control.close();
    QFile payload(root + u"/opt/aleph-vm/payload.bin"_s);
    if (!payload.open(QIODevice::WriteOnly)) {
        return fail(payload.errorString());
    }
    QRandomGenerator random(spec.seed);
    QByteArray bytes(spec.payloadSize, Qt::Uninitialized);
    for (char &c : bytes) {
        c = char(random.bounded(256));
    }
    payload.write(bytes);
    payload.close();
    const QString output = QDir(workDir).filePath(fileName);
    QProcess dpkg;
    dpkg.start(u"dpkg-deb"_s, {u"--root-owner-group"_s, u"-Z%1"_s.arg(spec.compression), u"--build"_s, root, output});
    if (!dpkg.waitForFinished(60000) || dpkg.exitStatus() != QProcess::NormalExit || dpkg.exitCode() != 0) {
        return fail(
            u"dpkg-deb failed: %1 %2"_s.arg(dpkg.errorString(), QString::fromLocal8Bit(dpkg.readAllStandardError())));
    }
    QDir(root).removeRecursively();
    return output;
}

QList<ArMember> splitAr(const QByteArray &archive)
{
    constexpr qsizetype headerSize = 60;
    if (!archive.startsWith("!<arch>\n")) {
        return {};
    }
    QList<ArMember> members;
    qsizetype pos = 8;
    while (pos + headerSize <= archive.size()) {
        const QByteArray header = archive.mid(pos, headerSize);
        bool ok = false;
        const qsizetype size = header.mid(48, 10).trimmed().toLongLong(&ok);
        if (!ok || pos + headerSize + size > archive.size()) {
            return {};
        }
        QByteArray name = header.left(16).trimmed();
        if (name.endsWith('/')) {
            name.chop(1);
        }
        members.append({name, archive.mid(pos + headerSize, size)});
        pos += headerSize + size + size % 2;
    }
    return members;
}

QByteArray joinAr(const QList<ArMember> &members)
{
    QByteArray archive("!<arch>\n");
    for (const ArMember &member : members) {
        // name[16] date[12] uid[6] gid[6] mode[8] size[10] "`\n"
        archive += member.name.leftJustified(16, ' ', true) + QByteArray("0").leftJustified(12) +
                   QByteArray("0").leftJustified(6) + QByteArray("0").leftJustified(6) +
                   QByteArray("100644").leftJustified(8) + QByteArray::number(member.data.size()).leftJustified(10) +
                   "`\n" + member.data;
        if (member.data.size() % 2 != 0) {
            archive += '\n';
        }
    }
    return archive;
}

bool writeArtifactZip(const QString &zipPath, const QStringList &files)
{
    KZip zip(zipPath);
    if (!zip.open(QIODevice::WriteOnly)) {
        return false;
    }
    for (const QString &file : files) {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly)) {
            return false;
        }
        if (!zip.writeFile(QFileInfo(file).fileName(), in.readAll())) {
            return false;
        }
    }
    return zip.close();
}

} // namespace ra::test
