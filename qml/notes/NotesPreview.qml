// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami

// The notes as GitHub will show them: the HTML cmark-gfm rendered off the UI thread, in a read-only rich text
// view. Links open in the browser.
QQC2.ScrollView {
    id: root

    required property string html
    readonly property Flickable flickable: root.contentItem as Flickable

    contentWidth: availableWidth
    Kirigami.Theme.colorSet: Kirigami.Theme.View
    Kirigami.Theme.inherit: false
    background: Rectangle {
        color: Kirigami.Theme.backgroundColor
        border.color: Qt.alpha(Kirigami.Theme.textColor, 0.2)
    }

    QQC2.TextArea {
        id: view
        objectName: "notesPreview"
        readOnly: true
        textFormat: TextEdit.RichText
        wrapMode: TextEdit.Wrap
        selectByMouse: true
        text: root.html
        background: null
        placeholderText: qsTr("The notes as GitHub will show them appear here as you type.")
        onLinkActivated: link => Qt.openUrlExternally(link)

        HoverHandler {
            cursorShape: view.hoveredLink !== "" ? Qt.PointingHandCursor : Qt.IBeamCursor
        }
    }
}
