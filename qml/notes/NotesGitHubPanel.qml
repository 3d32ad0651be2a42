// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import ReleaseAssistant

// GitHub's own generated notes for the same range, next to ours: which pull requests only one of them names,
// and GitHub's text to pick lines from.
ColumnLayout {
    id: root

    required property NotesDraftController draft

    signal insertRequested(string text)

    spacing: 6

    RowLayout {
        Layout.fillWidth: true
        QQC2.Button {
            objectName: "fetchGitHubNotesButton"
            text: root.draft.comparisonReady ? qsTr("Ask GitHub again") : qsTr("Ask GitHub for its notes")
            enabled: !root.draft.comparing
            onClicked: root.draft.fetchGitHubNotes()
        }
        QQC2.BusyIndicator {
            Layout.preferredWidth: 20
            Layout.preferredHeight: 20
            running: root.draft.comparing
            visible: root.draft.comparing
        }
        Item {
            Layout.fillWidth: true
        }
    }

    QQC2.Label {
        Layout.fillWidth: true
        visible: !root.draft.comparisonReady && root.draft.comparisonError === ""
        text: qsTr("GitHub generates notes for the same range without storing anything. Compare them with yours and take what you like.")
        wrapMode: Text.WordWrap
        opacity: 0.8
    }
    QQC2.Label {
        Layout.fillWidth: true
        visible: root.draft.comparisonError !== ""
        text: root.draft.comparisonError
        color: "#c62828"
        wrapMode: Text.WordWrap
    }

    GridLayout {
        Layout.fillWidth: true
        visible: root.draft.comparisonReady
        columns: 2
        columnSpacing: 8
        rowSpacing: 2
        QQC2.Label {
            text: qsTr("Only in ours")
            opacity: 0.7
        }
        QQC2.Label {
            objectName: "onlyOurs"
            Layout.fillWidth: true
            text: root.draft.onlyOurs.length === 0 ? qsTr("none") : root.draft.onlyOurs.map(n => "#" + n).join(", ")
            wrapMode: Text.WordWrap
        }
        QQC2.Label {
            text: qsTr("Only in GitHub's")
            opacity: 0.7
        }
        QQC2.Label {
            objectName: "onlyGitHub"
            Layout.fillWidth: true
            text: root.draft.onlyGitHub.length === 0 ? qsTr("none") : root.draft.onlyGitHub.map(n => "#" + n).join(", ")
            color: root.draft.onlyGitHub.length === 0 ? palette.windowText : "#b35c00"
            wrapMode: Text.WordWrap
        }
        QQC2.Label {
            text: qsTr("In both")
            opacity: 0.7
        }
        QQC2.Label {
            Layout.fillWidth: true
            text: qsTr("%n pull request(s)", "", root.draft.inBoth.length)
        }
    }

    QQC2.TabBar {
        id: tabs
        Layout.fillWidth: true
        visible: root.draft.comparisonReady
        QQC2.TabButton {
            text: qsTr("GitHub's notes")
        }
        QQC2.TabButton {
            text: qsTr("Diff from ours")
        }
    }

    StackLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        visible: root.draft.comparisonReady
        currentIndex: tabs.currentIndex

        ColumnLayout {
            spacing: 4
            QQC2.ScrollView {
                Layout.fillWidth: true
                Layout.fillHeight: true
                QQC2.TextArea {
                    id: gitHubText
                    objectName: "gitHubNotesText"
                    readOnly: true
                    textFormat: TextEdit.PlainText
                    wrapMode: TextEdit.Wrap
                    font.family: "monospace"
                    selectByMouse: true
                    persistentSelection: true
                    text: root.draft.gitHubNotes
                }
            }
            QQC2.Button {
                text: gitHubText.selectedText === "" ? qsTr("Insert all at the cursor") : qsTr("Insert the selection at the cursor")
                onClicked: root.insertRequested(gitHubText.selectedText === "" ? gitHubText.text : gitHubText.selectedText)
            }
        }
        NotesDiffView {
            diff: root.draft.comparisonDiff
        }
    }
}
