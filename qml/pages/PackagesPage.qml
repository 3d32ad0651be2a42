// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
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

    Kirigami.FormLayout {
        Layout.fillWidth: true

        ColumnLayout {
            Kirigami.FormData.label: qsTr("Pipeline:")
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
            Kirigami.FormData.label: qsTr("Release:")
            Layout.fillWidth: true
            text: controller.tag === "" ? qsTr("none picked") : qsTr("the draft of %1 on %2").arg(controller.tag).arg(controller.repository)
            font.bold: controller.tag !== ""
            elide: Text.ElideRight
        }
        RowLayout {
            Kirigami.FormData.label: qsTr("Tagged commit:")
            Layout.fillWidth: true
            visible: controller.mode === PackagesStepController.AttachArtifacts
            QQC2.TextField {
                objectName: "commitField"
                Layout.fillWidth: true
                text: controller.commit
                placeholderText: qsTr("the commit the build ran on")
                onEditingFinished: controller.commit = text
            }
            QQC2.Label {
                text: controller.commitOrigin
                color: Kirigami.Theme.disabledTextColor
            }
        }
        QQC2.TextField {
            objectName: "runIdField"
            Kirigami.FormData.label: qsTr("CI run id:")
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

    RowLayout {
        Layout.fillWidth: true
        spacing: Kirigami.Units.largeSpacing
        QQC2.Button {
            objectName: "startButton"
            text: controller.mode === PackagesStepController.VerifyDraft ? qsTr("Verify the draft")
                                                                         : qsTr("Download, check and attach")
            icon.name: "run-build"
            highlighted: controller.outcome !== PackagesStepController.Succeeded
            enabled: !controller.busy && controller.tag !== ""
            onClicked: controller.start()
        }
        QQC2.Button {
            objectName: "cancelButton"
            text: qsTr("Cancel")
            icon.name: "dialog-cancel"
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

    Kirigami.InlineMessage {
        objectName: "outcomeMessage"
        Layout.fillWidth: true
        visible: controller.message !== ""
        text: controller.finishedAt === "" ? controller.message : qsTr("%1 — %2").arg(controller.finishedAt).arg(controller.message)
        type: controller.outcome === PackagesStepController.Succeeded ? Kirigami.MessageType.Positive
            : controller.outcome === PackagesStepController.Failed ? Kirigami.MessageType.Error
            : Kirigami.MessageType.Information
    }

    Kirigami.ListSectionHeader {
        Layout.fillWidth: true
        text: qsTr("Packages (%1)").arg(controller.packages.count)
    }
    QQC2.Label {
        visible: controller.packages.count === 0
        text: qsTr("The playbook expects no package: every .deb artifact of the run is attached.")
        color: Kirigami.Theme.disabledTextColor
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
            spacing: Kirigami.Units.smallSpacing
            RowLayout {
                Layout.fillWidth: true
                spacing: Kirigami.Units.largeSpacing
                SeverityBadge {
                    severity: packageRow.packageState === PackagesItemModel.Error ? SeverityBadge.Error
                            : packageRow.packageState === PackagesItemModel.Uploaded
                              || packageRow.packageState === PackagesItemModel.SkippedIdentical
                              || packageRow.packageState === PackagesItemModel.Replaced
                              || packageRow.packageState === PackagesItemModel.Verified ? SeverityBadge.Positive
                            : packageRow.active ? SeverityBadge.Information : SeverityBadge.Neutral
                    text: packageRow.stateText
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
                    color: Kirigami.Theme.disabledTextColor
                }
            }
            RowLayout {
                Layout.fillWidth: true
                Layout.leftMargin: Kirigami.Units.gridUnit
                visible: packageRow.active
                spacing: Kirigami.Units.largeSpacing
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
                Layout.leftMargin: Kirigami.Units.gridUnit
                visible: packageRow.sha256 !== ""
                text: qsTr("sha256 %1").arg(packageRow.sha256)
                font.family: "monospace"
                color: Kirigami.Theme.disabledTextColor
                elide: Text.ElideRight
            }
            QQC2.Label {
                Layout.fillWidth: true
                Layout.leftMargin: Kirigami.Units.gridUnit
                visible: packageRow.error !== ""
                text: packageRow.error
                color: Kirigami.Theme.negativeTextColor
                wrapMode: Text.WordWrap
            }
        }
    }

    Kirigami.ListSectionHeader {
        Layout.fillWidth: true
        visible: controller.unexpectedAssets.length > 0
        text: qsTr("Assets on the draft that are not expected")
    }
    QQC2.Label {
        Layout.fillWidth: true
        visible: controller.unexpectedAssets.length > 0
        text: controller.unexpectedAssets.join("\n")
        font.family: "monospace"
        wrapMode: Text.WrapAnywhere
    }

    Kirigami.ListSectionHeader {
        Layout.fillWidth: true
        visible: controller.plannedRequests.length > 0
        text: qsTr("The requests it would send (nothing was sent)")
    }
    QQC2.Label {
        Layout.fillWidth: true
        visible: controller.plannedRequests.length > 0
        text: controller.plannedRequests.join("\n")
        font.family: "monospace"
        wrapMode: Text.WrapAnywhere
    }
}
