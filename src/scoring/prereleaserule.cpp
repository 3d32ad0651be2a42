// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/prereleaserule.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ra::scoring {

std::optional<bool> isPrereleaseVersion(const QString &version)
{
    // PEP 440's public version grammar (appendix B of the specification), case-insensitive.
    static const QRegularExpression pep440(uR"(^v?(?:\d+!)?\d+(?:\.\d+)*)"
                                           uR"((?<pre>[-_.]?(?:a|b|c|rc|alpha|beta|pre|preview)[-_.]?\d*)?)"
                                           uR"((?:-\d+|[-_.]?(?:post|rev|r)[-_.]?\d*)?)"
                                           uR"((?<dev>[-_.]?dev[-_.]?\d*)?)"
                                           uR"((?:\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?$)"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pep440.match(version.trimmed());
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    return match.hasCaptured(u"pre"_s) || match.hasCaptured(u"dev"_s);
}

} // namespace ra::scoring
