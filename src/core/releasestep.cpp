// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/releasestep.h"

#include <array>
#include <utility>

namespace ra {

namespace {

constexpr std::array stepKeys{
    std::pair{ReleaseStep::Staging, "staging"},
    std::pair{ReleaseStep::Tag, "tag"},
    std::pair{ReleaseStep::ScoringTable, "scoring-table"},
    std::pair{ReleaseStep::Notes, "notes"},
    std::pair{ReleaseStep::Packages, "packages"},
    std::pair{ReleaseStep::ReviewPublish, "review-publish"},
    std::pair{ReleaseStep::Announce, "announce"},
};

constexpr std::array stateKeys{
    std::pair{StepState::NotStarted, "not-started"},
    std::pair{StepState::InProgress, "in-progress"},
    std::pair{StepState::Done, "done"},
    std::pair{StepState::NeedsAttention, "needs-attention"},
};

template<typename Table, typename Enum>
QString keyOf(const Table &table, Enum value)
{
    for (const auto &[candidate, key] : table) {
        if (candidate == value) {
            return QString::fromLatin1(key);
        }
    }
    return {};
}

template<typename Enum, typename Table>
std::optional<Enum> valueOf(const Table &table, const QString &key)
{
    for (const auto &[candidate, candidateKey] : table) {
        if (key == QLatin1StringView(candidateKey)) {
            return candidate;
        }
    }
    return std::nullopt;
}

} // namespace

QList<ReleaseStep> allReleaseSteps()
{
    QList<ReleaseStep> steps;
    for (const auto &entry : stepKeys) {
        steps.append(entry.first);
    }
    return steps;
}

QString stepKey(ReleaseStep step)
{
    return keyOf(stepKeys, step);
}

std::optional<ReleaseStep> stepFromKey(const QString &key)
{
    return valueOf<ReleaseStep>(stepKeys, key);
}

QString stateKey(StepState state)
{
    return keyOf(stateKeys, state);
}

std::optional<StepState> stateFromKey(const QString &key)
{
    return valueOf<StepState>(stateKeys, key);
}

} // namespace ra
