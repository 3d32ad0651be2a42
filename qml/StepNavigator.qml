// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import ReleaseAssistant

// The list of the seven steps with their state; arrow keys move, Enter or a click opens.
QQC2.ScrollView {
    id: root

    property alias currentIndex: list.currentIndex
    signal stepActivated(int index)

    ListView {
        id: list
        objectName: "stepList"
        model: ReleaseSession.steps
        keyNavigationEnabled: true
        focus: true
        activeFocusOnTab: true
        clip: true
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Release steps")

        Keys.onReturnPressed: root.stepActivated(currentIndex)
        Keys.onEnterPressed: root.stepActivated(currentIndex)
        onCurrentIndexChanged: if (currentIndex >= 0 && activeFocus) root.stepActivated(currentIndex)

        delegate: QQC2.ItemDelegate {
            id: delegate

            required property int index
            required property int number
            required property string title
            required property string summary
            required property int state
            required property string stateText

            width: ListView.view.width
            highlighted: ListView.isCurrentItem
            Accessible.name: qsTr("Step %1: %2, %3").arg(number).arg(title).arg(stateText)
            onClicked: {
                list.currentIndex = index;
                root.stepActivated(index);
            }

            contentItem: RowLayout {
                spacing: 10
                QQC2.Label {
                    text: delegate.number
                    font.bold: true
                    font.pixelSize: 18
                    Layout.preferredWidth: 22
                    horizontalAlignment: Text.AlignHCenter
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    QQC2.Label {
                        text: delegate.title
                        font.bold: delegate.highlighted
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    StepStateBadge {
                        state: delegate.state
                        text: delegate.stateText
                    }
                }
            }
        }
    }
}
