// SPDX-License-Identifier: GPL-3.0-or-later
#include "notes/changekind.h"

namespace ra::notes {

QList<ChangeKind> allChangeKinds()
{
    return {ChangeKind::Feature, ChangeKind::Fix,     ChangeKind::Internal,
            ChangeKind::Docs,    ChangeKind::Tooling, ChangeKind::Other};
}

QString changeKindKey(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Feature:
        return QStringLiteral("features");
    case ChangeKind::Fix:
        return QStringLiteral("fixes");
    case ChangeKind::Internal:
        return QStringLiteral("internal");
    case ChangeKind::Docs:
        return QStringLiteral("docs");
    case ChangeKind::Tooling:
        return QStringLiteral("tooling");
    case ChangeKind::Other:
        break;
    }
    return QStringLiteral("other");
}

QString changeKindTitle(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Feature:
        return QStringLiteral("New Features and Improvements");
    case ChangeKind::Fix:
        return QStringLiteral("Bug fixes");
    case ChangeKind::Internal:
        return QStringLiteral("Refactoring and cleanup");
    case ChangeKind::Docs:
        return QStringLiteral("Documentation");
    case ChangeKind::Tooling:
        return QStringLiteral("Developer tooling");
    case ChangeKind::Other:
        break;
    }
    return QStringLiteral("Other changes");
}

} // namespace ra::notes
