// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import ReleaseAssistant

// The frame every step page shares: number, title, state and what the step is for.
QQC2.Page {
    id: page

    required property string stepKey
    readonly property StepStatus status: ReleaseSession.steps.status(stepKey)
    default property alias content: body.data

    objectName: stepKey + "Page"
    padding: 24

    header: ColumnLayout {
        spacing: 4
        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: 20
            Layout.leftMargin: 24
            Layout.rightMargin: 24
            spacing: 12
            QQC2.Label {
                text: qsTr("Step %1").arg(page.status ? page.status.number : 0)
                opacity: 0.7
            }
            QQC2.Label {
                text: page.status ? page.status.title : ""
                font.pixelSize: 22
                font.bold: true
                Layout.fillWidth: true
                elide: Text.ElideRight
            }
            StepStateBadge {
                state: page.status ? page.status.state : StepListModel.NotStarted
                text: page.status ? page.status.stateText : ""
            }
        }
        QQC2.Label {
            Layout.fillWidth: true
            Layout.leftMargin: 24
            Layout.rightMargin: 24
            text: page.status ? page.status.summary : ""
            wrapMode: Text.WordWrap
            opacity: 0.8
        }
    }

    ColumnLayout {
        id: body
        anchors.fill: parent
        spacing: 12
    }
}
