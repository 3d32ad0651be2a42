// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami
import ReleaseAssistant

// The Markdown source: a monospace TextArea highlighted by KSyntaxHighlighting. It owns its text and its undo
// history; replaceText() swaps the content as one undoable edit, so Undo brings back what a generation,
// a load or a merge replaced.
QQC2.ScrollView {
    id: root

    // Replaces the content in one undoable step (QML's TextArea can only remove, then insert).
    required property NotesWorkbench workbench
    property alias textArea: editor
    readonly property Flickable flickable: root.contentItem as Flickable
    signal edited(string text)

    Kirigami.Theme.colorSet: Kirigami.Theme.View
    Kirigami.Theme.inherit: false
    background: Rectangle {
        color: Kirigami.Theme.backgroundColor
        border.color: Qt.alpha(Kirigami.Theme.textColor, 0.2)
    }

    function replaceText(text: string, undoable: bool) {
        if (text === editor.text)
            return;
        if (!undoable) {
            editor.text = text;
            return;
        }
        const cursor = editor.cursorPosition;
        root.workbench.replaceContent(editor.textDocument, text);
        editor.cursorPosition = Math.min(cursor, editor.length);
    }

    // Puts the cursor at \a position and scrolls so that its line sits in the upper third of the view.
    function moveCursorTo(position: int) {
        editor.cursorPosition = Math.max(0, Math.min(position, editor.length));
        editor.forceActiveFocus();
        const flick = root.flickable;
        if (flick) {
            const target = editor.cursorRectangle.y - root.height / 3;
            flick.contentY = Math.max(0, Math.min(target, flick.contentHeight - flick.height));
        }
    }

    function select(start: int, end: int) {
        root.moveCursorTo(start);
        editor.select(start, end);
    }

    QQC2.TextArea {
        id: editor
        objectName: "notesEditor"
        textFormat: TextEdit.PlainText
        wrapMode: TextEdit.Wrap
        font.family: "monospace"
        selectByMouse: true
        persistentSelection: true
        tabStopDistance: fontMetrics.averageCharacterWidth * 4
        placeholderText: qsTr("Markdown notes: Generate them, or write here")
        background: null
        onTextChanged: root.edited(editor.text)

        FontMetrics {
            id: fontMetrics
            font: editor.font
        }

        MarkdownHighlighter {
            objectName: "notesHighlighter"
            textEdit: editor
            textColor: editor.color
        }
    }
}
