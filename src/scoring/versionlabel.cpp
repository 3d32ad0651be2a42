// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/versionlabel.h"

#include <array>

namespace ra::scoring {

namespace {
constexpr std::array kLabels{VersionLabel::Latest,   VersionLabel::Prerelease, VersionLabel::Outdated,
                             VersionLabel::Obsolete, VersionLabel::Other,      VersionLabel::Unknown};
}

QString labelName(VersionLabel label)
{
    switch (label) {
    case VersionLabel::Latest:
        return QStringLiteral("latest");
    case VersionLabel::Prerelease:
        return QStringLiteral("prerelease");
    case VersionLabel::Outdated:
        return QStringLiteral("outdated");
    case VersionLabel::Obsolete:
        return QStringLiteral("obsolete");
    case VersionLabel::Other:
        return QStringLiteral("other");
    case VersionLabel::Unknown:
        return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}

std::optional<VersionLabel> labelFromName(const QString &name)
{
    for (VersionLabel label : kLabels) {
        if (labelName(label) == name) {
            return label;
        }
    }
    return std::nullopt;
}

bool labelIsValidForScore(VersionLabel label)
{
    return label == VersionLabel::Latest || label == VersionLabel::Prerelease || label == VersionLabel::Outdated;
}

} // namespace ra::scoring
