// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import ReleaseAssistant

// Step 2: the tag. What will be tagged and what could go wrong first, then one button that creates and
// pushes it; the outcome (with the server's own words) and the next action below.
StepPage {
    id: page

    stepKey: "tag"

    TagStepController {
        id: controller
        objectName: "tagController"
        session: ReleaseSession
    }

    // Pushing a tag publishes it: operators' upgrade scripts may pick it up at once, and it is never moved.
    Kirigami.PromptDialog {
        id: confirmPush
        objectName: "confirmPush"
        title: qsTr("Push %1?").arg(controller.tag)
        subtitle: (controller.hazards.count > 0
                   ? qsTr("%n hazard(s) listed on the page still apply.", "", controller.hazards.count) + "\n\n"
                   : "")
                  + qsTr("The tag %1 will be created on %2 and pushed to %3. Once pushed it is public and is never moved.")
                        .arg(controller.tag).arg(controller.commitSha.substring(0, 10)).arg(controller.remote)
        standardButtons: Kirigami.Dialog.Ok | Kirigami.Dialog.Cancel
        onAccepted: {
            controller.createAndPush(passphraseField.text);
            passphraseField.clear();
        }
    }

    Kirigami.FormLayout {
        Layout.fillWidth: true

        RowLayout {
            Kirigami.FormData.label: qsTr("Local clone:")
            Layout.fillWidth: true
            QQC2.TextField {
                id: repositoryField
                objectName: "repositoryField"
                Layout.fillWidth: true
                text: controller.repositoryPath
                // The open project's clone is the release's clone: it is not asked for again.
                readOnly: ReleaseSession.projectOpen
                placeholderText: qsTr("/home/me/src/aleph-vm")
                onEditingFinished: controller.repositoryPath = text
            }
            QQC2.BusyIndicator {
                objectName: "planningIndicator"
                visible: controller.planning
                running: visible
                Layout.preferredHeight: planAgain.implicitHeight
                Layout.preferredWidth: planAgain.implicitHeight
            }
            QQC2.Button {
                objectName: "cancelPlanButton"
                visible: controller.planning
                text: qsTr("Cancel")
                icon.name: "dialog-cancel"
                onClicked: controller.cancelPlan()
            }
            QQC2.Button {
                id: planAgain
                text: qsTr("Plan again")
                icon.name: "view-refresh"
                enabled: !controller.busy && !controller.planning
                onClicked: controller.refresh()
            }
        }
        RowLayout {
            Kirigami.FormData.label: qsTr("Commit:")
            Layout.fillWidth: true
            QQC2.TextField {
                objectName: "revisionField"
                Layout.fillWidth: true
                text: controller.revision
                placeholderText: qsTr("HEAD, a branch or a commit")
                onEditingFinished: controller.revision = text
            }
            QQC2.Label {
                text: controller.revisionOrigin
                color: Kirigami.Theme.disabledTextColor
            }
        }
        QQC2.TextField {
            Kirigami.FormData.label: qsTr("Remote:")
            Layout.fillWidth: true
            text: controller.remote
            onEditingFinished: controller.remote = text
        }
    }

    Kirigami.InlineMessage {
        objectName: "planError"
        Layout.fillWidth: true
        type: Kirigami.MessageType.Warning
        visible: !controller.planned && text !== ""
        text: controller.planError
    }

    Kirigami.FormLayout {
        Layout.fillWidth: true
        visible: controller.planned

        Kirigami.Separator {
            Kirigami.FormData.isSection: true
            Kirigami.FormData.label: qsTr("The tag")
        }
        Kirigami.Heading {
            objectName: "tagName"
            Kirigami.FormData.label: qsTr("Tag:")
            level: 3
            text: controller.annotated ? qsTr("%1 (annotated)").arg(controller.tag)
                                       : qsTr("%1 (lightweight)").arg(controller.tag)
        }
        QQC2.Label {
            Kirigami.FormData.label: qsTr("On commit:")
            Layout.fillWidth: true
            text: controller.commitSha.substring(0, 10) + "  " + controller.commitSubject
            font.family: "monospace"
            elide: Text.ElideRight
        }
        QQC2.Label {
            Kirigami.FormData.label: qsTr("Previous release:")
            text: controller.previousTag === "" ? qsTr("none") : controller.previousTag
        }
        QQC2.Label {
            objectName: "describePreview"
            Kirigami.FormData.label: qsTr("git describe:")
            Layout.fillWidth: true
            text: controller.describeWarning === ""
                  ? qsTr("will print %1, as the packages expect").arg(controller.describeResult)
                  : qsTr("will print %1 — %2").arg(controller.describeResult).arg(controller.describeWarning)
            color: controller.describeWarning === "" ? Kirigami.Theme.textColor : Kirigami.Theme.neutralTextColor
            wrapMode: Text.WordWrap
        }
    }

    Kirigami.ListSectionHeader {
        Layout.fillWidth: true
        visible: controller.planned
        text: controller.hazards.count === 0 ? qsTr("Hazards: none") : qsTr("Hazards (%1)").arg(controller.hazards.count)
    }
    QQC2.Label {
        visible: controller.planned && controller.hazards.count === 0
        text: qsTr("Nothing stands in the way of this tag.")
    }
    Repeater {
        objectName: "hazardList"
        model: controller.planned ? controller.hazards : null
        delegate: RowLayout {
            id: hazardRow
            required property string hazardId
            required property int severity
            required property string message

            Layout.fillWidth: true
            spacing: Kirigami.Units.largeSpacing
            SeverityBadge {
                Layout.alignment: Qt.AlignTop
                severity: hazardRow.severity === HazardListModel.Error ? SeverityBadge.Error
                        : hazardRow.severity === HazardListModel.Warning ? SeverityBadge.Warning : SeverityBadge.Neutral
                text: hazardRow.severity === HazardListModel.Error ? qsTr("error")
                    : hazardRow.severity === HazardListModel.Warning ? qsTr("warning") : qsTr("note")
            }
            QQC2.Label {
                Layout.fillWidth: true
                text: hazardRow.message
                wrapMode: Text.WordWrap
            }
        }
    }

    Kirigami.ListSectionHeader {
        Layout.fillWidth: true
        visible: controller.proposals.count > 0
        text: qsTr("Versions that could follow %1").arg(controller.previousTag)
    }
    Repeater {
        model: controller.proposals
        delegate: RowLayout {
            id: proposalRow
            required property string tag
            required property string bump
            required property string reason
            required property bool suggested
            required property bool chosen

            Layout.fillWidth: true
            spacing: Kirigami.Units.largeSpacing
            QQC2.Label {
                Layout.preferredWidth: Kirigami.Units.gridUnit * 6
                text: proposalRow.tag
                font.bold: proposalRow.chosen
            }
            QQC2.Label {
                Layout.preferredWidth: Kirigami.Units.gridUnit * 8
                text: proposalRow.chosen ? qsTr("this release")
                    : proposalRow.suggested ? qsTr("suggested") : proposalRow.bump
                color: proposalRow.chosen || proposalRow.suggested ? Kirigami.Theme.textColor : Kirigami.Theme.disabledTextColor
            }
            QQC2.Label {
                Layout.fillWidth: true
                text: proposalRow.reason
                wrapMode: Text.WordWrap
            }
        }
    }

    Kirigami.ListSectionHeader {
        Layout.fillWidth: true
        visible: controller.planned
        text: qsTr("Create and push")
    }
    ColumnLayout {
        Layout.fillWidth: true
        visible: controller.planned
        spacing: Kirigami.Units.largeSpacing

        QQC2.Label {
            objectName: "stateLabel"
            font.bold: true
            text: {
                switch (controller.state) {
                case TagStepController.ReadyToCreate:
                    return qsTr("Not created yet");
                case TagStepController.LocalOnly:
                    return qsTr("Created locally, not pushed");
                case TagStepController.Pushing:
                    return qsTr("Pushing…");
                case TagStepController.Pushed:
                    return qsTr("Pushed and verified on the remote");
                case TagStepController.Rejected:
                    return qsTr("Rejected by the server");
                case TagStepController.Conflict:
                    return qsTr("The tag already exists elsewhere");
                case TagStepController.Failed:
                    return qsTr("The push failed");
                case TagStepController.Interrupted:
                    return qsTr("Interrupted: the outcome is unknown");
                }
                return "";
            }
        }
        Kirigami.InlineMessage {
            objectName: "stateMessage"
            Layout.fillWidth: true
            visible: text !== ""
            text: controller.message
            type: {
                switch (controller.state) {
                case TagStepController.Pushed:
                    return Kirigami.MessageType.Positive;
                case TagStepController.Rejected:
                case TagStepController.Conflict:
                case TagStepController.Failed:
                    return Kirigami.MessageType.Error;
                case TagStepController.Interrupted:
                    return Kirigami.MessageType.Warning;
                }
                return Kirigami.MessageType.Information;
            }
        }
        QQC2.Label {
            Layout.fillWidth: true
            visible: controller.remoteMessages.length > 0
            text: qsTr("The server said:") + "\n" + controller.remoteMessages.join("\n")
            font.family: "monospace"
            wrapMode: Text.WrapAnywhere
        }
        QQC2.Label {
            visible: controller.remoteCommit !== ""
            text: qsTr("Remote tag on %1").arg(controller.remoteCommit.substring(0, 10))
            color: Kirigami.Theme.disabledTextColor
        }
        ColumnLayout {
            Layout.fillWidth: true
            visible: controller.busy
            QQC2.ProgressBar {
                Layout.fillWidth: true
                indeterminate: controller.progress < 0
                value: Math.max(0, controller.progress)
            }
            QQC2.Label {
                text: controller.progressText
            }
        }
        RowLayout {
            Layout.fillWidth: true
            visible: controller.state !== TagStepController.Pushed
            spacing: Kirigami.Units.largeSpacing
            QQC2.TextField {
                id: keyField
                Layout.fillWidth: true
                text: controller.sshKeyPath
                placeholderText: qsTr("SSH key file, when the agent has none (optional)")
                onEditingFinished: controller.sshKeyPath = text
            }
            Kirigami.PasswordField {
                id: passphraseField
                Layout.preferredWidth: Kirigami.Units.gridUnit * 12
                visible: keyField.text !== ""
                placeholderText: qsTr("Key passphrase")
            }
        }
        RowLayout {
            spacing: Kirigami.Units.largeSpacing
            QQC2.Button {
                objectName: "pushButton"
                text: controller.localTagExists ? qsTr("Push %1").arg(controller.tag)
                                                : qsTr("Create and push %1").arg(controller.tag)
                icon.name: "vcs-push"
                highlighted: true
                enabled: !controller.busy && !controller.blocked
                         && (controller.state === TagStepController.ReadyToCreate
                             || controller.state === TagStepController.LocalOnly
                             || controller.state === TagStepController.Rejected
                             || controller.state === TagStepController.Failed)
                onClicked: confirmPush.open()
            }
            QQC2.Button {
                text: qsTr("Check the remote")
                icon.name: "view-refresh"
                highlighted: controller.state === TagStepController.Interrupted
                enabled: !controller.busy
                onClicked: controller.checkRemote()
            }
            QQC2.Button {
                text: qsTr("Delete the local tag")
                icon.name: "edit-delete"
                visible: controller.localTagExists && controller.state !== TagStepController.Pushed
                enabled: !controller.busy && controller.state !== TagStepController.Interrupted
                onClicked: controller.deleteLocalTag()
            }
        }
        Kirigami.InlineMessage {
            Layout.fillWidth: true
            visible: controller.blocked
            type: Kirigami.MessageType.Error
            text: qsTr("A hazard above is an error: the tag cannot be created until it is fixed.")
        }
    }
}
