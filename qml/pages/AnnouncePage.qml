// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import ReleaseAssistant

// Step 7: one card per channel, filled from the playbook's template for it and the release facts, with the
// count as that network counts it, a test send to the channel's private target and Send. AnnouncementComposer
// does the work and remembers in the release journal what was sent, so a second Send never posts twice.
StepPage {
    id: page

    stepKey: "announce"

    AnnouncementComposer {
        id: composer
        objectName: "announcementComposer"
        session: ReleaseSession
        version: ReleaseSession.currentRelease
    }

    QQC2.Label {
        Layout.fillWidth: true
        visible: composer.version.length === 0
        text: qsTr("Pick or start a release first: the announcements are filled from it and recorded in its journal.")
        wrapMode: Text.WordWrap
        font.bold: true
    }

    GridLayout {
        Layout.fillWidth: true
        columns: 4
        columnSpacing: 12
        rowSpacing: 6

        QQC2.Label {
            text: qsTr("Published on")
        }
        QQC2.TextField {
            objectName: "publishedField"
            text: composer.publishedOn
            placeholderText: qsTr("YYYY-MM-DD")
            onEditingFinished: composer.publishedOn = text
        }
        QQC2.Label {
            text: qsTr("Upgrade within (days)")
        }
        QQC2.SpinBox {
            objectName: "graceDaysField"
            from: 0
            to: 365
            value: composer.graceDays
            editable: true
            onValueModified: composer.graceDays = value
        }
        QQC2.Label {
            text: qsTr("Release page")
        }
        QQC2.TextField {
            Layout.fillWidth: true
            Layout.columnSpan: 3
            text: composer.releaseUrl
            onEditingFinished: composer.releaseUrl = text
        }
        QQC2.Label {
            Layout.alignment: Qt.AlignTop
            text: qsTr("Highlights")
        }
        QQC2.TextArea {
            objectName: "highlightsField"
            Layout.fillWidth: true
            Layout.columnSpan: 3
            Layout.preferredHeight: 70
            wrapMode: TextEdit.Wrap
            placeholderText: qsTr("One line per highlight")
            text: composer.highlights
            onTextChanged: composer.highlights = text
        }
    }

    RowLayout {
        Layout.fillWidth: true
        QQC2.Label {
            Layout.fillWidth: true
            text: composer.deadline.length > 0 ? qsTr("Upgrade deadline: %1").arg(composer.deadline) : ""
            opacity: 0.8
        }
        QQC2.Label {
            objectName: "channelsError"
            Layout.fillWidth: true
            visible: composer.channelsError.length > 0
            text: composer.channelsError
            wrapMode: Text.WordWrap
            color: "firebrick"
        }
        QQC2.Button {
            objectName: "sendAllButton"
            text: qsTr("Send all…")
            enabled: composer.version.length > 0 && cards.count > 0
            onClicked: sendAllDialog.open()
        }
    }

    QQC2.Dialog {
        id: sendAllDialog
        objectName: "sendAllDialog"
        anchors.centerIn: QQC2.Overlay.overlay
        modal: true
        title: qsTr("Send the announcements?")
        standardButtons: QQC2.Dialog.Ok | QQC2.Dialog.Cancel
        onAccepted: composer.sendAll()

        QQC2.Label {
            text: qsTr("Every channel not sent yet posts its announcement of %1 publicly. Channels already sent are skipped.").arg(composer.version)
            wrapMode: Text.WordWrap
            width: Math.min(implicitWidth, 480)
        }
    }

    ListView {
        id: cards
        objectName: "channelCards"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        spacing: 12
        model: composer.cards
        QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

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
            width: ListView.view.width - 12

            ColumnLayout {
                anchors.fill: parent
                spacing: 6

                RowLayout {
                    Layout.fillWidth: true
                    QQC2.Label {
                        Layout.fillWidth: true
                        text: card.title
                        font.bold: true
                        elide: Text.ElideRight
                    }
                    QQC2.Label {
                        objectName: "counter"
                        text: qsTr("%1 / %2 %3").arg(card.length).arg(card.limit).arg(card.unit)
                        color: card.overLimit ? "firebrick" : palette.windowText
                        font.bold: card.overLimit
                    }
                    QQC2.Label {
                        objectName: "deliveryState"
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
                        color: card.deliveryState === "failed" || card.deliveryState === "needs-confirmation" ? "firebrick" : palette.windowText
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
                    color: card.overLimit && card.postCount <= 1 ? "firebrick" : palette.windowText
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
                        opacity: 0.75
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
                    delegate: QQC2.Label {
                        required property string modelData
                        text: "<a href=\"" + modelData + "\">" + modelData + "</a>"
                        textFormat: Text.StyledText
                        onLinkActivated: link => Qt.openUrlExternally(link)
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
                        enabled: !card.sent
                        onClicked: composer.resetCardText(card.index)
                    }
                    QQC2.Button {
                        text: qsTr("Test send")
                        enabled: !card.busy
                        onClicked: composer.sendTest(card.index)
                    }
                    QQC2.Button {
                        objectName: "sendButton"
                        text: qsTr("Send")
                        enabled: composer.version.length > 0 && !card.busy && !card.sent && card.deliveryState !== "needs-confirmation"
                        onClicked: composer.send(card.index)
                    }
                    QQC2.BusyIndicator {
                        running: card.busy
                        visible: card.busy
                        Layout.preferredHeight: 24
                        Layout.preferredWidth: 24
                    }
                }
            }
        }
    }
}
