// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import ReleaseAssistant

// Which commits the notes describe: the clone, the tag they start after (chosen as the tag step does:
// the previous final release for a final release; any other can be picked) and where they end.
RowLayout {
    id: root

    required property NotesWorkbench workbench

    spacing: Kirigami.Units.largeSpacing

    QQC2.Label {
        text: qsTr("Clone")
    }
    QQC2.TextField {
        objectName: "notesRepositoryField"
        Layout.fillWidth: true
        Layout.maximumWidth: Kirigami.Units.gridUnit * 18
        text: root.workbench.repositoryPath
        // The open project's clone is the release's clone: it is not asked for again.
        readOnly: ReleaseSession.projectOpen
        placeholderText: qsTr("/home/me/src/aleph-vm")
        onEditingFinished: root.workbench.repositoryPath = text
    }
    QQC2.Label {
        text: qsTr("From")
    }
    QQC2.ComboBox {
        id: fromBox
        objectName: "previousTagBox"
        Layout.preferredWidth: Kirigami.Units.gridUnit * 8
        model: root.workbench.tagChoices
        enabled: !root.workbench.busy && count > 0
        currentIndex: root.workbench.tagChoices.indexOf(root.workbench.previousTag)
        displayText: root.workbench.previousTag === "" ? qsTr("no tag") : root.workbench.previousTag
        onActivated: index => root.workbench.previousTag = root.workbench.tagChoices[index]
        QQC2.ToolTip.visible: hovered && root.workbench.previousTagOrigin !== ""
        QQC2.ToolTip.text: qsTr("Start: %1").arg(root.workbench.previousTagOrigin)
    }
    QQC2.Label {
        text: root.workbench.rangeEnd === "" ? "" : qsTr("to %1").arg(root.workbench.rangeEnd.length === 40
                                                                    ? root.workbench.rangeEnd.substring(0, 10)
                                                                    : root.workbench.rangeEnd)
    }
    QQC2.Label {
        objectName: "rangeSummary"
        Layout.fillWidth: true
        text: root.workbench.rangeKnown ? root.workbench.rangeSummary : root.workbench.rangeError
        color: root.workbench.rangeKnown ? Kirigami.Theme.disabledTextColor
             : root.workbench.rangeError === "" ? Kirigami.Theme.textColor : Kirigami.Theme.neutralTextColor
        elide: Text.ElideRight
        QQC2.ToolTip.visible: summaryHover.hovered && truncated
        QQC2.ToolTip.text: text
        HoverHandler {
            id: summaryHover
        }
    }
    QQC2.BusyIndicator {
        Layout.preferredWidth: Kirigami.Units.iconSizes.smallMedium
        Layout.preferredHeight: Kirigami.Units.iconSizes.smallMedium
        running: root.workbench.busy
        visible: root.workbench.busy
    }
}
