// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import ReleaseAssistant

// A line diff: removed lines red with "-", added lines green with "+", with their line numbers. Long lines
// wrap, so the side panel never scrolls sideways.
ListView {
    id: root

    required property NotesDiffModel diff

    clip: true
    model: root.diff
    QQC2.ScrollBar.vertical: QQC2.ScrollBar {}
    // Opens on the first difference, with a little context above it.
    onCountChanged: {
        if (root.diff.firstChange >= 0)
            root.positionViewAtIndex(Math.max(0, root.diff.firstChange - 3), ListView.Beginning);
    }

    delegate: Rectangle {
        id: row
        required property string op
        required property string text
        required property int oldLine
        required property int newLine

        width: root.width
        implicitHeight: line.implicitHeight
        color: row.op === "added" ? Qt.rgba(0.18, 0.49, 0.2, 0.18)
             : row.op === "removed" ? Qt.rgba(0.78, 0.16, 0.16, 0.18) : "transparent"

        QQC2.Label {
            id: numbers
            font: line.font
            textFormat: Text.PlainText
            opacity: 0.6
            text: (row.oldLine > 0 ? String(row.oldLine).padStart(4) : "    ") + " "
                  + (row.newLine > 0 ? String(row.newLine).padStart(4) : "    ") + " "
                  + (row.op === "added" ? "+" : row.op === "removed" ? "-" : " ")
        }
        QQC2.Label {
            id: line
            anchors.left: numbers.right
            anchors.leftMargin: 4
            anchors.right: parent.right
            font.family: "monospace"
            font.pixelSize: 12
            textFormat: Text.PlainText
            wrapMode: Text.WrapAnywhere
            text: row.text
        }
    }
}
