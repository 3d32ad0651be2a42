// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import ReleaseAssistant

// GitHub's own generated notes for the same range, next to ours: which pull requests only one of them names,
// and GitHub's text to pick lines from.
ColumnLayout {
    id: root

    required property NotesDraftController draft

    signal insertRequested(string text)

    spacing: Kirigami.Units.smallSpacing

    RowLayout {
        Layout.fillWidth: true
        QQC2.Button {
            objectName: "fetchGitHubNotesButton"
            text: root.draft.comparisonReady ? qsTr("Ask GitHub again") : qsTr("Ask GitHub for its notes")
            enabled: !root.draft.comparing
            onClicked: root.draft.fetchGitHubNotes()
        }
        QQC2.BusyIndicator {
            Layout.preferredWidth: Kirigami.Units.iconSizes.smallMedium
            Layout.preferredHeight: Kirigami.Units.iconSizes.smallMedium
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
    Kirigami.InlineMessage {
        Layout.fillWidth: true
        visible: root.draft.comparisonError !== ""
        type: Kirigami.MessageType.Error
        text: root.draft.comparisonError
    }

    GridLayout {
        Layout.fillWidth: true
        visible: root.draft.comparisonReady
        columns: 2
        columnSpacing: Kirigami.Units.largeSpacing
        rowSpacing: Kirigami.Units.smallSpacing / 2
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
            color: root.draft.onlyGitHub.length === 0 ? Kirigami.Theme.textColor : Kirigami.Theme.neutralTextColor
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

    // Two views of GitHub's notes; checkable buttons rather than a tab bar, whose desktop-style tab
    // (qqc2-desktop-style 6.13) reads a null content item for its baseline.
    RowLayout {
        id: tabs
        readonly property int currentIndex: diffTab.checked ? 1 : 0
        Layout.fillWidth: true
        visible: root.draft.comparisonReady
        spacing: Kirigami.Units.smallSpacing
        QQC2.ToolButton {
            text: qsTr("GitHub's notes")
            checkable: true
            checked: true
            autoExclusive: true
        }
        QQC2.ToolButton {
            id: diffTab
            text: qsTr("Diff from ours")
            checkable: true
            autoExclusive: true
        }
    }

    StackLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        visible: root.draft.comparisonReady
        currentIndex: tabs.currentIndex

        ColumnLayout {
            spacing: Kirigami.Units.smallSpacing
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
