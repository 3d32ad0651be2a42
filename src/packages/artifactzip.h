// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace ra::packages {

/// A CI artifact as GitHub serves it: a zip holding the build's files (for aleph-vm, one .deb).
class ArtifactZip
{
public:
    /// Called with (bytes written, total bytes to write).
    using Progress = std::function<void(qint64, qint64)>;

    /// Extracts every .deb file of \a zipPath into \a destinationDir (flattened: only the file name is kept,
    /// so an entry like "../x.deb" cannot escape), streaming each entry to disk. A file is written under
    /// "<name>.part" and renamed when complete. Returns the extracted paths, or std::nullopt with \a error.
    /// \a cancel, when given and set, stops at the next chunk.
    [[nodiscard]] static std::optional<QStringList> extractDebs(const QString &zipPath, const QString &destinationDir,
                                                                QString *error = nullptr, const Progress &progress = {},
                                                                const std::atomic_bool *cancel = nullptr);
};

} // namespace ra::packages
