// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import ReleaseAssistant

// One bar per version of the scoring table: the window in which nodes running it are scored latest (or
// prerelease), the grace window in which they are outdated, and obsolete after that, with today's line.
// ScoringTimelineModel computes every position; this only draws them.
Item {
    id: timeline

    required property ScoringTimelineModel bars
    required property int graceDays

    // The theme's semantic colours: scored latest reads as positive, outdated as a warning, today as the line
    // that matters; each stays legible on a dark scheme.
    readonly property color latestColor: Kirigami.Theme.positiveTextColor
    readonly property color prereleaseColor: Kirigami.Theme.linkColor
    readonly property color outdatedColor: Kirigami.Theme.neutralTextColor
    readonly property color obsoleteColor: Kirigami.Theme.disabledTextColor
    readonly property color todayColor: Kirigami.Theme.negativeTextColor
    readonly property real nameWidth: Kirigami.Units.gridUnit * 7
    readonly property real barHeight: Math.round(Kirigami.Units.gridUnit * 0.6)
    readonly property real rowHeight: Math.max(Kirigami.Units.gridUnit, smallMetrics.height + 2)

    implicitHeight: Kirigami.Units.gridUnit * 13

    FontMetrics {
        id: smallMetrics
        font: Kirigami.Theme.smallFont
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Kirigami.Units.smallSpacing

        Flow {
            Layout.fillWidth: true
            spacing: Kirigami.Units.largeSpacing * 2
            Repeater {
                model: [
                    { text: qsTr("latest"), color: timeline.latestColor },
                    { text: qsTr("prerelease"), color: timeline.prereleaseColor },
                    { text: qsTr("outdated (%n day(s) of grace)", "", timeline.graceDays), color: timeline.outdatedColor },
                    { text: qsTr("obsolete"), color: timeline.obsoleteColor }
                ]
                delegate: Row {
                    id: legendItem
                    required property var modelData
                    spacing: Kirigami.Units.smallSpacing
                    Rectangle {
                        width: Kirigami.Units.gridUnit * 0.8
                        height: Kirigami.Units.gridUnit * 0.55
                        radius: 2
                        anchors.verticalCenter: parent.verticalCenter
                        color: legendItem.modelData.color
                    }
                    QQC2.Label {
                        text: legendItem.modelData.text
                        font: Kirigami.Theme.smallFont
                    }
                }
            }
            Row {
                spacing: Kirigami.Units.smallSpacing
                Rectangle {
                    width: 2
                    height: Kirigami.Units.gridUnit * 0.8
                    anchors.verticalCenter: parent.verticalCenter
                    color: timeline.todayColor
                }
                QQC2.Label {
                    text: timeline.bars.todayText
                    font: Kirigami.Theme.smallFont
                }
            }
        }

        Item {
            id: chart
            Layout.fillWidth: true
            Layout.fillHeight: true

            readonly property real trackX: timeline.nameWidth
            readonly property real trackWidth: Math.max(1, width - timeline.nameWidth - Kirigami.Units.largeSpacing)

            // Room for a date label every three and a half grid units.
            Binding {
                target: timeline.bars
                property: "maxTicks"
                value: Math.floor(chart.trackWidth / (Kirigami.Units.gridUnit * 3.5))
            }

            ListView {
                id: barList
                objectName: "timelineBars"
                anchors.fill: parent
                anchors.bottomMargin: axis.height
                clip: true
                model: timeline.bars
                boundsBehavior: Flickable.StopAtBounds
                QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

                delegate: Item {
                    id: bar

                    required property string software
                    required property string name
                    required property bool prerelease
                    required property bool open
                    required property real windowStart
                    required property real windowEnd
                    required property real outdatedEnd
                    required property string label
                    required property bool validNow
                    required property string details

                    width: ListView.view.width
                    height: timeline.rowHeight

                    QQC2.Label {
                        width: timeline.nameWidth - Kirigami.Units.largeSpacing
                        anchors.verticalCenter: parent.verticalCenter
                        horizontalAlignment: Text.AlignRight
                        elide: Text.ElideLeft
                        font.pointSize: Kirigami.Theme.smallFont.pointSize
                        font.bold: bar.validNow
                        text: bar.software + " " + bar.name
                    }
                    Item {
                        x: chart.trackX
                        width: chart.trackWidth
                        height: parent.height

                        Rectangle {
                            x: bar.windowStart * parent.width
                            width: Math.max(2, (bar.windowEnd - bar.windowStart) * parent.width)
                            height: timeline.barHeight
                            anchors.verticalCenter: parent.verticalCenter
                            radius: 2
                            color: bar.prerelease ? timeline.prereleaseColor : timeline.latestColor
                        }
                        Rectangle {
                            visible: !bar.open
                            x: bar.windowEnd * parent.width
                            width: Math.max(2, (bar.outdatedEnd - bar.windowEnd) * parent.width)
                            height: timeline.barHeight
                            anchors.verticalCenter: parent.verticalCenter
                            color: timeline.outdatedColor
                        }
                        Rectangle {
                            visible: !bar.open && bar.outdatedEnd < 1
                            x: bar.outdatedEnd * parent.width
                            width: (1 - bar.outdatedEnd) * parent.width
                            height: timeline.barHeight / 2
                            anchors.verticalCenter: parent.verticalCenter
                            color: timeline.obsoleteColor
                        }
                    }
                    HoverHandler {
                        id: hover
                    }
                    QQC2.ToolTip.visible: hover.hovered
                    QQC2.ToolTip.text: qsTr("%1 — scored %2 now").arg(bar.details).arg(bar.label)
                    QQC2.ToolTip.delay: Kirigami.Units.toolTipDelay
                }
            }

            Rectangle {
                objectName: "todayLine"
                x: chart.trackX + timeline.bars.todayPosition * chart.trackWidth - 1
                width: 2
                height: barList.height
                color: timeline.todayColor
            }

            Item {
                id: axis
                anchors.bottom: parent.bottom
                x: chart.trackX
                width: chart.trackWidth
                height: smallMetrics.height + Kirigami.Units.largeSpacing

                Rectangle {
                    width: parent.width
                    height: 1
                    color: timeline.obsoleteColor
                }
                Repeater {
                    model: timeline.bars.ticks
                    delegate: Item {
                        id: tick
                        required property var modelData
                        x: tick.modelData.position * axis.width
                        height: axis.height
                        Rectangle {
                            width: 1
                            height: 5
                            color: timeline.obsoleteColor
                        }
                        QQC2.Label {
                            y: 5
                            x: -width / 2
                            text: tick.modelData.text
                            font: Kirigami.Theme.smallFont
                            color: Kirigami.Theme.disabledTextColor
                        }
                    }
                }
            }
        }
    }
}
