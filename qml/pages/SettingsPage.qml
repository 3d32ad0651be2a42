// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import ReleaseAssistant

// Accounts of the services the release touches. Secrets are kept in the system keychain, never in files.
QQC2.Page {
    id: page
    objectName: "settingsPage"
    padding: 24

    header: QQC2.Label {
        text: qsTr("Settings")
        font.pixelSize: 22
        font.bold: true
        topPadding: 20
        leftPadding: 24
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 12

        QQC2.Label {
            text: qsTr("Project")
            font.bold: true
        }
        QQC2.Label {
            text: qsTr("Repository: %1").arg(ReleaseSession.projectName)
        }

        QQC2.Label {
            Layout.topMargin: 12
            text: qsTr("Accounts")
            font.bold: true
        }
        QQC2.Frame {
            objectName: "notBuiltNotice"
            Layout.fillWidth: true
            QQC2.Label {
                anchors.fill: parent
                wrapMode: Text.WordWrap
                text: qsTr("Signing in to GitHub and the announcement channels is not built yet. Until it is, the command-line tool reads a GitHub token from the GITHUB_TOKEN environment variable.")
            }
        }
        Item {
            Layout.fillHeight: true
        }
    }
}
