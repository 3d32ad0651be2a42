// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import ReleaseAssistant

// The reviewer's view: the releases of the project whose tracking issue waits for their approval (also without
// push access), read again on demand and every few minutes while shown; picking one shows what is under review
// and lets them approve it or ask for changes.
Kirigami.ScrollablePage {
    id: page

    required property ReviewInboxModel inbox
    required property ReviewDetailController detail
    readonly property bool shown: page.isCurrentPage && page.visible

    objectName: "reviewInboxPage"
    title: qsTr("Review inbox")
    actions: [
        Kirigami.Action {
            objectName: "refreshAction"
            text: qsTr("Refresh")
            icon.name: "view-refresh"
            enabled: !page.inbox.busy
            onTriggered: {
                page.inbox.refresh();
                page.detail.refresh();
            }
        }
    ]

    // The inbox reads itself again on a timer only while it is shown.
    onShownChanged: page.inbox.autoRefresh = page.shown
    Component.onCompleted: page.inbox.autoRefresh = page.shown
    Component.onDestruction: page.inbox.autoRefresh = false

    Connections {
        target: page.detail
        // A verdict changes what waits for the reviewer.
        function onVerdictFinished() {
            page.inbox.refresh();
        }
    }

    ColumnLayout {
        spacing: Kirigami.Units.largeSpacing

        QQC2.Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: !ReleaseSession.projectOpen
                  ? qsTr("Open a project first: the releases waiting for your review appear here.")
                  : page.inbox.viewer !== ""
                    ? qsTr("The releases of %1 waiting for %2's approval.").arg(ReleaseSession.projectName).arg(page.inbox.viewer)
                    : qsTr("The releases of %1 waiting for your approval.").arg(ReleaseSession.projectName)
        }

        Kirigami.InlineMessage {
            objectName: "inboxError"
            Layout.fillWidth: true
            visible: page.inbox.error !== ""
            type: Kirigami.MessageType.Error
            text: page.inbox.error
        }

        Kirigami.PlaceholderMessage {
            objectName: "inboxEmpty"
            Layout.fillWidth: true
            visible: ReleaseSession.projectOpen && !page.inbox.busy && page.inbox.error === "" && page.inbox.count === 0
            text: qsTr("Nothing waits for your review")
            explanation: qsTr("A release appears here when its tracking issue asks for your approval.")
        }

        Repeater {
            objectName: "inboxEntries"
            model: page.inbox

            delegate: QQC2.ItemDelegate {
                id: entry

                required property string tag
                required property int revision
                required property string standing
                required property string sinceText
                required property string issueUrl

                objectName: "inbox_" + tag
                Layout.fillWidth: true
                highlighted: page.detail.tag === tag
                Accessible.name: qsTr("%1, revision %2, waiting since %3").arg(tag).arg(revision).arg(sinceText)
                onClicked: page.detail.tag = entry.tag

                contentItem: RowLayout {
                    spacing: Kirigami.Units.largeSpacing

                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: Kirigami.Units.smallSpacing

                        Kirigami.Heading {
                            level: 3
                            color: entry.highlighted ? Kirigami.Theme.highlightedTextColor : Kirigami.Theme.textColor
                            text: entry.tag
                        }
                        QQC2.Label {
                            Layout.fillWidth: true
                            color: entry.highlighted ? Kirigami.Theme.highlightedTextColor
                                                     : Kirigami.Theme.disabledTextColor
                            wrapMode: Text.WordWrap
                            text: entry.sinceText !== ""
                                  ? qsTr("Revision %1 · waiting since %2").arg(entry.revision).arg(entry.sinceText)
                                  : qsTr("Revision %1").arg(entry.revision)
                        }
                    }

                    SeverityBadge {
                        objectName: "standingBadge"
                        Layout.alignment: Qt.AlignVCenter
                        severity: entry.standing === "stale" ? SeverityBadge.Warning : SeverityBadge.Information
                        text: entry.standing === "stale" ? qsTr("changed since you approved") : qsTr("not reviewed")
                    }
                }
            }
        }

        QQC2.BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            visible: page.inbox.busy
            running: visible
        }

        Kirigami.Separator {
            Layout.fillWidth: true
            visible: page.detail.tag !== ""
        }

        ReviewDetail {
            Layout.fillWidth: true
            visible: page.detail.tag !== ""
            detail: page.detail
        }
    }
}
