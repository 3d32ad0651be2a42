// SPDX-License-Identifier: GPL-3.0-or-later
#include "packages/filehasher.h"

#include <QCryptographicHash>
#include <QFile>
#include <QPromise>
#include <QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace ra::packages {

FileDigest FileHasher::hash(const QString &path, const Progress &progress, const std::atomic_bool *cancel)
{
    FileDigest digest;
    digest.path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        digest.error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return digest;
    }
    const qint64 size = file.size();
    QCryptographicHash sha(QCryptographicHash::Sha256);
    QByteArray chunk(1024 * 1024, Qt::Uninitialized);
    qint64 done = 0;
    for (;;) {
        if (cancel && cancel->load()) {
            digest.error = u"cancelled"_s;
            return digest;
        }
        const qint64 n = file.read(chunk.data(), chunk.size());
        if (n < 0) {
            digest.error = u"cannot read %1: %2"_s.arg(path, file.errorString());
            return digest;
        }
        if (n == 0) {
            break;
        }
        sha.addData(QByteArrayView(chunk.constData(), n));
        done += n;
        if (progress) {
            progress(done, size);
        }
    }
    digest.sha256 = sha.result().toHex();
    digest.size = done;
    return digest;
}

QFuture<FileDigest> FileHasher::hashAsync(const QString &path)
{
    return QtConcurrent::run([path](QPromise<FileDigest> &promise) {
        promise.setProgressRange(0, 1000);
        std::atomic_bool cancelled = false;
        const FileDigest digest = hash(
            path,
            [&promise, &cancelled](qint64 done, qint64 total) {
                if (promise.isCanceled()) {
                    cancelled = true;
                }
                promise.setProgressValue(total > 0 ? int(done * 1000 / total) : 1000);
            },
            &cancelled);
        promise.addResult(digest);
    });
}

} // namespace ra::packages
