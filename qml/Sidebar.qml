// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import ReleaseAssistant

// The sidebar: the project and the release on top, then the pre-flight checks and the seven steps with where
// each stands (a reviewer's inbox, a community manager's releases instead, by role), and Settings at the bottom. It stays beside the pages: the release is a procedure, and where
// it stands should stay in sight. Only a window too narrow for both folds it into a drawer (Main.qml).
QQC2.Pane {
    id: root

    // The page the window shows ("welcome", "preflight", a step key, "settings").
    required property string currentKey
    required property PreflightModel preflight
    // The user's roles on the project: which entries show, and the switch when they hold several.
    required property RoleController roles
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

        QQC2.ComboBox {
            id: roleSwitch
            objectName: "roleSwitch"
            Layout.fillWidth: true
            Layout.leftMargin: Kirigami.Units.largeSpacing
            Layout.rightMargin: Kirigami.Units.largeSpacing
            Layout.topMargin: Kirigami.Units.largeSpacing
            visible: ReleaseSession.projectOpen && root.roles.canSwitch
            model: root.roles.availableRoles
            textRole: "title"
            valueRole: "key"
            Accessible.name: qsTr("Your role on this project")
            Component.onCompleted: currentIndex = indexOfValue(root.roles.currentRole)
            onActivated: root.roles.currentRole = currentValue
            Connections {
                target: root.roles
                function onCurrentRoleChanged() {
                    roleSwitch.currentIndex = roleSwitch.indexOfValue(root.roles.currentRole);
                }
                function onRolesChanged() {
                    roleSwitch.currentIndex = roleSwitch.indexOfValue(root.roles.currentRole);
                }
            }
        }

        Kirigami.InlineMessage {
            objectName: "roleProblem"
            Layout.fillWidth: true
            Layout.margins: Kirigami.Units.smallSpacing
            // Only someone GitHub knows but who holds no role here; a signed-out user is told by pre-flight.
            visible: ReleaseSession.projectOpen && root.roles.problem !== "" && root.roles.login !== ""
            type: Kirigami.MessageType.Warning
            text: root.roles.problem
        }

        ReleasePicker {
            Layout.fillWidth: true
            Layout.margins: Kirigami.Units.largeSpacing
            visible: ReleaseSession.projectOpen && root.roles.currentRole === "maintainer"
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
                    objectName: "reviewInboxEntry"
                    Layout.fillWidth: true
                    visible: ReleaseSession.projectOpen && root.roles.currentRole === "reviewer"
                    text: qsTr("Review inbox")
                    icon.name: "mail-unread"
                    highlighted: root.currentKey === "review-inbox"
                    onClicked: root.request("review-inbox")
                }

                QQC2.ItemDelegate {
                    objectName: "communityEntry"
                    Layout.fillWidth: true
                    visible: ReleaseSession.projectOpen && root.roles.currentRole === "community-manager"
                    text: qsTr("Published releases")
                    icon.name: "view-list-details"
                    highlighted: root.currentKey === "community"
                    onClicked: root.request("community")
                }

                QQC2.ItemDelegate {
                    objectName: "announceEntry"
                    Layout.fillWidth: true
                    visible: ReleaseSession.projectOpen && root.roles.currentRole === "community-manager"
                    text: qsTr("Announcements")
                    icon.name: "mail-send"
                    highlighted: root.currentKey === "announce"
                    onClicked: root.request("announce")
                }

                QQC2.ItemDelegate {
                    id: preflightEntry
                    objectName: "preflightEntry"
                    Layout.fillWidth: true
                    visible: ReleaseSession.projectOpen && root.roles.currentRole === "maintainer"
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
                    visible: navigator.visible
                    text: qsTr("Release steps")
                }

                StepNavigator {
                    id: navigator
                    Layout.fillWidth: true
                    // A reviewer or a community manager works from their own page; the steps are the maintainer's.
                    visible: !ReleaseSession.projectOpen || root.roles.currentRole === "maintainer"
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
