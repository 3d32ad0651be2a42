// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import ReleaseAssistant

// The draft was edited on github.com while the notes changed here too. Both versions side by side and a
// merge prefilled with both (common lines once, each difference between markers) that the maintainer edits
// and saves. Nothing is written to GitHub before one of the three actions.
ColumnLayout {
    id: root

    required property NotesDraftController draft

    // Set when a conflict arrives: the first difference is brought into view once the merge editor is laid out.
    property bool revealPending: false

    // Brings the first difference into view: the common start of the notes is rarely what needs merging.
    function showFirstDifference() {
        const flick = mergeScroll.contentItem as Flickable;
        if (!root.revealPending || !flick || flick.height <= 0 || merged.contentHeight <= 0)
            return;
        root.revealPending = false;
        const at = merged.text.indexOf("<<<<<<<");
        if (at < 0)
            return;
        merged.cursorPosition = at;
        flick.contentY = Math.max(0, Math.min(merged.cursorRectangle.y - Kirigami.Units.gridUnit * 2, flick.contentHeight - flick.height));
    }

    spacing: Kirigami.Units.largeSpacing
    onVisibleChanged: Qt.callLater(root.showFirstDifference)

    Connections {
        target: root.draft
        function onConflictChanged() {
            root.revealPending = root.draft.inConflict;
            Qt.callLater(root.showFirstDifference);
        }
    }

    Kirigami.InlineMessage {
        Layout.fillWidth: true
        visible: true
        type: Kirigami.MessageType.Warning
        text: qsTr("The draft on GitHub and these notes both changed since the last sync.")
    }
    QQC2.Label {
        Layout.fillWidth: true
        text: qsTr("Edit the merge below: lines between <<<<<<< and >>>>>>> differ, yours first. Save it when it reads right, or keep one side whole.")
        wrapMode: Text.WordWrap
        opacity: 0.8
    }

    QQC2.SplitView {
        Layout.fillWidth: true
        Layout.fillHeight: true
        orientation: Qt.Horizontal

        Repeater {
            model: [
                { title: qsTr("Your notes"), text: root.draft.conflictLocal },
                { title: qsTr("The GitHub draft"), text: root.draft.conflictRemote }
            ]
            delegate: ColumnLayout {
                id: side
                required property var modelData
                QQC2.SplitView.preferredWidth: root.width / 4
                spacing: Kirigami.Units.smallSpacing / 2
                QQC2.Label {
                    text: side.modelData.title
                    font.bold: true
                }
                QQC2.ScrollView {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    QQC2.TextArea {
                        id: sideText
                        readOnly: true
                        textFormat: TextEdit.PlainText
                        wrapMode: TextEdit.Wrap
                        font.family: "monospace"
                        text: side.modelData.text

                        MarkdownHighlighter {
                            textEdit: sideText
                            textColor: sideText.color
                        }
                    }
                }
            }
        }

        ColumnLayout {
            QQC2.SplitView.fillWidth: true
            spacing: Kirigami.Units.smallSpacing / 2
            QQC2.Label {
                text: qsTr("Merge")
                font.bold: true
            }
            QQC2.ScrollView {
                id: mergeScroll
                Layout.fillWidth: true
                Layout.fillHeight: true
                QQC2.TextArea {
                    id: merged
                    objectName: "mergeEditor"
                    textFormat: TextEdit.PlainText
                    wrapMode: TextEdit.Wrap
                    font.family: "monospace"
                    selectByMouse: true
                    text: root.draft.conflictMerged
                    onContentHeightChanged: Qt.callLater(root.showFirstDifference)

                    MarkdownHighlighter {
                        textEdit: merged
                        textColor: merged.color
                    }
                }
            }
        }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Kirigami.Units.largeSpacing
        QQC2.Button {
            objectName: "saveMergeButton"
            text: qsTr("Save the merge to the draft")
            highlighted: true
            enabled: !root.draft.busy && merged.text.indexOf("<<<<<<<") < 0 && merged.text.indexOf(">>>>>>>") < 0
            onClicked: root.draft.acceptMerge(merged.text)
        }
        QQC2.Button {
            text: qsTr("Keep mine")
            enabled: !root.draft.busy
            onClicked: root.draft.keepMine()
            QQC2.ToolTip.visible: hovered
            QQC2.ToolTip.text: qsTr("Replace the draft with your notes.")
        }
        QQC2.Button {
            text: qsTr("Take GitHub's")
            enabled: !root.draft.busy
            onClicked: root.draft.takeTheirs()
            QQC2.ToolTip.visible: hovered
            QQC2.ToolTip.text: qsTr("Load the draft into the editor; Undo brings your text back.")
        }
        QQC2.Label {
            Layout.fillWidth: true
            visible: merged.text.indexOf("<<<<<<<") >= 0
            horizontalAlignment: Text.AlignRight
            wrapMode: Text.WordWrap
            text: qsTr("Resolve every marked difference to save.")
            color: Kirigami.Theme.disabledTextColor
        }
    }
}
