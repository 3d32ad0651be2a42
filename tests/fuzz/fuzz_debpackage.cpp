// SPDX-License-Identifier: GPL-3.0-or-later
// A downloaded .deb is outside input (a CI artifact, a draft's asset): its ar container, the control archive
// inside it (plain, gzip, xz or zstd) and the control file must be read without crashing whatever the bytes.
// A refusal names the file and says what is wrong; an accepted package has the fields the checks compare.
#include "fuzzsupport.h"
#include "packages/debpackage.h"

#include <QFile>
#include <QTemporaryDir>

using ra::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // inspect() reads a file: the input is written to the same one each time.
    static const QTemporaryDir directory;
    static const QString path = directory.filePath(QStringLiteral("fuzz_1.0_all.deb"));
    {
        QFile file(path);
        require(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        require(file.write(reinterpret_cast<const char *>(data), qint64(size)) == qint64(size));
    }
    QString error;
    const auto package = ra::packages::DebPackage::inspect(path, &error);
    if (!package) {
        require(error.startsWith(QStringLiteral("fuzz_1.0_all.deb: ")));
        require(error.size() > QStringLiteral("fuzz_1.0_all.deb: ").size());
        return 0;
    }
    require(error.isEmpty());
    require(!package->package().isEmpty() && !package->version().isEmpty() && !package->architecture().isEmpty());
    require(package->size() == qint64(size));
    require(package->controlMember().startsWith(QStringLiteral("control.tar")));
    return 0;
}
