// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import ReleaseAssistant

// Picks the release the window works on, or starts a new one.
RowLayout {
    id: root
    spacing: 6

    QQC2.Label {
        text: qsTr("Release:")
    }
    QQC2.ComboBox {
        id: picker
        objectName: "releasePicker"
        Layout.preferredWidth: 180
        model: ReleaseSession.releases
        enabled: count > 0
        displayText: count > 0 ? currentText : qsTr("No release yet")
        currentIndex: ReleaseSession.releases.indexOf(ReleaseSession.currentRelease)
        onActivated: index => ReleaseSession.currentRelease = ReleaseSession.releases[index]
        Accessible.name: qsTr("Current release")
    }
    QQC2.TextField {
        id: newVersion
        objectName: "newReleaseField"
        Layout.preferredWidth: 160
        placeholderText: qsTr("New version, e.g. 1.4.0")
        Accessible.name: qsTr("Version of a new release")
        onAccepted: startButton.clicked()
    }
    QQC2.Button {
        id: startButton
        text: qsTr("Start release")
        enabled: newVersion.text.trim().length > 0
        onClicked: {
            if (ReleaseSession.startRelease(newVersion.text))
                newVersion.clear();
        }
    }
    QQC2.Label {
        Layout.fillWidth: true
        text: ReleaseSession.lastError
        color: "#c62828"
        elide: Text.ElideRight
        visible: text.length > 0
    }
}
