// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
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
        enabled: page.isCurrentPage && !controller.busy && ReleaseSession.currentRelease !== ""
        onActivated: controller.refresh()
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Kirigami.Units.largeSpacing

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
            Layout.preferredHeight: Kirigami.Units.iconSizes.medium
            Layout.preferredWidth: Kirigami.Units.iconSizes.medium
        }
        QQC2.Button {
            objectName: "refreshButton"
            text: controller.loaded ? qsTr("Read again") : qsTr("Read the draft")
            icon.name: "view-refresh"
            enabled: !controller.busy && ReleaseSession.currentRelease !== ""
            onClicked: controller.refresh()
        }
    }

    Kirigami.InlineMessage {
        objectName: "reviewMessage"
        Layout.fillWidth: true
        visible: controller.message !== ""
        text: controller.message
        type: controller.messageIsError ? Kirigami.MessageType.Error : Kirigami.MessageType.Information
    }

    QQC2.Label {
        objectName: "emptyState"
        Layout.fillWidth: true
        visible: !controller.loaded
        wrapMode: Text.WordWrap
        color: Kirigami.Theme.disabledTextColor
        text: qsTr("Read the draft to see what the reviewers approve: its digest (a fingerprint of the version, the notes and the assets), the notes as GitHub renders them, and every verdict on the release tracking issue. Changing one character of the notes needs new approvals; Publish stays locked until enough approvers approved this very content.")
    }

    Kirigami.FormLayout {
        Layout.fillWidth: true
        visible: controller.loaded

        QQC2.TextField {
            objectName: "digestField"
            Kirigami.FormData.label: qsTr("Digest:")
            Layout.fillWidth: true
            readOnly: true
            selectByMouse: true
            font.family: "monospace"
            text: controller.digest
        }
        QQC2.Label {
            Kirigami.FormData.label: qsTr("Assets:")
            Layout.fillWidth: true
            text: controller.assetNames.length === 0 ? qsTr("none") : controller.assetNames.join(", ")
            wrapMode: Text.WordWrap
        }
        QQC2.Label {
            Kirigami.FormData.label: qsTr("Tracking issue:")
            Layout.fillWidth: true
            text: controller.issueNumber > 0 ? qsTr("#%1: %2").arg(controller.issueNumber).arg(controller.issueUrl)
                                            : qsTr("none yet: the first verdict creates it")
            elide: Text.ElideRight
        }
    }

    RowLayout {
        Layout.fillWidth: true
        visible: controller.loaded
        spacing: Kirigami.Units.gridUnit

        QQC2.TextArea {
            objectName: "renderedNotes"
            // Three fifths of the width for the notes, two for the approvals (a bare preferred width of 3 and 2
            // pixels gave the notes nothing: the approvals' long labels asked for all of it).
            Layout.fillWidth: true
            Layout.horizontalStretchFactor: 3
            Layout.preferredWidth: Kirigami.Units.gridUnit * 20
            Layout.minimumWidth: Kirigami.Units.gridUnit * 12
            Layout.alignment: Qt.AlignTop
            Kirigami.Theme.colorSet: Kirigami.Theme.View
            Kirigami.Theme.inherit: false
            readOnly: true
            selectByMouse: true
            wrapMode: TextEdit.Wrap
            textFormat: TextEdit.RichText
            text: controller.notesHtml
            Accessible.name: qsTr("The release notes as GitHub shows them")
            onLinkActivated: link => Qt.openUrlExternally(link)
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.horizontalStretchFactor: 2
            Layout.preferredWidth: Kirigami.Units.gridUnit * 13
            Layout.minimumWidth: Kirigami.Units.gridUnit * 13
            Layout.alignment: Qt.AlignTop
            spacing: Kirigami.Units.largeSpacing

            Kirigami.Heading {
                level: 4
                text: qsTr("Since your last approval")
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
                Layout.preferredHeight: Kirigami.Units.gridUnit * 8
                visible: controller.changesSinceApproval.count > 0
                diff: controller.changesSinceApproval
            }

            Kirigami.Heading {
                objectName: "quorumLabel"
                level: 4
                text: qsTr("Approvals: %1 of %2 required").arg(controller.approvedCount).arg(controller.required)
            }
            Repeater {
                objectName: "approvalList"
                model: controller.approvals

                delegate: RowLayout {
                    id: approvalRow
                    required property string login
                    required property string verdict
                    required property bool current
                    required property string at

                    Layout.fillWidth: true
                    spacing: Kirigami.Units.largeSpacing
                    SeverityBadge {
                        severity: !approvalRow.current ? SeverityBadge.Neutral
                                : approvalRow.verdict === "approve" ? SeverityBadge.Positive : SeverityBadge.Error
                        text: approvalRow.verdict === "approve" ? qsTr("approved") : qsTr("changes")
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
                        color: Kirigami.Theme.disabledTextColor
                    }
                }
            }
        }
    }

    RowLayout {
        Layout.fillWidth: true
        visible: controller.loaded
        spacing: Kirigami.Units.largeSpacing

        QQC2.Button {
            objectName: "approveButton"
            text: qsTr("Approve this content")
            icon.name: "dialog-ok-apply"
            enabled: !controller.busy && !controller.published
            onClicked: controller.approve()
        }
        QQC2.Button {
            objectName: "requestChangesButton"
            text: qsTr("Request changes…")
            icon.name: "document-edit"
            enabled: !controller.busy && !controller.published
            onClicked: changesDialog.open()
        }
        QQC2.Label {
            objectName: "lockReason"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignRight
            text: controller.lockReason
            elide: Text.ElideRight
            color: Kirigami.Theme.disabledTextColor
        }
        QQC2.Button {
            objectName: "publishButton"
            text: qsTr("Publish…")
            icon.name: "document-send"
            highlighted: controller.canPublish
            enabled: controller.canPublish && !controller.busy
            onClicked: publishDialog.open()
        }
    }

    Kirigami.Dialog {
        id: changesDialog
        objectName: "changesDialog"
        title: qsTr("Request changes")
        preferredWidth: Kirigami.Units.gridUnit * 28
        padding: Kirigami.Units.largeSpacing
        standardButtons: Kirigami.Dialog.Ok | Kirigami.Dialog.Cancel
        onOpened: reasonField.forceActiveFocus()
        onAccepted: controller.requestChanges(reasonField.text)

        ColumnLayout {
            spacing: Kirigami.Units.largeSpacing
            QQC2.Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: qsTr("Say what must change. Your comment is posted on the tracking issue for this exact content.")
            }
            QQC2.TextArea {
                id: reasonField
                objectName: "reasonField"
                Layout.fillWidth: true
                Layout.preferredHeight: Kirigami.Units.gridUnit * 6
                wrapMode: TextEdit.Wrap
                placeholderText: qsTr("The upgrade section is missing…")
            }
        }
    }

    Kirigami.Dialog {
        id: publishDialog
        objectName: "publishDialog"
        title: qsTr("Publish %1?").arg(ReleaseSession.currentRelease)
        preferredWidth: Kirigami.Units.gridUnit * 28
        padding: Kirigami.Units.largeSpacing
        standardButtons: Kirigami.Dialog.Ok | Kirigami.Dialog.Cancel
        onAccepted: controller.publish()

        ColumnLayout {
            spacing: Kirigami.Units.largeSpacing
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
                color: Kirigami.Theme.disabledTextColor
            }
        }
    }
}
