// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/sampletable.h"

#include "scoring/tableformat.h"

namespace ra::scoring {

QList<SoftwareVersion> sampleTable()
{
    QString error;
    // The resource is compiled in and covered by tests, so it always parses.
    return loadTableFile(QString::fromLatin1(kSampleTableResource), &error, TableFormat::Sql)
        .value_or(QList<SoftwareVersion>());
}

} // namespace ra::scoring
