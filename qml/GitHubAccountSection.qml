// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import ReleaseAssistant

// The GitHub account, for the Settings page: who is signed in and what the token may do, a fine-grained
// token pasted by hand or the device flow's code, and signing out. The token goes to the system keychain.
QQC2.GroupBox {
    id: section

    property alias controller: account

    objectName: "gitHubAccountSection"
    title: qsTr("GitHub")

    GitHubAccountController {
        id: account
        objectName: "gitHubAccountController"
        // The token's rights are checked on the open project's repository.
        repository: ReleaseSession.projectName
    }

    Component.onCompleted: account.refresh()

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        GridLayout {
            Layout.fillWidth: true
            visible: account.signedIn
            columns: 2
            columnSpacing: 12
            rowSpacing: 4

            QQC2.Label {
                text: qsTr("Signed in as")
                opacity: 0.7
            }
            QQC2.Label {
                objectName: "accountLogin"
                Layout.fillWidth: true
                text: account.name === "" ? account.login : qsTr("%1 (%2)").arg(account.login).arg(account.name)
                font.bold: true
            }
            QQC2.Label {
                text: qsTr("Token")
                opacity: 0.7
            }
            QQC2.Label {
                Layout.fillWidth: true
                text: qsTr("%1, from the %2").arg(account.tokenKind).arg(account.tokenSource)
                wrapMode: Text.WordWrap
            }
            QQC2.Label {
                text: qsTr("Scopes")
                opacity: 0.7
            }
            QQC2.Label {
                objectName: "accountScopes"
                Layout.fillWidth: true
                text: !account.scopesKnown ? qsTr("none reported (a fine-grained token has permissions per repository)")
                    : account.scopes.length === 0 ? qsTr("none") : account.scopes.join(", ")
                wrapMode: Text.WordWrap
            }
            QQC2.Label {
                text: qsTr("Permissions")
                opacity: 0.7
            }
            QQC2.Label {
                objectName: "accountPermissions"
                Layout.fillWidth: true
                text: account.permissions
                wrapMode: Text.WordWrap
            }
            QQC2.Label {
                visible: account.expiry !== ""
                text: qsTr("Expires")
                opacity: 0.7
            }
            QQC2.Label {
                visible: account.expiry !== ""
                text: account.expiry
            }
        }

        QQC2.Label {
            objectName: "accountMessage"
            Layout.fillWidth: true
            visible: text !== ""
            text: account.message
            wrapMode: Text.WordWrap
            opacity: 0.85
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            QQC2.TextField {
                id: tokenField
                objectName: "tokenField"
                Layout.fillWidth: true
                echoMode: TextInput.Password
                placeholderText: qsTr("Fine-grained personal access token (github_pat_…)")
                onAccepted: saveButton.clicked()
            }
            QQC2.Button {
                id: saveButton
                text: qsTr("Check and keep")
                enabled: !account.busy && tokenField.text.trim() !== ""
                onClicked: {
                    account.saveToken(tokenField.text);
                    tokenField.clear();
                }
            }
            QQC2.Button {
                text: qsTr("Sign out")
                visible: account.signedIn
                enabled: !account.busy
                onClicked: account.signOut()
            }
        }
        QQC2.Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            opacity: 0.7
            text: qsTr("The token needs, on %1: Contents read and write (releases and assets), Actions read (runs and artifacts), Issues read and write (the release checklist).").arg(account.repository)
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            QQC2.TextField {
                Layout.preferredWidth: 220
                text: account.clientId
                placeholderText: qsTr("OAuth app client id")
                onEditingFinished: account.clientId = text
            }
            QQC2.Button {
                text: account.deviceFlowActive ? qsTr("Cancel sign-in") : qsTr("Sign in with a code")
                enabled: account.deviceFlowActive || (!account.busy && account.clientId !== "")
                onClicked: account.deviceFlowActive ? account.cancelDeviceFlow() : account.startDeviceFlow()
            }
            QQC2.Label {
                objectName: "deviceUserCode"
                visible: account.userCode !== ""
                text: account.userCode
                font.family: "monospace"
                font.pixelSize: 20
                font.bold: true
            }
            QQC2.Label {
                Layout.fillWidth: true
                visible: account.verificationUrl !== ""
                text: "<a href=\"" + account.verificationUrl + "\">" + account.verificationUrl + "</a>"
                textFormat: Text.StyledText
                onLinkActivated: link => Qt.openUrlExternally(link)
                elide: Text.ElideRight
            }
        }
    }
}
