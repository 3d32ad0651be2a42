// SPDX-License-Identifier: GPL-3.0-or-later
#include "packages/artifactzip.h"

#include <KArchiveDirectory>
#include <KArchiveFile>
#include <KZip>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <memory>

using namespace Qt::StringLiterals;

namespace ra::packages {

namespace {

void collectDebs(const KArchiveDirectory *directory, QList<const KArchiveFile *> *out)
{
    const QStringList entries = directory->entries();
    for (const QString &name : entries) {
        const KArchiveEntry *entry = directory->entry(name);
        if (entry->isDirectory()) {
            collectDebs(static_cast<const KArchiveDirectory *>(entry), out);
        } else if (name.endsWith(u".deb")) {
            out->append(static_cast<const KArchiveFile *>(entry));
        }
    }
}

} // namespace

std::optional<QStringList> ArtifactZip::extractDebs(const QString &zipPath, const QString &destinationDir,
                                                    QString *error, const Progress &progress,
                                                    const std::atomic_bool *cancel)
{
    const QString zipName = QFileInfo(zipPath).fileName();
    const auto fail = [&](const QString &why) -> std::optional<QStringList> {
        if (error) {
            *error = u"%1: %2"_s.arg(zipName, why);
        }
        return std::nullopt;
    };
    KZip zip(zipPath);
    if (!zip.open(QIODevice::ReadOnly)) {
        return fail(
            u"not a readable zip archive (%1). The download may be incomplete; download the artifact again."_s.arg(
                zip.errorString()));
    }
    QList<const KArchiveFile *> debs;
    collectDebs(zip.directory(), &debs);
    if (debs.isEmpty()) {
        return fail(u"the artifact holds no .deb file. Check that the right artifact was chosen."_s);
    }
    qint64 total = 0;
    for (const KArchiveFile *deb : std::as_const(debs)) {
        total += deb->size();
    }
    if (!QDir().mkpath(destinationDir)) {
        return fail(u"cannot create the folder %1"_s.arg(destinationDir));
    }
    QStringList written;
    qint64 done = 0;
    for (const KArchiveFile *deb : std::as_const(debs)) {
        const QString target = QDir(destinationDir).filePath(QFileInfo(deb->name()).fileName());
        if (written.contains(target)) {
            return fail(u"two entries are named %1"_s.arg(deb->name()));
        }
        const std::unique_ptr<QIODevice> in(deb->createDevice());
        if (!in || !in->open(QIODevice::ReadOnly)) {
            return fail(u"cannot read the entry %1"_s.arg(deb->name()));
        }
        QFile out(target + u".part"_s);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            return fail(u"cannot write %1: %2"_s.arg(out.fileName(), out.errorString()));
        }
        qint64 entryBytes = 0;
        QByteArray chunk(256 * 1024, Qt::Uninitialized);
        for (;;) {
            if (cancel && cancel->load()) {
                out.remove();
                return fail(u"cancelled"_s);
            }
            const qint64 n = in->read(chunk.data(), chunk.size());
            if (n < 0) {
                out.remove();
                return fail(u"the entry %1 is corrupt (%2). Download the artifact again."_s.arg(deb->name(),
                                                                                                in->errorString()));
            }
            if (n == 0) {
                break;
            }
            if (out.write(chunk.constData(), n) != n) {
                const QString why = out.errorString();
                out.remove();
                return fail(u"cannot write %1: %2"_s.arg(out.fileName(), why));
            }
            entryBytes += n;
            done += n;
            if (progress) {
                progress(done, total);
            }
        }
        if (entryBytes != deb->size()) {
            out.remove();
            return fail(u"the entry %1 is truncated (%2 of %3 bytes). Download the artifact again."_s.arg(deb->name())
                            .arg(entryBytes)
                            .arg(deb->size()));
        }
        out.close();
        QFile::remove(target);
        if (!out.rename(target)) {
            return fail(u"cannot rename %1 to %2: %3"_s.arg(out.fileName(), target, out.errorString()));
        }
        written.append(target);
    }
    return written;
}

} // namespace ra::packages
