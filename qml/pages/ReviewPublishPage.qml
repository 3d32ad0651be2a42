// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import ReleaseAssistant

// Step 6: what is reviewed (the draft's digest, notes and assets), what changed since this reviewer last
// approved, every reviewer's verdict, and Publish, locked until the quorum approved this very content.
StepPage {
    id: page

    stepKey: "review-publish"

    ReviewPublishController {
        id: controller
        objectName: "reviewController"
        session: ReleaseSession
    }

    Shortcut {
        sequences: [StandardKey.Refresh]
        enabled: page.visible && !controller.busy && ReleaseSession.currentRelease !== ""
        onActivated: controller.refresh()
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: 10

        QQC2.Label {
            Layout.fillWidth: true
            text: ReleaseSession.currentRelease === "" ? qsTr("Pick a release to review.")
                  : qsTr("The draft of %1 on %2").arg(ReleaseSession.currentRelease).arg(controller.repository)
            font.bold: ReleaseSession.currentRelease !== ""
            elide: Text.ElideRight
        }
        QQC2.BusyIndicator {
            running: controller.busy
            visible: controller.busy
            Layout.preferredHeight: 24
            Layout.preferredWidth: 24
        }
        QQC2.Button {
            objectName: "refreshButton"
            text: controller.loaded ? qsTr("Read again") : qsTr("Read the draft")
            enabled: !controller.busy && ReleaseSession.currentRelease !== ""
            onClicked: controller.refresh()
        }
    }

    QQC2.Label {
        objectName: "reviewMessage"
        Layout.fillWidth: true
        visible: controller.message !== ""
        text: controller.message
        wrapMode: Text.WordWrap
        color: controller.messageIsError ? "firebrick" : palette.windowText
    }

    QQC2.Label {
        objectName: "emptyState"
        Layout.fillWidth: true
        Layout.fillHeight: true
        verticalAlignment: Text.AlignTop
        visible: !controller.loaded
        wrapMode: Text.WordWrap
        opacity: 0.8
        text: qsTr("Read the draft to see what the reviewers approve: its digest (a fingerprint of the version, the notes and the assets), the notes as GitHub renders them, and every verdict on the release tracking issue. Changing one character of the notes needs new approvals; Publish stays locked until enough approvers approved this very content.")
    }

    GridLayout {
        Layout.fillWidth: true
        visible: controller.loaded
        columns: 2
        columnSpacing: 12
        rowSpacing: 4

        QQC2.Label {
            text: qsTr("Digest")
        }
        QQC2.TextField {
            objectName: "digestField"
            Layout.fillWidth: true
            readOnly: true
            selectByMouse: true
            font.family: "monospace"
            text: controller.digest
        }
        QQC2.Label {
            text: qsTr("Assets")
        }
        QQC2.Label {
            Layout.fillWidth: true
            text: controller.assetNames.length === 0 ? qsTr("none") : controller.assetNames.join(", ")
            wrapMode: Text.WordWrap
        }
        QQC2.Label {
            text: qsTr("Tracking issue")
        }
        QQC2.Label {
            Layout.fillWidth: true
            text: controller.issueNumber > 0 ? qsTr("#%1: %2").arg(controller.issueNumber).arg(controller.issueUrl)
                                            : qsTr("none yet: the first verdict creates it")
            elide: Text.ElideRight
        }
    }

    QQC2.SplitView {
        Layout.fillWidth: true
        Layout.fillHeight: true
        visible: controller.loaded

        QQC2.ScrollView {
            id: notesScroller
            QQC2.SplitView.preferredWidth: parent ? parent.width * 0.55 : 400
            QQC2.SplitView.minimumWidth: 200
            contentWidth: availableWidth

            QQC2.TextArea {
                objectName: "renderedNotes"
                width: notesScroller.availableWidth
                readOnly: true
                selectByMouse: true
                wrapMode: TextEdit.Wrap
                textFormat: TextEdit.RichText
                text: controller.notesHtml
                Accessible.name: qsTr("The release notes as GitHub shows them")
            }
        }

        ColumnLayout {
            QQC2.SplitView.minimumWidth: 240
            spacing: 8

            QQC2.Label {
                text: qsTr("Since your last approval")
                font.bold: true
            }
            QQC2.Label {
                objectName: "approvalHistoryLabel"
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: !controller.hasApprovedBefore ? qsTr("You have not approved this release from this computer yet.")
                      : controller.approvedContentIsCurrent ? qsTr("You approved exactly this content.")
                      : qsTr("The content changed: %1 line(s) added, %2 removed in the notes (assets or version may differ too).")
                            .arg(controller.changesSinceApproval.added).arg(controller.changesSinceApproval.removed)
            }
            NotesDiffView {
                objectName: "changesSinceApproval"
                Layout.fillWidth: true
                Layout.preferredHeight: 140
                visible: controller.changesSinceApproval.count > 0
                diff: controller.changesSinceApproval
            }

            QQC2.Label {
                objectName: "quorumLabel"
                text: qsTr("Approvals: %1 of %2 required").arg(controller.approvedCount).arg(controller.required)
                font.bold: true
            }
            ListView {
                objectName: "approvalList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.minimumHeight: 60
                clip: true
                model: controller.approvals
                QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

                delegate: RowLayout {
                    id: approvalRow
                    required property string login
                    required property string verdict
                    required property bool current
                    required property string at

                    width: ListView.view.width
                    spacing: 8
                    QQC2.Label {
                        text: approvalRow.verdict === "approve" ? "✓" : "✗"
                        font.bold: true
                        color: approvalRow.verdict === "approve" ? "forestgreen" : "firebrick"
                        opacity: approvalRow.current ? 1 : 0.4
                    }
                    QQC2.Label {
                        Layout.fillWidth: true
                        text: approvalRow.verdict === "approve" ? qsTr("%1 approved").arg(approvalRow.login)
                                                                : qsTr("%1 asked for changes").arg(approvalRow.login)
                        elide: Text.ElideRight
                        font.strikeout: !approvalRow.current
                    }
                    QQC2.Label {
                        text: approvalRow.current ? approvalRow.at : qsTr("stale: earlier content")
                        opacity: 0.7
                    }
                }
            }
        }
    }

    RowLayout {
        Layout.fillWidth: true
        visible: controller.loaded
        spacing: 10

        QQC2.Button {
            objectName: "approveButton"
            text: qsTr("Approve this content")
            enabled: !controller.busy && !controller.published
            onClicked: controller.approve()
        }
        QQC2.Button {
            objectName: "requestChangesButton"
            text: qsTr("Request changes…")
            enabled: !controller.busy && !controller.published
            onClicked: changesDialog.open()
        }
        QQC2.Label {
            objectName: "lockReason"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignRight
            text: controller.lockReason
            elide: Text.ElideRight
            opacity: 0.8
        }
        QQC2.Button {
            objectName: "publishButton"
            text: qsTr("Publish…")
            enabled: controller.canPublish && !controller.busy
            onClicked: publishDialog.open()
        }
    }

    QQC2.Dialog {
        id: changesDialog
        objectName: "changesDialog"
        anchors.centerIn: QQC2.Overlay.overlay
        width: Math.min(520, page.width - 40)
        modal: true
        title: qsTr("Request changes")
        standardButtons: QQC2.Dialog.Ok | QQC2.Dialog.Cancel
        onOpened: reasonField.forceActiveFocus()
        onAccepted: controller.requestChanges(reasonField.text)

        ColumnLayout {
            width: changesDialog.availableWidth
            QQC2.Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: qsTr("Say what must change. Your comment is posted on the tracking issue for this exact content.")
            }
            QQC2.TextArea {
                id: reasonField
                objectName: "reasonField"
                Layout.fillWidth: true
                Layout.preferredHeight: 100
                wrapMode: TextEdit.Wrap
                placeholderText: qsTr("The upgrade section is missing…")
            }
        }
    }

    QQC2.Dialog {
        id: publishDialog
        objectName: "publishDialog"
        anchors.centerIn: QQC2.Overlay.overlay
        width: Math.min(520, page.width - 40)
        modal: true
        title: qsTr("Publish %1?").arg(ReleaseSession.currentRelease)
        standardButtons: QQC2.Dialog.Ok | QQC2.Dialog.Cancel
        onAccepted: controller.publish()

        ColumnLayout {
            width: publishDialog.availableWidth
            QQC2.Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: qsTr("The draft becomes public with the notes and assets the reviewers approved (digest %1). This cannot be undone.").arg(controller.shortDigest)
            }
            QQC2.Label {
                objectName: "prereleaseStatement"
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                font.bold: true
                text: controller.prerelease ? qsTr("It is marked as a pre-release.") : qsTr("It is a final release (not a pre-release).")
            }
            QQC2.Label {
                objectName: "latestStatement"
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                font.bold: true
                text: controller.makeLatest ? qsTr("It becomes the latest release: new installations use it at once.")
                                            : qsTr("It does not become the latest release.")
            }
            QQC2.Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: controller.flagsExplanation
                opacity: 0.8
            }
        }
    }
}
