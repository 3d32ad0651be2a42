// SPDX-License-Identifier: GPL-3.0-or-later
#include "packages/debpackage.h"

#include <KAr>
#include <KArchiveDirectory>
#include <KArchiveFile>
#include <KCompressionDevice>
#include <KTar>

#include <QBuffer>
#include <QFileDevice>
#include <QFileInfo>

#include <memory>

using namespace Qt::StringLiterals;

namespace ra::packages {

namespace {

/// A control archive holds a few small files; anything bigger is not a package we should trust.
constexpr qint64 MaxControlSize = 64 * 1024 * 1024;

std::optional<KCompressionDevice::CompressionType> compressionFor(const QString &member)
{
    if (member == u"control.tar") {
        return KCompressionDevice::None;
    }
    if (member == u"control.tar.gz") {
        return KCompressionDevice::GZip;
    }
    if (member == u"control.tar.xz") {
        return KCompressionDevice::Xz;
    }
    if (member == u"control.tar.zst") {
        return KCompressionDevice::Zstd;
    }
    return std::nullopt;
}

std::optional<QByteArray> decompress(const QByteArray &compressed, KCompressionDevice::CompressionType type,
                                     QString *error)
{
    if (type == KCompressionDevice::None) {
        return compressed;
    }
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(compressed);
    KCompressionDevice device(buffer.release(), true, type);
    if (!device.open(QIODevice::ReadOnly)) {
        *error = device.errorString();
        return std::nullopt;
    }
    QByteArray out;
    char chunk[64 * 1024];
    for (;;) {
        const qint64 n = device.read(chunk, sizeof chunk);
        if (n < 0) {
            *error = device.errorString().isEmpty() ? u"corrupt compressed data"_s : device.errorString();
            return std::nullopt;
        }
        if (n == 0) {
            break;
        }
        out.append(chunk, n);
        if (out.size() > MaxControlSize) {
            *error = u"the control archive unpacks to more than 64 MiB"_s;
            return std::nullopt;
        }
    }
    if (device.error() != QFileDevice::NoError) {
        *error = u"corrupt or truncated compressed data"_s;
        return std::nullopt;
    }
    return out;
}

const KArchiveFile *findControl(const KArchiveDirectory *root)
{
    // dpkg-deb stores "./control"; other tools store "control".
    if (const KArchiveFile *file = root->file(u"control"_s)) {
        return file;
    }
    if (const auto *dot = dynamic_cast<const KArchiveDirectory *>(root->entry(u"."_s))) {
        return dot->file(u"control"_s);
    }
    return nullptr;
}

} // namespace

std::optional<DebPackage> DebPackage::inspect(const QString &path, QString *error)
{
    const QString name = QFileInfo(path).fileName();
    const auto fail = [&](const QString &why) -> std::optional<DebPackage> {
        if (error) {
            *error = u"%1: %2"_s.arg(name, why);
        }
        return std::nullopt;
    };
    const QFileInfo info(path);
    if (!info.isFile()) {
        return fail(u"no such file (%1)"_s.arg(path));
    }
    KAr ar(path);
    if (!ar.open(QIODevice::ReadOnly)) {
        return fail(
            u"not a Debian package (it is not an ar archive: %1). Check that the file is a complete .deb."_s.arg(
                ar.errorString()));
    }
    const KArchiveDirectory *root = ar.directory();
    const QStringList members = root->entries();
    const auto *debianBinary = root->file(u"debian-binary"_s);
    if (!debianBinary) {
        return fail(u"not a Debian package (no debian-binary member). Check that the file is a complete .deb."_s);
    }
    if (!debianBinary->data().startsWith("2.")) {
        return fail(u"unsupported package format \"%1\" (expected 2.x)"_s.arg(
            QString::fromLatin1(debianBinary->data().trimmed().left(20))));
    }
    QString controlMember;
    for (const QString &member : members) {
        if (member.startsWith(u"control.tar")) {
            controlMember = member;
        }
    }
    if (controlMember.isEmpty()) {
        return fail(u"the package has no control.tar member (members: %1). The file may be truncated."_s.arg(
            members.join(u", ")));
    }
    const auto type = compressionFor(controlMember);
    if (!type) {
        return fail(u"unsupported control member %1 (expected control.tar, .gz, .xz or .zst)"_s.arg(controlMember));
    }
    const auto *member = root->file(controlMember);
    if (!member || member->size() > MaxControlSize) {
        return fail(u"%1 is missing or larger than 64 MiB"_s.arg(controlMember));
    }
    const QByteArray compressed = member->data();
    if (compressed.size() != member->size()) {
        return fail(u"%1 is truncated (%2 of %3 bytes). Download the package again."_s.arg(controlMember)
                        .arg(compressed.size())
                        .arg(member->size()));
    }
    QString why;
    const auto tarData = decompress(compressed, *type, &why);
    if (!tarData) {
        return fail(u"cannot unpack %1: %2. The file may be corrupted; download it again."_s.arg(controlMember, why));
    }
    QBuffer tarBuffer;
    tarBuffer.setData(*tarData);
    KTar tar(&tarBuffer);
    if (!tar.open(QIODevice::ReadOnly)) {
        return fail(u"%1 is not a valid tar archive (%2)"_s.arg(controlMember, tar.errorString()));
    }
    const KArchiveFile *controlFile = findControl(tar.directory());
    if (!controlFile) {
        return fail(u"%1 holds no control file"_s.arg(controlMember));
    }
    auto control = ControlFile::parse(controlFile->data(), &why);
    if (!control) {
        return fail(u"invalid control file: %1"_s.arg(why));
    }
    DebPackage package;
    package.m_path = path;
    package.m_size = info.size();
    package.m_control = std::move(*control);
    package.m_controlMember = controlMember;
    return package;
}

QString DebPackage::path() const
{
    return m_path;
}

qint64 DebPackage::size() const
{
    return m_size;
}

QString DebPackage::package() const
{
    return m_control.package();
}

QString DebPackage::version() const
{
    return m_control.version();
}

QString DebPackage::architecture() const
{
    return m_control.architecture();
}

const ControlFile &DebPackage::control() const
{
    return m_control;
}

QString DebPackage::controlMember() const
{
    return m_controlMember;
}

} // namespace ra::packages
