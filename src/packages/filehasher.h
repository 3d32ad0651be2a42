// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFuture>
#include <QString>

#include <atomic>
#include <functional>

namespace ra::packages {

/// The SHA-256 of a file, or why it could not be computed.
struct FileDigest {
    QString path;
    QByteArray sha256; ///< lower-case hex; empty on error
    qint64 size = 0;
    QString error;

    [[nodiscard]] bool ok() const
    {
        return error.isEmpty();
    }
};

/// Hashes files off the calling thread: a package is hundreds of MiB, the UI must not wait for it.
class FileHasher
{
public:
    /// Called with (bytes hashed, file size).
    using Progress = std::function<void(qint64, qint64)>;

    /// Hashes \a path in the calling thread, streaming. \a cancel, when set, stops it with an error.
    [[nodiscard]] static FileDigest hash(const QString &path, const Progress &progress = {},
                                         const std::atomic_bool *cancel = nullptr);
    /// Hashes \a path on the global thread pool. The future reports progress in per mille
    /// (progressMinimum 0, progressMaximum 1000) and honours cancel().
    [[nodiscard]] static QFuture<FileDigest> hashAsync(const QString &path);
};

} // namespace ra::packages
