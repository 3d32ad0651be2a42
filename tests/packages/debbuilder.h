// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

/// Writes a zip at \a zipPath holding \a files (stored under their file names), as a CI artifact.
[[nodiscard]] bool writeArtifactZip(const QString &zipPath, const QStringList &files);

} // namespace ra::test
