// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import ReleaseAssistant

// Before step 1: what the open project needs (the GitHub token and its rights, the keychain, each staging
// node, the scoring database, each channel's secrets), one line each, green or saying what to do, with a
// button to the place that fixes it.
Kirigami.ScrollablePage {
    id: page

    required property PreflightModel checks

    // Asks the window for another page ("settings", "scoring-table").
    signal pageRequested(string key)
    // Asks the window to open Settings and sign in to GitHub.
    signal gitHubSignInRequested()
    // Asks the window for the step \a delta away: +1 is step 1.
    signal stepRequested(int delta)

    function severity(state: int): int {
        switch (state) {
        case PreflightModel.Ok:
            return SeverityBadge.Positive;
        case PreflightModel.Warning:
            return SeverityBadge.Warning;
        case PreflightModel.Failed:
            return SeverityBadge.Error;
        case PreflightModel.Checking:
            return SeverityBadge.Information;
        }
        return SeverityBadge.Neutral;
    }

    function stateText(state: int): string {
        switch (state) {
        case PreflightModel.Ok:
            return qsTr("ok");
        case PreflightModel.Warning:
            return qsTr("look at it");
        case PreflightModel.Failed:
            return qsTr("to fix");
        case PreflightModel.Checking:
            return qsTr("checking…");
        }
        return qsTr("skipped");
    }

    function fixText(fix: int): string {
        switch (fix) {
        case PreflightModel.OpenSettings:
            return qsTr("Open Settings");
        case PreflightModel.SignInToGitHub:
            return qsTr("Sign in to GitHub");
        case PreflightModel.OpenScoringStep:
            return qsTr("Open the scoring table");
        }
        return "";
    }

    function fix(action: int) {
        switch (action) {
        case PreflightModel.OpenSettings:
            page.pageRequested("settings");
            break;
        case PreflightModel.SignInToGitHub:
            page.gitHubSignInRequested();
            break;
        case PreflightModel.OpenScoringStep:
            page.pageRequested("scoring-table");
            break;
        }
    }

    objectName: "preflightPage"
    title: qsTr("Pre-flight checks")
    actions: [
        Kirigami.Action {
            objectName: "checkAgainAction"
            text: qsTr("Check again")
            icon.name: "view-refresh"
            enabled: page.isCurrentPage && ReleaseSession.projectOpen && !page.checks.running
            onTriggered: page.checks.refresh()
        },
        Kirigami.Action {
            text: qsTr("Start the release")
            icon.name: "go-next"
            tooltip: qsTr("Go to step 1 (Ctrl+PgDown)")
            enabled: page.isCurrentPage
            onTriggered: page.stepRequested(1)
        }
    ]

    ColumnLayout {
        spacing: Kirigami.Units.largeSpacing

        QQC2.Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: ReleaseSession.projectOpen
                  ? qsTr("What a release of %1 needs, checked before step 1. Each line says what to do when something is missing.").arg(ReleaseSession.projectName)
                  : qsTr("Open a project first: its checks appear here.")
        }

        Kirigami.InlineMessage {
            objectName: "preflightSummary"
            Layout.fillWidth: true
            visible: ReleaseSession.projectOpen && !page.checks.running && page.checks.count > 0
            type: page.checks.failedCount > 0 ? Kirigami.MessageType.Error
                : page.checks.warningCount > 0 ? Kirigami.MessageType.Warning : Kirigami.MessageType.Positive
            text: page.checks.failedCount > 0
                  ? qsTr("%n check(s) to fix before the release: each says how.", "", page.checks.failedCount)
                  : page.checks.warningCount > 0
                    ? qsTr("%n check(s) to look at; the release can start.", "", page.checks.warningCount)
                    : qsTr("Everything the release needs is in place.")
        }

        Repeater {
            objectName: "preflightChecks"
            model: page.checks

            delegate: QQC2.Control {
                id: line

                required property string checkId
                required property string title
                required property int state
                required property string detail
                required property int fixAction

                objectName: "check_" + checkId
                Layout.fillWidth: true
                padding: Kirigami.Units.largeSpacing
                Accessible.role: Accessible.ListItem
                Accessible.name: qsTr("%1: %2. %3").arg(title).arg(page.stateText(state)).arg(detail)

                background: Rectangle {
                    color: Kirigami.Theme.backgroundColor
                    radius: Kirigami.Units.cornerRadius
                    border.color: Qt.alpha(Kirigami.Theme.textColor, 0.15)
                    Kirigami.Theme.colorSet: Kirigami.Theme.View
                    Kirigami.Theme.inherit: false
                }

                contentItem: RowLayout {
                    spacing: Kirigami.Units.largeSpacing
                    SeverityBadge {
                        Layout.alignment: Qt.AlignTop
                        Layout.minimumWidth: Kirigami.Units.gridUnit * 5
                        severity: page.severity(line.state)
                        text: page.stateText(line.state)
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: Kirigami.Units.smallSpacing
                        QQC2.Label {
                            Layout.fillWidth: true
                            text: line.title
                            font.bold: true
                            elide: Text.ElideRight
                        }
                        QQC2.Label {
                            Layout.fillWidth: true
                            visible: text !== ""
                            text: line.detail
                            wrapMode: Text.WordWrap
                            color: line.state === PreflightModel.Ok || line.state === PreflightModel.Skipped
                                   ? Kirigami.Theme.disabledTextColor : Kirigami.Theme.textColor
                        }
                    }
                    QQC2.Button {
                        objectName: "fixButton"
                        Layout.alignment: Qt.AlignVCenter
                        visible: line.fixAction !== PreflightModel.NoFix
                                 && (line.state === PreflightModel.Failed || line.state === PreflightModel.Warning)
                        text: page.fixText(line.fixAction)
                        icon.name: line.fixAction === PreflightModel.OpenScoringStep ? "go-next" : "configure"
                        onClicked: page.fix(line.fixAction)
                    }
                }
            }
        }

        QQC2.BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            visible: page.checks.running
            running: visible
        }
    }
}
