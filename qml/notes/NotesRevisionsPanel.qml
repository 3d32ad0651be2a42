// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import ReleaseAssistant

// Every text of the notes synchronised with the draft, kept in the journal with its content hash, and the
// diff between any two of them.
ColumnLayout {
    id: root

    required property NotesDraftController draft

    function compareLatest() {
        const count = root.draft.revisions.count;
        if (count >= 2)
            root.draft.showDiff(count - 1, count);
    }

    spacing: Kirigami.Units.smallSpacing

    Connections {
        target: root.draft
        function onRevisionsChanged() {
            root.compareLatest();
        }
    }
    Component.onCompleted: root.compareLatest()

    QQC2.Label {
        Layout.fillWidth: true
        text: root.draft.revisions.count === 0
              ? qsTr("No revision yet: each save to the draft, load or merge keeps one here.")
              : qsTr("%n revision(s) kept in the journal", "", root.draft.revisions.count)
        wrapMode: Text.WordWrap
        opacity: 0.8
    }

    ListView {
        id: revisionList
        objectName: "revisionList"
        Layout.fillWidth: true
        Layout.preferredHeight: Math.min(contentHeight, Kirigami.Units.gridUnit * 8)
        clip: true
        model: root.draft.revisions
        QQC2.ScrollBar.vertical: QQC2.ScrollBar {}
        delegate: QQC2.ItemDelegate {
            id: revision
            required property int number
            required property string origin
            required property string savedAt
            required property string shortHash
            required property int lineCount

            width: ListView.view.width
            padding: Kirigami.Units.smallSpacing
            highlighted: root.draft.diffTo === revision.number || root.draft.diffFrom === revision.number
            onClicked: {
                // Compares the clicked revision with the one before it.
                if (revision.number > 1)
                    root.draft.showDiff(revision.number - 1, revision.number);
            }
            contentItem: RowLayout {
                spacing: Kirigami.Units.largeSpacing
                QQC2.Label {
                    text: "#" + revision.number
                    font.bold: true
                }
                QQC2.Label {
                    text: revision.origin === "saved" ? qsTr("saved")
                        : revision.origin === "loaded" ? qsTr("loaded from GitHub")
                        : revision.origin === "merged" ? qsTr("merged") : revision.origin
                }
                QQC2.Label {
                    Layout.fillWidth: true
                    text: revision.savedAt
                    opacity: 0.7
                    elide: Text.ElideRight
                }
                QQC2.Label {
                    text: revision.shortHash.substring(0, 8)
                    font.family: "monospace"
                    opacity: 0.6
                }
            }
        }
    }

    RowLayout {
        Layout.fillWidth: true
        visible: root.draft.revisions.count >= 2
        spacing: Kirigami.Units.smallSpacing
        QQC2.Label {
            text: qsTr("Compare")
        }
        QQC2.SpinBox {
            id: fromBox
            Layout.preferredWidth: Kirigami.Units.gridUnit * 4
            from: 1
            to: Math.max(1, root.draft.revisions.count)
            value: root.draft.diffFrom > 0 ? root.draft.diffFrom : 1
            editable: true
        }
        QQC2.Label {
            text: qsTr("with")
        }
        QQC2.SpinBox {
            id: toBox
            Layout.preferredWidth: Kirigami.Units.gridUnit * 4
            from: 1
            to: Math.max(1, root.draft.revisions.count)
            value: root.draft.diffTo > 0 ? root.draft.diffTo : root.draft.revisions.count
            editable: true
        }
        QQC2.Button {
            text: qsTr("Show")
            onClicked: root.draft.showDiff(fromBox.value, toBox.value)
        }
    }

    QQC2.Label {
        Layout.fillWidth: true
        visible: root.draft.diffTo > 0
        text: qsTr("#%1 → #%2: %3 added, %4 removed").arg(root.draft.diffFrom).arg(root.draft.diffTo)
                  .arg(root.draft.revisionDiff.added).arg(root.draft.revisionDiff.removed)
        font.bold: true
    }

    NotesDiffView {
        objectName: "revisionDiffView"
        Layout.fillWidth: true
        Layout.fillHeight: true
        diff: root.draft.revisionDiff
    }
}
