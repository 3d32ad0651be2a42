// SPDX-License-Identifier: GPL-3.0-or-later
// A CI artifact is a zip GitHub serves: extracting its .deb files must take any bytes without crashing, never
// write outside the destination folder (an entry named "../../x.deb" is flattened), leave no ".part" file
// behind, and either list complete files or say why not.
#include "fuzzsupport.h"
#include "packages/artifactzip.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using ra::fuzz::require;

namespace {

/// Every file under \a root, relative to it.
QStringList filesUnder(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files.append(QDir(root).relativeFilePath(it.next()));
    }
    return files;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QTemporaryDir directory;
    // The zip and the destination are side by side in a sandbox folder: anything written outside the
    // destination shows up next to the zip.
    const QString sandbox = directory.filePath(QStringLiteral("sandbox"));
    QDir(sandbox).removeRecursively();
    require(QDir().mkpath(sandbox));
    const QString zipPath = sandbox + QStringLiteral("/artifact.zip");
    const QString destination = sandbox + QStringLiteral("/out");
    {
        QFile file(zipPath);
        require(file.open(QIODevice::WriteOnly));
        require(file.write(reinterpret_cast<const char *>(data), qint64(size)) == qint64(size));
    }
    QString error;
    qint64 lastDone = 0;
    const auto progress = [&lastDone](qint64 done, qint64) {
        require(done > lastDone);
        lastDone = done;
    };
    const auto extracted = ra::packages::ArtifactZip::extractDebs(zipPath, destination, &error, progress);

    const QStringList outside = filesUnder(sandbox);
    for (const QString &file : outside) {
        require(file == QStringLiteral("artifact.zip") || file.startsWith(QStringLiteral("out/")));
        require(!file.endsWith(QStringLiteral(".part")));
    }
    if (!extracted) {
        require(error.startsWith(QStringLiteral("artifact.zip: ")));
        return 0;
    }
    require(!extracted->isEmpty());
    for (const QString &path : *extracted) {
        const QFileInfo info(path);
        require(info.isFile() && info.absolutePath() == QDir(destination).absolutePath());
        require(info.fileName().endsWith(QStringLiteral(".deb")));
    }
    return 0;
}
