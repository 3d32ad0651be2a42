// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import ReleaseAssistant

// The frame of a step page that fills the window (an editor, a table): the step's header, its content in a
// column as tall as the page, and the actions that go to the previous and next step. Pages whose content
// scrolls as a whole use StepPage.
Kirigami.Page {
    id: page

    required property string stepKey
    readonly property StepStatus status: ReleaseSession.steps.status(stepKey)
    default property alias content: body.data

    // Asks the window for the step \a delta away (-1 previous, +1 next).
    signal stepRequested(int delta)

    objectName: stepKey + "Page"
    title: status ? status.title : ""
    header: StepHeader {
        status: page.status
    }
    actions: [
        Kirigami.Action {
            text: qsTr("Previous step")
            icon.name: "go-previous"
            tooltip: qsTr("Previous step (Ctrl+PgUp)")
            // Only the page shown offers its actions (and claims their Alt+letter).
            enabled: page.isCurrentPage
            onTriggered: page.stepRequested(-1)
        },
        Kirigami.Action {
            text: qsTr("Next step")
            icon.name: "go-next"
            tooltip: qsTr("Next step (Ctrl+PgDown)")
            enabled: page.isCurrentPage && page.status && page.status.number < ReleaseSession.steps.rowCount()
            onTriggered: page.stepRequested(1)
        }
    ]

    ColumnLayout {
        id: body
        anchors.fill: parent
        spacing: Kirigami.Units.largeSpacing
    }
}
