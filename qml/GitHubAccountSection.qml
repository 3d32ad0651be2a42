// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import ReleaseAssistant

// The GitHub account, for the Settings page: who is signed in and what the token may do, a fine-grained
// token pasted by hand or the device flow's code, and signing out. The token goes to the system keychain.
ColumnLayout {
    id: section

    property alias controller: account
    // The form, for pages that line up several forms (twinFormLayouts).
    property alias form: form

    // Signs in the quickest way there is: GitHub's device flow when an OAuth app's client id is set, else the
    // token field takes the focus.
    function startSignIn() {
        if (account.clientId !== "" && !account.deviceFlowActive && !account.busy)
            account.startDeviceFlow();
        else
            tokenField.forceActiveFocus();
    }

    objectName: "gitHubAccountSection"
    spacing: Kirigami.Units.largeSpacing

    GitHubAccountController {
        id: account
        objectName: "gitHubAccountController"
        // The token's rights are checked on the open project's repository.
        repository: ReleaseSession.projectName
    }

    Component.onCompleted: account.refresh()

    Kirigami.FormLayout {
        id: form
        Layout.fillWidth: true

        Kirigami.Separator {
            Kirigami.FormData.isSection: true
            Kirigami.FormData.label: qsTr("GitHub")
        }
        QQC2.Label {
            objectName: "accountLogin"
            Kirigami.FormData.label: qsTr("Signed in as:")
            visible: account.signedIn
            text: account.name === "" ? account.login : qsTr("%1 (%2)").arg(account.login).arg(account.name)
            font.bold: true
        }
        QQC2.Label {
            Kirigami.FormData.label: qsTr("Token:")
            Layout.fillWidth: true
            Layout.maximumWidth: Kirigami.Units.gridUnit * 26
            visible: account.signedIn
            text: qsTr("%1, from the %2").arg(account.tokenKind).arg(account.tokenSource)
            wrapMode: Text.WordWrap
        }
        QQC2.Label {
            objectName: "accountScopes"
            Kirigami.FormData.label: qsTr("Scopes:")
            Layout.fillWidth: true
            Layout.maximumWidth: Kirigami.Units.gridUnit * 26
            visible: account.signedIn
            text: !account.scopesKnown ? qsTr("none reported (a fine-grained token has permissions per repository)")
                : account.scopes.length === 0 ? qsTr("none") : account.scopes.join(", ")
            wrapMode: Text.WordWrap
        }
        QQC2.Label {
            objectName: "accountPermissions"
            Kirigami.FormData.label: qsTr("Permissions:")
            Layout.fillWidth: true
            Layout.maximumWidth: Kirigami.Units.gridUnit * 26
            visible: account.signedIn
            text: account.permissions
            wrapMode: Text.WordWrap
        }
        QQC2.Label {
            Kirigami.FormData.label: qsTr("Expires:")
            visible: account.signedIn && account.expiry !== ""
            text: account.expiry
        }
        RowLayout {
            Kirigami.FormData.label: qsTr("Token:")
            Layout.fillWidth: true
            spacing: Kirigami.Units.largeSpacing
            Kirigami.PasswordField {
                id: tokenField
                objectName: "tokenField"
                Layout.fillWidth: true
                Layout.minimumWidth: Kirigami.Units.gridUnit * 14
                placeholderText: qsTr("Fine-grained personal access token (github_pat_…)")
                onAccepted: saveButton.clicked()
            }
            QQC2.Button {
                id: saveButton
                text: qsTr("Check and keep")
                icon.name: "dialog-ok-apply"
                enabled: !account.busy && tokenField.text.trim() !== ""
                onClicked: {
                    account.saveToken(tokenField.text);
                    tokenField.clear();
                }
            }
            QQC2.Button {
                text: qsTr("Sign out")
                icon.name: "system-log-out"
                visible: account.signedIn
                enabled: !account.busy
                onClicked: account.signOut()
            }
        }
        QQC2.Label {
            Layout.fillWidth: true
            Layout.maximumWidth: Kirigami.Units.gridUnit * 26
            wrapMode: Text.WordWrap
            color: Kirigami.Theme.disabledTextColor
            text: qsTr("The token needs, on %1: Contents read and write (releases and assets), Actions read (runs and artifacts), Issues read and write (the release checklist).").arg(account.repository)
        }
        RowLayout {
            Kirigami.FormData.label: qsTr("Device flow:")
            Layout.fillWidth: true
            spacing: Kirigami.Units.largeSpacing
            QQC2.TextField {
                Layout.preferredWidth: Kirigami.Units.gridUnit * 12
                text: account.clientId
                placeholderText: qsTr("OAuth app client id")
                onEditingFinished: account.clientId = text
            }
            QQC2.Button {
                objectName: "deviceFlowButton"
                text: account.deviceFlowActive ? qsTr("Cancel sign-in") : qsTr("Sign in with a code")
                icon.name: account.deviceFlowActive ? "dialog-cancel" : "im-user-online"
                enabled: account.deviceFlowActive || (!account.busy && account.clientId !== "")
                onClicked: account.deviceFlowActive ? account.cancelDeviceFlow() : account.startDeviceFlow()
            }
        }
        RowLayout {
            Kirigami.FormData.label: qsTr("Enter this code:")
            visible: account.userCode !== ""
            spacing: Kirigami.Units.largeSpacing
            Kirigami.SelectableLabel {
                objectName: "deviceUserCode"
                text: account.userCode
                font.family: "monospace"
                font.pointSize: Kirigami.Theme.defaultFont.pointSize * 1.6
                font.bold: true
            }
            Kirigami.UrlButton {
                visible: account.verificationUrl !== ""
                url: account.verificationUrl
            }
        }
    }

    Kirigami.InlineMessage {
        objectName: "accountMessage"
        Layout.fillWidth: true
        visible: text !== ""
        text: account.message
        type: account.signedIn ? Kirigami.MessageType.Positive : Kirigami.MessageType.Information
    }
}
