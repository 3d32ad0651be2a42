// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami
import ReleaseAssistant

// The notes as GitHub will show them, one rich-text row per run of blocks (NotesWorkbench.previewBlocks): an edit
// re-lays out only the rows it changed, and only rows in view are built, so a long text previews as fast as a
// short one. Links open in the browser.
QQC2.ScrollView {
    id: root

    required property NotesPreviewModel blocks
    readonly property Flickable flickable: view

    contentWidth: availableWidth
    // Rows wrap to the width; a long code line is cut rather than the whole preview scrolling sideways.
    QQC2.ScrollBar.horizontal.policy: QQC2.ScrollBar.AlwaysOff
    Kirigami.Theme.colorSet: Kirigami.Theme.View
    Kirigami.Theme.inherit: false
    background: Rectangle {
        color: Kirigami.Theme.backgroundColor
        border.color: Qt.alpha(Kirigami.Theme.textColor, 0.2)
    }

    ListView {
        id: view
        objectName: "notesPreview"
        model: root.blocks
        clip: true
        topMargin: Kirigami.Units.largeSpacing
        bottomMargin: Kirigami.Units.largeSpacing
        leftMargin: Kirigami.Units.largeSpacing
        // The scroll bar lies over the view: the text keeps clear of it.
        rightMargin: Kirigami.Units.largeSpacing + root.QQC2.ScrollBar.vertical.width
        // Each row is a document of its own, whose first and last paragraph margins Qt drops: the rows keep the
        // space between blocks that one whole document had.
        spacing: Kirigami.Units.largeSpacing
        boundsBehavior: Flickable.StopAtBounds
        flickableDirection: Flickable.VerticalFlick

        delegate: TextEdit {
            id: block
            required property string html

            width: ListView.view.width - ListView.view.leftMargin - ListView.view.rightMargin
            readOnly: true
            selectByMouse: true
            textFormat: TextEdit.RichText
            wrapMode: TextEdit.Wrap
            color: Kirigami.Theme.textColor
            selectionColor: Kirigami.Theme.highlightColor
            selectedTextColor: Kirigami.Theme.highlightedTextColor
            text: block.html
            onLinkActivated: link => Qt.openUrlExternally(link)

            HoverHandler {
                cursorShape: block.hoveredLink !== "" ? Qt.PointingHandCursor : Qt.IBeamCursor
            }
        }

        Kirigami.PlaceholderMessage {
            anchors.centerIn: parent
            width: parent.width - Kirigami.Units.gridUnit * 2
            visible: view.count === 0
            text: qsTr("The notes as GitHub will show them appear here as you type.")
        }
    }
}
