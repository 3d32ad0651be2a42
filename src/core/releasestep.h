// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace ra {

/// The seven steps of aleph-vm's published release procedure, in order.
enum class ReleaseStep {
    Staging,
    Tag,
    ScoringTable,
    Notes,
    Packages,
    ReviewPublish,
    Announce,
};

/// Where a release stands on one step.
enum class StepState {
    NotStarted,
    InProgress,
    Done,
    NeedsAttention,
};

[[nodiscard]] QList<ReleaseStep> allReleaseSteps();

/// Stable identifier used in the journal, the CLI and QML ("staging", "tag", ...).
[[nodiscard]] QString stepKey(ReleaseStep step);
[[nodiscard]] std::optional<ReleaseStep> stepFromKey(const QString &key);

[[nodiscard]] QString stateKey(StepState state);
[[nodiscard]] std::optional<StepState> stateFromKey(const QString &key);

} // namespace ra
