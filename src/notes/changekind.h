// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace ra::notes {

/// The section of the notes a change belongs to. The order is the order of the sections in the notes.
enum class ChangeKind {
    Feature,
    Fix,
    Internal,
    Docs,
    Tooling,
    Other,
};

[[nodiscard]] QList<ChangeKind> allChangeKinds();
/// Stable identifier used in markers and JSON ("features", "fixes", ...).
[[nodiscard]] QString changeKindKey(ChangeKind kind);
/// Heading shown in the notes, in the wording aleph-vm's notes used.
[[nodiscard]] QString changeKindTitle(ChangeKind kind);

} // namespace ra::notes
