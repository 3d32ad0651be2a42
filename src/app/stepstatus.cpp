// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/stepstatus.h"

namespace ra {

StepStatus::StepStatus(ReleaseStep step, int number, QObject *parent)
    : QObject(parent)
    , m_step(step)
    , m_number(number)
{
}

ReleaseStep StepStatus::step() const
{
    return m_step;
}

QString StepStatus::key() const
{
    return stepKey(m_step);
}

int StepStatus::number() const
{
    return m_number;
}

QString StepStatus::title() const
{
    switch (m_step) {
    case ReleaseStep::Staging:
        return tr("Staging checks");
    case ReleaseStep::Tag:
        return tr("Git tag");
    case ReleaseStep::ScoringTable:
        return tr("Scoring table");
    case ReleaseStep::Notes:
        return tr("Release notes");
    case ReleaseStep::Packages:
        return tr("Packages");
    case ReleaseStep::ReviewPublish:
        return tr("Review & publish");
    case ReleaseStep::Announce:
        return tr("Announce");
    }
    return {};
}

QString StepStatus::summary() const
{
    switch (m_step) {
    case ReleaseStep::Staging:
        return tr("Packages built by GitHub Actions are tested on the staging servers.");
    case ReleaseStep::Tag:
        return tr("A new git tag is assigned to the tested commit and pushed.");
    case ReleaseStep::ScoringTable:
        return tr("The release is listed in the version table used by node scoring.");
    case ReleaseStep::Notes:
        return tr("Draft release notes are prepared on the GitHub releases page.");
    case ReleaseStep::Packages:
        return tr("Packages are downloaded, checked and attached to the release.");
    case ReleaseStep::ReviewPublish:
        return tr("Reviewers approve the exact notes, then the release is published.");
    case ReleaseStep::Announce:
        return tr("The release is announced on X, Telegram and the other channels.");
    }
    return {};
}

StepState StepStatus::state() const
{
    return m_state;
}

int StepStatus::stateValue() const
{
    return int(m_state);
}

QString StepStatus::stateText() const
{
    switch (m_state) {
    case StepState::NotStarted:
        return tr("Not started");
    case StepState::InProgress:
        return tr("In progress");
    case StepState::Done:
        return tr("Done");
    case StepState::NeedsAttention:
        return tr("Needs attention");
    }
    return {};
}

void StepStatus::setState(StepState state)
{
    if (state != m_state) {
        m_state = state;
        Q_EMIT stateChanged();
    }
}

} // namespace ra
