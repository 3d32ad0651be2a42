// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import ReleaseAssistant

QQC2.ApplicationWindow {
    id: window

    // Index into the pages: 0..6 are the release steps, settingsIndex is the Settings page.
    property int currentIndex: 0
    readonly property int settingsIndex: ReleaseSession.steps.rowCount()

    function showPage(key: string) {
        if (key === "settings") {
            currentIndex = settingsIndex;
            return;
        }
        const row = ReleaseSession.steps.rowOfKey(key);
        if (row >= 0)
            currentIndex = row;
    }

    function step(delta: int) {
        currentIndex = Math.max(0, Math.min(settingsIndex - 1, currentIndex + delta));
    }

    width: 1200
    height: 800
    minimumWidth: 800
    minimumHeight: 560
    visible: true
    title: ReleaseSession.currentRelease === ""
           ? qsTr("Release Assistant — %1").arg(ReleaseSession.projectName)
           : qsTr("Release Assistant — %1 %2").arg(ReleaseSession.projectName).arg(ReleaseSession.currentRelease)

    QQC2.Action {
        id: nextStepAction
        text: qsTr("Next step")
        shortcut: "Ctrl+PgDown"
        onTriggered: window.step(1)
    }
    QQC2.Action {
        id: previousStepAction
        text: qsTr("Previous step")
        shortcut: "Ctrl+PgUp"
        onTriggered: window.step(-1)
    }
    QQC2.Action {
        id: settingsAction
        text: qsTr("Settings")
        shortcut: "Ctrl+,"
        onTriggered: window.showPage("settings")
    }
    Repeater {
        model: ReleaseSession.steps
        delegate: Item {
            id: stepShortcut
            required property int index
            Shortcut {
                sequence: "Alt+" + (stepShortcut.index + 1)
                onActivated: window.currentIndex = stepShortcut.index
            }
        }
    }

    header: QQC2.ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 8
            anchors.rightMargin: 8
            spacing: 12

            ProjectPicker {
                Layout.maximumWidth: 260
            }
            ReleasePicker {
                Layout.fillWidth: true
            }
            QQC2.ToolButton {
                action: previousStepAction
                text: qsTr("‹ Previous")
                enabled: window.currentIndex > 0 && window.currentIndex < window.settingsIndex
                QQC2.ToolTip.visible: hovered
                QQC2.ToolTip.text: qsTr("Previous step (Ctrl+PgUp)")
            }
            QQC2.ToolButton {
                action: nextStepAction
                text: qsTr("Next ›")
                enabled: window.currentIndex < window.settingsIndex - 1
                QQC2.ToolTip.visible: hovered
                QQC2.ToolTip.text: qsTr("Next step (Ctrl+PgDown)")
            }
            QQC2.ToolButton {
                action: settingsAction
                checkable: true
                checked: window.currentIndex === window.settingsIndex
            }
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        StepNavigator {
            id: navigator
            Layout.preferredWidth: 280
            Layout.fillHeight: true
            currentIndex: window.currentIndex < window.settingsIndex ? window.currentIndex : -1
            onStepActivated: index => window.currentIndex = index
            focus: true
        }

        QQC2.ToolSeparator {
            Layout.fillHeight: true
            orientation: Qt.Vertical
        }

        StackLayout {
            id: pages
            objectName: "pages"
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: window.currentIndex

            StagingPage {}
            TagPage {}
            ScoringTablePage {}
            NotesPage {}
            PackagesPage {}
            ReviewPublishPage {}
            AnnouncePage {}
            SettingsPage {}
        }
    }
}
