// SPDX-License-Identifier: GPL-3.0-or-later
// The control file of a downloaded .deb is outside input: parse anything without crashing, and keep the
// parser's promises (required fields present when it accepts).
#include "packages/controlfile.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto control = ra::packages::ControlFile::parse(input, &error);
    if (control) {
        if (control->package().isEmpty() || control->version().isEmpty() || control->architecture().isEmpty()) {
            std::abort();
        }
    } else if (error.isEmpty()) {
        std::abort();
    }
    return 0;
}
