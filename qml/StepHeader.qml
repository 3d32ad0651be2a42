// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import ReleaseAssistant

// The top of every step page: which step of how many, where the release stands on it, and what it is for.
QQC2.Control {
    id: header

    required property StepStatus status

    topPadding: Kirigami.Units.largeSpacing
    bottomPadding: Kirigami.Units.largeSpacing
    leftPadding: Kirigami.Units.gridUnit
    rightPadding: Kirigami.Units.gridUnit

    background: Rectangle {
        color: Kirigami.Theme.backgroundColor
        Kirigami.Separator {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
        }
    }

    contentItem: ColumnLayout {
        spacing: Kirigami.Units.smallSpacing
        // The page's title is in the tool bar above: here, where it stands in the procedure.
        RowLayout {
            Layout.fillWidth: true
            spacing: Kirigami.Units.largeSpacing
            QQC2.Label {
                text: qsTr("Step %1 of %2").arg(header.status ? header.status.number : 0).arg(ReleaseSession.steps.rowCount())
                font.bold: true
            }
            StepStateBadge {
                objectName: "stepStateBadge"
                state: header.status ? header.status.state : StepListModel.NotStarted
                text: header.status ? header.status.stateText : ""
            }
            Item {
                Layout.fillWidth: true
            }
        }
        QQC2.Label {
            Layout.fillWidth: true
            text: header.status ? header.status.summary : ""
            wrapMode: Text.WordWrap
            color: Kirigami.Theme.disabledTextColor
        }
    }
}
