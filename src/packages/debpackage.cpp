// SPDX-License-Identifier: GPL-3.0-or-later
#include "packages/debpackage.h"

#include <KArchiveDirectory>
#include <KArchiveFile>
#include <KCompressionDevice>
#include <KTar>

#include <QBuffer>
#include <QByteArrayView>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
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

struct ArMember {
    QString name;
    qint64 offset = 0; ///< of the member's data in the file
    qint64 size = 0;
};

constexpr QByteArrayView ArSignature("!<arch>\n");
constexpr qint64 ArHeaderSize = 60;
constexpr char TruncatedAdvice[] = "the file is truncated: download it again";
constexpr char DamagedAdvice[] = "the file is damaged: download it again";

/// \a bytes for a message: printable ASCII kept, anything else shown as '?'.
QString printable(QByteArrayView bytes)
{
    QString text;
    for (const char c : bytes) {
        text += c >= 0x20 && c < 0x7f ? QChar::fromLatin1(c) : u'?';
    }
    return text;
}

/// The size field of an ar header: decimal digits padded with spaces. Ten digits always fit a qint64.
std::optional<qint64> arSize(QByteArrayView field)
{
    qsizetype digits = 0;
    while (digits < field.size() && field.at(digits) >= '0' && field.at(digits) <= '9') {
        ++digits;
    }
    const bool padded = std::all_of(field.begin() + digits, field.end(), [](char c) { return c == ' '; });
    if (digits == 0 || !padded) {
        return std::nullopt;
    }
    return field.first(digits).toLongLong();
}

/// The member headers of the ar archive in \a file, checked as dpkg checks them: the signature, each header's
/// magic, name and decimal size, every member as long as its header says and padded to an even size.
/// A download cut short fails here, however far into the file the cut is.
std::optional<QList<ArMember>> readArMembers(QFile &file, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<QList<ArMember>> {
        *error = why;
        return std::nullopt;
    };
    const QString truncated = QString::fromLatin1(TruncatedAdvice);
    const QString damaged = QString::fromLatin1(DamagedAdvice);
    const qint64 fileSize = file.size();
    const QByteArray signature = file.read(ArSignature.size());
    if (signature.size() != ArSignature.size() || !signature.startsWith(ArSignature)) {
        if (!signature.isEmpty() && signature.size() < ArSignature.size() && ArSignature.startsWith(signature)) {
            return fail(u"not a Debian package: it ends inside the ar signature after %1 bytes; %2"_s.arg(
                QString::number(signature.size()), truncated));
        }
        return fail(u"not a Debian package (it does not start with the ar signature \"!<arch>\"). Check that the "
                    u"file is a complete .deb."_s);
    }
    QList<ArMember> members;
    qint64 pos = ArSignature.size();
    while (pos < fileSize) {
        const qsizetype number = members.size() + 1;
        const QString after = members.isEmpty() ? u"the ar signature"_s : members.constLast().name;
        if (!file.seek(pos)) {
            return fail(u"cannot read it: %1"_s.arg(file.errorString()));
        }
        const QByteArray header = file.read(ArHeaderSize);
        if (header.size() < ArHeaderSize) {
            return fail(u"the header of member %1 (after %2) is cut short: %3 of its %4 bytes are present; %5"_s.arg(
                QString::number(number), after, QString::number(header.size()), QString::number(ArHeaderSize),
                truncated));
        }
        // name[16] date[12] uid[6] gid[6] mode[8] size[10] "`\n"
        if (!header.endsWith("`\n")) {
            return fail(u"member %1 at byte %2 (after %3) has no ar header (it does not end with \"`\\n\"); %4"_s.arg(
                QString::number(number), QString::number(pos), after, damaged));
        }
        QByteArrayView rawName = QByteArrayView(header).first(16).trimmed();
        if (rawName.size() > 1 && rawName.endsWith('/')) {
            rawName.chop(1); // GNU ar ends names with '/', dpkg-deb does not
        }
        if (rawName.isEmpty()) {
            return fail(
                u"member %1 at byte %2 has no name; %3"_s.arg(QString::number(number), QString::number(pos), damaged));
        }
        const QString memberName = printable(rawName);
        const QByteArrayView sizeField = QByteArrayView(header).sliced(48, 10);
        const auto size = arSize(sizeField);
        if (!size) {
            return fail(u"member %1 (%2, at byte %3) has the size \"%4\", which is not a number; %5"_s.arg(
                QString::number(number), memberName, QString::number(pos), printable(sizeField.trimmed()), damaged));
        }
        const qint64 offset = pos + ArHeaderSize;
        const qint64 present = fileSize - offset;
        if (present < *size) {
            return fail(u"%1 is cut short: its ar header declares %2 bytes, only %3 are present; %4"_s.arg(
                memberName, QString::number(*size), QString::number(present), truncated));
        }
        members.append({memberName, offset, *size});
        pos = offset + *size;
        if (*size % 2 != 0) {
            if (pos == fileSize) {
                return fail(u"%1 has an odd size (%2 bytes) and the padding byte that follows it is missing; %3"_s.arg(
                    memberName, QString::number(*size), truncated));
            }
            ++pos;
        }
    }
    if (members.isEmpty()) {
        return fail(u"not a Debian package: the ar archive holds no member; %1"_s.arg(truncated));
    }
    return members;
}

/// The first \a limit bytes of \a member's data (readArMembers() found it whole).
std::optional<QByteArray> readMember(QFile &file, const ArMember &member, qint64 limit, QString *error)
{
    const qint64 wanted = std::min(member.size, limit);
    QByteArray data;
    if (file.seek(member.offset)) {
        data = file.read(wanted);
    }
    if (data.size() != wanted) {
        *error = u"cannot read %1: %2"_s.arg(
            member.name, file.error() != QFileDevice::NoError ? file.errorString() : u"the file changed while read"_s);
        return std::nullopt;
    }
    return data;
}

/// The first file under \a root whose data runs past the end of the \a archiveSize bytes it was read from.
const KArchiveFile *cutShortFile(const KArchiveDirectory *root, qint64 archiveSize)
{
    QList<const KArchiveDirectory *> pending{root}; // a list, not recursion: the tar decides how deep it goes
    while (!pending.isEmpty()) {
        const KArchiveDirectory *directory = pending.takeLast();
        const QStringList names = directory->entries();
        for (const QString &name : names) {
            const KArchiveEntry *entry = directory->entry(name);
            if (const auto *file = dynamic_cast<const KArchiveFile *>(entry)) {
                if (file->position() + file->size() > archiveSize) {
                    return file;
                }
            } else if (const auto *subdirectory = dynamic_cast<const KArchiveDirectory *>(entry)) {
                pending.append(subdirectory);
            }
        }
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
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(u"cannot read it: %1"_s.arg(file.errorString()));
    }
    QString why;
    const auto members = readArMembers(file, &why);
    if (!members) {
        return fail(why);
    }
    QStringList names;
    for (const ArMember &member : *members) {
        names.append(member.name);
    }
    // deb(5): debian-binary, control.tar[.*] and data.tar[.*] in this order; members whose names start with
    // "_" may come in between, others after.
    if (names.constFirst() != u"debian-binary") {
        return fail(u"not a Debian package (its first member is %1, not debian-binary). Check that the file is a "
                    u"complete .deb."_s.arg(names.constFirst()));
    }
    const auto debianBinary = readMember(file, members->constFirst(), 64, &why);
    if (!debianBinary) {
        return fail(why);
    }
    if (!debianBinary->startsWith("2.")) {
        return fail(u"unsupported package format \"%1\" (expected 2.x)"_s.arg(
            QString::fromLatin1(debianBinary->trimmed().left(20))));
    }
    const auto control = std::find_if(members->cbegin(), members->cend(),
                                      [](const ArMember &member) { return member.name.startsWith(u"control.tar"); });
    if (control == members->cend()) {
        return fail(u"the package has no control.tar member (members: %1); %2"_s.arg(
            names.join(u", "),
            members->size() == 1 ? QString::fromLatin1(TruncatedAdvice) : u"check that the file is a complete .deb"_s));
    }
    const auto data = std::find_if(members->cbegin(), members->cend(),
                                   [](const ArMember &member) { return member.name.startsWith(u"data.tar"); });
    if (data == members->cend()) {
        // The members read so far are whole, so the file ends exactly where its data member should begin.
        return fail(u"the package has no data.tar member (members: %1); %2"_s.arg(
            names.join(u", "), QString::fromLatin1(TruncatedAdvice)));
    }
    if (data < control) {
        return fail(u"not a Debian package (%1 comes before %2). Check that the file is a complete .deb."_s.arg(
            data->name, control->name));
    }
    const QString controlMember = control->name;
    const auto type = compressionFor(controlMember);
    if (!type) {
        return fail(u"unsupported control member %1 (expected control.tar, .gz, .xz or .zst)"_s.arg(controlMember));
    }
    if (control->size > MaxControlSize) {
        return fail(u"%1 is larger than 64 MiB (%2 bytes); a control archive holds a few small files"_s.arg(
            controlMember, QString::number(control->size)));
    }
    const auto compressed = readMember(file, *control, MaxControlSize, &why);
    if (!compressed) {
        return fail(why);
    }
    // The ar member is whole; what is wrong inside it was wrong when the package was built or downloaded.
    const QString damaged = u"The package is damaged: download it again."_s;
    const auto tarData = decompress(*compressed, *type, &why);
    if (!tarData) {
        return fail(u"cannot unpack %1: %2. %3"_s.arg(controlMember, why, damaged));
    }
    QBuffer tarBuffer;
    tarBuffer.setData(*tarData);
    KTar tar(&tarBuffer);
    if (!tar.open(QIODevice::ReadOnly)) {
        return fail(u"%1 is not a valid tar archive (%2). %3"_s.arg(controlMember, tar.errorString(), damaged));
    }
    // A cut compressed stream unpacks without an error, to a tar whose last file is short; what is left of a cut
    // control file can still parse, with fields missing.
    if (const KArchiveFile *cut = cutShortFile(tar.directory(), tarData->size())) {
        return fail(u"%1 unpacks to an archive cut short: its file %2 has %3 of its %4 bytes. %5"_s.arg(
            controlMember, cut->name(), QString::number(std::max<qint64>(0, tarData->size() - cut->position())),
            QString::number(cut->size()), damaged));
    }
    const KArchiveFile *controlFile = findControl(tar.directory());
    if (!controlFile) {
        return fail(u"%1 holds no control file. %2"_s.arg(controlMember, damaged));
    }
    auto parsed = ControlFile::parse(controlFile->data(), &why);
    if (!parsed) {
        return fail(u"invalid control file: %1"_s.arg(why));
    }
    DebPackage package;
    package.m_path = path;
    package.m_size = info.size();
    package.m_control = std::move(*parsed);
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
