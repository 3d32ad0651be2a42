// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import ReleaseAssistant

// A small coloured pill telling where a step stands.
Rectangle {
    id: badge

    required property int state
    property alias text: label.text

    implicitWidth: label.implicitWidth + 12
    implicitHeight: label.implicitHeight + 4
    radius: height / 2
    color: {
        switch (badge.state) {
        case StepListModel.Done:
            return "#2e7d32";
        case StepListModel.InProgress:
            return "#1565c0";
        case StepListModel.NeedsAttention:
            return "#c62828";
        default:
            return "#616161";
        }
    }

    QQC2.Label {
        id: label
        anchors.centerIn: parent
        color: "white"
        font.pixelSize: 11
    }
}
