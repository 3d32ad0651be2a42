// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Dialogs
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import ReleaseAssistant

// Step 4: the release notes. The range they describe on top, then the Markdown source (highlighted) next to
// the preview GitHub will show, scrolled together, the lint below them, and on demand the revisions kept in
// the journal and GitHub's own generated notes. A draft edited on github.com meanwhile replaces the editor
// by a merge view until the maintainer has merged.
StepWorkspacePage {
    id: page

    property bool syncingScroll: false
    // The latest word of the workbench or of the draft sync, whichever spoke last.
    property string statusText: ""
    property bool statusIsError: false

    // Keeps the other view at the same proportion of its height: Markdown and HTML differ line by line, but
    // sections stay in the same order, so proportions track well enough for notes.
    function syncScroll(from: Flickable, to: Flickable) {
        if (page.syncingScroll || !from || !to)
            return;
        // The same share of each one's scroll range, margins included (the preview is a list with margins).
        const range = from.contentHeight + from.topMargin + from.bottomMargin - from.height;
        const targetRange = to.contentHeight + to.topMargin + to.bottomMargin - to.height;
        if (range <= 0 || targetRange <= 0)
            return;
        page.syncingScroll = true;
        const share = (from.contentY - from.originY + from.topMargin) / range;
        to.contentY = to.originY - to.topMargin + share * targetRange;
        page.syncingScroll = false;
    }

    stepKey: "notes"

    Component.onCompleted: editor.replaceText(workbench.text, false)

    NotesWorkbench {
        id: workbench
        objectName: "notesWorkbench"
        session: ReleaseSession
    }
    Connections {
        target: workbench
        function onTextReplaced(text: string, undoable: bool) {
            editor.replaceText(text, undoable);
        }
    }
    Connections {
        target: workbench
        function onMessageChanged() {
            page.statusText = workbench.message;
            page.statusIsError = workbench.messageIsError;
        }
    }
    Connections {
        target: workbench.draft
        function onMessageChanged() {
            page.statusText = workbench.draft.message;
            page.statusIsError = workbench.draft.messageIsError;
        }
    }
    Connections {
        target: editor.flickable
        function onContentYChanged() {
            page.syncScroll(editor.flickable, preview.flickable);
        }
    }
    Connections {
        target: preview.flickable
        function onContentYChanged() {
            page.syncScroll(preview.flickable, editor.flickable);
        }
    }

    QQC2.Action {
        id: generateAction
        text: qsTr("Generate")
        icon.name: "run-build"
        enabled: !workbench.busy && workbench.rangeKnown
        onTriggered: workbench.characterCount === 0 ? workbench.generate() : confirmGenerate.open()
    }
    QQC2.Action {
        id: regenerateAction
        text: qsTr("Regenerate")
        icon.name: "view-refresh"
        shortcut: "Ctrl+Shift+R"
        enabled: page.isCurrentPage && !workbench.busy && workbench.rangeKnown && workbench.characterCount > 0
        onTriggered: workbench.regenerate()
    }
    QQC2.Action {
        id: saveAction
        text: qsTr("Save to draft")
        icon.name: "document-save"
        shortcut: StandardKey.Save
        enabled: page.isCurrentPage && workbench.tag !== "" && !workbench.draft.busy && !workbench.draft.inConflict
                 && workbench.characterCount > 0
        onTriggered: workbench.draft.saveToDraft()
    }
    QQC2.Action {
        id: loadAction
        text: qsTr("Load from draft")
        icon.name: "cloud-download"
        enabled: workbench.tag !== "" && !workbench.draft.busy && !workbench.draft.inConflict
        onTriggered: workbench.draft.loadFromDraft()
    }
    QQC2.Action {
        id: openFileAction
        text: qsTr("Open file…")
        icon.name: "document-open"
        enabled: workbench.tag !== "" && !workbench.draft.inConflict
        onTriggered: notesFileDialog.open()
    }
    FileDialog {
        id: notesFileDialog
        objectName: "notesFileDialog"
        title: qsTr("Release notes to load (Markdown, UTF-8)")
        nameFilters: [qsTr("Markdown (*.md *.markdown *.txt)"), qsTr("All files (*)")]
        onAccepted: workbench.loadFile(selectedFile)
    }
    QQC2.Action {
        id: findAction
        text: qsTr("Find")
        icon.name: "edit-find"
        shortcut: StandardKey.Find
        enabled: page.isCurrentPage
        onTriggered: findBar.open()
    }

    // Generate replaces the whole text; Regenerate is the one that keeps edits. Undo still brings it back.
    Kirigami.PromptDialog {
        id: confirmGenerate
        objectName: "confirmGenerate"
        title: qsTr("Replace the notes?")
        subtitle: qsTr("Generate writes the notes again from the commits and replaces what is in the editor, your edits included (Undo brings them back). Regenerate refreshes the generated parts and keeps your edits.")
        standardButtons: Kirigami.Dialog.Ok | Kirigami.Dialog.Cancel
        onAccepted: workbench.generate()
    }

    NotesRangeBar {
        Layout.fillWidth: true
        workbench: workbench
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Kirigami.Units.smallSpacing

        QQC2.Button {
            objectName: "generateButton"
            action: generateAction
            QQC2.ToolTip.visible: hovered
            QQC2.ToolTip.text: qsTr("Write the notes from the commits of the range")
        }
        QQC2.Button {
            objectName: "regenerateButton"
            action: regenerateAction
            QQC2.ToolTip.visible: hovered
            QQC2.ToolTip.text: qsTr("Refresh the generated sections, keeping your edits (Ctrl+Shift+R)")
        }
        QQC2.ToolSeparator {}
        QQC2.Button {
            objectName: "saveToDraftButton"
            action: saveAction
            highlighted: true
            QQC2.ToolTip.visible: hovered
            QQC2.ToolTip.text: qsTr("Save the notes to the draft release on GitHub, creating it if needed (Ctrl+S)")
        }
        QQC2.Button {
            objectName: "loadFromDraftButton"
            action: loadAction
            QQC2.ToolTip.visible: hovered
            QQC2.ToolTip.text: qsTr("Load the draft's text from GitHub")
        }
        QQC2.ToolButton {
            objectName: "openNotesFileButton"
            action: openFileAction
            display: QQC2.AbstractButton.IconOnly
            QQC2.ToolTip.visible: hovered
            QQC2.ToolTip.text: qsTr("Replace the text with a Markdown file (refused, with the line, when it is not UTF-8)")
        }
        QQC2.ToolSeparator {}
        QQC2.ToolButton {
            text: qsTr("Undo")
            icon.name: "edit-undo"
            display: QQC2.AbstractButton.IconOnly
            enabled: editor.textArea.canUndo
            onClicked: editor.textArea.undo()
            QQC2.ToolTip.visible: hovered
            QQC2.ToolTip.text: qsTr("Undo (Ctrl+Z)")
        }
        QQC2.ToolButton {
            text: qsTr("Redo")
            icon.name: "edit-redo"
            display: QQC2.AbstractButton.IconOnly
            enabled: editor.textArea.canRedo
            onClicked: editor.textArea.redo()
            QQC2.ToolTip.visible: hovered
            QQC2.ToolTip.text: qsTr("Redo (Ctrl+Shift+Z)")
        }
        QQC2.ToolButton {
            action: findAction
            display: QQC2.AbstractButton.IconOnly
            QQC2.ToolTip.visible: hovered
            QQC2.ToolTip.text: qsTr("Find in the notes (Ctrl+F)")
        }
        Item {
            Layout.fillWidth: true
        }
        QQC2.ToolButton {
            id: previewToggle
            text: qsTr("Preview")
            checkable: true
            checked: true
        }
        QQC2.ToolButton {
            id: revisionsToggle
            objectName: "revisionsToggle"
            text: qsTr("Revisions")
            checkable: true
            onToggled: if (checked) gitHubToggle.checked = false
        }
        QQC2.ToolButton {
            id: gitHubToggle
            objectName: "gitHubToggle"
            text: qsTr("GitHub's notes")
            checkable: true
            onToggled: if (checked) revisionsToggle.checked = false
        }
    }

    Kirigami.InlineMessage {
        objectName: "notesMessage"
        Layout.fillWidth: true
        visible: page.statusText !== ""
        text: page.statusText
        type: page.statusIsError ? Kirigami.MessageType.Error : Kirigami.MessageType.Information
    }

    NotesFindBar {
        id: findBar
        Layout.fillWidth: true
        workbench: workbench
        editor: editor
    }

    StackLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        // The merge view, hidden until a conflict, must not widen the editor beyond the page.
        Layout.minimumWidth: 0
        currentIndex: workbench.draft.inConflict ? 1 : 0

        QQC2.SplitView {
            orientation: Qt.Vertical

            QQC2.SplitView {
                QQC2.SplitView.fillHeight: true
                orientation: Qt.Horizontal

                NotesEditor {
                    id: editor
                    workbench: workbench
                    QQC2.SplitView.fillWidth: true
                    QQC2.SplitView.minimumWidth: Kirigami.Units.gridUnit * 13
                    onEdited: text => workbench.text = text
                }
                NotesPreview {
                    id: preview
                    visible: previewToggle.checked
                    QQC2.SplitView.preferredWidth: (page.width - Kirigami.Units.gridUnit * 3) * (sidePanel.visible ? 0.3 : 0.5)
                    QQC2.SplitView.minimumWidth: Kirigami.Units.gridUnit * 11
                    blocks: workbench.previewBlocks
                }
                QQC2.Pane {
                    id: sidePanel
                    visible: revisionsToggle.checked || gitHubToggle.checked
                    QQC2.SplitView.preferredWidth: Kirigami.Units.gridUnit * 20
                    QQC2.SplitView.minimumWidth: Kirigami.Units.gridUnit * 16
                    padding: Kirigami.Units.smallSpacing
                    clip: true
                    StackLayout {
                        anchors.fill: parent
                        currentIndex: gitHubToggle.checked ? 1 : 0
                        NotesRevisionsPanel {
                            draft: workbench.draft
                        }
                        NotesGitHubPanel {
                            draft: workbench.draft
                            onInsertRequested: text => editor.textArea.insert(editor.textArea.cursorPosition, text)
                        }
                    }
                }
            }

            NotesLintPanel {
                // Grows with the findings up to a few rows; the handle can make it taller.
                QQC2.SplitView.preferredHeight: Math.min(Kirigami.Units.gridUnit * 9,
                                                         Kirigami.Units.gridUnit * (1.7 + workbench.findings.count * 1.6))
                QQC2.SplitView.minimumHeight: Kirigami.Units.gridUnit * 1.6
                findings: workbench.findings
                linting: workbench.linting
                empty: workbench.characterCount === 0
                onLineActivated: line => editor.moveCursorTo(workbench.positionOfLine(line))
            }
        }

        NotesConflictView {
            draft: workbench.draft
        }
    }

    QQC2.Label {
        objectName: "notesStatus"
        Layout.fillWidth: true
        readonly property int line: workbench.lineOfPosition(editor.textArea.cursorPosition)
        text: qsTr("Line %1, column %2").arg(line)
                  .arg(editor.textArea.cursorPosition - workbench.positionOfLine(line) + 1)
              + " · " + qsTr("%n line(s)", "", workbench.lineCount)
              + " · " + qsTr("%L1 of %L2 characters").arg(workbench.characterCount).arg(workbench.characterLimit)
              + (workbench.previewHtml === "" ? "" : " · " + qsTr("preview in %1 ms").arg(workbench.previewLatency))
        color: workbench.characterCount > workbench.characterLimit ? Kirigami.Theme.negativeTextColor
                                                                   : Kirigami.Theme.disabledTextColor
        font: Kirigami.Theme.smallFont
        elide: Text.ElideRight
    }
}
