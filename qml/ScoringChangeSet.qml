// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import ReleaseAssistant

// What a release adds to the scoring table, shown before anything is written: the version and the time it
// becomes installable, the diff and its warnings (nodes upgrading earlier are scored "other"), and the
// buttons that apply it or leave it to the publish step. ScoringEditor and its plan do the work.
QQC2.GroupBox {
    id: changeSet

    required property ScoringEditor controller

    signal sqlRequested()

    title: qsTr("What this release adds")

    ColumnLayout {
        anchors.fill: parent
        spacing: Kirigami.Units.smallSpacing
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Kirigami.Units.largeSpacing
            QQC2.Label {
                text: qsTr("Version")
            }
            QQC2.TextField {
                objectName: "releaseField"
                Layout.fillWidth: true
                text: changeSet.controller.plan.release
                placeholderText: qsTr("e.g. 1.4.0, as the node reports it")
                onEditingFinished: changeSet.controller.plan.release = text
            }
            QQC2.Label {
                text: qsTr("Released on")
            }
            QQC2.TextField {
                Layout.fillWidth: true
                text: changeSet.controller.plan.releaseTime
                placeholderText: "2026-12-01T14:00:00Z"
                onEditingFinished: changeSet.controller.plan.releaseTime = text
                QQC2.ToolTip.visible: hovered
                QQC2.ToolTip.delay: Kirigami.Units.toolTipDelay
                QQC2.ToolTip.text: qsTr("When the release becomes installable (its publish time), UTC. Nodes that upgrade earlier are scored “other”.")
            }
        }
        QQC2.CheckBox {
            Layout.fillWidth: true
            text: qsTr("Also retire open pre-releases")
            checked: changeSet.controller.plan.retirePrereleases
            onToggled: changeSet.controller.plan.retirePrereleases = checked
            QQC2.ToolTip.visible: hovered
            QQC2.ToolTip.text: qsTr("For a final release: give nodes still on a release candidate the usual grace period instead of leaving them valid indefinitely.")
        }
        QQC2.ScrollView {
            id: changeScroll
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            ColumnLayout {
                width: changeScroll.availableWidth
                spacing: Kirigami.Units.smallSpacing
                QQC2.Label {
                    Layout.fillWidth: true
                    visible: !changeSet.controller.plan.hasChanges
                    wrapMode: Text.WordWrap
                    color: Kirigami.Theme.disabledTextColor
                    text: changeSet.controller.plan.note
                }
                Repeater {
                    model: changeSet.controller.plan.diffLines
                    delegate: QQC2.Label {
                        required property string modelData
                        Layout.fillWidth: true
                        wrapMode: Text.WrapAnywhere
                        font.family: "monospace"
                        color: modelData.startsWith("+") ? Kirigami.Theme.positiveTextColor : Kirigami.Theme.neutralTextColor
                        text: modelData
                    }
                }
                Repeater {
                    model: changeSet.controller.plan.warnings
                    delegate: QQC2.Label {
                        required property string modelData
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        font: Kirigami.Theme.smallFont
                        color: Kirigami.Theme.neutralTextColor
                        text: "⚠ " + modelData
                    }
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            QQC2.Button {
                objectName: "applyButton"
                highlighted: true
                enabled: changeSet.controller.canApply
                text: changeSet.controller.source === ScoringEditor.Database ? qsTr("Apply to database")
                    : changeSet.controller.source === ScoringEditor.File ? qsTr("Apply and save") : qsTr("Apply to rows")
                onClicked: changeSet.controller.apply()
            }
            QQC2.Button {
                objectName: "sqlButton"
                text: qsTr("SQL…")
                enabled: changeSet.controller.plan.hasChanges
                onClicked: changeSet.sqlRequested()
                QQC2.ToolTip.visible: hovered
                QQC2.ToolTip.text: qsTr("The same change as SQL, to run by hand or keep with the release.")
            }
            QQC2.Button {
                objectName: "scheduleButton"
                enabled: changeSet.controller.scheduled || changeSet.controller.canSchedule
                text: changeSet.controller.scheduled ? qsTr("Cancel schedule") : qsTr("Apply at publish")
                onClicked: changeSet.controller.scheduled ? changeSet.controller.cancelSchedule() : changeSet.controller.schedule()
                QQC2.ToolTip.visible: hovered
                QQC2.ToolTip.text: qsTr("Apply this change set to the scoring database when the release is published (step 6).")
            }
        }
    }
}
