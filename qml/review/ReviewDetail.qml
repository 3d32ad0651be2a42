// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import ReleaseAssistant

// One release under review as its reviewer reads it: the changes since they approved (when they did), the notes
// rendered as GitHub shows them, the assets and their digests, who approved which revision and who is awaited
// since when, and Approve / Request changes bound to the content on screen.
ColumnLayout {
    id: root

    required property ReviewDetailController detail
    /// The line of the notes whose comment field is open; 0 when none.
    property int commentLine: 0

    function standingSeverity(standing: string): int {
        switch (standing) {
        case "approved":
            return SeverityBadge.Positive;
        case "changes-requested":
            return SeverityBadge.Error;
        case "stale":
            return SeverityBadge.Warning;
        }
        return SeverityBadge.Neutral;
    }

    function standingText(standing: string, revision: int): string {
        switch (standing) {
        case "approved":
            return qsTr("approved revision %1").arg(revision);
        case "changes-requested":
            return qsTr("asked for changes to revision %1").arg(revision);
        case "stale":
            return revision > 0 ? qsTr("approved revision %1, an earlier one").arg(revision)
                                : qsTr("gave a verdict on an earlier revision");
        }
        return qsTr("pending");
    }

    objectName: "reviewDetail"
    spacing: Kirigami.Units.largeSpacing

    RowLayout {
        Layout.fillWidth: true
        spacing: Kirigami.Units.largeSpacing

        Kirigami.Heading {
            Layout.fillWidth: true
            level: 2
            wrapMode: Text.WordWrap
            text: root.detail.revision > 0 ? qsTr("%1, revision %2").arg(root.detail.tag).arg(root.detail.revision)
                                           : root.detail.tag
        }
        QQC2.Button {
            objectName: "openIssueButton"
            visible: root.detail.issueUrl.toString() !== ""
            text: qsTr("Open the tracking issue")
            icon.name: "internet-services"
            onClicked: Qt.openUrlExternally(root.detail.issueUrl)
        }
    }

    QQC2.Label {
        Layout.fillWidth: true
        visible: root.detail.loaded
        wrapMode: Text.WordWrap
        color: Kirigami.Theme.disabledTextColor
        text: (root.detail.revisionSinceText !== "" ? qsTr("Posted %1. ").arg(root.detail.revisionSinceText) : "")
              + (root.detail.fromIssue ? qsTr("Read from the tracking issue.") : qsTr("Read from the draft."))
              + " " + qsTr("Digest %1").arg(root.detail.digest)
    }

    Kirigami.InlineMessage {
        objectName: "detailMessage"
        Layout.fillWidth: true
        visible: root.detail.message !== ""
        type: root.detail.messageIsError ? Kirigami.MessageType.Error : Kirigami.MessageType.Information
        text: root.detail.message
    }

    QQC2.BusyIndicator {
        Layout.alignment: Qt.AlignHCenter
        visible: root.detail.busy
        running: visible
    }

    // The changes since the revision the reviewer approved: what they have to read again.
    Kirigami.Heading {
        objectName: "sinceApprovedHeading"
        level: 3
        visible: root.detail.approvedBefore && !root.detail.approvedCurrent
        text: root.detail.approvedRevision > 0
              ? qsTr("Changes since you approved revision %1").arg(root.detail.approvedRevision)
              : qsTr("Changes since you approved")
    }

    QQC2.Label {
        Layout.fillWidth: true
        visible: root.detail.sinceApprovedProblem !== ""
        wrapMode: Text.WordWrap
        color: Kirigami.Theme.neutralTextColor
        text: root.detail.sinceApprovedProblem
    }

    Rectangle {
        objectName: "sinceApprovedDiff"
        Layout.fillWidth: true
        visible: root.detail.sinceApprovedDiff !== ""
        implicitHeight: diffLines.implicitHeight + Kirigami.Units.smallSpacing * 2
        color: Kirigami.Theme.backgroundColor
        radius: Kirigami.Units.cornerRadius
        border.color: Qt.alpha(Kirigami.Theme.textColor, 0.15)
        Kirigami.Theme.colorSet: Kirigami.Theme.View
        Kirigami.Theme.inherit: false

        ColumnLayout {
            id: diffLines

            anchors.fill: parent
            anchors.margins: Kirigami.Units.smallSpacing
            spacing: 0

            Repeater {
                model: root.detail.sinceApprovedLines

                delegate: QQC2.Label {
                    id: line

                    required property var modelData

                    Layout.fillWidth: true
                    leftPadding: Kirigami.Units.smallSpacing
                    font.family: "monospace"
                    wrapMode: Text.WrapAnywhere
                    text: line.modelData.text
                    color: line.modelData.kind === "hunk" || line.modelData.kind === "header"
                           ? Kirigami.Theme.disabledTextColor : Kirigami.Theme.textColor
                    background: Rectangle {
                        color: line.modelData.kind === "added" ? Qt.alpha(Kirigami.Theme.positiveTextColor, 0.2)
                             : line.modelData.kind === "removed" ? Qt.alpha(Kirigami.Theme.negativeTextColor, 0.2)
                             : "transparent"
                    }
                }
            }
        }
    }

    Kirigami.Heading {
        level: 3
        visible: root.detail.loaded
        text: qsTr("Release notes")
    }

    TextEdit {
        objectName: "notesView"
        Layout.fillWidth: true
        visible: root.detail.loaded
        readOnly: true
        selectByMouse: true
        wrapMode: TextEdit.Wrap
        textFormat: TextEdit.RichText
        color: Kirigami.Theme.textColor
        text: root.detail.notesHtml
        Accessible.name: qsTr("The release notes under review")
        onLinkActivated: link => Qt.openUrlExternally(link)
    }

    Kirigami.Heading {
        level: 3
        visible: root.detail.loaded && root.detail.revision > 0
        text: qsTr("Comment on a line")
    }

    QQC2.Label {
        Layout.fillWidth: true
        visible: root.detail.loaded && root.detail.revision > 0
        wrapMode: Text.Wrap
        color: Kirigami.Theme.disabledTextColor
        text: qsTr("Click a line of the notes' source to comment on it. A comment goes on the tracking issue and "
                   + "is not a verdict.")
    }

    // The notes' source, one row per line as line comments number them; the row clicked opens a field.
    ColumnLayout {
        objectName: "notesLines"
        Layout.fillWidth: true
        visible: root.detail.loaded && root.detail.revision > 0
        spacing: 0

        Repeater {
            model: root.detail.notesLines

            delegate: ColumnLayout {
                id: sourceLine

                required property string modelData
                required property int index
                readonly property int number: index + 1
                readonly property bool editing: root.commentLine === number

                Layout.fillWidth: true
                spacing: 0

                QQC2.ItemDelegate {
                    objectName: "notesLine_" + sourceLine.number
                    Layout.fillWidth: true
                    topPadding: 0
                    bottomPadding: 0
                    highlighted: sourceLine.editing
                    contentItem: QQC2.Label {
                        font.family: "monospace"
                        wrapMode: Text.WrapAnywhere
                        text: qsTr("%1  %2").arg(String(sourceLine.number).padStart(3, " ")).arg(sourceLine.modelData)
                    }
                    Accessible.name: qsTr("Line %1: %2").arg(sourceLine.number).arg(sourceLine.modelData)
                    onClicked: root.commentLine = sourceLine.editing ? 0 : sourceLine.number
                }

                RowLayout {
                    Layout.fillWidth: true
                    Layout.leftMargin: Kirigami.Units.gridUnit * 2
                    visible: sourceLine.editing

                    QQC2.TextField {
                        id: lineCommentField

                        objectName: "lineCommentField"
                        Layout.fillWidth: true
                        placeholderText: qsTr("Your comment on line %1").arg(sourceLine.number)
                        onVisibleChanged: if (visible) forceActiveFocus()
                        onAccepted: sendButton.clicked()
                    }

                    QQC2.Button {
                        id: sendButton

                        objectName: "lineCommentSend"
                        text: qsTr("Comment")
                        enabled: !root.detail.busy && lineCommentField.text.trim() !== ""
                        onClicked: {
                            root.detail.commentOnLine(sourceLine.number, lineCommentField.text);
                        }
                    }
                }
            }
        }
    }

    Connections {
        target: root.detail

        function onLineCommentFinished(ok: bool) {
            if (ok)
                root.commentLine = 0;
        }
    }

    Kirigami.Heading {
        level: 3
        visible: root.detail.lineComments.length > 0
        text: qsTr("Line comments")
    }

    Repeater {
        model: root.detail.lineComments

        delegate: QQC2.Label {
            id: lineComment

            required property var modelData

            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: lineComment.modelData.stale ? Kirigami.Theme.disabledTextColor : Kirigami.Theme.textColor
            text: (lineComment.modelData.firstLine === lineComment.modelData.lastLine
                   ? qsTr("Line %1, %2: %3").arg(lineComment.modelData.firstLine)
                   : qsTr("Lines %1–%2, %3: %4").arg(lineComment.modelData.firstLine).arg(lineComment.modelData.lastLine))
                  .arg(lineComment.modelData.login).arg(lineComment.modelData.text)
                  + (lineComment.modelData.stale ? " " + qsTr("(on revision %1, an earlier one)")
                                                               .arg(lineComment.modelData.revision) : "")
        }
    }

    Kirigami.Heading {
        level: 3
        visible: root.detail.loaded
        text: qsTr("Assets")
    }

    QQC2.Label {
        visible: root.detail.loaded && root.detail.assets.length === 0
        text: qsTr("No asset")
        color: Kirigami.Theme.disabledTextColor
    }

    GridLayout {
        objectName: "assetTable"
        Layout.fillWidth: true
        visible: root.detail.loaded && root.detail.assets.length > 0
        columns: 3
        columnSpacing: Kirigami.Units.largeSpacing
        rowSpacing: Kirigami.Units.smallSpacing

        Repeater {
            model: root.detail.assets

            delegate: QQC2.Label {
                required property var modelData
                required property int index

                Layout.row: index
                Layout.column: 0
                text: modelData.name
                font.bold: true
            }
        }
        Repeater {
            model: root.detail.assets

            delegate: QQC2.Label {
                required property var modelData
                required property int index

                Layout.row: index
                Layout.column: 1
                text: qsTr("%1 bytes").arg(modelData.size)
            }
        }
        Repeater {
            model: root.detail.assets

            delegate: QQC2.Label {
                required property var modelData
                required property int index

                Layout.row: index
                Layout.column: 2
                Layout.fillWidth: true
                elide: Text.ElideMiddle
                font.family: "monospace"
                text: modelData.sha256 !== "" ? qsTr("sha256:%1").arg(modelData.sha256) : qsTr("no digest reported")
            }
        }
    }

    Kirigami.Heading {
        level: 3
        visible: root.detail.loaded
        text: qsTr("Approvers (%1 required)").arg(root.detail.required)
    }

    Repeater {
        objectName: "standings"
        model: root.detail.standings

        delegate: RowLayout {
            id: reviewer

            required property string login
            required property string standing
            required property int revision
            required property string atText
            required property string waitingSinceText

            objectName: "standing_" + login
            Layout.fillWidth: true
            spacing: Kirigami.Units.largeSpacing

            QQC2.Label {
                text: reviewer.login
                font.bold: true
            }
            SeverityBadge {
                severity: root.standingSeverity(reviewer.standing)
                text: root.standingText(reviewer.standing, reviewer.revision)
            }
            QQC2.Label {
                Layout.fillWidth: true
                color: Kirigami.Theme.disabledTextColor
                elide: Text.ElideRight
                text: reviewer.atText !== "" ? qsTr("on %1").arg(reviewer.atText)
                    : reviewer.waitingSinceText !== "" ? qsTr("waiting since %1").arg(reviewer.waitingSinceText) : ""
            }
        }
    }

    QQC2.TextField {
        id: comment

        objectName: "changesComment"
        Layout.fillWidth: true
        visible: root.detail.loaded
        placeholderText: qsTr("What must change (for Request changes)")
    }

    RowLayout {
        visible: root.detail.loaded
        spacing: Kirigami.Units.largeSpacing

        QQC2.Button {
            objectName: "approveButton"
            text: root.detail.approvedCurrent ? qsTr("Approved")
                  : root.detail.revision > 0 ? qsTr("Approve revision %1").arg(root.detail.revision) : qsTr("Approve")
            icon.name: "dialog-ok-apply"
            enabled: !root.detail.busy && !root.detail.approvedCurrent
            onClicked: root.detail.approve()
        }
        QQC2.Button {
            objectName: "requestChangesButton"
            text: qsTr("Request changes")
            icon.name: "document-edit"
            enabled: !root.detail.busy && comment.text.trim() !== ""
            onClicked: {
                root.detail.requestChanges(comment.text);
                comment.clear();
            }
        }
    }
}
