// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import ReleaseAssistant

// Step 5: the packages on the draft. Where they come from (the CI run) and what is expected, one button that
// attaches them (or verifies what CI attached), one row per package with its state and progress, and Cancel.
StepPage {
    id: page

    stepKey: "packages"

    PackagesStepController {
        id: controller
        objectName: "packagesController"
        session: ReleaseSession
    }

    QQC2.ScrollView {
        id: scroller
        Layout.fillWidth: true
        Layout.fillHeight: true
        contentWidth: availableWidth

        ColumnLayout {
            width: scroller.availableWidth
            spacing: 14

            QQC2.GroupBox {
                Layout.fillWidth: true
                title: qsTr("Where the packages come from")

                GridLayout {
                    anchors.fill: parent
                    columns: 3
                    columnSpacing: 10
                    rowSpacing: 6

                    QQC2.Label {
                        text: qsTr("Pipeline")
                    }
                    RowLayout {
                        Layout.columnSpan: 2
                        spacing: 12
                        QQC2.RadioButton {
                            objectName: "verifyModeButton"
                            text: qsTr("CI attaches them to the draft: verify it")
                            checked: controller.mode === PackagesStepController.VerifyDraft
                            enabled: !controller.busy
                            onToggled: controller.mode = PackagesStepController.VerifyDraft
                        }
                        QQC2.RadioButton {
                            objectName: "attachModeButton"
                            text: qsTr("Attach the CI artifacts here")
                            checked: controller.mode === PackagesStepController.AttachArtifacts
                            enabled: !controller.busy
                            onToggled: controller.mode = PackagesStepController.AttachArtifacts
                        }
                    }

                    QQC2.Label {
                        text: qsTr("Release")
                    }
                    QQC2.Label {
                        Layout.columnSpan: 2
                        Layout.fillWidth: true
                        text: controller.tag === "" ? qsTr("none picked") : qsTr("the draft of %1 on %2").arg(controller.tag).arg(controller.repository)
                        font.bold: controller.tag !== ""
                        elide: Text.ElideRight
                    }

                    QQC2.Label {
                        visible: controller.mode === PackagesStepController.AttachArtifacts
                        text: qsTr("Tagged commit")
                    }
                    QQC2.TextField {
                        objectName: "commitField"
                        visible: controller.mode === PackagesStepController.AttachArtifacts
                        Layout.fillWidth: true
                        text: controller.commit
                        placeholderText: qsTr("the commit the build ran on")
                        onEditingFinished: controller.commit = text
                    }
                    QQC2.Label {
                        visible: controller.mode === PackagesStepController.AttachArtifacts
                        text: controller.commitOrigin
                        opacity: 0.7
                    }

                    QQC2.Label {
                        visible: controller.mode === PackagesStepController.AttachArtifacts
                        text: qsTr("CI run id")
                    }
                    QQC2.TextField {
                        objectName: "runIdField"
                        visible: controller.mode === PackagesStepController.AttachArtifacts
                        Layout.fillWidth: true
                        text: controller.runId
                        placeholderText: qsTr("optional: found from the commit when empty")
                        validator: RegularExpressionValidator {
                            regularExpression: /[0-9]*/
                        }
                        onEditingFinished: controller.runId = text
                    }
                    QQC2.CheckBox {
                        visible: controller.mode === PackagesStepController.AttachArtifacts
                        text: qsTr("Also attach SHA256SUMS")
                        checked: controller.sha256Sums
                        onToggled: controller.sha256Sums = checked
                    }
                }
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: 10
                QQC2.Button {
                    objectName: "startButton"
                    text: controller.mode === PackagesStepController.VerifyDraft ? qsTr("Verify the draft")
                                                                                 : qsTr("Download, check and attach")
                    highlighted: controller.outcome !== PackagesStepController.Succeeded
                    enabled: !controller.busy && controller.tag !== ""
                    onClicked: controller.start()
                }
                QQC2.Button {
                    objectName: "cancelButton"
                    text: qsTr("Cancel")
                    visible: controller.busy
                    enabled: !controller.cancelling
                    onClicked: controller.cancel()
                }
                QQC2.Button {
                    text: qsTr("Show the requests")
                    enabled: !controller.busy && controller.tag !== ""
                    visible: controller.mode === PackagesStepController.AttachArtifacts
                    onClicked: controller.planRequests()
                }
                QQC2.Label {
                    Layout.fillWidth: true
                    visible: controller.busy
                    text: controller.progressText
                    elide: Text.ElideRight
                }
            }

            QQC2.Label {
                objectName: "outcomeMessage"
                Layout.fillWidth: true
                visible: controller.message !== ""
                text: controller.finishedAt === "" ? controller.message : qsTr("%1 — %2").arg(controller.finishedAt).arg(controller.message)
                wrapMode: Text.WordWrap
                font.bold: true
                color: controller.outcome === PackagesStepController.Succeeded ? "#2e7d32"
                     : controller.outcome === PackagesStepController.Failed ? "#c62828" : palette.text
            }

            QQC2.GroupBox {
                Layout.fillWidth: true
                title: qsTr("Packages (%1)").arg(controller.packages.count)

                ColumnLayout {
                    anchors.fill: parent
                    spacing: 10
                    QQC2.Label {
                        visible: controller.packages.count === 0
                        text: qsTr("The playbook expects no package: every .deb artifact of the run is attached.")
                        opacity: 0.7
                    }
                    Repeater {
                        objectName: "packageList"
                        model: controller.packages
                        delegate: ColumnLayout {
                            id: packageRow
                            required property string name
                            required property int packageState
                            required property string stateText
                            required property string packageName
                            required property string version
                            required property string architecture
                            required property string sha256
                            required property string sizeText
                            required property double progress
                            required property string progressText
                            required property string error
                            required property bool active

                            Layout.fillWidth: true
                            spacing: 3
                            RowLayout {
                                Layout.fillWidth: true
                                spacing: 10
                                Rectangle {
                                    implicitWidth: stateLabel.implicitWidth + 12
                                    implicitHeight: stateLabel.implicitHeight + 4
                                    radius: 3
                                    color: packageRow.packageState === PackagesItemModel.Error ? "#c62828"
                                         : packageRow.packageState === PackagesItemModel.Uploaded
                                           || packageRow.packageState === PackagesItemModel.SkippedIdentical
                                           || packageRow.packageState === PackagesItemModel.Replaced
                                           || packageRow.packageState === PackagesItemModel.Verified ? "#2e7d32"
                                         : packageRow.active ? "#1565c0" : "#607d8b"
                                    QQC2.Label {
                                        id: stateLabel
                                        anchors.centerIn: parent
                                        color: "white"
                                        font.bold: true
                                        text: packageRow.stateText
                                    }
                                }
                                QQC2.Label {
                                    Layout.fillWidth: true
                                    text: packageRow.name
                                    font.family: "monospace"
                                    font.bold: true
                                    elide: Text.ElideRight
                                }
                                QQC2.Label {
                                    visible: packageRow.version !== ""
                                    text: qsTr("%1 %2 (%3) · %4").arg(packageRow.packageName).arg(packageRow.version)
                                                                    .arg(packageRow.architecture).arg(packageRow.sizeText)
                                    opacity: 0.85
                                }
                            }
                            RowLayout {
                                Layout.fillWidth: true
                                Layout.leftMargin: 20
                                visible: packageRow.active
                                spacing: 10
                                QQC2.ProgressBar {
                                    Layout.fillWidth: true
                                    indeterminate: packageRow.progress < 0
                                    value: Math.max(0, packageRow.progress)
                                }
                                QQC2.Label {
                                    text: packageRow.progressText
                                }
                            }
                            QQC2.Label {
                                Layout.fillWidth: true
                                Layout.leftMargin: 20
                                visible: packageRow.sha256 !== ""
                                text: qsTr("sha256 %1").arg(packageRow.sha256)
                                font.family: "monospace"
                                opacity: 0.7
                                elide: Text.ElideRight
                            }
                            QQC2.Label {
                                Layout.fillWidth: true
                                Layout.leftMargin: 20
                                visible: packageRow.error !== ""
                                text: packageRow.error
                                color: "#c62828"
                                wrapMode: Text.WordWrap
                            }
                        }
                    }
                }
            }

            QQC2.GroupBox {
                Layout.fillWidth: true
                visible: controller.unexpectedAssets.length > 0
                title: qsTr("Assets on the draft that are not expected")
                QQC2.Label {
                    anchors.fill: parent
                    text: controller.unexpectedAssets.join("\n")
                    font.family: "monospace"
                    wrapMode: Text.WrapAnywhere
                }
            }

            QQC2.GroupBox {
                Layout.fillWidth: true
                visible: controller.plannedRequests.length > 0
                title: qsTr("The requests it would send (nothing was sent)")
                QQC2.Label {
                    anchors.fill: parent
                    text: controller.plannedRequests.join("\n")
                    font.family: "monospace"
                    wrapMode: Text.WrapAnywhere
                }
            }
        }
    }
}
