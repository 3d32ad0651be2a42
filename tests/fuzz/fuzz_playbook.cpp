// SPDX-License-Identifier: GPL-3.0-or-later
// A playbook is a hand-edited file: the loader must take anything without crashing or hanging, and either
// return a playbook or at least one issue that says where and what.
#include "core/playbookloader.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const ra::PlaybookLoadResult result = ra::PlaybookLoader::parse(input, QStringLiteral("fuzz.playbook"));
    if (result.ok() != result.issues.isEmpty()) {
        std::abort();
    }
    for (const ra::PlaybookIssue &issue : result.issues) {
        if (issue.message.isEmpty() || issue.fix.isEmpty() || issue.file != QStringLiteral("fuzz.playbook")) {
            std::abort();
        }
    }
    if (result.ok() && (result.playbook->projectName.isEmpty() || result.playbook->repository.isEmpty())) {
        std::abort();
    }
    return 0;
}
