// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Dialogs
import org.kde.kirigami as Kirigami
import ReleaseAssistant

// The project the window releases: opened once from its clone's folder (the playbook is found in the clone or
// matched to the remote), or again from the recent projects. Every page then works on it.
QQC2.ToolButton {
    id: root
    objectName: "projectPicker"

    // Opens the folder dialog (the welcome page's button and the menu share it).
    function chooseFolder() {
        folderDialog.open();
    }

    text: ReleaseSession.projectOpen ? ReleaseSession.projectName : qsTr("Open project…")
    icon.name: "folder-git"
    font.bold: true
    Accessible.name: qsTr("Project")
    QQC2.ToolTip.visible: hovered && ReleaseSession.projectOpen
    QQC2.ToolTip.text: qsTr("Clone: %1\nPlaybook: %2").arg(ReleaseSession.clonePath).arg(ReleaseSession.playbookOrigin)
    QQC2.ToolTip.delay: Kirigami.Units.toolTipDelay
    onClicked: menu.open()

    QQC2.Menu {
        id: menu
        objectName: "projectMenu"
        y: root.height

        QQC2.MenuItem {
            text: qsTr("Open project…")
            icon.name: "document-open-folder"
            onTriggered: root.chooseFolder()
        }
        QQC2.MenuSeparator {
            visible: recent.count > 0
        }
        Instantiator {
            id: recent
            model: ReleaseSession.recentProjects
            delegate: QQC2.MenuItem {
                required property string modelData
                text: modelData
                onTriggered: ReleaseSession.openProject(modelData)
            }
            onObjectAdded: (index, object) => menu.insertItem(index + 2, object as QQC2.MenuItem)
            onObjectRemoved: (index, object) => menu.removeItem(object as QQC2.MenuItem)
        }
    }

    FolderDialog {
        id: folderDialog
        objectName: "projectFolderDialog"
        title: qsTr("The folder of the project's git clone")
        onAccepted: ReleaseSession.openProjectFolder(selectedFolder)
    }
}
