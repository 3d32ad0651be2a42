// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import ReleaseAssistant

// Accounts of the services the release touches. Secrets are kept in the system keychain, never in files.
Kirigami.ScrollablePage {
    id: page

    // The pre-flight view's "Sign in" lands here: the device flow when an OAuth app is set, else the token field.
    function startGitHubSignIn() {
        gitHub.startSignIn();
    }

    objectName: "settingsPage"
    title: qsTr("Settings")

    ChannelSecretsModel {
        id: channelSecrets
        session: ReleaseSession
    }

    ColumnLayout {
        spacing: Kirigami.Units.largeSpacing

        Kirigami.FormLayout {
            id: projectForm
            Layout.fillWidth: true
            twinFormLayouts: [gitHub.form, channelsForm]

            Kirigami.Separator {
                Kirigami.FormData.isSection: true
                Kirigami.FormData.label: qsTr("Project")
            }
            QQC2.Label {
                Kirigami.FormData.label: qsTr("Repository:")
                text: ReleaseSession.projectName
            }
            QQC2.Label {
                Kirigami.FormData.label: qsTr("Clone:")
                visible: ReleaseSession.projectOpen
                text: ReleaseSession.clonePath
            }
            QQC2.Label {
                Kirigami.FormData.label: qsTr("Playbook:")
                visible: ReleaseSession.projectOpen
                text: ReleaseSession.playbookOrigin
            }
        }

        GitHubAccountSection {
            id: gitHub
            Layout.fillWidth: true
        }

        Kirigami.FormLayout {
            id: channelsForm
            Layout.fillWidth: true
            twinFormLayouts: [projectForm, gitHub.form]

            Kirigami.Separator {
                Kirigami.FormData.isSection: true
                Kirigami.FormData.label: qsTr("Announcement channels")
            }
            QQC2.Label {
                Layout.fillWidth: true
                Layout.maximumWidth: Kirigami.Units.gridUnit * 26
                wrapMode: Text.WordWrap
                color: Kirigami.Theme.disabledTextColor
                text: qsTr("The secrets each channel posts with, kept in the %1. The channels and where they post are the project's playbook's; %2 may only say how to reach them (a proxy or a test server). An environment variable, when set, takes precedence.").arg(channelSecrets.storeDescription).arg(channelSecrets.channelsFile)
            }
            Kirigami.InlineMessage {
                Layout.fillWidth: true
                Layout.maximumWidth: Kirigami.Units.gridUnit * 26
                visible: channelSecrets.channelsError.length > 0
                type: Kirigami.MessageType.Error
                text: channelSecrets.channelsError
            }

            Repeater {
                objectName: "channelSecrets"
                model: channelSecrets

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

                    Kirigami.FormData.label: qsTr("%1 — %2:").arg(channelTitle).arg(secretName)
                    spacing: Kirigami.Units.smallSpacing

                    Kirigami.PasswordField {
                        id: secretField
                        objectName: "secretField"
                        Layout.preferredWidth: Kirigami.Units.gridUnit * 12
                        placeholderText: secretRow.overridden ? qsTr("Set by %1").arg(secretRow.environmentVariable) : qsTr("New value")
                        enabled: !secretRow.busy
                        onAccepted: saveButton.clicked()
                    }
                    QQC2.Button {
                        id: saveButton
                        text: qsTr("Save")
                        icon.name: "document-save"
                        enabled: !secretRow.busy && secretField.text.length > 0
                        onClicked: {
                            channelSecrets.save(secretRow.index, secretField.text);
                            secretField.clear();
                        }
                    }
                    QQC2.Button {
                        text: qsTr("Check")
                        icon.name: "dialog-ok-apply"
                        enabled: !secretRow.busy
                        onClicked: channelSecrets.check(secretRow.index)
                    }
                    QQC2.Button {
                        text: qsTr("Forget")
                        icon.name: "edit-delete"
                        enabled: !secretRow.busy
                        onClicked: channelSecrets.forget(secretRow.index)
                    }
                    QQC2.Label {
                        Layout.maximumWidth: Kirigami.Units.gridUnit * 10
                        visible: text !== ""
                        text: secretRow.message
                        elide: Text.ElideRight
                        color: secretRow.status === "failed" ? Kirigami.Theme.negativeTextColor : Kirigami.Theme.disabledTextColor
                    }
                }
            }
        }
    }
}
