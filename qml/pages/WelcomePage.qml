// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Dialogs
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import ReleaseAssistant

// The first page when no project is open: open the folder of a project's clone, try the demo release, or
// reopen a recent project.
Kirigami.ScrollablePage {
    id: page

    objectName: "welcomePage"
    title: qsTr("Welcome")

    component Choice: Kirigami.AbstractCard {
        id: choice
        property string heading
        property string explanation
        property string actionText
        property string actionIcon
        property string actionName
        property bool primary: false
        signal triggered()
        Layout.fillWidth: true
        Layout.preferredWidth: Kirigami.Units.gridUnit * 16
        Layout.fillHeight: true
        contentItem: ColumnLayout {
            spacing: Kirigami.Units.largeSpacing
            Kirigami.Heading {
                Layout.fillWidth: true
                level: 3
                text: choice.heading
                wrapMode: Text.WordWrap
            }
            QQC2.Label {
                Layout.fillWidth: true
                Layout.fillHeight: true
                text: choice.explanation
                wrapMode: Text.WordWrap
                verticalAlignment: Text.AlignTop
            }
            QQC2.Button {
                objectName: choice.actionName
                Layout.alignment: Qt.AlignLeft
                text: choice.actionText
                icon.name: choice.actionIcon
                highlighted: choice.primary
                onClicked: choice.triggered()
            }
        }
    }

    FolderDialog {
        id: folderDialog
        objectName: "welcomeFolderDialog"
        title: qsTr("The folder of the project's git clone")
        onAccepted: ReleaseSession.openProjectFolder(selectedFolder)
    }

    ColumnLayout {
        spacing: Kirigami.Units.gridUnit

        RowLayout {
            Layout.fillWidth: true
            spacing: Kirigami.Units.gridUnit
            Kirigami.Icon {
                source: "tools-wizard"
                implicitWidth: Kirigami.Units.iconSizes.huge
                implicitHeight: Kirigami.Units.iconSizes.huge
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: Kirigami.Units.smallSpacing
                Kirigami.Heading {
                    Layout.fillWidth: true
                    level: 1
                    text: qsTr("Release Assistant")
                }
                QQC2.Label {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    text: qsTr("Takes a GitHub project through its release in seven steps: staging checks, the tag, the scoring table, the notes, the packages, review and publication, and the announcements. Every side effect is written down before and after it happens, so nothing is ever done twice.")
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Kirigami.Units.gridUnit

            Choice {
                objectName: "openProjectChoice"
                heading: qsTr("Open a project")
                explanation: qsTr("Pick the folder of the project's local git clone. Its playbook is the clone's own, or the built-in one that matches its GitHub remote.")
                actionName: "openProjectButton"
                actionText: qsTr("Open a project…")
                actionIcon: "document-open-folder"
                primary: true
                onTriggered: folderDialog.open()
            }
            Choice {
                objectName: "tryDemoChoice"
                heading: qsTr("Try the demo")
                explanation: qsTr("A complete release of a sample project, against stand-ins of GitHub, the staging nodes and the announcement channels started on this computer. Nothing leaves the machine, and nothing of yours is used or changed.")
                actionName: "tryDemoButton"
                actionText: qsTr("Try the demo")
                actionIcon: "media-playback-start"
                onTriggered: ReleaseSession.startDemo()
            }
        }

        Kirigami.InlineMessage {
            objectName: "welcomeError"
            Layout.fillWidth: true
            type: Kirigami.MessageType.Error
            text: ReleaseSession.lastError
            visible: text.length > 0
        }

        Kirigami.ListSectionHeader {
            Layout.fillWidth: true
            visible: ReleaseSession.recentProjects.length > 0
            text: qsTr("Recent projects")
        }
        Repeater {
            objectName: "recentProjects"
            model: ReleaseSession.recentProjects
            delegate: QQC2.ItemDelegate {
                required property string modelData
                Layout.fillWidth: true
                text: modelData
                icon.name: "folder-git"
                onClicked: ReleaseSession.openProject(modelData)
            }
        }
    }
}
