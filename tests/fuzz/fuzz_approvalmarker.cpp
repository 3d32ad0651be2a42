// SPDX-License-Identifier: GPL-3.0-or-later
// Approval markers come from anyone who can comment on the tracking issue: the parser must take any comment
// without crashing, and what it accepts must be well-formed and written back to the same marker.
#include "review/approvalcomment.h"
#include "review/approvalmarker.h"
#include "review/reviewsubject.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

void require(bool condition)
{
    if (!condition) {
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 70000) {
        return 0;
    }
    const QString body = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto marker = ra::review::ApprovalMarker::parse(body);
    if (!marker) {
        return 0;
    }
    require(!marker->release.isEmpty());
    require(ra::review::isDigest(marker->digest));
    require(ra::review::ApprovalMarker::parse(marker->format()) == marker);
    // Whatever the reason says, the composed comment carries exactly this marker.
    require(ra::review::ApprovalMarker::parse(ra::review::ApprovalComment::compose(*marker, body, 1)) == marker);
    return 0;
}
