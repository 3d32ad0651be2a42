// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/demopackages.h"

#include <KCompressionDevice>
#include <KTar>
#include <KZip>

#include <QBuffer>
#include <QDateTime>
#include <QTimeZone>

#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace ra::sandbox {

namespace {

/// One file of a tar member, with its path inside the archive.
struct TarEntry {
    QString path;
    QByteArray data;
};

/// Every file of a package dates from the same instant, so that the same spec always gives the same bytes.
QDateTime buildTime()
{
    return QDateTime(QDate(2026, 11, 20), QTime(10, 0), QTimeZone::UTC);
}

/// A gzip-compressed tar of \a entries (their folders first, as dpkg-deb writes them).
QByteArray tarGz(const QList<TarEntry> &entries, const QStringList &folders, QString *error)
{
    QByteArray compressed;
    {
        auto buffer = std::make_unique<QBuffer>(&compressed);
        KCompressionDevice device(buffer.release(), true, KCompressionDevice::GZip);
        KTar tar(&device);
        if (!tar.open(QIODevice::WriteOnly)) {
            *error = u"cannot write a tar archive: %1"_s.arg(tar.errorString());
            return {};
        }
        const QDateTime time = buildTime();
        for (const QString &folder : folders) {
            tar.writeDir(folder, u"root"_s, u"root"_s, 040755, time, time, time);
        }
        for (const TarEntry &entry : entries) {
            if (!tar.writeFile(entry.path, entry.data, 0100644, u"root"_s, u"root"_s, time, time, time)) {
                *error = u"cannot add %1 to a tar archive: %2"_s.arg(entry.path, tar.errorString());
                return {};
            }
        }
        if (!tar.close()) {
            *error = u"cannot finish a tar archive: %1"_s.arg(tar.errorString());
            return {};
        }
    }
    return compressed;
}

/// An ar archive member as dpkg-deb writes it: a 60-byte header, the data padded to an even size with "\n".
QByteArray arMember(const QByteArray &name, const QByteArray &data)
{
    const QByteArray mtime = QByteArray::number(buildTime().toSecsSinceEpoch());
    QByteArray member = name.leftJustified(16, ' ', true) + mtime.leftJustified(12, ' ', true) +
                        QByteArray("0").leftJustified(6) + QByteArray("0").leftJustified(6) +
                        QByteArray("100644").leftJustified(8) + QByteArray::number(data.size()).leftJustified(10) +
                        "`\n" + data;
    if (data.size() % 2 != 0) {
        member += '\n';
    }
    return member;
}

} // namespace

QByteArray buildDemoDeb(const DemoDebSpec &spec, QString *error)
{
    const QByteArray control =
        u"Package: %1\nVersion: %2\nArchitecture: all\nMaintainer: Demo Maintainer "
        "<maintainer@sample-project.invalid>\nSection: utils\nPriority: optional\n"
        "Description: Sample project of the Release Assistant demo (%3)\n"
        " A small package built by the demo, so that the packages step has real .deb files\n"
        " to inspect, check against the tag and attach.\n"_s.arg(spec.package, spec.version, spec.distribution)
            .toUtf8();
    const QString docFolder = u"./usr/share/doc/%1/"_s.arg(spec.package);
    const QByteArray readme =
        u"%1 %2 for %3, built by the Release Assistant demo.\n"_s.arg(spec.package, spec.version, spec.distribution)
            .toUtf8();

    const QByteArray controlTar = tarGz({{u"./control"_s, control}}, {u"./"_s}, error);
    if (controlTar.isEmpty()) {
        return {};
    }
    const QByteArray dataTar =
        tarGz({{docFolder + u"README"_s, readme}},
              {u"./"_s, u"./usr/"_s, u"./usr/share/"_s, u"./usr/share/doc/"_s, docFolder}, error);
    if (dataTar.isEmpty()) {
        return {};
    }
    return "!<arch>\n" + arMember("debian-binary", "2.0\n") + arMember("control.tar.gz", controlTar) +
           arMember("data.tar.gz", dataTar);
}

QByteArray zipArtifact(const QString &fileName, const QByteArray &content, QString *error)
{
    QByteArray zipped;
    QBuffer buffer(&zipped);
    KZip zip(&buffer);
    if (!zip.open(QIODevice::WriteOnly)) {
        *error = u"cannot write a zip archive: %1"_s.arg(zip.errorString());
        return {};
    }
    const QDateTime time = buildTime();
    if (!zip.writeFile(fileName, content, 0100644, u"root"_s, u"root"_s, time, time, time) || !zip.close()) {
        *error = u"cannot add %1 to a zip archive: %2"_s.arg(fileName, zip.errorString());
        return {};
    }
    return zipped;
}

} // namespace ra::sandbox
