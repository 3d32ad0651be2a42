// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
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
    QQC2.Dialog {
        id: confirmPush
        objectName: "confirmPush"
        parent: QQC2.Overlay.overlay
        anchors.centerIn: parent
        modal: true
        title: qsTr("Push %1?").arg(controller.tag)
        standardButtons: QQC2.Dialog.Ok | QQC2.Dialog.Cancel
        onAccepted: {
            controller.createAndPush(passphraseField.text);
            passphraseField.clear();
        }

        QQC2.Label {
            width: Math.min(implicitWidth, 480)
            wrapMode: Text.WordWrap
            text: (controller.hazards.count > 0
                   ? qsTr("%n hazard(s) listed on the page still apply.", "", controller.hazards.count) + "\n\n"
                   : "")
                  + qsTr("The tag %1 will be created on %2 and pushed to %3. Once pushed it is public and is never moved.")
                        .arg(controller.tag).arg(controller.commitSha.substring(0, 10)).arg(controller.remote)
        }
    }

    QQC2.ScrollView {
        id: scroller
        Layout.fillWidth: true
        Layout.fillHeight: true
        contentWidth: availableWidth

        ColumnLayout {
            width: scroller.availableWidth
            spacing: 14

            GridLayout {
                Layout.fillWidth: true
                columns: 3
                columnSpacing: 10
                rowSpacing: 6

                QQC2.Label {
                    text: qsTr("Local clone")
                }
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
                RowLayout {
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
                        onClicked: controller.cancelPlan()
                    }
                    QQC2.Button {
                        id: planAgain
                        text: qsTr("Plan again")
                        enabled: !controller.busy && !controller.planning
                        onClicked: controller.refresh()
                    }
                }

                QQC2.Label {
                    text: qsTr("Commit")
                }
                QQC2.TextField {
                    objectName: "revisionField"
                    Layout.fillWidth: true
                    text: controller.revision
                    placeholderText: qsTr("HEAD, a branch or a commit")
                    onEditingFinished: controller.revision = text
                }
                QQC2.Label {
                    text: controller.revisionOrigin
                    opacity: 0.7
                }

                QQC2.Label {
                    text: qsTr("Remote")
                }
                QQC2.TextField {
                    Layout.fillWidth: true
                    text: controller.remote
                    onEditingFinished: controller.remote = text
                }
                Item {
                    implicitWidth: 1
                }
            }

            QQC2.Label {
                objectName: "planError"
                Layout.fillWidth: true
                visible: !controller.planned
                text: controller.planError
                wrapMode: Text.WordWrap
                font.italic: true
            }

            QQC2.GroupBox {
                Layout.fillWidth: true
                visible: controller.planned
                title: qsTr("The tag")

                GridLayout {
                    anchors.fill: parent
                    columns: 2
                    columnSpacing: 12
                    rowSpacing: 4

                    QQC2.Label {
                        text: qsTr("Tag")
                        opacity: 0.7
                    }
                    QQC2.Label {
                        objectName: "tagName"
                        text: controller.annotated ? qsTr("%1 (annotated)").arg(controller.tag)
                                                   : qsTr("%1 (lightweight)").arg(controller.tag)
                        font.bold: true
                        font.pixelSize: 18
                    }
                    QQC2.Label {
                        text: qsTr("On commit")
                        opacity: 0.7
                    }
                    QQC2.Label {
                        Layout.fillWidth: true
                        text: controller.commitSha.substring(0, 10) + "  " + controller.commitSubject
                        font.family: "monospace"
                        elide: Text.ElideRight
                    }
                    QQC2.Label {
                        text: qsTr("Previous release")
                        opacity: 0.7
                    }
                    QQC2.Label {
                        text: controller.previousTag === "" ? qsTr("none") : controller.previousTag
                    }
                    QQC2.Label {
                        text: qsTr("git describe")
                        opacity: 0.7
                    }
                    QQC2.Label {
                        objectName: "describePreview"
                        Layout.fillWidth: true
                        text: controller.describeWarning === ""
                              ? qsTr("will print %1, as the packages expect").arg(controller.describeResult)
                              : qsTr("will print %1 — %2").arg(controller.describeResult).arg(controller.describeWarning)
                        color: controller.describeWarning === "" ? palette.text : "#b35c00"
                        wrapMode: Text.WordWrap
                    }
                }
            }

            QQC2.GroupBox {
                Layout.fillWidth: true
                visible: controller.planned
                title: controller.hazards.count === 0 ? qsTr("Hazards: none")
                                                      : qsTr("Hazards (%1)").arg(controller.hazards.count)

                ColumnLayout {
                    anchors.fill: parent
                    spacing: 6

                    QQC2.Label {
                        visible: controller.hazards.count === 0
                        text: qsTr("Nothing stands in the way of this tag.")
                    }
                    Repeater {
                        objectName: "hazardList"
                        model: controller.hazards
                        delegate: RowLayout {
                            id: hazardRow
                            required property string hazardId
                            required property int severity
                            required property string message

                            Layout.fillWidth: true
                            spacing: 8
                            Rectangle {
                                Layout.alignment: Qt.AlignTop
                                Layout.topMargin: 2
                                implicitWidth: severityLabel.implicitWidth + 12
                                implicitHeight: severityLabel.implicitHeight + 4
                                radius: 3
                                color: hazardRow.severity === HazardListModel.Error ? "#c62828"
                                     : hazardRow.severity === HazardListModel.Warning ? "#ef8f00" : "#607d8b"
                                QQC2.Label {
                                    id: severityLabel
                                    anchors.centerIn: parent
                                    color: "white"
                                    font.bold: true
                                    text: hazardRow.severity === HazardListModel.Error ? qsTr("error")
                                        : hazardRow.severity === HazardListModel.Warning ? qsTr("warning") : qsTr("note")
                                }
                            }
                            QQC2.Label {
                                Layout.fillWidth: true
                                text: hazardRow.message
                                wrapMode: Text.WordWrap
                            }
                        }
                    }
                }
            }

            QQC2.GroupBox {
                Layout.fillWidth: true
                visible: controller.proposals.count > 0
                title: qsTr("Versions that could follow %1").arg(controller.previousTag)

                ColumnLayout {
                    anchors.fill: parent
                    spacing: 4
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
                            spacing: 10
                            QQC2.Label {
                                Layout.preferredWidth: 110
                                text: proposalRow.tag
                                font.bold: proposalRow.chosen
                            }
                            QQC2.Label {
                                Layout.preferredWidth: 150
                                text: proposalRow.chosen ? qsTr("this release")
                                    : proposalRow.suggested ? qsTr("suggested") : proposalRow.bump
                                opacity: proposalRow.chosen || proposalRow.suggested ? 1 : 0.7
                            }
                            QQC2.Label {
                                Layout.fillWidth: true
                                text: proposalRow.reason
                                wrapMode: Text.WordWrap
                                opacity: 0.85
                            }
                        }
                    }
                }
            }

            QQC2.GroupBox {
                Layout.fillWidth: true
                visible: controller.planned
                title: qsTr("Create and push")

                ColumnLayout {
                    anchors.fill: parent
                    spacing: 8

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
                    QQC2.Label {
                        objectName: "stateMessage"
                        Layout.fillWidth: true
                        visible: text !== ""
                        text: controller.message
                        wrapMode: Text.WordWrap
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
                        opacity: 0.8
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
                        spacing: 8
                        QQC2.TextField {
                            id: keyField
                            Layout.fillWidth: true
                            text: controller.sshKeyPath
                            placeholderText: qsTr("SSH key file, when the agent has none (optional)")
                            onEditingFinished: controller.sshKeyPath = text
                        }
                        QQC2.TextField {
                            id: passphraseField
                            Layout.preferredWidth: 220
                            visible: keyField.text !== ""
                            echoMode: TextInput.Password
                            placeholderText: qsTr("Key passphrase")
                        }
                    }
                    RowLayout {
                        spacing: 8
                        QQC2.Button {
                            objectName: "pushButton"
                            text: controller.localTagExists ? qsTr("Push %1").arg(controller.tag)
                                                            : qsTr("Create and push %1").arg(controller.tag)
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
                            highlighted: controller.state === TagStepController.Interrupted
                            enabled: !controller.busy
                            onClicked: controller.checkRemote()
                        }
                        QQC2.Button {
                            text: qsTr("Delete the local tag")
                            visible: controller.localTagExists && controller.state !== TagStepController.Pushed
                            enabled: !controller.busy && controller.state !== TagStepController.Interrupted
                            onClicked: controller.deleteLocalTag()
                        }
                    }
                    QQC2.Label {
                        Layout.fillWidth: true
                        visible: controller.blocked
                        text: qsTr("A hazard above is an error: the tag cannot be created until it is fixed.")
                        color: "#c62828"
                        wrapMode: Text.WordWrap
                    }
                }
            }
        }
    }
}
