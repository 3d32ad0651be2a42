// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import ReleaseAssistant

// The severity badge of a release step's state (StepListModel.State).
SeverityBadge {
    required property int state

    severity: {
        switch (state) {
        case StepListModel.Done:
            return SeverityBadge.Positive;
        case StepListModel.InProgress:
            return SeverityBadge.Information;
        case StepListModel.NeedsAttention:
            return SeverityBadge.Error;
        default:
            return SeverityBadge.Neutral;
        }
    }
}
