// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import ReleaseAssistant

// What the lint found, by line. Activating a finding moves the editor's cursor to its line.
ColumnLayout {
    id: root

    required property NotesLintFindingModel findings
    required property bool linting
    // Nothing to check: the panel says so instead of claiming the notes are fine.
    required property bool empty

    signal lineActivated(int line)

    spacing: Kirigami.Units.smallSpacing

    RowLayout {
        Layout.fillWidth: true
        spacing: Kirigami.Units.largeSpacing
        Kirigami.Heading {
            level: 5
            text: qsTr("Lint")
        }
        QQC2.Label {
            objectName: "lintSummary"
            Layout.fillWidth: true
            opacity: 0.8
            text: root.empty ? qsTr("Nothing to check yet.")
                  : root.findings.count === 0
                  ? qsTr("No problem found: every pull request is in the range, links and sizes are fine.")
                  : qsTr("%n error(s)", "", root.findings.errorCount) + " · "
                    + qsTr("%n warning(s)", "", root.findings.warningCount)
            elide: Text.ElideRight
        }
        QQC2.BusyIndicator {
            Layout.preferredWidth: Kirigami.Units.iconSizes.smallMedium
            Layout.preferredHeight: Kirigami.Units.iconSizes.smallMedium
            running: root.linting
            visible: root.linting
        }
    }

    ListView {
        id: list
        objectName: "lintList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        model: root.findings
        keyNavigationEnabled: true
        activeFocusOnTab: true
        QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

        delegate: QQC2.ItemDelegate {
            id: finding
            required property int index
            required property int line
            required property string severity
            required property string rule
            required property string message

            width: ListView.view.width
            highlighted: ListView.isCurrentItem
            padding: Kirigami.Units.smallSpacing
            onClicked: {
                list.currentIndex = finding.index;
                root.lineActivated(finding.line);
            }
            Keys.onReturnPressed: root.lineActivated(finding.line)

            contentItem: RowLayout {
                spacing: Kirigami.Units.largeSpacing
                SeverityBadge {
                    Layout.alignment: Qt.AlignTop
                    severity: finding.severity === "error" ? SeverityBadge.Error : SeverityBadge.Warning
                    text: finding.severity === "error" ? qsTr("error") : qsTr("warning")
                }
                QQC2.Label {
                    Layout.alignment: Qt.AlignTop
                    Layout.preferredWidth: Kirigami.Units.gridUnit * 3.5
                    text: qsTr("line %1").arg(finding.line)
                    font.family: "monospace"
                    opacity: 0.8
                }
                QQC2.Label {
                    Layout.fillWidth: true
                    text: finding.message
                    wrapMode: Text.WordWrap
                }
                QQC2.Label {
                    Layout.alignment: Qt.AlignTop
                    text: finding.rule
                    color: Kirigami.Theme.disabledTextColor
                    font: Kirigami.Theme.smallFont
                }
            }
        }
    }
}
