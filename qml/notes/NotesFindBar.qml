// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import ReleaseAssistant

// Find in the notes: Enter or F3 goes to the next match, Shift+Enter or Shift+F3 to the previous one; the
// search wraps around the end of the text.
QQC2.ToolBar {
    id: root

    required property NotesWorkbench workbench
    // Where the search starts from and what a match selects.
    required property NotesEditor editor

    function open() {
        root.visible = true;
        field.forceActiveFocus();
        field.selectAll();
    }

    function find(forward: bool) {
        const area = root.editor.textArea;
        const from = forward ? area.selectionEnd : area.selectionStart;
        const found = forward ? root.workbench.findNext(field.text, from, caseBox.checked)
                              : root.workbench.findPrevious(field.text, from, caseBox.checked);
        if (found >= 0)
            root.editor.select(found, found + field.text.length);
        status.found = found >= 0;
    }

    visible: false

    RowLayout {
        anchors.fill: parent
        spacing: Kirigami.Units.smallSpacing

        QQC2.Label {
            text: qsTr("Find")
        }
        QQC2.TextField {
            id: field
            objectName: "findField"
            Layout.preferredWidth: Kirigami.Units.gridUnit * 14
            placeholderText: qsTr("Text to find")
            onAccepted: root.find(true)
            Keys.onPressed: event => {
                if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
                        && (event.modifiers & Qt.ShiftModifier)) {
                    root.find(false);
                    event.accepted = true;
                } else if (event.key === Qt.Key_Escape) {
                    root.visible = false;
                    root.editor.textArea.forceActiveFocus();
                    event.accepted = true;
                }
            }
        }
        QQC2.ToolButton {
            text: qsTr("Previous")
            icon.name: "go-up-search"
            enabled: field.text !== ""
            onClicked: root.find(false)
            QQC2.ToolTip.visible: hovered
            QQC2.ToolTip.text: qsTr("Previous match (Shift+F3)")
        }
        QQC2.ToolButton {
            text: qsTr("Next")
            icon.name: "go-down-search"
            enabled: field.text !== ""
            onClicked: root.find(true)
            QQC2.ToolTip.visible: hovered
            QQC2.ToolTip.text: qsTr("Next match (F3)")
        }
        QQC2.CheckBox {
            id: caseBox
            text: qsTr("Match case")
        }
        QQC2.Label {
            id: status
            property bool found: true
            Layout.fillWidth: true
            text: field.text === "" ? ""
                : !status.found ? qsTr("Not found")
                : qsTr("%n match(es)", "", root.workbench.countOccurrences(field.text, caseBox.checked))
            color: status.found ? Kirigami.Theme.textColor : Kirigami.Theme.negativeTextColor
            elide: Text.ElideRight
        }
        QQC2.ToolButton {
            text: qsTr("Close")
            icon.name: "window-close"
            display: QQC2.AbstractButton.IconOnly
            onClicked: root.visible = false
        }
    }

    QQC2.Action {
        shortcut: StandardKey.FindNext
        enabled: root.visible && field.text !== ""
        onTriggered: root.find(true)
    }
    QQC2.Action {
        shortcut: StandardKey.FindPrevious
        enabled: root.visible && field.text !== ""
        onTriggered: root.find(false)
    }
}
