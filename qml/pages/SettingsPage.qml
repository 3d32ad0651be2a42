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
        GitHubAccountSection {
            Layout.fillWidth: true
        }

        QQC2.Label {
            Layout.topMargin: 12
            text: qsTr("Announcement channels")
            font.bold: true
        }
        QQC2.Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            opacity: 0.8
            text: qsTr("The secrets each channel posts with, kept in the %1. The channels and where they post are the project's playbook's; %2 may only say how to reach them (a proxy or a test server). An environment variable, when set, takes precedence.").arg(channelSecrets.storeDescription).arg(channelSecrets.channelsFile)
        }
        QQC2.Label {
            Layout.fillWidth: true
            visible: channelSecrets.channelsError.length > 0
            text: channelSecrets.channelsError
            wrapMode: Text.WordWrap
            color: "firebrick"
        }

        ListView {
            id: secretList
            objectName: "channelSecrets"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 6
            model: ChannelSecretsModel {
                id: channelSecrets
                session: ReleaseSession
            }
            QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

            delegate: RowLayout {
                id: secretRow

                required property int index
                required property string channelTitle
                required property string secretName
                required property string environmentVariable
                required property bool overridden
                required property string status
                required property string message
                required property bool busy

                width: ListView.view.width - 12
                spacing: 8

                QQC2.Label {
                    Layout.preferredWidth: 220
                    text: qsTr("%1 — %2").arg(secretRow.channelTitle).arg(secretRow.secretName)
                    elide: Text.ElideRight
                }
                QQC2.TextField {
                    id: secretField
                    objectName: "secretField"
                    Layout.preferredWidth: 280
                    echoMode: TextInput.Password
                    placeholderText: secretRow.overridden ? qsTr("Set by %1").arg(secretRow.environmentVariable) : qsTr("New value")
                    enabled: !secretRow.busy
                    onAccepted: saveButton.clicked()
                }
                QQC2.Button {
                    id: saveButton
                    text: qsTr("Save")
                    enabled: !secretRow.busy && secretField.text.length > 0
                    onClicked: {
                        channelSecrets.save(secretRow.index, secretField.text);
                        secretField.clear();
                    }
                }
                QQC2.Button {
                    text: qsTr("Check")
                    enabled: !secretRow.busy
                    onClicked: channelSecrets.check(secretRow.index)
                }
                QQC2.Button {
                    text: qsTr("Forget")
                    enabled: !secretRow.busy
                    onClicked: channelSecrets.forget(secretRow.index)
                }
                QQC2.Label {
                    Layout.fillWidth: true
                    text: secretRow.message
                    elide: Text.ElideRight
                    color: secretRow.status === "failed" ? "firebrick" : palette.windowText
                }
            }
        }
    }
}
