// SPDX-License-Identifier: GPL-3.0-or-later
// Scoring table files are outside input (hand-written SQL, spreadsheets' CSV): every importer must take
// anything without crashing, say why when it refuses, and read back exactly what it wrote when it accepts.
// The first byte picks the format.
#include "scoring/tableformat.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0) {
        return 0;
    }
    using ra::scoring::TableFormat;
    constexpr TableFormat formats[] = {TableFormat::Sql, TableFormat::Csv, TableFormat::Json, TableFormat::Markdown};
    const TableFormat format = formats[data[0] % 4];
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    QString error;
    const auto rows = ra::scoring::readTable(text, format, &error);
    if (!rows) {
        if (error.isEmpty()) {
            std::abort();
        }
        return 0;
    }
    const QString written = ra::scoring::writeTable(*rows, format);
    const auto again = ra::scoring::readTable(written, format, &error);
    if (!again || *again != *rows || ra::scoring::writeTable(*again, format) != written) {
        std::abort();
    }
    return 0;
}
