// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import ReleaseAssistant

// The sidebar: the project and the release on top, then the pre-flight checks and the seven steps with where
// each stands, and Settings at the bottom. It stays beside the pages: the release is a procedure, and where
// it stands should stay in sight. Only a window too narrow for both folds it into a drawer (Main.qml).
QQC2.Pane {
    id: root

    // The page the window shows ("welcome", "preflight", a step key, "settings").
    required property string currentKey
    required property PreflightModel preflight
    // The height of the page's tool bar, which the project button lines up with.
    required property real toolBarHeight

    signal pageRequested(string key)

    objectName: "sidebar"
    implicitWidth: Kirigami.Units.gridUnit * 15
    padding: 0
    Kirigami.Theme.colorSet: Kirigami.Theme.Window
    Kirigami.Theme.inherit: false

    function request(key: string) {
        root.pageRequested(key);
    }

    background: Rectangle {
        color: Kirigami.Theme.backgroundColor
        Kirigami.Separator {
            anchors.top: parent.top
            anchors.bottom: parent.bottom
            anchors.right: parent.right
        }
    }

    contentItem: ColumnLayout {
        spacing: 0

        QQC2.ToolBar {
            Layout.fillWidth: true
            Layout.preferredHeight: root.toolBarHeight
            contentItem: ProjectPicker {
                id: projectPicker
            }
        }

        ReleasePicker {
            Layout.fillWidth: true
            Layout.margins: Kirigami.Units.largeSpacing
            visible: ReleaseSession.projectOpen
        }

        Kirigami.Separator {
            Layout.fillWidth: true
        }

        QQC2.ScrollView {
            id: scroller
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth

            ColumnLayout {
                width: scroller.availableWidth
                spacing: 0

                QQC2.ItemDelegate {
                    objectName: "welcomeEntry"
                    Layout.fillWidth: true
                    visible: !ReleaseSession.projectOpen
                    text: qsTr("Welcome")
                    icon.name: "go-home"
                    highlighted: root.currentKey === "welcome"
                    onClicked: root.request("welcome")
                }

                QQC2.ItemDelegate {
                    id: preflightEntry
                    objectName: "preflightEntry"
                    Layout.fillWidth: true
                    visible: ReleaseSession.projectOpen
                    highlighted: root.currentKey === "preflight"
                    Accessible.name: qsTr("Pre-flight checks: %1").arg(preflightBadge.text)
                    onClicked: root.request("preflight")
                    contentItem: RowLayout {
                        spacing: Kirigami.Units.largeSpacing
                        Kirigami.Icon {
                            source: "checkmark"
                            implicitWidth: Kirigami.Units.iconSizes.smallMedium
                            implicitHeight: Kirigami.Units.iconSizes.smallMedium
                            color: preflightEntry.highlighted ? Kirigami.Theme.highlightedTextColor : Kirigami.Theme.textColor
                        }
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: Kirigami.Units.smallSpacing / 2
                            QQC2.Label {
                                Layout.fillWidth: true
                                text: qsTr("Pre-flight checks")
                                color: preflightEntry.highlighted ? Kirigami.Theme.highlightedTextColor : Kirigami.Theme.textColor
                                font.bold: preflightEntry.highlighted
                                elide: Text.ElideRight
                            }
                            SeverityBadge {
                                id: preflightBadge
                                severity: root.preflight.running ? SeverityBadge.Information
                                        : root.preflight.failedCount > 0 ? SeverityBadge.Error
                                        : root.preflight.warningCount > 0 ? SeverityBadge.Warning
                                        : root.preflight.count > 0 ? SeverityBadge.Positive : SeverityBadge.Neutral
                                text: root.preflight.running ? qsTr("Checking…")
                                    : root.preflight.failedCount > 0 ? qsTr("%n to fix", "", root.preflight.failedCount)
                                    : root.preflight.warningCount > 0 ? qsTr("%n to look at", "", root.preflight.warningCount)
                                    : root.preflight.count > 0 ? qsTr("Ready") : qsTr("Not checked")
                            }
                        }
                    }
                }

                Kirigami.ListSectionHeader {
                    Layout.fillWidth: true
                    text: qsTr("Release steps")
                }

                StepNavigator {
                    id: navigator
                    Layout.fillWidth: true
                    currentIndex: ReleaseSession.steps.rowOfKey(root.currentKey)
                    onStepActivated: index => root.request(ReleaseSession.steps.keyAt(index))
                }
            }
        }

        Kirigami.Separator {
            Layout.fillWidth: true
        }

        QQC2.ItemDelegate {
            objectName: "settingsEntry"
            Layout.fillWidth: true
            text: qsTr("Settings")
            icon.name: "configure"
            highlighted: root.currentKey === "settings"
            onClicked: root.request("settings")
            QQC2.ToolTip.visible: hovered
            QQC2.ToolTip.text: qsTr("Accounts and channel secrets (Ctrl+,)")
            QQC2.ToolTip.delay: Kirigami.Units.toolTipDelay
        }
    }
}
