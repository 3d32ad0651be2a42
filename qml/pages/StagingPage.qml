// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import ReleaseAssistant

// Step 1: is the candidate commit what staging runs, and is staging healthy? The candidate first, then one
// button that asks GitHub and the staging servers; the findings by kind below, and the sign-off at the end.
StepPage {
    id: page

    stepKey: "staging"

    component VerdictBadge: SeverityBadge {
        required property string verdict
        severity: verdict === "pass" ? SeverityBadge.Positive
                : verdict === "warning" ? SeverityBadge.Warning
                : verdict === "fail" ? SeverityBadge.Error : SeverityBadge.Neutral
        text: verdict === "pass" ? qsTr("pass")
            : verdict === "warning" ? qsTr("warning")
            : verdict === "fail" ? qsTr("fail") : qsTr("unknown")
    }

    StagingStepController {
        id: controller
        objectName: "stagingController"
        session: ReleaseSession
    }

    Kirigami.FormLayout {
        Layout.fillWidth: true

        RowLayout {
            Kirigami.FormData.label: qsTr("Local clone:")
            Layout.fillWidth: true
            QQC2.TextField {
                objectName: "repositoryField"
                Layout.fillWidth: true
                text: controller.repositoryPath
                // The open project's clone is the release's clone: it is not asked for again.
                readOnly: ReleaseSession.projectOpen
                placeholderText: qsTr("/home/me/src/aleph-vm")
                onEditingFinished: controller.repositoryPath = text
            }
            QQC2.Button {
                text: qsTr("Read again")
                icon.name: "view-refresh"
                enabled: !controller.busy
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
                placeholderText: qsTr("origin/main, else HEAD")
                onEditingFinished: controller.revision = text
            }
            QQC2.Label {
                text: controller.resolvedRevision
                color: Kirigami.Theme.disabledTextColor
            }
        }
        QQC2.Label {
            objectName: "candidateCommit"
            Kirigami.FormData.label: qsTr("Resolves to:")
            Layout.fillWidth: true
            visible: controller.commitSha !== ""
            text: controller.commitSha.substring(0, 10) + "  " + controller.commitSubject
            font.family: "monospace"
            elide: Text.ElideRight
        }
        QQC2.Label {
            objectName: "expectedVersion"
            Kirigami.FormData.label: qsTr("Should report:")
            Layout.fillWidth: true
            visible: controller.expectedVersion !== ""
            text: qsTr("%1 (its git describe: what a package built from it calls itself)").arg(controller.expectedVersion)
            wrapMode: Text.WordWrap
        }
    }

    Kirigami.InlineMessage {
        objectName: "candidateError"
        Layout.fillWidth: true
        type: Kirigami.MessageType.Warning
        visible: controller.candidateError !== ""
        text: controller.candidateError
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Kirigami.Units.largeSpacing
        QQC2.Button {
            objectName: "runChecksButton"
            text: controller.hasReport ? qsTr("Check again") : qsTr("Run the checks")
            icon.name: "media-playback-start"
            highlighted: !controller.hasReport
            enabled: !controller.busy && controller.commitSha !== ""
            onClicked: controller.runChecks()
        }
        QQC2.Button {
            text: qsTr("Cancel")
            icon.name: "dialog-cancel"
            visible: controller.busy
            onClicked: controller.cancel()
        }
        QQC2.BusyIndicator {
            running: controller.busy
            visible: controller.busy
            Layout.preferredWidth: Kirigami.Units.iconSizes.medium
            Layout.preferredHeight: Kirigami.Units.iconSizes.medium
        }
        QQC2.Label {
            Layout.fillWidth: true
            visible: controller.busy
            text: controller.progressText
            elide: Text.ElideRight
        }
        QQC2.Label {
            Layout.fillWidth: true
            visible: !controller.busy
            text: qsTr("Asks GitHub about %1 and %n staging server(s).", "", controller.serverUrls.length).arg(controller.repository)
            color: Kirigami.Theme.disabledTextColor
            elide: Text.ElideRight
        }
    }

    Kirigami.InlineMessage {
        objectName: "stagingMessage"
        Layout.fillWidth: true
        type: Kirigami.MessageType.Warning
        visible: controller.message !== ""
        text: controller.message
    }

    RowLayout {
        Layout.fillWidth: true
        visible: controller.hasReport
        spacing: Kirigami.Units.largeSpacing
        VerdictBadge {
            verdict: controller.verdict
        }
        QQC2.Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: controller.reportIsFresh
                  ? qsTr("Checked %1 for commit %2.").arg(controller.checkedAt).arg(controller.reportCommit.substring(0, 10))
                  : qsTr("Last checked %1 for commit %2. Check again to sign off.").arg(controller.checkedAt).arg(controller.reportCommit.substring(0, 10))
        }
    }

    Kirigami.ListSectionHeader {
        Layout.fillWidth: true
        text: qsTr("Workflow runs")
    }
    QQC2.Label {
        visible: controller.workflows.count === 0
        text: qsTr("Run the checks to see the CI runs of the candidate commit.")
        color: Kirigami.Theme.disabledTextColor
    }
    Repeater {
        objectName: "workflowList"
        model: controller.workflows
        delegate: RowLayout {
            id: workflowRow
            required property string workflow
            required property string name
            required property string summary
            required property string url
            required property string verdict

            Layout.fillWidth: true
            spacing: Kirigami.Units.largeSpacing
            VerdictBadge {
                verdict: workflowRow.verdict
            }
            QQC2.Label {
                Layout.preferredWidth: Kirigami.Units.gridUnit * 16
                text: workflowRow.name === "" ? workflowRow.workflow : qsTr("%1 (%2)").arg(workflowRow.name).arg(workflowRow.workflow)
                elide: Text.ElideRight
            }
            QQC2.Label {
                Layout.fillWidth: true
                text: workflowRow.summary
                elide: Text.ElideRight
            }
            Kirigami.UrlButton {
                visible: workflowRow.url !== ""
                url: workflowRow.url
                text: qsTr("Open the run")
            }
        }
    }

    Kirigami.ListSectionHeader {
        Layout.fillWidth: true
        text: qsTr("Package artifacts")
    }
    QQC2.Label {
        visible: controller.artifacts.count === 0
        text: controller.hasReport ? qsTr("The build run has no artifacts.")
                                   : qsTr("Run the checks to see the packages the build made.")
        color: Kirigami.Theme.disabledTextColor
    }
    Repeater {
        objectName: "artifactList"
        model: controller.artifacts
        delegate: RowLayout {
            id: artifactRow
            required property string name
            required property string sizeText
            required property string expiryText
            required property string verdict

            Layout.fillWidth: true
            spacing: Kirigami.Units.largeSpacing
            VerdictBadge {
                verdict: artifactRow.verdict
            }
            QQC2.Label {
                Layout.preferredWidth: Kirigami.Units.gridUnit * 14
                text: artifactRow.name
                font.family: "monospace"
                elide: Text.ElideRight
            }
            QQC2.Label {
                Layout.preferredWidth: Kirigami.Units.gridUnit * 5
                text: artifactRow.sizeText
                horizontalAlignment: Text.AlignRight
            }
            QQC2.Label {
                Layout.fillWidth: true
                text: artifactRow.expiryText
                elide: Text.ElideRight
                color: Kirigami.Theme.disabledTextColor
            }
        }
    }

    Kirigami.ListSectionHeader {
        Layout.fillWidth: true
        text: qsTr("Staging servers")
    }
    QQC2.Label {
        visible: controller.servers.count === 0
        text: controller.serverUrls.length === 0 ? qsTr("The playbook names no staging server.")
                                                 : qsTr("Run the checks to ask %1 what it runs.").arg(controller.serverUrls.join(", "))
        color: Kirigami.Theme.disabledTextColor
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    Repeater {
        objectName: "serverList"
        model: controller.servers
        delegate: ColumnLayout {
            id: serverRow
            required property string name
            required property string url
            required property string serverVersion
            required property string configVersion
            required property string versionText
            required property string error
            required property string verdict
            required property var checks

            Layout.fillWidth: true
            spacing: Kirigami.Units.smallSpacing
            RowLayout {
                Layout.fillWidth: true
                spacing: Kirigami.Units.largeSpacing
                VerdictBadge {
                    verdict: serverRow.verdict
                }
                QQC2.Label {
                    text: serverRow.name
                    font.bold: true
                }
                QQC2.Label {
                    Layout.fillWidth: true
                    text: serverRow.url
                    color: Kirigami.Theme.disabledTextColor
                    elide: Text.ElideRight
                }
            }
            QQC2.Label {
                Layout.fillWidth: true
                Layout.leftMargin: Kirigami.Units.gridUnit
                text: serverRow.error !== "" ? serverRow.error
                    : qsTr("Server header: %1 · /status/config: %2 — %3")
                        .arg(serverRow.serverVersion === "" ? qsTr("none") : serverRow.serverVersion)
                        .arg(serverRow.configVersion === "" ? qsTr("none") : serverRow.configVersion)
                        .arg(serverRow.versionText)
                wrapMode: Text.WordWrap
            }
            Repeater {
                model: serverRow.checks
                delegate: RowLayout {
                    id: checkRow
                    required property var modelData
                    Layout.fillWidth: true
                    Layout.leftMargin: Kirigami.Units.gridUnit
                    spacing: Kirigami.Units.largeSpacing
                    VerdictBadge {
                        verdict: checkRow.modelData.verdict
                    }
                    QQC2.Label {
                        Layout.preferredWidth: Kirigami.Units.gridUnit * 11
                        text: checkRow.modelData.path
                        font.family: "monospace"
                    }
                    QQC2.Label {
                        Layout.fillWidth: true
                        text: checkRow.modelData.text
                        wrapMode: Text.WordWrap
                    }
                }
            }
        }
    }

    Kirigami.ListSectionHeader {
        Layout.fillWidth: true
        visible: controller.problems.length > 0
        text: qsTr("Problems (%1)").arg(controller.problems.length)
    }
    Repeater {
        objectName: "problemList"
        model: controller.problems
        delegate: QQC2.Label {
            required property string modelData
            Layout.fillWidth: true
            text: "• " + modelData
            wrapMode: Text.WordWrap
        }
    }

    Kirigami.ListSectionHeader {
        Layout.fillWidth: true
        text: qsTr("Sign-off")
    }
    QQC2.Label {
        objectName: "signOffText"
        Layout.fillWidth: true
        text: controller.signedOff ? controller.signOffText : qsTr("Not signed off yet.")
        font.bold: controller.signedOff
        wrapMode: Text.WordWrap
    }
    Kirigami.FormLayout {
        Layout.fillWidth: true
        RowLayout {
            Kirigami.FormData.label: qsTr("Signed by:")
            spacing: Kirigami.Units.largeSpacing
            QQC2.TextField {
                Layout.preferredWidth: Kirigami.Units.gridUnit * 11
                text: controller.signer
                onEditingFinished: controller.signer = text
            }
            QQC2.Button {
                objectName: "signOffButton"
                text: qsTr("Sign off")
                icon.name: "dialog-ok-apply"
                highlighted: controller.canSignOff
                enabled: controller.canSignOff
                onClicked: controller.signOff()
            }
        }
        RowLayout {
            Kirigami.FormData.label: qsTr("Override:")
            Layout.fillWidth: true
            visible: controller.canOverride
            spacing: Kirigami.Units.largeSpacing
            QQC2.TextField {
                id: reasonField
                objectName: "overrideReasonField"
                Layout.fillWidth: true
                placeholderText: qsTr("Why the failing checks do not block this release")
            }
            QQC2.Button {
                text: qsTr("Override with this reason")
                enabled: reasonField.text.trim() !== ""
                onClicked: {
                    if (controller.overrideWithReason(reasonField.text))
                        reasonField.clear();
                }
            }
        }
    }
}
