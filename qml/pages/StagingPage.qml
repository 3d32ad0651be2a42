// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import ReleaseAssistant

// Step 1: is the candidate commit what staging runs, and is staging healthy? The candidate first, then one
// button that asks GitHub and the staging servers; the findings by kind below, and the sign-off at the end.
StepPage {
    id: page

    stepKey: "staging"

    component VerdictBadge: Rectangle {
        id: badge
        required property string verdict
        implicitWidth: badgeLabel.implicitWidth + 12
        implicitHeight: badgeLabel.implicitHeight + 4
        radius: 3
        color: verdict === "pass" ? "#2e7d32" : verdict === "warning" ? "#ef8f00" : verdict === "fail" ? "#c62828" : "#607d8b"
        QQC2.Label {
            id: badgeLabel
            anchors.centerIn: parent
            color: "white"
            font.bold: true
            text: badge.verdict === "pass" ? qsTr("pass")
                : badge.verdict === "warning" ? qsTr("warning")
                : badge.verdict === "fail" ? qsTr("fail") : qsTr("unknown")
        }
    }

    StagingStepController {
        id: controller
        objectName: "stagingController"
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
                title: qsTr("Candidate commit")

                GridLayout {
                    anchors.fill: parent
                    columns: 3
                    columnSpacing: 10
                    rowSpacing: 6

                    QQC2.Label {
                        text: qsTr("Local clone")
                    }
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
                        enabled: !controller.busy
                        onClicked: controller.refresh()
                    }

                    QQC2.Label {
                        text: qsTr("Commit")
                    }
                    QQC2.TextField {
                        objectName: "revisionField"
                        Layout.fillWidth: true
                        text: controller.revision
                        placeholderText: qsTr("origin/main, else HEAD")
                        onEditingFinished: controller.revision = text
                    }
                    QQC2.Label {
                        text: controller.resolvedRevision
                        opacity: 0.7
                    }

                    QQC2.Label {
                        text: qsTr("Resolves to")
                        opacity: 0.7
                        visible: controller.commitSha !== ""
                    }
                    QQC2.Label {
                        objectName: "candidateCommit"
                        Layout.fillWidth: true
                        Layout.columnSpan: 2
                        visible: controller.commitSha !== ""
                        text: controller.commitSha.substring(0, 10) + "  " + controller.commitSubject
                        font.family: "monospace"
                        elide: Text.ElideRight
                    }

                    QQC2.Label {
                        text: qsTr("Should report")
                        opacity: 0.7
                        visible: controller.expectedVersion !== ""
                    }
                    QQC2.Label {
                        objectName: "expectedVersion"
                        Layout.fillWidth: true
                        Layout.columnSpan: 2
                        visible: controller.expectedVersion !== ""
                        text: qsTr("%1 (its git describe: what a package built from it calls itself)").arg(controller.expectedVersion)
                        wrapMode: Text.WordWrap
                    }
                }
            }

            QQC2.Label {
                objectName: "candidateError"
                Layout.fillWidth: true
                visible: controller.candidateError !== ""
                text: controller.candidateError
                wrapMode: Text.WordWrap
                font.italic: true
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: 10
                QQC2.Button {
                    objectName: "runChecksButton"
                    text: controller.hasReport ? qsTr("Check again") : qsTr("Run the checks")
                    highlighted: !controller.hasReport
                    enabled: !controller.busy && controller.commitSha !== ""
                    onClicked: controller.runChecks()
                }
                QQC2.Button {
                    text: qsTr("Cancel")
                    visible: controller.busy
                    onClicked: controller.cancel()
                }
                QQC2.BusyIndicator {
                    running: controller.busy
                    visible: controller.busy
                    implicitWidth: 28
                    implicitHeight: 28
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
                    opacity: 0.7
                    elide: Text.ElideRight
                }
            }

            QQC2.Label {
                objectName: "stagingMessage"
                Layout.fillWidth: true
                visible: controller.message !== ""
                text: controller.message
                wrapMode: Text.WordWrap
                color: "#b35c00"
            }

            RowLayout {
                Layout.fillWidth: true
                visible: controller.hasReport
                spacing: 10
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

            QQC2.GroupBox {
                Layout.fillWidth: true
                title: qsTr("Workflow runs")

                ColumnLayout {
                    anchors.fill: parent
                    spacing: 6
                    QQC2.Label {
                        visible: controller.workflows.count === 0
                        text: qsTr("Run the checks to see the CI runs of the candidate commit.")
                        opacity: 0.7
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
                            spacing: 10
                            VerdictBadge {
                                verdict: workflowRow.verdict
                            }
                            QQC2.Label {
                                Layout.preferredWidth: 330
                                text: workflowRow.name === "" ? workflowRow.workflow : qsTr("%1 (%2)").arg(workflowRow.name).arg(workflowRow.workflow)
                                elide: Text.ElideRight
                            }
                            QQC2.Label {
                                Layout.fillWidth: true
                                text: workflowRow.summary
                                elide: Text.ElideRight
                            }
                            QQC2.Label {
                                visible: workflowRow.url !== ""
                                text: "<a href=\"" + workflowRow.url + "\">" + qsTr("Open the run") + "</a>"
                                textFormat: Text.StyledText
                                onLinkActivated: link => Qt.openUrlExternally(link)
                            }
                        }
                    }
                }
            }

            QQC2.GroupBox {
                Layout.fillWidth: true
                title: qsTr("Package artifacts")

                ColumnLayout {
                    anchors.fill: parent
                    spacing: 6
                    QQC2.Label {
                        visible: controller.artifacts.count === 0
                        text: controller.hasReport ? qsTr("The build run has no artifacts.")
                                                   : qsTr("Run the checks to see the packages the build made.")
                        opacity: 0.7
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
                            spacing: 10
                            VerdictBadge {
                                verdict: artifactRow.verdict
                            }
                            QQC2.Label {
                                Layout.preferredWidth: 260
                                text: artifactRow.name
                                font.family: "monospace"
                                elide: Text.ElideRight
                            }
                            QQC2.Label {
                                Layout.preferredWidth: 90
                                text: artifactRow.sizeText
                                horizontalAlignment: Text.AlignRight
                            }
                            QQC2.Label {
                                Layout.fillWidth: true
                                text: artifactRow.expiryText
                                elide: Text.ElideRight
                                opacity: 0.85
                            }
                        }
                    }
                }
            }

            QQC2.GroupBox {
                Layout.fillWidth: true
                title: qsTr("Staging servers")

                ColumnLayout {
                    anchors.fill: parent
                    spacing: 10
                    QQC2.Label {
                        visible: controller.servers.count === 0
                        text: controller.serverUrls.length === 0 ? qsTr("The playbook names no staging server.")
                                                                 : qsTr("Run the checks to ask %1 what it runs.").arg(controller.serverUrls.join(", "))
                        opacity: 0.7
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
                            spacing: 4
                            RowLayout {
                                Layout.fillWidth: true
                                spacing: 10
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
                                    opacity: 0.7
                                    elide: Text.ElideRight
                                }
                            }
                            QQC2.Label {
                                Layout.fillWidth: true
                                Layout.leftMargin: 20
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
                                    Layout.leftMargin: 20
                                    spacing: 10
                                    VerdictBadge {
                                        verdict: checkRow.modelData.verdict
                                    }
                                    QQC2.Label {
                                        Layout.preferredWidth: 200
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
                }
            }

            QQC2.GroupBox {
                Layout.fillWidth: true
                visible: controller.problems.length > 0
                title: qsTr("Problems (%1)").arg(controller.problems.length)

                ColumnLayout {
                    anchors.fill: parent
                    spacing: 4
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
                }
            }

            QQC2.GroupBox {
                Layout.fillWidth: true
                title: qsTr("Sign-off")

                ColumnLayout {
                    anchors.fill: parent
                    spacing: 8

                    QQC2.Label {
                        objectName: "signOffText"
                        Layout.fillWidth: true
                        text: controller.signedOff ? controller.signOffText : qsTr("Not signed off yet.")
                        font.bold: controller.signedOff
                        wrapMode: Text.WordWrap
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: 8
                        QQC2.Label {
                            text: qsTr("Signed by")
                        }
                        QQC2.TextField {
                            Layout.preferredWidth: 200
                            text: controller.signer
                            onEditingFinished: controller.signer = text
                        }
                        QQC2.Button {
                            objectName: "signOffButton"
                            text: qsTr("Sign off")
                            highlighted: controller.canSignOff
                            enabled: controller.canSignOff
                            onClicked: controller.signOff()
                        }
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        visible: controller.canOverride
                        spacing: 8
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
        }
    }
}
