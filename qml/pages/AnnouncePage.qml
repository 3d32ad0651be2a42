// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import ReleaseAssistant

// Step 7: one card per channel, filled from the playbook's template for it and the release facts, with the
// count as that network counts it, a test send to the channel's private target and Send. AnnouncementComposer
// does the work and remembers in the release journal what was sent, so a second Send never posts twice.
StepPage {
    id: page

    stepKey: "announce"

    // Opened on a release published elsewhere (the community manager's list): its publication date and page,
    // which this machine's journal may not know.
    function announceOn(publishedOn: string, url: string) {
        composer.publishedOn = publishedOn;
        composer.releaseUrl = url;
    }

    AnnouncementComposer {
        id: composer
        objectName: "announcementComposer"
        session: ReleaseSession
        version: ReleaseSession.currentRelease
    }

    Kirigami.InlineMessage {
        Layout.fillWidth: true
        visible: composer.version.length === 0
        type: Kirigami.MessageType.Information
        text: qsTr("Pick or start a release first: the announcements are filled from it and recorded in its journal.")
    }

    Kirigami.FormLayout {
        Layout.fillWidth: true

        QQC2.TextField {
            objectName: "publishedField"
            Kirigami.FormData.label: qsTr("Published on:")
            text: composer.publishedOn
            placeholderText: qsTr("YYYY-MM-DD")
            onEditingFinished: composer.publishedOn = text
        }
        QQC2.SpinBox {
            objectName: "graceDaysField"
            Kirigami.FormData.label: qsTr("Upgrade within (days):")
            from: 0
            to: 365
            value: composer.graceDays
            editable: true
            onValueModified: composer.graceDays = value
        }
        QQC2.TextField {
            Kirigami.FormData.label: qsTr("Release page:")
            Layout.fillWidth: true
            Layout.preferredWidth: Kirigami.Units.gridUnit * 24
            text: composer.releaseUrl
            onEditingFinished: composer.releaseUrl = text
        }
        QQC2.TextArea {
            objectName: "highlightsField"
            Kirigami.FormData.label: qsTr("Highlights:")
            Layout.fillWidth: true
            Layout.preferredWidth: Kirigami.Units.gridUnit * 24
            Layout.preferredHeight: Kirigami.Units.gridUnit * 4
            wrapMode: TextEdit.Wrap
            placeholderText: qsTr("One line per highlight")
            text: composer.highlights
            onTextChanged: composer.highlights = text
        }
    }

    Kirigami.InlineMessage {
        objectName: "channelsError"
        Layout.fillWidth: true
        visible: composer.channelsError.length > 0
        type: Kirigami.MessageType.Error
        text: composer.channelsError
    }

    RowLayout {
        Layout.fillWidth: true
        QQC2.Label {
            Layout.fillWidth: true
            text: composer.deadline.length > 0 ? qsTr("Upgrade deadline: %1").arg(composer.deadline) : ""
            color: Kirigami.Theme.disabledTextColor
        }
        QQC2.Button {
            objectName: "sendAllButton"
            text: qsTr("Send all…")
            icon.name: "document-send"
            enabled: composer.version.length > 0 && cards.count > 0
            onClicked: sendAllDialog.open()
        }
    }

    Kirigami.PromptDialog {
        id: sendAllDialog
        objectName: "sendAllDialog"
        title: qsTr("Send the announcements?")
        subtitle: qsTr("Every channel not sent yet posts its announcement of %1 publicly. Channels already sent are skipped.").arg(composer.version)
        standardButtons: Kirigami.Dialog.Ok | Kirigami.Dialog.Cancel
        onAccepted: composer.sendAll()
    }

    Repeater {
        id: cards
        objectName: "channelCards"
        model: composer.cards

        delegate: QQC2.Frame {
            id: card

            required property int index
            required property string channelId
            required property string kind
            required property string title
            required property string text
            required property int length
            required property int limit
            required property string unit
            required property bool overLimit
            required property string problem
            required property var parts
            required property int postCount
            required property string deliveryState
            required property string message
            required property var links
            required property bool busy

            readonly property bool sent: deliveryState === "sent" || deliveryState === "already-sent"

            objectName: "card_" + channelId
            Layout.fillWidth: true

            ColumnLayout {
                anchors.fill: parent
                spacing: Kirigami.Units.smallSpacing

                RowLayout {
                    Layout.fillWidth: true
                    Kirigami.Heading {
                        Layout.fillWidth: true
                        level: 4
                        text: card.title
                        elide: Text.ElideRight
                    }
                    QQC2.Label {
                        objectName: "counter"
                        text: qsTr("%1 / %2 %3").arg(card.length).arg(card.limit).arg(card.unit)
                        color: card.overLimit ? Kirigami.Theme.negativeTextColor : Kirigami.Theme.textColor
                        font.bold: card.overLimit
                    }
                    SeverityBadge {
                        objectName: "deliveryState"
                        severity: card.sent ? SeverityBadge.Positive
                                : card.deliveryState === "failed" ? SeverityBadge.Error
                                : card.deliveryState === "needs-confirmation" ? SeverityBadge.Warning
                                : card.deliveryState === "test-sent" ? SeverityBadge.Information : SeverityBadge.Neutral
                        text: {
                            switch (card.deliveryState) {
                            case "sent":
                                return qsTr("Sent");
                            case "already-sent":
                                return qsTr("Already sent");
                            case "failed":
                                return qsTr("Failed");
                            case "needs-confirmation":
                                return qsTr("Uncertain: check and confirm");
                            case "test-sent":
                                return qsTr("Test sent");
                            default:
                                return qsTr("Not sent");
                            }
                        }
                    }
                }

                QQC2.TextArea {
                    objectName: "cardText"
                    Layout.fillWidth: true
                    wrapMode: TextEdit.Wrap
                    text: card.text
                    readOnly: card.sent
                    onTextChanged: composer.setCardText(card.index, text)
                }

                QQC2.Label {
                    Layout.fillWidth: true
                    visible: card.problem.length > 0
                    text: card.problem
                    wrapMode: Text.WordWrap
                    color: card.overLimit && card.postCount <= 1 ? Kirigami.Theme.negativeTextColor : Kirigami.Theme.textColor
                }

                Repeater {
                    model: card.parts
                    delegate: QQC2.Label {
                        required property string modelData
                        required property int index
                        Layout.fillWidth: true
                        // Telegram posts are HTML, where a line break is text: show them as the reader will see them.
                        readonly property bool html: card.kind === "telegram"
                        text: (card.postCount > 1 ? qsTr("Post %1: ").arg(index + 1) : qsTr("Preview: ")) + (html ? "<br>" + modelData.replace(/\n/g, "<br>") : modelData)
                        textFormat: html ? Text.StyledText : Text.PlainText
                        wrapMode: Text.WordWrap
                        color: Kirigami.Theme.disabledTextColor
                    }
                }

                QQC2.Label {
                    Layout.fillWidth: true
                    visible: card.message.length > 0
                    text: card.message
                    wrapMode: Text.WordWrap
                }

                Repeater {
                    model: card.links
                    delegate: Kirigami.UrlButton {
                        required property string modelData
                        url: modelData
                    }
                }

                RowLayout {
                    visible: card.deliveryState === "needs-confirmation"
                    Layout.fillWidth: true
                    QQC2.TextField {
                        id: postedUrl
                        Layout.fillWidth: true
                        placeholderText: qsTr("Link of the post, if you found it")
                    }
                    QQC2.Button {
                        text: qsTr("It was posted")
                        onClicked: composer.confirm(card.index, true, postedUrl.text)
                    }
                    QQC2.Button {
                        text: qsTr("It was not posted")
                        onClicked: composer.confirm(card.index, false, "")
                    }
                }

                RowLayout {
                    QQC2.Button {
                        text: qsTr("Reset text")
                        icon.name: "edit-reset"
                        enabled: !card.sent
                        onClicked: composer.resetCardText(card.index)
                    }
                    QQC2.Button {
                        text: qsTr("Test send")
                        icon.name: "mail-send-receive"
                        enabled: !card.busy
                        onClicked: composer.sendTest(card.index)
                    }
                    QQC2.Button {
                        objectName: "sendButton"
                        text: qsTr("Send")
                        icon.name: "document-send"
                        enabled: composer.version.length > 0 && !card.busy && !card.sent && card.deliveryState !== "needs-confirmation"
                        onClicked: composer.send(card.index)
                    }
                    QQC2.BusyIndicator {
                        running: card.busy
                        visible: card.busy
                        Layout.preferredHeight: Kirigami.Units.iconSizes.medium
                        Layout.preferredWidth: Kirigami.Units.iconSizes.medium
                    }
                }
            }
        }
    }
}
