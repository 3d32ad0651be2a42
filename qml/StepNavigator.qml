// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import ReleaseAssistant

// The seven steps with their state, for the sidebar; arrow keys move, Enter or a click opens.
FocusScope {
    id: root

    property alias currentIndex: list.currentIndex
    signal stepActivated(int index)

    implicitHeight: list.contentHeight
    implicitWidth: Kirigami.Units.gridUnit * 12

    ListView {
        id: list
        objectName: "stepList"
        anchors.fill: parent
        model: ReleaseSession.steps
        keyNavigationEnabled: true
        focus: true
        activeFocusOnTab: true
        interactive: false
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
            QQC2.ToolTip.visible: hovered
            QQC2.ToolTip.text: delegate.summary
            QQC2.ToolTip.delay: Kirigami.Units.toolTipDelay
            onClicked: {
                list.currentIndex = index;
                root.stepActivated(index);
            }

            contentItem: RowLayout {
                spacing: Kirigami.Units.largeSpacing
                Kirigami.Heading {
                    level: 3
                    text: delegate.number
                    color: delegate.highlighted ? Kirigami.Theme.highlightedTextColor : Kirigami.Theme.textColor
                    Layout.preferredWidth: Kirigami.Units.gridUnit
                    horizontalAlignment: Text.AlignHCenter
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: Kirigami.Units.smallSpacing / 2
                    QQC2.Label {
                        text: delegate.title
                        color: delegate.highlighted ? Kirigami.Theme.highlightedTextColor : Kirigami.Theme.textColor
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
