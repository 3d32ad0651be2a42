// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace ra::test {

/// What buildDeb() packs.
struct DebSpec {
    QString package = QStringLiteral("aleph-vm");
    QString version = QStringLiteral("1.15.0");
    QString architecture = QStringLiteral("all");
    /// dpkg-deb -Z value: "xz", "zstd", "gzip" or "none".
    QString compression = QStringLiteral("xz");
    /// Size of a pseudo-random payload file, so that packages differ in content and size.
    qint64 payloadSize = 4096;
    quint32 seed = 1;
};

/// Builds a real .deb with dpkg-deb in \a workDir and returns its path, or an empty string with the reason
/// in \a error (dpkg-deb missing, build failure).
[[nodiscard]] QString buildDeb(const QString &workDir, const QString &fileName, const DebSpec &spec,
                               QString *error = nullptr);

/// One member of an ar archive, for tests that take a .deb apart and put it back together wrongly.
struct ArMember {
    QByteArray name;
    QByteArray data;
};

/// The members of the well-formed ar archive \a archive (a .deb dpkg-deb built), in order; empty if it is not one.
[[nodiscard]] QList<ArMember> splitAr(const QByteArray &archive);

/// An ar archive of \a members as dpkg-deb writes it: signature, a 60-byte header per member, data padded
/// to an even size with "\n".
[[nodiscard]] QByteArray joinAr(const QList<ArMember> &members);

/// Writes a zip at \a zipPath holding \a files (stored under their file names), as a CI artifact.
[[nodiscard]] bool writeArtifactZip(const QString &zipPath, const QStringList &files);

} // namespace ra::test
