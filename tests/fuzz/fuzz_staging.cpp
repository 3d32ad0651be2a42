// SPDX-License-Identifier: GPL-3.0-or-later
// What a staging node answers is outside input: its Server header, the JSON of /status/check (nested
// booleans) and the version it reports, compared with the candidate's `git describe`. The input is split at
// "\n=====\n" into the Server header, the check answer, the reported version, the expected describe and the
// candidate's sha. Nothing crashes; every false boolean is found; a version match is explained and only ever
// granted for the same string or the same commit.
#include "fuzzsupport.h"
#include "staging/stagingchecker.h"
#include "staging/stagingreport.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using ra::fuzz::require;

namespace {

/// How many false booleans \a object holds at any depth (counted independently of falseFlags()).
qsizetype countFalse(const QJsonObject &object)
{
    qsizetype count = 0;
    for (const QJsonValue &value : object) {
        if (value.isBool() && !value.toBool()) {
            ++count;
        } else if (value.isObject()) {
            count += countFalse(value.toObject());
        }
    }
    return count;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 20000) {
        return 0;
    }
    QList<QByteArray> parts = ra::fuzz::splitInput(ra::fuzz::bytesOf(data, size), "\n=====\n", 5);
    while (parts.size() < 5) {
        parts.append(QByteArray());
    }
    const QByteArray &server = parts.at(0);
    const QString version = ra::staging::StagingChecker::versionFromServerHeader(server);
    if (!version.isEmpty()) {
        require(QString::fromLatin1(server).contains(u"aleph-vm/"_s + version));
        require(
            std::none_of(version.cbegin(), version.cend(), [](QChar c) { return c.unicode() < 0x80 && c.isSpace(); }));
    }

    const QJsonObject check = QJsonDocument::fromJson(parts.at(1)).object();
    const QStringList flags = ra::staging::StagingChecker::falseFlags(check);
    require(flags.size() == countFalse(check));

    const QString reported = QString::fromUtf8(parts.at(2));
    const QString expected = QString::fromUtf8(parts.at(3));
    const QString sha = QString::fromUtf8(parts.at(4));
    const ra::staging::VersionComparison comparison = ra::staging::compareVersions(reported, expected, sha);
    require(!comparison.explanation.isEmpty());
    if (reported.isEmpty()) {
        require(!comparison.matches);
    }
    if (comparison.matches && reported != expected) {
        // Only a describe naming the candidate's commit ("-<n>-g<sha>") matches another string.
        require(reported.contains(u"-g"_s) && (!sha.isEmpty() || expected.contains(u"-g"_s)));
    }
    return 0;
}
