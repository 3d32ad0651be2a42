// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami
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
        // Only changed lines are tinted, with the theme's own added and removed backgrounds.
        color: row.op === "added" ? Kirigami.Theme.positiveBackgroundColor
             : row.op === "removed" ? Kirigami.Theme.negativeBackgroundColor : Kirigami.Theme.backgroundColor

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
            anchors.leftMargin: Kirigami.Units.smallSpacing
            anchors.right: parent.right
            font.family: "monospace"
            textFormat: Text.PlainText
            wrapMode: Text.WrapAnywhere
            text: row.text
        }
    }
}
