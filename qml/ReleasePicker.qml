// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import ReleaseAssistant

// Picks the release the window works on, or starts a new one by its version.
ColumnLayout {
    id: root
    spacing: Kirigami.Units.smallSpacing

    QQC2.ComboBox {
        id: picker
        objectName: "releasePicker"
        Layout.fillWidth: true
        model: ReleaseSession.releases
        enabled: count > 0
        displayText: count > 0 ? qsTr("Release %1").arg(currentText) : qsTr("No release yet")
        currentIndex: ReleaseSession.releases.indexOf(ReleaseSession.currentRelease)
        onActivated: index => ReleaseSession.currentRelease = ReleaseSession.releases[index]
        Accessible.name: qsTr("Current release")
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Kirigami.Units.smallSpacing
        QQC2.TextField {
            id: newVersion
            objectName: "newReleaseField"
            Layout.fillWidth: true
            placeholderText: qsTr("New version, e.g. 1.4.0")
            Accessible.name: qsTr("Version of a new release")
            onAccepted: startButton.clicked()
        }
        QQC2.Button {
            id: startButton
            text: qsTr("Start")
            icon.name: "list-add"
            enabled: newVersion.text.trim().length > 0
            QQC2.ToolTip.visible: hovered
            QQC2.ToolTip.text: qsTr("Start a release of this version")
            QQC2.ToolTip.delay: Kirigami.Units.toolTipDelay
            onClicked: {
                if (ReleaseSession.startRelease(newVersion.text))
                    newVersion.clear();
            }
        }
    }
    Kirigami.InlineMessage {
        objectName: "releaseError"
        Layout.fillWidth: true
        type: Kirigami.MessageType.Error
        text: ReleaseSession.lastError
        visible: text.length > 0
    }
}
